/**
 * Password hashing with scrypt (memory-hard, in `node:crypto`): a random 16-byte salt per
 * password, the parameters stored with the hash so they can be raised later, and a
 * timing-safe comparison.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** N = 2^15, r = 8: 32 MiB and some tens of milliseconds per hash on a laptop. */
export const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keylen: 32 } as const;

function derive(
	password: string,
	salt: Buffer,
	keylen: number,
	options: ScryptOptions
): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		// maxmem must exceed 128 · N · r bytes, or Node refuses the parameters.
		const maxmem = 256 * (options.N ?? 0) * (options.r ?? 0) + 1024 * 1024;
		scrypt(password.normalize('NFC'), salt, keylen, { ...options, maxmem }, (err, key) =>
			err ? reject(err) : resolve(key)
		);
	});
}

/** `scrypt$N$r$p$salt$hash` with base64url salt and hash. */
export async function hashPassword(
	password: string,
	params: { N: number; r: number; p: number; keylen: number } = SCRYPT
): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(password, salt, params.keylen, {
		N: params.N,
		r: params.r,
		p: params.p
	});
	return [
		'scrypt',
		params.N,
		params.r,
		params.p,
		salt.toString('base64url'),
		key.toString('base64url')
	].join('$');
}

/** Whether `password` matches `stored`; `false` (never a throw) for a malformed stored hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const parts = stored.split('$');
	if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
	const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
	if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 2 ** 20 || r > 32 || p > 16) {
		return false;
	}
	const salt = Buffer.from(parts[4] as string, 'base64url');
	const expected = Buffer.from(parts[5] as string, 'base64url');
	if (salt.length < 8 || expected.length < 16) return false;
	const key = await derive(password, salt, expected.length, { N, r, p });
	return timingSafeEqual(key, expected);
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time of one verification without an account, so a sign-in for an unknown e-mail
 * takes as long as one with a wrong password (no telling which addresses have accounts).
 */
export async function verifyNothing(password: string): Promise<false> {
	dummy ??= hashPassword('not a password of anyone');
	await verifyPassword(password, await dummy);
	return false;
}
