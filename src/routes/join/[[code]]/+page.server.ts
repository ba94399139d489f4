import { join } from '$lib/server/auth/join';
import { normalizeJoinCode } from '$lib/teach/join-code';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	// The link's code fills the field; a garbled one is shown as typed, to be corrected.
	const raw = params.code ?? '';
	return {
		code: normalizeJoinCode(raw) ?? raw.slice(0, 12),
		name: locals.player?.name ?? ''
	};
};

export const actions: Actions = { default: join };
