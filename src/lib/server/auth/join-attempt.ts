/**
 * A student's attempt at an assignment: the one under way, else a new one while attempts are
 * left. "Check the limit + create the attempt" runs under one lock per (assignment, player), so
 * two join posts at the same instant cannot both start an attempt beyond the limit.
 */
import { newSeed } from '$lib/quiz/random';
import type { Attempt } from '$lib/quiz/types';
import { assignmentAttempt, attemptsLeft } from '$lib/teach/assignment';
import type { Assignment } from '$lib/teach/types';
import { randomId, type Store } from '$lib/server/store';
import { KeyedLock } from '$lib/server/store/lock';

/** One process serves the data folder, so an in-process lock is enough. */
const joining = new KeyedLock();

export type JoinAttempt =
	| { ok: true; attempt: Attempt; resumed: boolean }
	| { ok: false; used: number; last: Attempt | undefined };

export function joinAttempt(
	store: Store,
	a: Assignment,
	player: { id: string; name: string },
	now = new Date()
): Promise<JoinAttempt> {
	return joining.run(`${a.id}:${player.id}`, async () => {
		const mine = (await store.attempts.forAssignment(a.id)).filter((t) => t.playerId === player.id);
		const unfinished = mine.find((t) => !t.finishedAt);
		if (unfinished) return { ok: true, attempt: unfinished, resumed: true };
		if (attemptsLeft(a, mine.length) === 0)
			return { ok: false, used: mine.length, last: mine.at(-1) };
		const attempt = await store.attempts.create(
			assignmentAttempt(a, { id: randomId(16), player, seed: newSeed(), now })
		);
		return { ok: true, attempt, resumed: false };
	});
}
