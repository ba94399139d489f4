import { error, redirect } from '@sveltejs/kit';
import * as library from '$lib/server/library';
import { bestByQuiz, startQuiz, summariesOf } from '$lib/server/player';
import type { Actions, PageServerLoad } from './$types';

// An article without questions (e.g. a teacher's draft) can be read but not played.
const NO_QUIZ = 'There is no quiz with that name. Pick one from the list of quizzes.';

export const load: PageServerLoad = async ({ params, locals }) => {
	const bank = await library.get(params.slug);
	if (!bank || bank.questions.length === 0) error(404, NO_QUIZ);
	const summaries = await summariesOf(locals.player?.id);
	const inProgress = summaries.find(
		(s) => s.source.kind === 'quiz' && s.source.slug === params.slug && !s.finishedAt
	);
	const { slug, title, source, date, url } = bank.article;
	return {
		quiz: { slug, title, source, date, url, count: bank.questions.length },
		best: bestByQuiz(summaries).get(slug) ?? null,
		inProgress: inProgress ? { id: inProgress.id } : null
	};
};

export const actions: Actions = {
	start: async ({ params, locals }) => {
		const bank = await library.get(params.slug);
		if (!bank || bank.questions.length === 0) error(404, NO_QUIZ);
		if (!locals.player) redirect(303, `/name?next=${encodeURIComponent(`/quiz/${params.slug}`)}`);
		const attempt = await startQuiz(locals.player, bank);
		redirect(303, `/play/${attempt.id}`);
	}
};
