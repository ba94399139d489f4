/** The sign-up, sign-in and sign-out form actions (routes under `/teach` call these). */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { checkAccount, normalizeEmail, PASSWORD_MAX } from '$lib/teach/account';
import { minutesText, type ThrottleCheck } from '$lib/teach/throttle';
import { localPath } from '$lib/server/player/paths';
import { sessions } from '$lib/server/store/sessions';
import { EmailTakenError, teachers } from '$lib/server/store/teachers';
import { clearTeacherCookie, setTeacherCookie, TEACHER_COOKIE } from './handle';
import { hashPassword, verifyNothing, verifyPassword } from './password';
import { signInByAccount, signInByAddress, signUpByAddress } from './throttles';

/** `NEWSQUIZ_TEACHER_SIGNUP=off` closes sign-up on a shared server (`npm run teacher:add` still works). */
export function signUpOpen(): boolean {
	return (env.NEWSQUIZ_TEACHER_SIGNUP ?? '').trim().toLowerCase() !== 'off';
}

function tooMany<V extends Record<string, string>>(
	check: ThrottleCheck & { ok: false },
	values: V
) {
	return fail(429, {
		...values,
		message: `Too many attempts, try again in ${minutesText(check.retryAfterMs)}.`
	});
}

function field(form: FormData, name: string): string {
	const v = form.get(name);
	return typeof v === 'string' ? v : '';
}

async function startSession(event: RequestEvent, teacherId: string): Promise<void> {
	const s = sessions();
	const { token, expiresAt } = await s.create(teacherId);
	setTeacherCookie(event.cookies, token, expiresAt, event.url);
	// Signing in is rare: a good moment to sweep sessions that expired unseen.
	await s.removeExpired();
}

function nextPage(event: RequestEvent, form: FormData): string {
	const next = localPath(field(form, 'next'), '/teach');
	return next.startsWith('/teach') ? next : '/teach';
}

export async function signUp(event: RequestEvent) {
	if (!signUpOpen()) {
		error(403, 'Sign-up is turned off on this server. Ask its administrator for an account.');
	}
	const form = await event.request.formData();
	const values = {
		email: field(form, 'email').slice(0, 254),
		name: field(form, 'name').slice(0, 200)
	};
	const address = event.getClientAddress();
	const limit = signUpByAddress.check(address);
	if (!limit.ok) return tooMany(limit, values);
	const check = checkAccount({
		email: form.get('email'),
		name: form.get('name'),
		password: form.get('password')
	});
	if (!check.ok) return fail(400, { ...values, errors: check.errors });
	try {
		const teacher = await teachers().create({
			email: check.email,
			name: check.name,
			passwordHash: await hashPassword(check.password)
		});
		signUpByAddress.fail(address); // every account made counts towards the address's limit
		await startSession(event, teacher.id);
	} catch (e) {
		if (e instanceof EmailTakenError) {
			return fail(400, {
				...values,
				errors: { email: 'An account with this e-mail exists already: sign in instead.' }
			});
		}
		throw e;
	}
	redirect(303, '/teach');
}

export async function signIn(event: RequestEvent) {
	const form = await event.request.formData();
	const rawEmail = field(form, 'email');
	const values = { email: rawEmail.slice(0, 254) };
	const email = normalizeEmail(rawEmail);
	const password = field(form, 'password');
	if (!email || !password) {
		return fail(400, { ...values, message: 'Give your e-mail address and your password.' });
	}
	const address = event.getClientAddress();
	const byAddress = signInByAddress.check(address);
	if (!byAddress.ok) return tooMany(byAddress, values);
	const byAccount = signInByAccount.check(email);
	if (!byAccount.ok) return tooMany(byAccount, values);

	const teacher = await teachers().byEmail(email);
	const ok =
		password.length <= PASSWORD_MAX &&
		(teacher
			? await verifyPassword(password, teacher.passwordHash)
			: await verifyNothing(password));
	if (!teacher || !ok) {
		signInByAddress.fail(address);
		signInByAccount.fail(email);
		return fail(400, {
			...values,
			message: 'That e-mail address and password do not match an account.'
		});
	}
	signInByAccount.reset(email);
	await startSession(event, teacher.id);
	redirect(303, nextPage(event, form));
}

export async function signOut(event: RequestEvent) {
	await sessions().remove(event.cookies.get(TEACHER_COOKIE));
	clearTeacherCookie(event.cookies, event.url);
	event.locals.teacher = null;
	redirect(303, '/teach/signin');
}
