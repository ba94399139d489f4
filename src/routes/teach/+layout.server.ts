import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	// The name only: the session token and e-mail stay on the server.
	return { teacher: locals.teacher ? { name: locals.teacher.name } : null };
};
