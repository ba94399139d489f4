import { describe, expect, it } from 'vitest';
import type { Attempt, AttemptQuestion } from '$lib/quiz/types';
import { classResults, type StatsQuestion } from './results';

const q = (id: string, options: string[], answer: number, quote: string): AttemptQuestion => ({
	id,
	type: 'cloze',
	stem: `Stem of ${id}?`,
	options,
	answer,
	evidence: [`s-${id}`],
	explanation: '',
	difficulty: 0.5,
	article: 'the-article',
	quotes: [{ id: `s-${id}`, text: quote }]
});

const Q1 = q('q1', ['Putin', 'Shoigu', 'Biden', 'Xi'], 0, 'Kim met Putin on Wednesday.');
const Q2 = q('q2', ['May', 'June', 'July'], 2, 'Shoigu visited Pyongyang in July.');
const Q3 = q('q3', ['1945', '1948', '1950', '1953', '1961'], 1, 'It was formed in 1948.');
const Q4 = q('q4', ['Carriers', 'Submarines'], 1, 'The fleet has submarines.');
const QUESTIONS = [Q1, Q2, Q3, Q4];

/**
 * An attempt whose questions are held in `order` (attempts shuffle them) with `choices` given by
 * question id (option index in the question's own options).
 */
function attempt(
	id: string,
	player: string,
	choices: Record<string, number>,
	startedAt: string,
	finishedAt?: string,
	order: AttemptQuestion[] = QUESTIONS
): Attempt {
	const answers = order.map((question) => {
		const choice = choices[question.id];
		return choice === undefined
			? null
			: { choice, correct: choice === question.answer, at: startedAt };
	});
	const a: Attempt = {
		id,
		playerId: `p-${player}`,
		playerName: player,
		source: { kind: 'assignment', id: 'asg' },
		title: 'Quiz',
		questions: order,
		optionOrder: order.map((x) => x.options.map((_, i) => i)),
		seed: 1,
		feedback: 'each',
		answers,
		startedAt
	};
	if (finishedAt) {
		a.finishedAt = finishedAt;
		a.score = answers.filter((x) => x?.correct).length;
	}
	return a;
}

const T = (m: number, s = 0) =>
	`2026-11-28T09:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.000Z`;

// The class, worked by hand below. ✓ right, ✗ wrong (chosen option index).
//           q1      q2      q3      q4     score
// Ana       ✓       ✓       ✓       ✓      4/4 = 1.00
// Ben #1    ✓       ✓       ✗(0)    ✓      3/4 = 0.75
// Cy        ✓       ✗(0)    ✓       ✗(0)   2/4 = 0.50
// Dee       ✓       ✗(1)    ✗(0)    ✗(0)   1/4 = 0.25
// Eve       ✗(1)    ✗(0)    ✗(2)    ✓      1/4 = 0.25
// Ben #2    ✓       ✓       ✓       ✓      (a replay: listed, not counted)
// Fay       ✓       –       –       –      (under way: counted in p and options, not in D / r)
const ATTEMPTS: Attempt[] = [
	attempt('a-ana', 'Ana', { q1: 0, q2: 2, q3: 1, q4: 1 }, T(0), T(4, 5)),
	attempt('a-ben1', 'Ben', { q1: 0, q2: 2, q3: 0, q4: 1 }, T(1), T(6), [Q3, Q1, Q4, Q2]),
	attempt('a-cy', 'Cy', { q1: 0, q2: 0, q3: 1, q4: 0 }, T(2), T(7)),
	attempt('a-dee', 'Dee', { q1: 0, q2: 1, q3: 0, q4: 0 }, T(3), T(8), [Q4, Q3, Q2, Q1]),
	attempt('a-eve', 'Eve', { q1: 1, q2: 0, q3: 2, q4: 1 }, T(4), T(9)),
	attempt('a-ben2', 'Ben', { q1: 0, q2: 2, q3: 1, q4: 1 }, T(10), T(12)),
	attempt('a-fay', 'Fay', { q1: 0 }, T(11))
];

describe('classResults on a class worked by hand', () => {
	// Given in a scrambled order: results must not depend on it.
	const r = classResults(QUESTIONS, [...ATTEMPTS].reverse());
	const byId = (id: string) => r.questions.find((x) => x.id === id)!;

	it('lists every attempt by name, with its number, score, time taken and state', () => {
		expect(
			r.students.map((s) => [s.name, s.attempt, s.score, s.percent, s.finished, s.counted])
		).toEqual([
			['Ana', 1, 4, 100, true, true],
			['Ben', 1, 3, 75, true, true],
			['Ben', 2, 4, 100, true, false],
			['Cy', 1, 2, 50, true, true],
			['Dee', 1, 1, 25, true, true],
			['Eve', 1, 1, 25, true, true],
			['Fay', 1, 1, 25, false, true]
		]);
		const ana = r.students[0]!;
		// 09:00:00 → 09:04:05 = 4 × 60 + 5 = 245 s.
		expect(ana.seconds).toBe(245);
		expect(ana.attempts).toBe(1);
		expect(r.students[1]!.attempts).toBe(2);
		const fay = r.students[6]!;
		expect([fay.answered, fay.total, fay.seconds, fay.finishedAt]).toEqual([1, 4, null, null]);
	});

	it('computes per cent correct over counted attempts (Fay included, Ben #2 not)', () => {
		// q1: Ana Ben Cy Dee Fay right, Eve wrong → 5/6 = 83.3 → 83
		// q2: Ana Ben right of 5 → 40; q3: Ana Cy → 40; q4: Ana Ben Eve → 60
		expect(r.questions.map((x) => [x.answered, x.correct, x.percentCorrect])).toEqual([
			[6, 5, 83],
			[5, 2, 40],
			[5, 2, 40],
			[5, 3, 60]
		]);
	});

	it('counts the options chosen, whatever order the attempt held the questions in', () => {
		// q2 (May, June, July*): May ← Cy, Eve; June ← Dee; July ← Ana, Ben
		expect(byId('q2').options.map((o) => [o.text, o.key, o.count])).toEqual([
			['May', false, 2],
			['June', false, 1],
			['July', true, 2]
		]);
		// q3: 1945 ← Ben, Dee; 1948* ← Ana, Cy; 1950 ← Eve
		expect(byId('q3').options.map((o) => o.count)).toEqual([2, 2, 1, 0, 0]);
		expect(byId('q1').options.map((o) => o.count)).toEqual([5, 1, 0, 0]);
		expect(byId('q4').options.map((o) => o.count)).toEqual([2, 3]);
	});

	it('computes D from the upper and lower 27 % groups', () => {
		// 5 finished counted students → g = round(5 × 0.27) = round(1.35) = 1.
		// Ranked: Ana 1, Ben .75, Cy .5, Dee .25, Eve .25 (tie broken by id: a-dee < a-eve).
		// Upper = {Ana}, lower = {Eve}. q1: 1 − 0 = 1; q2: 1 − 0; q3: 1 − 0; q4: Ana ✓ Eve ✓ → 0.
		expect(r.summary.groupSize).toBe(1);
		expect(r.questions.map((x) => x.discrimination)).toEqual([1, 1, 1, 0]);
	});

	it('computes the point-biserial correlation', () => {
		// Totals (fractions) Ana 1, Ben .75, Cy .5, Dee .25, Eve .25: mean .55,
		// squared deviations .2025 + .04 + .0025 + .09 + .09 = .425, s = √(.425/5) = √.085 = .291548
		// q4: right Ana Ben Eve → M1 = 2/3, wrong Cy Dee → M0 = .375, p = .6
		//   r = (.666667 − .375) / .291548 × √(.6 × .4) = 1.000408 × .489898 = .490098
		// q1: right Ana Ben Cy Dee → M1 = .625, M0 = .25, p = .8
		//   r = .375 / .291548 × .4 = .514496
		// q2: right Ana Ben → M1 = .875, M0 = 1/3, p = .4
		//   r = .541667 / .291548 × .489898 = .910180
		expect(byId('q4').pointBiserial).toBeCloseTo(0.490098, 5);
		expect(byId('q1').pointBiserial).toBeCloseTo(0.514496, 5);
		expect(byId('q2').pointBiserial).toBeCloseTo(0.91018, 5);
	});

	it('gives the score distribution and the summary', () => {
		// Scores out of 4: Ana 4, Ben 3, Cy 2, Dee 1, Eve 1 (Ben #2 and Fay not counted).
		expect(r.distribution.map((b) => b.count)).toEqual([0, 2, 1, 1, 1]);
		// mean (100 + 75 + 50 + 25 + 25) / 5 = 55; median 50
		expect(r.summary).toEqual({
			students: 6,
			finished: 5,
			inProgress: 1,
			meanPercent: 55,
			medianPercent: 50,
			groupSize: 1
		});
	});

	it('names the most-missed questions with the quote the class should have read', () => {
		// q2 40 %, q3 40 % (tie: question order), q4 60 %; q1 (83 %) is fourth.
		expect(r.mostMissed.map((x) => x.id)).toEqual(['q2', 'q3', 'q4']);
		expect(r.mostMissed[0]!.quote).toEqual({
			id: 's-q2',
			text: 'Shoigu visited Pyongyang in July.',
			article: 'the-article'
		});
	});
});

describe('classResults edge cases', () => {
	it('is empty but well formed with no attempts', () => {
		const r = classResults(QUESTIONS, []);
		expect(r.students).toEqual([]);
		expect(r.questions.map((x) => [x.percentCorrect, x.discrimination, x.pointBiserial])).toEqual(
			QUESTIONS.map(() => [null, null, null])
		);
		expect(r.distribution).toHaveLength(5);
		expect(r.mostMissed).toEqual([]);
		expect(r.summary.meanPercent).toBeNull();
	});

	it('has no discrimination with a single student', () => {
		const r = classResults(QUESTIONS, [ATTEMPTS[0]!]);
		expect(r.summary.groupSize).toBe(0);
		expect(r.questions.every((x) => x.discrimination === null && x.pointBiserial === null)).toBe(
			true
		);
	});

	it('matches options by text after an edit, and counts answers to removed options apart', () => {
		// The teacher reordered q2's options and replaced "May" after two students played.
		const edited: StatsQuestion = { ...Q2, options: ['July', 'June', 'August'], answer: 0 };
		const r = classResults(
			[edited],
			[
				attempt('x1', 'Ann', { q2: 2 }, T(0), T(1), [Q2]), // July
				attempt('x2', 'Bo', { q2: 0 }, T(0), T(1), [Q2]) // May: no longer an option
			]
		);
		const stats = r.questions[0]!;
		expect(stats.options.map((o) => [o.text, o.count])).toEqual([
			['July', 1],
			['June', 0],
			['August', 0]
		]);
		expect(stats.otherCount).toBe(1);
	});

	it('takes the quote from the attempts when the question has none', () => {
		const bare: StatsQuestion = {
			id: 'q1',
			stem: 's',
			options: ['a', 'b'],
			answer: 0,
			evidence: ['s1']
		};
		const r = classResults([bare], [attempt('x', 'Ann', { q1: 0 }, T(0), T(1), [Q1])]);
		expect(r.questions[0]!.quote?.text).toBe('Kim met Putin on Wednesday.');
	});
});
