/**
 * The "choose your name" form action, shared by the home page and `/name`: creates the player
 * (and its cookie) on first use, renames it afterwards.
 */
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { validateName } from '$lib/quiz/name';
import { getStore } from '$lib/server/store';
import { setPlayerCookie } from './handle';
import { localPath } from './paths';

export async function saveName(event: RequestEvent) {
	const form = await event.request.formData();
	const raw = form.get('name');
	const next = localPath(String(form.get('next') ?? ''), '/');
	const check = validateName(raw);
	if (!check.ok) {
		// Echo at most a little more than the limit back into the field.
		const value = typeof raw === 'string' ? Array.from(raw).slice(0, 200).join('') : '';
		return fail(400, { name: value, message: check.message });
	}
	const { players } = getStore();
	const player = event.locals.player;
	if (player && (await players.rename(player.id, check.name))) {
		event.locals.player = { ...player, name: check.name };
	} else {
		const created = await players.create(check.name);
		setPlayerCookie(event.cookies, created.id, event.url);
		event.locals.player = created;
	}
	redirect(303, next);
}
