import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	freshJoinCode,
	JOIN_ALPHABET,
	JOIN_CODE_LENGTH,
	makeJoinCode,
	normalizeJoinCode
} from './join-code';

describe('join codes', () => {
	it('use no look-alike characters', () => {
		for (const ch of '0O1Il') expect(JOIN_ALPHABET).not.toContain(ch);
		expect(new Set(JOIN_ALPHABET).size).toBe(JOIN_ALPHABET.length);
	});

	it('are 6 characters of the alphabet, for any random bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 12, maxLength: 12 }), (bytes) => {
				let first = true;
				const code = makeJoinCode((n) => {
					// Then fall back to real randomness if every byte of the sample is rejected.
					if (first) {
						first = false;
						return bytes;
					}
					return randomBytes(n);
				});
				expect(code).toHaveLength(JOIN_CODE_LENGTH);
				for (const ch of code) expect(JOIN_ALPHABET).toContain(ch);
			})
		);
	});

	it('skip bytes that would bias the draw', () => {
		// 253 ≥ 253 (= 11 × 23) is rejected; 0 → 'A', 22 → '9'.
		const bytes = [253, 254, 255, 0, 22, 23, 1, 2, 3, 4, 5, 6];
		expect(makeJoinCode(() => Uint8Array.from(bytes))).toBe('A9ACDE');
	});

	it('spread over the whole alphabet', () => {
		const seen = new Set<string>();
		for (let i = 0; i < 200; i++) for (const ch of makeJoinCode(randomBytes)) seen.add(ch);
		expect(seen.size).toBe(JOIN_ALPHABET.length);
	});

	it.each([
		['acd-efg', 'ACDEFG'],
		[' ACD EFG ', 'ACDEFG'],
		['x9t7k3', 'X9T7K3']
	])('reads %j as %j', (raw, code) => {
		expect(normalizeJoinCode(raw)).toBe(code);
	});

	it.each([
		['ACDEF0'],
		['ACDEFO'],
		['ACDEF1'],
		['ACDEFL'],
		['ACDEF'],
		['ACDEFGH'],
		[''],
		[null],
		[42]
	])('refuses %j', (raw) => {
		expect(normalizeJoinCode(raw)).toBeNull();
	});

	it('finds a code that is not taken', () => {
		const taken = new Set(['AAAAAA']);
		let calls = 0;
		const code = freshJoinCode(
			(c) => taken.has(c),
			(n) => (calls++ === 0 ? new Uint8Array(n) : randomBytes(n))
		);
		expect(code).not.toBe('AAAAAA');
		expect(calls).toBeGreaterThan(1);
	});

	it('gives up instead of looping when every code is taken', () => {
		expect(() => freshJoinCode(() => true, randomBytes, 5)).toThrow(/No free join code/);
	});
});
