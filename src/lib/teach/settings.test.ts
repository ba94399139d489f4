import { describe, expect, it } from 'vitest';
import { parseLocalTime, parseSettings, toLocalInput, type SettingsInput } from './settings';

function input(over: Partial<SettingsInput> = {}): SettingsInput {
	return {
		title: 'Kim in Russia',
		feedback: 'each',
		attemptsMode: '1',
		attemptsCount: '',
		opensAt: '',
		closesAt: '',
		shuffleQuestions: 'on',
		shuffleOptions: undefined,
		...over
	};
}

describe('parseSettings', () => {
	it('reads a complete form', () => {
		expect(
			parseSettings(input({ attemptsMode: 'n', attemptsCount: '3', feedback: 'end' }))
		).toEqual({
			ok: true,
			title: 'Kim in Russia',
			settings: {
				feedback: 'end',
				attempts: 3,
				opensAt: null,
				closesAt: null,
				shuffleQuestions: true,
				shuffleOptions: false
			}
		});
		expect(parseSettings(input({ attemptsMode: 'unlimited' }))).toMatchObject({
			settings: { attempts: null }
		});
	});

	it.each<[Partial<SettingsInput>, string]>([
		[{ title: '  ' }, 'title'],
		[{ title: 'x'.repeat(121) }, 'title'],
		[{ feedback: 'never' }, 'feedback'],
		[{ attemptsMode: 'n', attemptsCount: '0' }, 'attempts'],
		[{ attemptsMode: 'n', attemptsCount: 'many' }, 'attempts'],
		[{ attemptsMode: 'n', attemptsCount: '51' }, 'attempts'],
		[{ attemptsMode: 'lots' }, 'attempts'],
		[{ opensAt: 'tomorrow' }, 'opensAt'],
		[{ opensAt: '2026-02-30T08:00' }, 'opensAt'],
		[{ opensAt: '2026-03-02T09:00', closesAt: '2026-03-02T08:00' }, 'closesAt']
	])('refuses %j on %s', (over, field) => {
		const check = parseSettings(input(over));
		expect(check.ok).toBe(false);
		if (!check.ok) expect(check.errors).toHaveProperty(field);
	});

	it('round-trips a local time', () => {
		const iso = parseLocalTime('2026-03-02T08:30');
		expect(iso).not.toBeNull();
		expect(toLocalInput(iso)).toBe('2026-03-02T08:30');
		expect(toLocalInput(null)).toBe('');
	});
});
