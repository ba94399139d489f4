import { error } from '@sveltejs/kit';
import { ownAssignment } from '$lib/server/auth';
import { getStore } from '$lib/server/store';
import {
	assignmentExport,
	assignmentQuestions,
	contentDisposition,
	EXPORT_FORMATS,
	gradebookCsv,
	isExportFormat,
	toAiken,
	toGift,
	toMoodleXml
} from '$lib/teach/export';
import { classResults } from '$lib/teach/stats';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	// Ownership first: someone else's assignment is a 404 whatever the format.
	const assignment = await ownAssignment(locals, params.assignment);
	const format = params.format;
	if (!isExportFormat(format)) {
		error(404, `There is no “${format}” export. Choose csv, gift, xml or aiken.`);
	}
	let body: string;
	if (format === 'csv') {
		const attempts = await getStore().attempts.forAssignment(assignment.id);
		body = gradebookCsv(classResults(assignmentQuestions(assignment), attempts));
	} else {
		const quiz = assignmentExport(assignment, url.origin);
		body = format === 'gift' ? toGift(quiz) : format === 'xml' ? toMoodleXml(quiz) : toAiken(quiz);
	}
	return new Response(body, {
		headers: {
			'content-type': EXPORT_FORMATS[format].contentType,
			'content-disposition': contentDisposition(assignment.title, format),
			// The key and the class's names: never in a shared cache.
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
};
