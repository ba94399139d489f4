import { error, redirect } from '@sveltejs/kit';
import { PASSWORD_MIN } from '$lib/teach/account';
import { signUp, signUpOpen } from '$lib/server/auth';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (!signUpOpen()) {
		error(403, 'Sign-up is turned off on this server. Ask its administrator for an account.');
	}
	if (locals.teacher) redirect(303, '/teach');
	return { passwordMin: PASSWORD_MIN };
};

export const actions: Actions = { default: signUp };
