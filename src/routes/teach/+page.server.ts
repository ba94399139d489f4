import { requireTeacher } from '$lib/server/auth';
import { assignments } from '$lib/server/store/assignments';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const teacher = requireTeacher(locals);
	const list = await assignments().forTeacher(teacher.id);
	return {
		assignments: list.map((a) => ({
			id: a.id,
			title: a.title,
			status: a.status,
			code: a.code,
			questions: a.questions.length,
			updatedAt: a.updatedAt
		}))
	};
};
