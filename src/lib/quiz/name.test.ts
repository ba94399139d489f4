import { describe, expect, it } from 'vitest';
import { validateName } from './name';

describe('validateName', () => {
	it.each([
		['Ada', 'Ada'],
		['  Ada Lovelace  ', 'Ada Lovelace'],
		['김정은', '김정은'],
		['Zoë', 'Zoë'],
		['x', 'x'],
		['a'.repeat(40), 'a'.repeat(40)],
		['😀'.repeat(40), '😀'.repeat(40)],
		['中'.repeat(40), '中'.repeat(40)],
		['محمد', 'محمد']
	])('accepts %j as %j', (raw, name) => {
		expect(validateName(raw)).toEqual({ ok: true, name });
	});

	it.each([
		['', /at least one/],
		['    ', /at least one/],
		['a'.repeat(41), /at most 40.*41/],
		['😀'.repeat(41), /at most 40.*41/],
		['two\nlines', /line breaks/],
		['tab\there', /line breaks/]
	])('refuses %j with a message', (raw, message) => {
		const result = validateName(raw);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(message);
	});

	it.each([[undefined], [null], [42], [{}]])('refuses a non-string %j', (raw) => {
		expect(validateName(raw).ok).toBe(false);
	});
});
