import { ownAssignment } from '$lib/server/auth';
import { AIKEN_LETTERS, assignmentQuestions } from '$lib/teach/export';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const assignment = await ownAssignment(locals, params.assignment);
	return {
		assignment: { id: assignment.id, title: assignment.title },
		article: {
			title: assignment.article.title,
			source: assignment.article.source,
			date: assignment.article.date ?? null
		},
		// The teacher's own page: the key is meant to be printed here.
		questions: assignmentQuestions(assignment).map((q, i) => ({
			id: q.id,
			number: i + 1,
			stem: q.stem,
			options: q.options.map((text, j) => ({ letter: AIKEN_LETTERS[j] ?? '?', text })),
			keyLetter: AIKEN_LETTERS[q.answer] ?? '?',
			keyText: q.options[q.answer] ?? '',
			quote: q.quotes?.[0] ?? null,
			article: q.article ?? null
		}))
	};
};
