/** What routes under `/teach` call: the signed-in teacher, and their own assignment or a 404. */
import { error, redirect } from '@sveltejs/kit';
import type { Assignment, SignedInTeacher } from '$lib/teach/types';
import { assignments } from '$lib/server/store/assignments';

/** The signed-in teacher; otherwise a redirect to sign-in (the handle normally did it already). */
export function requireTeacher(locals: App.Locals): SignedInTeacher {
	if (!locals.teacher) redirect(303, '/teach/signin');
	return locals.teacher;
}

/**
 * The assignment if the signed-in teacher owns it. Someone else's assignment is a 404, exactly
 * like one that does not exist, so ids cannot be probed.
 */
export async function ownAssignment(locals: App.Locals, id: string): Promise<Assignment> {
	const teacher = requireTeacher(locals);
	const assignment = await assignments().get(id);
	if (!assignment || assignment.teacherId !== teacher.id) {
		error(404, 'There is no such assignment among yours.');
	}
	return assignment;
}
