/**
 * `/join`: a student types a join code and a display name (no account; the player identity of
 * this browser is reused or made) and gets an attempt at the assignment. Unknown codes count
 * against the address, so guessing codes is slowed down.
 */
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { validateName } from '$lib/quiz/name';
import { availability } from '$lib/teach/assignment';
import { normalizeJoinCode } from '$lib/teach/join-code';
import { minutesText } from '$lib/teach/throttle';
import { setPlayerCookie } from '$lib/server/player/handle';
import { getStore } from '$lib/server/store';
import { assignments } from '$lib/server/store/assignments';
import { joinAttempt } from './join-attempt';
import { joinByAddress } from './throttles';

function field(form: FormData, name: string): string {
	const v = form.get(name);
	return typeof v === 'string' ? v : '';
}

export async function join(event: RequestEvent) {
	const form = await event.request.formData();
	const values = {
		code: field(form, 'code').slice(0, 40),
		name: Array.from(field(form, 'name')).slice(0, 60).join('')
	};
	const address = event.getClientAddress();
	const limit = joinByAddress.check(address);
	if (!limit.ok) {
		return fail(429, {
			...values,
			message: `Too many attempts, try again in ${minutesText(limit.retryAfterMs)}.`
		});
	}

	const name = validateName(form.get('name'));
	const code = normalizeJoinCode(values.code);
	const errors: { code?: string; name?: string } = {};
	if (!code)
		errors.code = 'A join code is 6 letters and digits, such as K7MP3Q. Copy it from the board.';
	if (!name.ok) errors.name = name.message;
	if (!code) joinByAddress.fail(address);
	if (!code || !name.ok) return fail(400, { ...values, errors });

	const store = getStore();
	const a = await assignments().byCode(code);
	if (!a) {
		joinByAddress.fail(address);
		return fail(404, {
			...values,
			errors: { code: `No quiz has the code ${code}. Check it with your teacher.` }
		});
	}
	const state = availability(a);
	if (!state.open) return fail(403, { ...values, message: state.message });

	// The player of this browser, renamed to the name typed; or a new one.
	let player = event.locals.player;
	if (player) {
		if (player.name !== name.name)
			player = (await store.players.rename(player.id, name.name)) ?? player;
	} else {
		player = await store.players.create(name.name);
		setPlayerCookie(event.cookies, player.id, event.url);
	}
	event.locals.player = player;

	const started = await joinAttempt(store, a, player);
	if (!started.ok) {
		const { used, last } = started;
		return fail(403, {
			...values,
			message: `You have used ${used === 1 ? 'your attempt' : `all ${used} attempts`} at this quiz.`,
			results: last ? last.id : null
		});
	}
	redirect(303, `/play/${started.attempt.id}`);
}
