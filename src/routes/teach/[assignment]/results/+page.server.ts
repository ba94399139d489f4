import { ownAssignment } from '$lib/server/auth';
import { getStore } from '$lib/server/store';
import { assignmentQuestions, EXPORT_FORMATS } from '$lib/teach/export';
import { classResults } from '$lib/teach/stats';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, depends }) => {
	// The live poll invalidates this key, not the whole page.
	depends('teach:results');
	const assignment = await ownAssignment(locals, params.assignment);
	const attempts = await getStore().attempts.forAssignment(assignment.id);
	const results = classResults(assignmentQuestions(assignment), attempts);
	return {
		assignment: {
			id: assignment.id,
			title: assignment.title,
			status: assignment.status,
			code: assignment.code
		},
		// Whitelisted: a player's id is their cookie, so it never leaves the server.
		students: results.students.map((s, i) => ({
			key: i,
			name: s.name,
			attempt: s.attempt,
			attempts: s.attempts,
			answered: s.answered,
			total: s.total,
			score: s.score,
			percent: s.percent,
			startedAt: s.startedAt,
			finishedAt: s.finishedAt,
			seconds: s.seconds,
			finished: s.finished,
			counted: s.counted
		})),
		questions: results.questions,
		mostMissed: results.mostMissed,
		distribution: results.distribution,
		summary: results.summary,
		total: results.total,
		formats: Object.entries(EXPORT_FORMATS).map(([name, f]) => ({ name, label: f.label })),
		updatedAt: new Date().toISOString()
	};
};
