import { fail, redirect } from '@sveltejs/kit';
import { setPlayerCookie } from '$lib/server/player';
import { getStore } from '$lib/server/store';
import { practice } from '$lib/server/store/practice';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	current: locals.player ? locals.player.name : null
});

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const raw = (await request.formData()).get('code');
		const typed = typeof raw === 'string' ? raw.slice(0, 100) : '';
		if (typed.trim() === '') {
			return fail(400, { code: '', message: 'Type the recovery code you were given.' });
		}
		const store = getStore();
		const playerId = await practice(store).recover(typed);
		const player = playerId ? await store.players.get(playerId) : undefined;
		if (!player) {
			return fail(400, {
				code: typed,
				message:
					'This code does not match any player. Check it letter by letter; a code stops working once a new one is made.'
			});
		}
		setPlayerCookie(cookies, player.id, url);
		redirect(303, '/me?recovered=1');
	}
};
