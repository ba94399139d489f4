import { afterEach, describe, expect, it } from 'vitest';
import { answer, snapshotQuestions, startAttempt } from '$lib/quiz';
import type { Bank } from '$lib/generator/types';
import bankJson from '$lib/quiz/fixtures/small-bank.json';
import type { Attempt } from '$lib/quiz/types';
import { reviewKey, reviews } from './reviews';
import { openStore } from './store';
import { removeTempDirs, tempDir } from './test-helpers';

afterEach(removeTempDirs);

const bank = bankJson as Bank;
const DAY = 24 * 60 * 60 * 1000;
const t0 = new Date('2026-02-01T09:00:00.000Z');
const at = (days: number) => new Date(t0.getTime() + days * DAY);

async function setup() {
	const store = await openStore(await tempDir());
	const player = await store.players.create('Ada');
	return { store, player, queue: reviews(store) };
}

/** Answers every question of `attempt`: right where `rightAt(i)`, wrong elsewhere. */
function play(attempt: Attempt, rightAt: (i: number) => boolean, now: Date): Attempt[] {
	const steps: Attempt[] = [];
	let current = attempt;
	current.questions.forEach((q, i) => {
		const order = current.optionOrder[i] ?? [];
		const key = order.indexOf(q.answer);
		const displayed = rightAt(i) ? key : (key + 1) % order.length;
		const result = answer(current, i, displayed, now);
		if (!result.ok) throw new Error(result.message);
		current = result.attempt;
		steps.push(current);
	});
	return steps;
}

describe('review queue', () => {
	it('queues the wrong answers of a quiz, due at once, and ignores the right ones', async () => {
		const { player, queue } = await setup();
		const attempt = startAttempt({
			id: 'a1',
			player,
			source: { kind: 'quiz', slug: bank.article.slug },
			title: bank.article.title,
			questions: snapshotQuestions(bank),
			seed: 7,
			order: 'given'
		});
		const steps = play(attempt, (i) => i !== 1 && i !== 2, t0);
		for (const [i, step] of steps.entries()) await queue.onAnswer(step, i, t0);

		const due = await queue.due(player.id, t0);
		expect(due.map((d) => d.key).sort()).toEqual(['fixture-article:q2', 'fixture-article:q3']);
		expect(due.every((d) => d.box === 0)).toBe(true);
		expect(due[0]?.question.explanation).toBeTruthy();
		expect(await queue.dueCount(player.id, t0)).toBe(2);
	});

	it('moves questions between boxes from the answers of a review attempt', async () => {
		const { player, queue } = await setup();
		const [q2, q3] = snapshotQuestions(bank).slice(1, 3);
		await queue.missed(player.id, q2!, t0);
		await queue.missed(player.id, q3!, t0);

		const due = await queue.due(player.id, t0);
		const review = startAttempt({
			id: 'r1',
			player,
			source: { kind: 'review' },
			title: 'Review',
			questions: due.map((d) => d.question),
			seed: 3,
			order: 'given'
		});
		// Right on the first, wrong on the second.
		const steps = play(review, (i) => i === 0, t0);
		for (const [i, step] of steps.entries()) await queue.onAnswer(step, i, t0);

		const items = await queue.all(player.id);
		const first = items.find((i) => i.key === reviewKey(due[0]!.question));
		const second = items.find((i) => i.key === reviewKey(due[1]!.question));
		expect(first).toMatchObject({ box: 1, due: at(1).toISOString(), reviews: 1 });
		expect(second).toMatchObject({ box: 0, due: t0.toISOString(), reviews: 1 });
		// The right one left the due list for a day; the wrong one stays.
		expect((await queue.due(player.id, at(0.5))).map((d) => d.key)).toEqual([second!.key]);
		expect(await queue.dueCount(player.id, at(1))).toBe(2);
	});

	it('follows the Leitner intervals over a month with an injected clock', async () => {
		const { player, queue } = await setup();
		const q = snapshotQuestions(bank)[0]!;
		await queue.missed(player.id, q, t0);
		let day = 0;
		for (const wait of [1, 3, 7, 14, 30]) {
			await queue.reviewed(player.id, reviewKey(q), true, at(day));
			expect(await queue.dueCount(player.id, at(day + wait - 0.01))).toBe(0);
			expect(await queue.dueCount(player.id, at(day + wait))).toBe(1);
			day += wait;
		}
		// A wrong answer in a plain quiz sends it back to box 0.
		await queue.missed(player.id, q, at(day));
		expect((await queue.all(player.id))[0]).toMatchObject({ box: 0, reviews: 5 });
	});

	it('keeps one item per question, and queues of players apart', async () => {
		const { store, player, queue } = await setup();
		const other = await store.players.create('Bo');
		const q = snapshotQuestions(bank)[0]!;
		await Promise.all([queue.missed(player.id, q, t0), queue.missed(player.id, q, at(0.1))]);
		expect(await queue.all(player.id)).toHaveLength(1);
		expect(await queue.all(other.id)).toEqual([]);
		// A review answer for an unknown key or player changes nothing and does not throw.
		await queue.reviewed(other.id, reviewKey(q), true, t0);
		await queue.reviewed(player.id, 'nope:q9', true, t0);
		expect(await queue.all(other.id)).toEqual([]);
	});
});
