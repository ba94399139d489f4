import { redirect } from '@sveltejs/kit';
import { signIn, signUpOpen } from '$lib/server/auth';
import { localPath } from '$lib/server/player/paths';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.teacher) redirect(303, '/teach');
	const next = localPath(url.searchParams.get('next'), '/teach');
	return { next: next.startsWith('/teach') ? next : '/teach', signUpOpen: signUpOpen() };
};

export const actions: Actions = { default: signIn };
