import { localPath, saveName } from '$lib/server/player';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	return { next: localPath(url.searchParams.get('next'), '/') };
};

export const actions: Actions = { default: saveName };
