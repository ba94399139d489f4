/**
 * Server glue between the quiz domain and the store for playing: starting a quiz, finding the
 * player's own attempt, recording an answer under the attempt's lock.
 */
import { error } from '@sveltejs/kit';
import type { Bank } from '$lib/generator/types';
import { answer, newSeed, snapshotQuestions, startAttempt, type AnswerRefusal } from '$lib/quiz';
import type { Attempt, Player } from '$lib/quiz/types';
import { getStore, randomId } from '$lib/server/store';
import { reviews } from '$lib/server/store/reviews';

/** Starts a new attempt at a bank's quiz, feedback after each question. */
export async function startQuiz(player: Player, bank: Bank): Promise<Attempt> {
	const attempt = startAttempt({
		id: randomId(16),
		player,
		source: { kind: 'quiz', slug: bank.article.slug },
		title: bank.article.title,
		questions: snapshotQuestions(bank),
		seed: newSeed()
	});
	return getStore().attempts.create(attempt);
}

/** The attempt if it is this player's: 404 when it does not exist, 403 when it is someone else's. */
export async function ownAttempt(player: Player | null, id: string): Promise<Attempt> {
	const attempt = await getStore().attempts.get(id);
	if (!attempt) error(404, 'There is no such quiz attempt. It may have been mistyped.');
	if (!player || attempt.playerId !== player.id) {
		error(403, 'This quiz attempt belongs to another player, so you cannot see or answer it.');
	}
	return attempt;
}

class Refused extends Error {
	constructor(readonly refusal: AnswerRefusal) {
		super(refusal.message);
	}
}

export type RecordResult = { ok: true; attempt: Attempt } | ({ ok: false } & AnswerRefusal);

/**
 * Records one answer. The check and the write happen under the attempt's lock, so two quick
 * posts of the same question cannot both count; a refusal writes nothing.
 */
export async function recordAnswer(
	attemptId: string,
	position: number,
	displayed: number
): Promise<RecordResult> {
	try {
		const saved = await getStore().attempts.update(attemptId, (current) => {
			const result = answer(current, position, displayed);
			if (!result.ok) throw new Refused(result);
			return result.attempt;
		});
		if (!saved) error(404, 'There is no such quiz attempt.');
		// Self-testing: a wrong answer joins the review queue; a review answer moves its box.
		await reviews(getStore()).onAnswer(saved, position);
		return { ok: true, attempt: saved };
	} catch (e) {
		if (e instanceof Refused) return { ok: false, ...e.refusal };
		throw e;
	}
}
