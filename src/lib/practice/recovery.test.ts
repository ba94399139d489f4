import { describe, expect, it } from 'vitest';
import { CODE_LENGTH, hashRecoveryCode, newRecoveryCode, normaliseRecoveryCode } from './recovery';

describe('recovery codes', () => {
	it('are 20 symbols of Crockford base 32 in groups of five', () => {
		const code = newRecoveryCode();
		expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
		expect(code.replaceAll('-', '')).toHaveLength(CODE_LENGTH);
	});

	it('differ from one call to the next', () => {
		const codes = new Set(Array.from({ length: 200 }, () => newRecoveryCode()));
		expect(codes.size).toBe(200);
	});

	it('use the injected randomness', () => {
		const zeros = newRecoveryCode((n) => new Uint8Array(n));
		expect(zeros).toBe('00000-00000-00000-00000');
	});

	it.each([
		['lower case', (c: string) => c.toLowerCase()],
		['no dashes', (c: string) => c.replaceAll('-', '')],
		['spaces instead of dashes', (c: string) => c.replaceAll('-', ' ')],
		['surrounding blanks', (c: string) => `  ${c}\n`]
	])('forgive %s', (_name, change) => {
		const code = newRecoveryCode();
		expect(hashRecoveryCode(change(code))).toBe(hashRecoveryCode(code));
	});

	it('forgive look-alike letters O, I and L', () => {
		const code = '0000-01111'.padEnd(23, '0');
		expect(normaliseRecoveryCode('OOOO-OILIL'.padEnd(23, 'o'))).toBe(normaliseRecoveryCode(code));
	});

	it.each([
		['empty', ''],
		['too short', 'ABCDE-FGHJK'],
		['too long', '0'.repeat(21)],
		['a U (not in the alphabet)', 'U'.repeat(20)],
		['punctuation', '!'.repeat(20)],
		['a huge paste', 'A'.repeat(10_000)]
	])('refuse %s', (_name, typed) => {
		expect(normaliseRecoveryCode(typed)).toBeNull();
		expect(hashRecoveryCode(typed)).toBeNull();
	});

	it('hash to hex and never contain the code', () => {
		const code = newRecoveryCode();
		const hash = hashRecoveryCode(code) ?? '';
		expect(hash).toMatch(/^[0-9a-f]{64}$/);
		expect(hash).not.toContain(code.replaceAll('-', '').toLowerCase());
		expect(hashRecoveryCode(newRecoveryCode())).not.toBe(hash);
	});
});
