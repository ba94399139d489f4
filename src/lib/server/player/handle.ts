/**
 * Player identity: a random id in an httpOnly cookie, looked up in the store on every request.
 * No password; a garbled or unknown cookie simply means "no player yet" (a fresh identity).
 */
import type { Cookies, Handle } from '@sveltejs/kit';
import { getStore } from '$lib/server/store';

export const PLAYER_COOKIE = 'newsquiz_player';

/** About 400 days, the longest lifetime browsers keep a cookie. */
const MAX_AGE = 400 * 24 * 60 * 60;

export const handlePlayer: Handle = async ({ event, resolve }) => {
	const id = event.cookies.get(PLAYER_COOKIE);
	event.locals.player = id ? ((await getStore().players.get(id)) ?? null) : null;
	return resolve(event);
};

/** Remembers the player in this browser. */
export function setPlayerCookie(cookies: Cookies, id: string, url: URL): void {
	cookies.set(PLAYER_COOKIE, id, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		// A school may serve newsquiz over plain http on its network; https gets Secure.
		secure: url.protocol === 'https:',
		maxAge: MAX_AGE
	});
}
