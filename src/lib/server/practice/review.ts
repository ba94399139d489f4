import { newSeed, startAttempt } from '$lib/quiz';
import type { Attempt, Player } from '$lib/quiz/types';
import { getStore, randomId } from '$lib/server/store';
import { reviews } from '$lib/server/store/reviews';

/** The most questions one review session plays; the rest wait for the next. */
export const REVIEW_SESSION_MAX = 20;

/**
 * Starts a review attempt of the player's due questions (from every article), or returns
 * `null` when none is due. Played like any quiz at `/play/<id>`; its answers move the boxes.
 */
export async function startReview(player: Player, now = new Date()): Promise<Attempt | null> {
	const due = (await reviews(getStore()).due(player.id, now)).slice(0, REVIEW_SESSION_MAX);
	if (due.length === 0) return null;
	const attempt = startAttempt({
		id: randomId(16),
		player,
		source: { kind: 'review' },
		title: due.length === 1 ? 'Review: 1 question' : `Review: ${due.length} questions`,
		questions: due.map((d) => d.question),
		seed: newSeed(),
		now
	});
	return getStore().attempts.create(attempt);
}
