import { redirect } from '@sveltejs/kit';
import { resultsView } from '$lib/quiz';
import { ownAttempt } from '$lib/server/player';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const attempt = await ownAttempt(locals.player, params.attempt);
	const results = resultsView(attempt);
	if (!results) redirect(303, `/play/${attempt.id}`);
	const { source } = attempt;
	return {
		results,
		// "Try again" starts a fresh attempt where this one came from.
		again: source.kind === 'quiz' ? `/quiz/${source.slug}?/start` : null
	};
};
