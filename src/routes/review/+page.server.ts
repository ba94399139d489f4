import { redirect } from '@sveltejs/kit';
import { INTERVAL_DAYS } from '$lib/practice/leitner';
import { REVIEW_SESSION_MAX, startReview } from '$lib/server/practice';
import { getStore } from '$lib/server/store';
import { reviews } from '$lib/server/store/reviews';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.player)
		return { signedIn: false, due: [], waiting: 0, intervals: [...INTERVAL_DAYS] };
	const now = new Date();
	const queue = reviews(getStore());
	const all = await queue.all(locals.player.id);
	const due = await queue.due(locals.player.id, now);
	return {
		signedIn: true,
		// The stem and where it comes from: never the options' key.
		due: due.map((d) => ({ key: d.key, stem: d.question.stem, article: d.question.article })),
		waiting: all.length - due.length,
		next: all
			.filter((i) => !due.includes(i))
			.map((i) => i.due)
			.sort()[0],
		max: REVIEW_SESSION_MAX,
		intervals: [...INTERVAL_DAYS]
	};
};

export const actions: Actions = {
	start: async ({ locals }) => {
		if (!locals.player) redirect(303, `/name?next=${encodeURIComponent('/review')}`);
		const attempt = await startReview(locals.player);
		// Nothing due (say, a second tab already reviewed them): back to the list, which says so.
		if (!attempt) redirect(303, '/review');
		redirect(303, `/play/${attempt.id}`);
	}
};
