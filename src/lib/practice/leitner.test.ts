import { describe, expect, it } from 'vitest';
import {
	afterReview,
	afterRight,
	afterWrong,
	dueItems,
	INTERVAL_DAYS,
	isDue,
	TOP_BOX
} from './leitner';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2026-03-01T10:00:00.000Z');
const later = (days: number, from = start) => new Date(from.getTime() + days * DAY);

describe('Leitner schedule', () => {
	it('puts a mistake in box 0, due at once', () => {
		const s = afterWrong(start);
		expect(s).toEqual({ box: 0, due: start.toISOString() });
		expect(isDue(s, start)).toBe(true);
	});

	it('climbs the boxes with intervals 1, 3, 7, 14, 30 days', () => {
		let clock = start;
		let s = afterWrong(clock);
		const waited: number[] = [];
		for (let i = 0; i < 5; i++) {
			s = afterRight(s, clock);
			const wait = (Date.parse(s.due) - clock.getTime()) / DAY;
			waited.push(wait);
			expect(isDue(s, later(wait - 0.001, clock))).toBe(false);
			expect(isDue(s, later(wait, clock))).toBe(true);
			clock = later(wait, clock);
		}
		expect(waited).toEqual([...INTERVAL_DAYS]);
		expect(s.box).toBe(TOP_BOX);
	});

	it('stays in the top box, 30 days apart, while answered right', () => {
		const top = { box: TOP_BOX, due: start.toISOString() };
		const next = afterRight(top, start);
		expect(next.box).toBe(TOP_BOX);
		expect(next.due).toBe(later(30).toISOString());
	});

	it.each([1, 2, 3, 4, 5])(
		'sends a question from box %i back to box 0 on a wrong review',
		(box) => {
			const s = afterReview({ box, due: start.toISOString() }, false, later(2));
			expect(s).toEqual({ box: 0, due: later(2).toISOString() });
		}
	);

	it('a right review answer takes a fresh mistake off the due list for a day', () => {
		const reviewed = afterReview(afterWrong(start), true, start);
		expect(reviewed.box).toBe(1);
		expect(isDue(reviewed, later(0.5))).toBe(false);
		expect(isDue(reviewed, later(1))).toBe(true);
	});

	it('lists due items, oldest first, and leaves the others out', () => {
		const items = [
			{ key: 'b', box: 0, due: later(0).toISOString() },
			{ key: 'a', box: 0, due: later(0).toISOString() },
			{ key: 'c', box: 1, due: later(1).toISOString() },
			{ key: 'd', box: 2, due: later(-3).toISOString() }
		];
		expect(dueItems(items, later(0.5)).map((i) => i.key)).toEqual(['d', 'a', 'b']);
		expect(dueItems(items, later(1)).map((i) => i.key)).toEqual(['d', 'a', 'b', 'c']);
	});
});
