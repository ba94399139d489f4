import { error, fail, redirect } from '@sveltejs/kit';
import { isFinished, playView, questionView } from '$lib/quiz';
import { ownAttempt, recordAnswer } from '$lib/server/player';
import type { Actions, PageServerLoad } from './$types';

/** A small non-negative integer from a form or query value, else `null`. */
function index(raw: FormDataEntryValue | string | null): number | null {
	return typeof raw === 'string' && /^\d{1,4}$/.test(raw) ? Number(raw) : null;
}

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const attempt = await ownAttempt(locals.player, params.attempt);
	const play = playView(attempt);
	const base = `/play/${attempt.id}`;
	// `?q=N` shows question N once answered (its feedback); otherwise the next question to answer.
	const q = url.searchParams.get('q');
	let position = play.current;
	if (q !== null) {
		const asked = (index(q) ?? 0) - 1;
		if (asked < 0 || asked >= play.total || attempt.answers[asked] == null) redirect(303, base);
		position = asked;
	} else if (play.finished) {
		redirect(303, `${base}/results`);
	}
	const question = questionView(attempt, position);
	if (!question) error(404, 'There is no such question in this quiz.');
	return {
		play,
		question
	};
};

export const actions: Actions = {
	answer: async ({ params, locals, request }) => {
		const attempt = await ownAttempt(locals.player, params.attempt);
		const base = `/play/${attempt.id}`;
		const form = await request.formData();
		const position = index(form.get('position'));
		if (position === null) {
			return fail(400, {
				message: 'This answer did not say which question it was for. Please try again.'
			});
		}
		const rawChoice = form.get('choice');
		if (rawChoice === null || rawChoice === '') {
			return fail(400, { message: 'Please choose one of the answers, then submit.' });
		}
		const choice = index(rawChoice);
		if (choice === null) {
			return fail(400, {
				message: 'That is not one of the answers shown. Please choose one of them.'
			});
		}
		const result = await recordAnswer(attempt.id, position, choice);
		if (!result.ok) {
			// Posting again changes nothing: show what was recorded.
			if (result.reason === 'already-answered') redirect(303, `${base}?q=${position + 1}`);
			if (result.reason === 'finished') redirect(303, `${base}/results`);
			return fail(400, { message: result.message });
		}
		if (result.attempt.feedback === 'each') redirect(303, `${base}?q=${position + 1}`);
		redirect(303, isFinished(result.attempt) ? `${base}/results` : base);
	}
};
