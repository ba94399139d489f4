import { env } from '$env/dynamic/private';

/**
 * `NEWSQUIZ_PUBLIC_ADD=off` (or `0`, `false`, `no`) turns adding articles off on a shared
 * server; anything else, or nothing, leaves it on. A value that is not one of these stops with a
 * clear message rather than guessing.
 */
export function publicAddEnabled(): boolean {
	const raw = (env.NEWSQUIZ_PUBLIC_ADD ?? '').trim().toLowerCase();
	if (raw === '' || ['on', '1', 'true', 'yes'].includes(raw)) return true;
	if (['off', '0', 'false', 'no'].includes(raw)) return false;
	throw new Error(`NEWSQUIZ_PUBLIC_ADD must be "on" or "off", not "${raw}".`);
}
