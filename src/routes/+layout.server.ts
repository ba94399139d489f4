import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	// Only the name: the player id is the cookie's secret and never goes into page data.
	return { playerName: locals.player?.name ?? null };
};
