import type { Attempt } from '$lib/quiz/types';
import { getStore } from '$lib/server/store';

/** Every attempt of a player (full records: the statistics need each answer). */
export async function attemptsOf(playerId: string): Promise<Attempt[]> {
	const store = getStore();
	const summaries = await store.attempts.forPlayer(playerId);
	const attempts = await Promise.all(summaries.map((s) => store.attempts.get(s.id)));
	return attempts.filter((a): a is Attempt => a !== undefined && a.playerId === playerId);
}
