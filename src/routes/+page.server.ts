import * as library from '$lib/server/library';
import { bestByQuiz, saveName, summariesOf } from '$lib/server/player';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const best = bestByQuiz(await summariesOf(locals.player?.id));
	const quizzes = (await library.list()).map((q) => ({
		slug: q.slug,
		title: q.title,
		source: q.source,
		date: q.date,
		count: q.count,
		best: best.get(q.slug) ?? null
	}));
	return { quizzes };
};

export const actions: Actions = { name: saveName };
