import type { Cookies } from '@sveltejs/kit';
import { safeTimeZone } from '$lib/practice/streak';

/** The player's time zone, set by a small script (or a form without JavaScript). Not a secret. */
export const TIME_ZONE_COOKIE = 'newsquiz_tz';

/** The time zone of this browser, UTC when unknown. */
export function timeZoneOf(cookies: Cookies): string {
	return safeTimeZone(cookies.get(TIME_ZONE_COOKIE));
}

export function setTimeZone(cookies: Cookies, zone: string, url: URL): string {
	const safe = safeTimeZone(zone);
	cookies.set(TIME_ZONE_COOKIE, safe, {
		path: '/',
		httpOnly: false,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 400 * 24 * 60 * 60
	});
	return safe;
}
