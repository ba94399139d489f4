import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import type { Bank } from '$lib/generator/types';
import bankJson from '$lib/quiz/fixtures/small-bank.json';
import { addSource, memorySource } from '$lib/server/library';
import { actions, load } from './+page.server';

const bank = bankJson as Bank;
const draft: Bank = { article: { ...bank.article, slug: 'draft' }, questions: [] };
addSource(memorySource('test', [bank, draft]));
const start = actions.start as NonNullable<typeof actions.start>;

async function status(fn: () => unknown): Promise<number | 'ok'> {
	try {
		await fn();
		return 'ok';
	} catch (e) {
		if (isHttpError(e)) return e.status;
		throw e;
	}
}

const event = (slug: string) =>
	({ params: { slug }, locals: { player: null } }) as unknown as Parameters<typeof load>[0];

describe('/quiz/[slug]', () => {
	it('shows a quiz with questions', async () => {
		const data = (await load(event('fixture-article'))) as { quiz: { count: number } };
		expect(data.quiz.count).toBe(4);
	});

	it.each(['draft', 'no-such-quiz'])('is a 404 for %s, to see or to start', async (slug) => {
		expect(await status(() => load(event(slug)))).toBe(404);
		expect(await status(() => start(event(slug) as never))).toBe(404);
	});
});
