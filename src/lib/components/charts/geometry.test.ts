import { describe, expect, it } from 'vitest';
import { niceCeiling, students, ticks } from './geometry';

describe('chart geometry', () => {
	it.each([
		[0, 1],
		[1, 1],
		[2, 2],
		[3, 5],
		[7, 10],
		[11, 20],
		[26, 50],
		[51, 100]
	])('niceCeiling(%i) = %i', (max, ceiling) => {
		expect(niceCeiling(max)).toBe(ceiling);
	});

	it.each([
		[1, [0, 1]],
		[5, [0, 1, 2, 3, 4, 5]],
		[10, [0, 2, 4, 6, 8, 10]],
		[20, [0, 4, 8, 12, 16, 20]],
		[7, [0, 2, 4, 6, 7]]
	])('ticks(%i)', (ceiling, expected) => {
		expect(ticks(ceiling)).toEqual(expected);
	});

	it('counts students in words', () => {
		expect([students(0), students(1), students(2)]).toEqual([
			'0 students',
			'1 student',
			'2 students'
		]);
	});
});
