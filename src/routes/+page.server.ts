import * as library from '$lib/server/library';
import { bestByQuiz, saveName, summariesOf } from '$lib/server/player';
import { search } from '$lib/practice/search';
import { homePractice } from '$lib/server/practice';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const best = bestByQuiz(await summariesOf(locals.player?.id));
	const quizzes = (await library.list()).map((q) => ({
		slug: q.slug,
		title: q.title,
		source: q.source,
		date: q.date,
		count: q.count,
		best: best.get(q.slug) ?? null
	}));
	// Self-testing (issue 5): library search (`/?q=`), reviews due, adding articles.
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	return { quizzes: search(quizzes, q), q, practice: await homePractice(locals.player) };
};

export const actions: Actions = { name: saveName };
