/**
 * Join codes: 6 characters a class can read off a projector and type on a phone. The alphabet
 * leaves out look-alikes (0/O, 1/I/l, and also B/8, S/5, Z/2, U/V, which blur in many fonts),
 * so 23 characters remain: 23^6 ≈ 148 million codes.
 */

export const JOIN_ALPHABET = 'ACDEFGHJKMNPQRTWXY34679';
export const JOIN_CODE_LENGTH = 6;

/**
 * A random code from `randomBytes` (a source of uniform bytes 0–255; the server passes
 * `crypto.randomBytes`). Bytes ≥ the largest multiple of the alphabet's size are rejected, so
 * every character is equally likely.
 */
export function makeJoinCode(randomBytes: (n: number) => Uint8Array): string {
	const size = JOIN_ALPHABET.length;
	const limit = 256 - (256 % size);
	let code = '';
	while (code.length < JOIN_CODE_LENGTH) {
		for (const byte of randomBytes(JOIN_CODE_LENGTH * 2)) {
			if (byte >= limit) continue;
			code += JOIN_ALPHABET[byte % size];
			if (code.length === JOIN_CODE_LENGTH) break;
		}
	}
	return code;
}

/**
 * What a student typed, as a code: upper-cased, spaces and dashes dropped. `null` unless it is
 * 6 characters of the alphabet (so a look-alike such as "0" can never match a code).
 */
export function normalizeJoinCode(raw: unknown): string | null {
	if (typeof raw !== 'string' || raw.length > 40) return null;
	const code = raw.toUpperCase().replace(/[\s-]/g, '');
	if (code.length !== JOIN_CODE_LENGTH) return null;
	for (const ch of code) if (!JOIN_ALPHABET.includes(ch)) return null;
	return code;
}

/**
 * A code not in `taken`, trying `tries` random codes (a collision among 148 million codes is rare;
 * running out means something is wrong, so it throws rather than loop forever).
 */
export function freshJoinCode(
	taken: (code: string) => boolean,
	randomBytes: (n: number) => Uint8Array,
	tries = 50
): string {
	for (let i = 0; i < tries; i++) {
		const code = makeJoinCode(randomBytes);
		if (!taken(code)) return code;
	}
	throw new Error(`No free join code after ${tries} tries.`);
}
