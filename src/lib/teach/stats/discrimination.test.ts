import { describe, expect, it } from 'vitest';
import { discriminationIndex, groupSize, pointBiserial, ranked } from './discrimination';

describe('groupSize (27 % of the class, at least one, none below two students)', () => {
	it.each([
		[0, 0],
		[1, 0],
		[2, 1], // 0.54 → 1
		[3, 1], // 0.81 → 1
		[4, 1], // 1.08 → 1
		[7, 2], // 1.89 → 2
		[10, 3], // 2.7 → 3
		[30, 8], // 8.1 → 8
		[100, 27]
	])('%i students → %i', (n, g) => {
		expect(groupSize(n)).toBe(g);
	});
});

describe('discriminationIndex', () => {
	// Ten students, scores .9 … 0 (s0 best). g = round(10 × .27) = 3.
	// Upper {s0, s1, s2}: s0 ✓ s1 ✓ s2 ✗ → 2/3; lower {s7, s8, s9}: s7 ✓ s8 ✗ s9 ✗ → 1/3.
	// D = 2/3 − 1/3 = 1/3.
	const scored = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, score: (9 - i) / 10 }));
	const right = new Set(['s0', 's1', 's3', 's4', 's7']);
	const correct = new Map(scored.map((s) => [s.id, right.has(s.id)]));

	it('is p(upper) − p(lower)', () => {
		expect(discriminationIndex(scored, correct)).toBeCloseTo(1 / 3, 10);
	});

	it('does not depend on the order the students come in', () => {
		expect(discriminationIndex([...scored].reverse(), correct)).toBeCloseTo(1 / 3, 10);
	});

	it('is negative when the weaker readers do better', () => {
		const flipped = new Map([...correct].map(([id, c]) => [id, !c]));
		expect(discriminationIndex(scored, flipped)).toBeCloseTo(-1 / 3, 10);
	});

	it('skips students who never saw the question', () => {
		// Without s2 in the map the upper group is {s0 ✓, s1 ✓, s2 ?} → 2/2 = 1; lower 1/3.
		const partial = new Map(correct);
		partial.delete('s2');
		expect(discriminationIndex(scored, partial)).toBeCloseTo(2 / 3, 10);
	});

	it('ranks ties by id', () => {
		expect(
			ranked([
				{ id: 'b', score: 1 },
				{ id: 'a', score: 1 },
				{ id: 'c', score: 2 }
			]).map((s) => s.id)
		).toEqual(['c', 'a', 'b']);
	});
});

describe('pointBiserial', () => {
	it('matches a hand computation', () => {
		// scores 1, 1, 0, 0; right: first three. mean .5, s = .5, p = .75
		// M1 = 2/3, M0 = 0 → r = (2/3) / .5 × √(.75 × .25) = 1.333333 × .433013 = .577350
		const items = [
			{ score: 1, correct: true },
			{ score: 1, correct: true },
			{ score: 0, correct: true },
			{ score: 0, correct: false }
		];
		expect(pointBiserial(items)).toBeCloseTo(0.57735, 5);
	});

	it.each([
		['fewer than two answers', [{ score: 1, correct: true }]],
		[
			'everybody right',
			[
				{ score: 1, correct: true },
				{ score: 0, correct: true }
			]
		],
		[
			'equal totals',
			[
				{ score: 0.5, correct: true },
				{ score: 0.5, correct: false }
			]
		]
	])('is undefined with %s', (_, items) => {
		expect(pointBiserial(items)).toBeNull();
	});
});
