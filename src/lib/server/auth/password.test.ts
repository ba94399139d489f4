import { describe, expect, it } from 'vitest';
import { hashPassword, SCRYPT, verifyNothing, verifyPassword } from './password';

// Small parameters keep the table fast; one case uses the real ones.
const FAST = { N: 1024, r: 8, p: 1, keylen: 32 };

describe('password hashing', () => {
	it('verifies the right password with the real parameters, and refuses a wrong one', async () => {
		const stored = await hashPassword('correct horse battery', SCRYPT);
		expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
		expect(await verifyPassword('correct horse battery', stored)).toBe(true);
		expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
	}, 20_000);

	it('salts: the same password hashes differently each time', async () => {
		const a = await hashPassword('same password', FAST);
		const b = await hashPassword('same password', FAST);
		expect(a).not.toBe(b);
		expect(await verifyPassword('same password', a)).toBe(true);
		expect(await verifyPassword('same password', b)).toBe(true);
	});

	it.each([
		['pässwörd-ünïcode'],
		['e\u0301te\u0301 (decomposed)'],
		['🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂'],
		[' spaces matter ']
	])('round-trips %j', async (password) => {
		const stored = await hashPassword(password, FAST);
		expect(await verifyPassword(password, stored)).toBe(true);
		expect(await verifyPassword(password.trim() + 'x', stored)).toBe(false);
	});

	it('treats composed and decomposed accents as the same password', async () => {
		const stored = await hashPassword('\u00e9t\u00e9-summer', FAST);
		expect(await verifyPassword('e\u0301te\u0301-summer', stored)).toBe(true);
	});

	it.each([
		[''],
		['plain'],
		['scrypt$1024$8$1$c2FsdA$aGFzaA'],
		['scrypt$abc$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA'],
		['scrypt$4194304$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA'],
		['bcrypt$1024$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA']
	])('refuses the malformed stored hash %j without throwing', async (stored) => {
		expect(await verifyPassword('anything at all', stored)).toBe(false);
	});

	it('verifyNothing always says no', async () => {
		expect(await verifyNothing('not a password of anyone')).toBe(false);
	});
});
