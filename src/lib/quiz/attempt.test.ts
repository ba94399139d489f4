import { describe, expect, it } from 'vitest';
import type { Bank } from '$lib/generator/types';
import {
	answer,
	currentPosition,
	isFinished,
	percent,
	scoreOf,
	snapshotQuestions,
	startAttempt
} from './attempt';
import bankJson from './fixtures/small-bank.json';
import type { Attempt } from './types';

const bank = bankJson as Bank;
const player = { id: 'player-1', name: 'Ada' };
const now = new Date('2026-01-02T03:04:05Z');

function start(seed = 1, extra: Partial<Parameters<typeof startAttempt>[0]> = {}): Attempt {
	return startAttempt({
		id: 'attempt-1',
		player,
		source: { kind: 'quiz', slug: bank.article.slug },
		title: bank.article.title,
		questions: snapshotQuestions(bank),
		seed,
		now,
		...extra
	});
}

/** The shown place of the key (or of a wrong option) of the question at `position`. */
function place(attempt: Attempt, position: number, right: boolean): number {
	const q = attempt.questions[position]!;
	const order = attempt.optionOrder[position]!;
	return right ? order.indexOf(q.answer) : order.findIndex((i) => i !== q.answer);
}

describe('snapshotQuestions', () => {
	it('copies the questions with their article and quoted sentences', () => {
		const qs = snapshotQuestions(bank);
		expect(qs).toHaveLength(4);
		expect(qs[0]).toMatchObject({ id: 'q1', article: 'fixture-article' });
		expect(qs[3]!.quotes).toEqual([
			{ id: 's3', text: 'The fleet has strategic nuclear submarines.' },
			{ id: 's1', text: 'Kim met Putin on Wednesday.' }
		]);
		qs[0]!.options[0] = 'changed';
		expect(bank.questions[0]!.options[0]).toBe('Putin');
	});
});

describe('startAttempt', () => {
	it('builds a fresh attempt holding every question once', () => {
		const a = start(5);
		expect(a).toMatchObject({
			id: 'attempt-1',
			playerId: 'player-1',
			playerName: 'Ada',
			feedback: 'each',
			seed: 5,
			startedAt: now.toISOString()
		});
		expect(a.questions.map((q) => q.id).sort()).toEqual(['q1', 'q2', 'q3', 'q4']);
		expect(a.answers).toEqual([null, null, null, null]);
		a.optionOrder.forEach((order, i) => {
			expect([...order].sort()).toEqual(a.questions[i]!.options.map((_, j) => j));
		});
		expect(a.finishedAt).toBeUndefined();
	});

	it('makes the same orders from the same seed (a reload shows the same page)', () => {
		expect(start(99)).toEqual(start(99));
	});

	it('moves the key around between seeds', () => {
		const places = new Set<number>();
		for (let seed = 0; seed < 40; seed++) {
			const a = start(seed, { order: 'given' });
			places.add(a.optionOrder[0]!.indexOf(a.questions[0]!.answer));
		}
		expect(places).toEqual(new Set([0, 1, 2, 3]));
	});

	it('keeps the given order when asked and otherwise varies it', () => {
		expect(start(3, { order: 'given' }).questions.map((q) => q.id)).toEqual([
			'q1',
			'q2',
			'q3',
			'q4'
		]);
		const orders = new Set<string>();
		for (let seed = 0; seed < 30; seed++)
			orders.add(
				start(seed)
					.questions.map((q) => q.id)
					.join()
			);
		expect(orders.size).toBeGreaterThan(5);
	});

	it('refuses an empty quiz', () => {
		expect(() => start(1, { questions: [] })).toThrow(/at least one/);
	});
});

describe('answer', () => {
	it('records a right answer with the option index in bank order', () => {
		const a = start(11);
		const shown = place(a, 0, true);
		const result = answer(a, 0, shown, now);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.correct).toBe(true);
		expect(result.attempt.answers[0]).toEqual({
			choice: a.questions[0]!.answer,
			correct: true,
			at: now.toISOString()
		});
		expect(a.answers[0]).toBeNull();
		expect(currentPosition(result.attempt)).toBe(1);
	});

	it('records a wrong answer as wrong', () => {
		const a = start(12);
		const result = answer(a, 0, place(a, 0, false), now);
		expect(result.ok && result.correct).toBe(false);
		expect(result.ok && result.attempt.answers[0]?.correct).toBe(false);
	});

	it('finishes with the score once every question is answered', () => {
		let a = start(13);
		const pattern = [true, false, true, true];
		pattern.forEach((right, i) => {
			const r = answer(a, i, place(a, i, right), now);
			if (!r.ok) throw new Error(r.message);
			a = r.attempt;
		});
		expect(isFinished(a)).toBe(true);
		expect(a.score).toBe(3);
		expect(scoreOf(a)).toBe(3);
		expect(a.finishedAt).toBe(now.toISOString());
	});

	it.each([
		['a question twice', [0], 0, 0, 'already-answered'],
		['a question not yet reached', [], 2, 0, 'not-reached'],
		['a position past the end', [], 4, 0, 'no-such-question'],
		['a negative position', [], -1, 0, 'no-such-question'],
		['a fractional position', [], 0.5, 0, 'no-such-question'],
		['an option past the end', [], 0, 9, 'no-such-option'],
		['a negative option', [], 0, -1, 'no-such-option'],
		['a fractional option', [], 0, 1.5, 'no-such-option'],
		['a finished quiz', [0, 1, 2, 3], 3, 0, 'finished']
	])('refuses %s', (_, answered, position, choice, reason) => {
		let a = start(21);
		for (const p of answered) {
			const r = answer(a, p, 0, now);
			if (!r.ok) throw new Error(r.message);
			a = r.attempt;
		}
		const result = answer(a, position, choice, now);
		expect(result).toMatchObject({ ok: false, reason });
		if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
	});
});

describe('percent', () => {
	it.each([
		[7, 10, 70],
		[0, 10, 0],
		[10, 10, 100],
		[1, 3, 33],
		[2, 3, 67],
		[0, 0, 0]
	])('%i of %i is %i %%', (score, total, expected) => {
		expect(percent(score, total)).toBe(expected);
	});
});
