import type { Attempt, AttemptSummary } from '$lib/quiz/types';
import { StoreInputError } from './errors';
import { randomId } from './ids';
import type { PlayerRecord } from './players';
import type { Records, Updater } from './records';

/** The summary of an attempt kept in its player's file. */
export function summarize(a: Attempt): AttemptSummary {
	const summary: AttemptSummary = {
		id: a.id,
		source: a.source,
		title: a.title,
		total: a.questions.length,
		startedAt: a.startedAt
	};
	if (a.finishedAt !== undefined) summary.finishedAt = a.finishedAt;
	if (a.score !== undefined) summary.score = a.score;
	return summary;
}

export function sameSummary(a: AttemptSummary, b: AttemptSummary): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** Puts `summary` into the player's list, replacing the one with the same id. */
export function putSummary(player: PlayerRecord, summary: AttemptSummary): void {
	const at = player.attempts.findIndex((s) => s.id === summary.id);
	if (at === -1) player.attempts.push(summary);
	else player.attempts[at] = summary;
}

export interface Attempts {
	/**
	 * Stores a new attempt (a random id is made when none is given) and adds its summary to the
	 * player's file. Throws `StoreInputError` when the player does not exist.
	 */
	create(attempt: Omit<Attempt, 'id'> & { id?: string }): Promise<Attempt>;
	/** The attempt, or `undefined` (also for a garbled id). */
	get(id: string): Promise<Attempt | undefined>;
	/**
	 * Read-modify-write of one attempt under its lock (recording an answer rewrites this one small
	 * file). Refreshes the player's summary when score, finishedAt or title change.
	 * `fn` may not change `id`, `playerId` or `source`; throw in `fn` to abort (nothing is written).
	 */
	update(id: string, fn: Updater<Attempt>): Promise<Attempt | undefined>;
	/** The player's attempts as summaries, newest first. */
	forPlayer(playerId: string): Promise<AttemptSummary[]>;
	/** Every attempt of a teacher's assignment, oldest first (from an index, not a scan). */
	forAssignment(assignmentId: string): Promise<Attempt[]>;
}

/**
 * Internal: `Store.attempts`. `byAssignment` is the in-memory index assignment id → attempt ids,
 * built by `openStore` from every attempt file and kept up to date here.
 */
export function makeAttempts(
	all: Records<Attempt>,
	players: Records<PlayerRecord>,
	byAssignment: Map<string, Set<string>>
): Attempts {
	return {
		async create(input) {
			const attempt = { ...input, id: input.id ?? randomId(16) } as Attempt;
			if (!(await players.get(attempt.playerId))) {
				throw new StoreInputError(`no player ${attempt.playerId} for a new attempt`);
			}
			await all.create(attempt);
			if (attempt.source.kind === 'assignment') {
				const ids = byAssignment.get(attempt.source.id) ?? new Set<string>();
				ids.add(attempt.id);
				byAssignment.set(attempt.source.id, ids);
			}
			// A crash between these two writes leaves a summary missing: `openStore` restores it.
			await players.update(attempt.playerId, (p) => putSummary(p, summarize(attempt)));
			return attempt;
		},

		get: (id) => all.get(id),

		update(id, fn) {
			return all.update(
				id,
				async (doc) => {
					const { playerId, source } = doc;
					const fixed = JSON.stringify(source);
					const next = (await fn(doc)) ?? doc;
					if (next.playerId !== playerId || JSON.stringify(next.source) !== fixed) {
						throw new StoreInputError(
							`an update of attempt ${id} may not change its player or source`
						);
					}
					return next;
				},
				{
					// Under the attempt's lock, so two updates of one attempt cannot leave the older
					// summary last.
					async after(next, previous) {
						const summary = summarize(next);
						if (sameSummary(summary, summarize(previous))) return;
						await players.update(next.playerId, (p) => putSummary(p, summary));
					}
				}
			);
		},

		async forPlayer(playerId) {
			const player = await players.get(playerId);
			if (!player) return [];
			// Stored oldest first (appended); ties keep the later-created first.
			return [...player.attempts]
				.reverse()
				.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
		},

		async forAssignment(assignmentId) {
			const ids = [...(byAssignment.get(assignmentId) ?? [])];
			const docs = await Promise.all(ids.map((id) => all.get(id)));
			return docs
				.filter((a) => a !== undefined)
				.sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0));
		}
	};
}
