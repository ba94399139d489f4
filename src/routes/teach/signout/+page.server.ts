import { redirect } from '@sveltejs/kit';
import { signOut } from '$lib/server/auth';
import type { Actions, PageServerLoad } from './$types';

// Signing out is a POST (a link could be followed by a prefetch); a visit goes back home.
export const load: PageServerLoad = () => redirect(303, '/teach');

export const actions: Actions = { default: signOut };
