import { fail, redirect } from '@sveltejs/kit';
import { summarise } from '$lib/practice/history';
import { safeTimeZone } from '$lib/practice/streak';
import { attemptsOf, setTimeZone, TIME_ZONE_COOKIE, timeZoneOf } from '$lib/server/practice';
import { checkPlayerName, getStore } from '$lib/server/store';
import { practice } from '$lib/server/store/practice';
import type { Actions, PageServerLoad } from './$types';

/** Rows shown in the table of attempts; the download has all of them. */
const ROWS_SHOWN = 100;

export const load: PageServerLoad = async ({ locals, cookies }) => {
	const timeZone = timeZoneOf(cookies);
	// Once set (by the script or the form), the browser's script leaves the choice alone.
	const timeZoneSet = cookies.get(TIME_ZONE_COOKIE) !== undefined;
	if (!locals.player) return { player: null, timeZone, timeZoneSet };
	const history = summarise(await attemptsOf(locals.player.id), new Date(), timeZone);
	return {
		player: { name: locals.player.name, since: locals.player.createdAt },
		timeZone,
		timeZoneSet,
		history: {
			...history,
			rows: history.rows.slice(0, ROWS_SHOWN),
			totalRows: history.rows.length
		},
		recoveryCreatedAt: (await practice(getStore()).recoveryCreatedAt(locals.player.id)) ?? null
	};
};

function signedIn(player: App.Locals['player']) {
	if (!player) redirect(303, `/name?next=${encodeURIComponent('/me')}`);
	return player;
}

export const actions: Actions = {
	rename: async ({ locals, request }) => {
		const player = signedIn(locals.player);
		const raw = (await request.formData()).get('name');
		const check = checkPlayerName(typeof raw === 'string' ? raw : '');
		if (!check.ok) {
			return fail(400, {
				action: 'rename' as const,
				name: typeof raw === 'string' ? raw.slice(0, 200) : '',
				message: check.message
			});
		}
		await getStore().players.rename(player.id, check.name);
		return { action: 'rename' as const, renamed: check.name };
	},

	recovery: async ({ locals }) => {
		const player = signedIn(locals.player);
		const code = await practice(getStore()).newRecoveryCode(player.id);
		// Shown once, in this response only: the store keeps its hash.
		return { action: 'recovery' as const, code };
	},

	timezone: async ({ request, cookies, url }) => {
		const raw = (await request.formData()).get('timeZone');
		const zone = typeof raw === 'string' ? raw.trim() : '';
		// An unknown zone changes nothing: the message says what to type instead.
		if (zone !== '' && safeTimeZone(zone) !== zone) {
			return fail(400, {
				action: 'timezone' as const,
				message: `“${zone.slice(0, 64)}” is not a time zone we know. Use a name like Europe/Paris or America/New_York.`
			});
		}
		setTimeZone(cookies, zone, url);
		redirect(303, '/me');
	}
};
