import type { Player } from '$lib/quiz/types';
import { getStore } from '$lib/server/store';
import { reviews } from '$lib/server/store/reviews';
import { publicAddEnabled } from './config';

/** What the home page shows about self-testing: reviews due, and whether adding is open. */
export async function homePractice(player: Player | null, now = new Date()) {
	return {
		due: player ? await reviews(getStore()).dueCount(player.id, now) : 0,
		canAdd: publicAddEnabled()
	};
}

export type HomePractice = Awaited<ReturnType<typeof homePractice>>;
