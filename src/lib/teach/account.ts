/**
 * The sign-up form's rules: e-mail, name and password. Pure; the server hashes the password.
 */

export const NAME_MAX = 80;
export const PASSWORD_MIN = 10;
/** scrypt is fed the whole password: a bound keeps one request from costing much. */
export const PASSWORD_MAX = 200;

/** A trimmed, lower-cased address with one `@` and a dot in its domain, else `null`. */
export function normalizeEmail(raw: unknown): string | null {
	if (typeof raw !== 'string') return null;
	const email = raw.trim().toLowerCase();
	if (email.length > 254) return null;
	return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null;
}

export type AccountField = 'email' | 'name' | 'password';
export type AccountErrors = Partial<Record<AccountField, string>>;

export type AccountCheck =
	| { ok: true; email: string; name: string; password: string }
	| { ok: false; errors: AccountErrors };

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export function checkPassword(password: unknown): string | null {
	if (typeof password !== 'string' || password.length === 0) return 'Choose a password.';
	const length = Array.from(password).length;
	if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters (this has ${length}).`;
	if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
	return null;
}

export function checkAccount(input: {
	email: unknown;
	name: unknown;
	password: unknown;
}): AccountCheck {
	const errors: AccountErrors = {};
	const email = normalizeEmail(input.email);
	if (!email) errors.email = 'Give an e-mail address such as name@school.org.';
	const name =
		typeof input.name === 'string' ? input.name.normalize('NFC').replace(/\s+/g, ' ').trim() : '';
	if (!name) errors.name = 'Give the name your students know you by.';
	else if (Array.from(name).length > NAME_MAX) errors.name = `Use at most ${NAME_MAX} characters.`;
	else if (CONTROL.test(name)) errors.name = 'The name contains invisible control characters.';
	const password = checkPassword(input.password);
	if (password) errors.password = password;
	if (!email || Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, email, name, password: input.password as string };
}
