import { percent } from '$lib/quiz/attempt';
import type { AttemptSummary } from '$lib/quiz/types';
import { getStore } from '$lib/server/store';

export interface BestScore {
	score: number;
	total: number;
	percent: number;
}

/** The best finished score per quiz slug among a player's attempts (by per cent, then score). */
export function bestByQuiz(summaries: AttemptSummary[]): Map<string, BestScore> {
	const best = new Map<string, BestScore>();
	for (const s of summaries) {
		if (s.source.kind !== 'quiz' || !s.finishedAt || s.score === undefined) continue;
		const candidate = { score: s.score, total: s.total, percent: percent(s.score, s.total) };
		const old = best.get(s.source.slug);
		if (!old || candidate.percent > old.percent) best.set(s.source.slug, candidate);
	}
	return best;
}

/** The player's attempt summaries, or none when there is no player yet. */
export async function summariesOf(playerId: string | undefined): Promise<AttemptSummary[]> {
	return playerId ? getStore().attempts.forPlayer(playerId) : [];
}
