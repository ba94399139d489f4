/**
 * Recovery codes carry a player to another browser. The code is shown once; the store keeps
 * only its SHA-256. Codes use Crockford's base 32 (no I, L, O, U), so a code read aloud or
 * typed by hand survives: case, spaces, dashes and look-alike letters are forgiven.
 */
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 20 symbols × 5 bits = 100 bits of randomness. */
export const CODE_LENGTH = 20;

/** A fresh code, `XXXXX-XXXXX-XXXXX-XXXXX`. `random` is injectable for tests. */
export function newRecoveryCode(random: (n: number) => Uint8Array = randomBytes): string {
	const bytes = random(CODE_LENGTH);
	let code = '';
	for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[(bytes[i] ?? 0) & 31];
	return code.match(/.{5}/g)?.join('-') ?? code;
}

/** The code as typed, made canonical; `null` when it cannot be a code. */
export function normaliseRecoveryCode(typed: string): string | null {
	if (typed.length > 100) return null;
	const cleaned = typed
		.toUpperCase()
		.replace(/[\s-]+/g, '')
		.replace(/O/g, '0')
		.replace(/[IL]/g, '1');
	if (cleaned.length !== CODE_LENGTH) return null;
	for (const ch of cleaned) if (!ALPHABET.includes(ch)) return null;
	return cleaned;
}

/** What the store keeps: the SHA-256 of the canonical code. `null` for a malformed code. */
export function hashRecoveryCode(typed: string): string | null {
	const code = normaliseRecoveryCode(typed);
	return code === null ? null : createHash('sha256').update(`newsquiz:${code}`).digest('hex');
}
