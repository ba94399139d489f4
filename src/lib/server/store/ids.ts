import { randomBytes } from 'node:crypto';

/** Record ids are file names: a safe alphabet only, so an id can never name another path. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,80}$/;

export function isValidId(id: unknown): id is string {
	return typeof id === 'string' && ID_PATTERN.test(id);
}

/** A random, unguessable id: `bytes` random bytes in base64url (32 bytes → 43 characters). */
export function randomId(bytes = 16): string {
	return randomBytes(bytes).toString('base64url');
}
