/**
 * The play routes against a real store in a temporary folder: what a page's data holds and
 * where each answer leads, with feedback after each question and at the end (teachers' setting).
 */
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '$lib/generator/types';
import { snapshotQuestions, startAttempt } from '$lib/quiz';
import bankJson from '$lib/quiz/fixtures/small-bank.json';
import type { Attempt, Player } from '$lib/quiz/types';
import { getStore, initStore } from '$lib/server/store';
import { actions, load } from './+page.server';
import { load as loadResults } from './results/+page.server';

const bank = bankJson as Bank;
const answerAction = actions.answer as NonNullable<typeof actions.answer>;
let player: Player;
let stranger: Player;

beforeAll(async () => {
	process.env.NEWSQUIZ_DATA_DIR = await mkdtemp(join(tmpdir(), 'newsquiz-play-'));
	await initStore();
	player = await getStore().players.create('Ada');
	stranger = await getStore().players.create('Eve');
});

async function newAttempt(feedback: 'each' | 'end'): Promise<Attempt> {
	const attempt = startAttempt({
		id: `a${Math.random().toString(36).slice(2)}`,
		player,
		source: { kind: 'quiz', slug: bank.article.slug },
		title: bank.article.title,
		questions: snapshotQuestions(bank),
		seed: 7,
		feedback
	});
	return getStore().attempts.create(attempt);
}

/** Runs `fn` and returns what it threw or returned: a redirect's location, an error's status. */
async function outcome(fn: () => unknown): Promise<unknown> {
	try {
		return await fn();
	} catch (e) {
		if (isRedirect(e)) return { redirect: e.location };
		if (isHttpError(e)) return { status: e.status };
		throw e;
	}
}

function pageEvent(attempt: Attempt, who: Player | null, search = '') {
	return {
		params: { attempt: attempt.id },
		locals: { player: who },
		url: new URL(`http://localhost/play/${attempt.id}${search}`)
	} as unknown as Parameters<typeof load>[0];
}

function answerEvent(attempt: Attempt, who: Player | null, form: Record<string, string>) {
	const body = new FormData();
	for (const [k, v] of Object.entries(form)) body.set(k, v);
	return {
		params: { attempt: attempt.id },
		locals: { player: who },
		request: new Request(`http://localhost/play/${attempt.id}?/answer`, { method: 'POST', body })
	} as unknown as Parameters<typeof answerAction>[0];
}

const answerAll = async (attempt: Attempt) => {
	const results = [];
	for (let i = 0; i < attempt.questions.length; i++) {
		results.push(
			await outcome(() =>
				answerAction(answerEvent(attempt, player, { position: String(i), choice: '0' }))
			)
		);
	}
	return results;
};

describe('feedback after each question', () => {
	it('shows the answered question with its key, then moves on', async () => {
		const attempt = await newAttempt('each');
		const to = await outcome(() =>
			answerAction(answerEvent(attempt, player, { position: '0', choice: '1' }))
		);
		expect(to).toEqual({ redirect: `/play/${attempt.id}?q=1` });
		const data = (await load(pageEvent(attempt, player, '?q=1'))) as {
			question: { reveal: unknown };
		};
		expect(data.question.reveal).not.toBeNull();
		const next = (await load(pageEvent(attempt, player))) as {
			question: { number: number; reveal: unknown };
		};
		expect(next.question).toMatchObject({ number: 2, reveal: null });
	});
});

describe('feedback at the end', () => {
	it('goes straight to the next question and reveals nothing until the results', async () => {
		const attempt = await newAttempt('end');
		const first = await outcome(() =>
			answerAction(answerEvent(attempt, player, { position: '0', choice: '0' }))
		);
		expect(first).toEqual({ redirect: `/play/${attempt.id}` });
		const answered = (await load(pageEvent(attempt, player, '?q=1'))) as {
			question: { answered: boolean; reveal: unknown };
		};
		expect(answered.question).toMatchObject({ answered: true, reveal: null });
		expect(JSON.stringify(answered)).not.toContain(bank.questions[0]!.explanation);
		expect(await outcome(() => loadResults(pageEvent(attempt, player) as never))).toEqual({
			redirect: `/play/${attempt.id}`
		});

		const rest = await answerAll(attempt);
		expect(rest.at(-1)).toEqual({ redirect: `/play/${attempt.id}/results` });
		const results = (await loadResults(pageEvent(attempt, player) as never)) as {
			results: { total: number; questions: { reveal: unknown }[] };
		};
		expect(results.results.total).toBe(4);
		expect(results.results.questions.every((q) => q.reveal !== null)).toBe(true);
	});
});

describe('someone else’s attempt', () => {
	it('is 403 to see or answer, 404 when unknown, and nothing is stored', async () => {
		const attempt = await newAttempt('each');
		expect(await outcome(() => load(pageEvent(attempt, stranger)))).toEqual({ status: 403 });
		expect(await outcome(() => load(pageEvent(attempt, null)))).toEqual({ status: 403 });
		expect(
			await outcome(() =>
				answerAction(answerEvent(attempt, stranger, { position: '0', choice: '0' }))
			)
		).toEqual({ status: 403 });
		expect((await getStore().attempts.get(attempt.id))!.answers.every((a) => a === null)).toBe(
			true
		);
		const unknown = { ...attempt, id: 'no-such-attempt' };
		expect(await outcome(() => load(pageEvent(unknown, player)))).toEqual({ status: 404 });
	});
});

describe('bad answers', () => {
	it.each([
		[{ position: '0' }, /choose one of the answers/],
		[{ choice: '0' }, /which question/],
		[{ position: '0', choice: '7' }, /Choose one of the \d answers shown/],
		[{ position: '0', choice: '-1' }, /not one of the answers/],
		[{ position: '3', choice: '0' }, /Answer question 1 first/]
	])('%j is a 400 with a message and stores nothing', async (form, message) => {
		const attempt = await newAttempt('each');
		const result = (await answerAction(answerEvent(attempt, player, form))) as {
			status: number;
			data: { message: string };
		};
		expect(result.status).toBe(400);
		expect(result.data.message).toMatch(message);
		expect((await getStore().attempts.get(attempt.id))!.answers.every((a) => a === null)).toBe(
			true
		);
	});
});
