import { describe, expect, it } from 'vitest';
import { currentStreak, dayKey, previousDay, safeTimeZone } from './streak';

describe('dayKey', () => {
	it.each([
		// 23:30 in New York (EST, UTC-5) is already the next UTC day.
		['2026-01-15T04:30:00.000Z', 'America/New_York', '2026-01-14'],
		['2026-01-15T04:30:00.000Z', 'UTC', '2026-01-15'],
		['2026-01-15T05:30:00.000Z', 'America/New_York', '2026-01-15'],
		// Summer time: New York is UTC-4.
		['2026-07-01T03:59:00.000Z', 'America/New_York', '2026-06-30'],
		['2026-07-01T04:00:00.000Z', 'America/New_York', '2026-07-01'],
		// East of UTC: Tokyo is UTC+9, Kolkata UTC+5:30, Kiritimati UTC+14.
		['2026-01-14T15:00:00.000Z', 'Asia/Tokyo', '2026-01-15'],
		['2026-01-14T18:29:00.000Z', 'Asia/Kolkata', '2026-01-14'],
		['2026-01-14T18:30:00.000Z', 'Asia/Kolkata', '2026-01-15'],
		['2026-01-14T10:00:00.000Z', 'Pacific/Kiritimati', '2026-01-15']
	])('%s in %s is %s', (at, zone, day) => {
		expect(dayKey(at, zone)).toBe(day);
	});

	it('falls back to UTC for an unknown or hostile zone', () => {
		expect(safeTimeZone('Mars/Olympus')).toBe('UTC');
		expect(safeTimeZone('')).toBe('UTC');
		expect(safeTimeZone(undefined)).toBe('UTC');
		expect(safeTimeZone('Europe/Paris')).toBe('Europe/Paris');
		expect(dayKey('2026-01-14T23:30:00.000Z', 'Mars/Olympus')).toBe('2026-01-14');
	});

	it('steps back over month, year and leap days', () => {
		expect(previousDay('2026-03-01')).toBe('2026-02-28');
		expect(previousDay('2024-03-01')).toBe('2024-02-29');
		expect(previousDay('2026-01-01')).toBe('2025-12-31');
	});
});

describe('currentStreak across time zones', () => {
	// 23:30 on 14 Jan and 00:30 on 15 Jan in New York (EST).
	const lateEvening = '2026-01-15T04:30:00.000Z';
	const earlyMorning = '2026-01-15T05:30:00.000Z';
	const nextNoonNY = new Date('2026-01-15T17:00:00.000Z');

	it('counts two days in New York for 23:30 and 00:30', () => {
		expect(currentStreak([lateEvening, earlyMorning], nextNoonNY, 'America/New_York')).toBe(2);
	});

	it('counts one day in UTC for the same two quizzes', () => {
		expect(currentStreak([lateEvening, earlyMorning], nextNoonNY, 'UTC')).toBe(1);
	});

	it('keeps the streak alive through the day after the last quiz, then drops it', () => {
		const times = [lateEvening, earlyMorning];
		// 16 Jan, 20:00 in New York: no quiz today yet, yesterday had one.
		expect(currentStreak(times, new Date('2026-01-17T01:00:00.000Z'), 'America/New_York')).toBe(2);
		// 17 Jan in New York: a whole day without a quiz.
		expect(currentStreak(times, new Date('2026-01-17T06:00:00.000Z'), 'America/New_York')).toBe(0);
	});

	it('is broken by a missing day in the middle', () => {
		const times = ['2026-01-10T12:00:00Z', '2026-01-12T12:00:00Z', '2026-01-13T12:00:00Z'];
		expect(currentStreak(times, new Date('2026-01-13T20:00:00Z'), 'UTC')).toBe(2);
	});

	it('is 0 with no quizzes', () => {
		expect(currentStreak([], nextNoonNY, 'UTC')).toBe(0);
	});

	it('counts one day in Tokyo for quizzes that are two UTC days', () => {
		// 23:00 UTC on the 14th and 01:00 UTC on the 15th: both on the 15th in Tokyo.
		const times = ['2026-01-14T23:00:00Z', '2026-01-15T01:00:00Z'];
		const now = new Date('2026-01-15T02:00:00Z');
		expect(currentStreak(times, now, 'Asia/Tokyo')).toBe(1);
		expect(currentStreak(times, now, 'UTC')).toBe(2);
	});
});
