import { describe, expect, it } from 'vitest';
import { formatDuration, formatIndex, formatTime } from './format';

describe('format', () => {
	it.each([
		[null, '—'],
		[0, '0 s'],
		[9, '9 s'],
		[83, '1 min 23 s'],
		[245, '4 min 05 s'],
		[3600 + 5 * 60 + 7, '1 h 05 min']
	])('duration %j → %j', (s, text) => {
		expect(formatDuration(s)).toBe(text);
	});

	it.each([
		[null, '—'],
		[1 / 3, '0.33'],
		[-0.5, '−0.50'],
		[-0.001, '0.00'],
		[1, '1.00']
	])('index %j → %j', (v, text) => {
		expect(formatIndex(v)).toBe(text);
	});

	it('shows times in UTC to the minute', () => {
		expect(formatTime('2026-11-28T09:04:05.000Z')).toBe('2026-11-28 09:04');
		expect(formatTime(null)).toBe('—');
		expect(formatTime('garbage')).toBe('—');
	});
});
