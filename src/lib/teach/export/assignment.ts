/**
 * From an assignment record to what the exporters and the statistics need: its questions with
 * the article's slug and the quoted sentences, and the download formats.
 */
import type { Assignment } from '$lib/teach/types';
import { articleSentenceUrl, fileStem, type ExportQuestion, type ExportQuiz } from './types';

/** The assignment's questions in the teacher's order, each with its article and quotes. */
export function assignmentQuestions(assignment: Assignment): ExportQuestion[] {
	const text = new Map(assignment.article.sentences.map((s) => [s.id, s.text]));
	return assignment.questions.map((q) => ({
		id: q.id,
		stem: q.stem,
		options: [...q.options],
		answer: q.answer,
		evidence: [...q.evidence],
		explanation: q.explanation,
		article: assignment.article.slug,
		quotes: q.evidence.flatMap((id) => {
			const t = text.get(id);
			return t === undefined ? [] : [{ id, text: t }];
		})
	}));
}

/** The assignment as an export; links are absolute on `origin` (e.g. `url.origin`). */
export function assignmentExport(assignment: Assignment, origin: string): ExportQuiz {
	return {
		title: assignment.title,
		questions: assignmentQuestions(assignment),
		link: (q, sentenceId) => (q.article ? articleSentenceUrl(origin, q.article, sentenceId) : null)
	};
}

export interface ExportFormat {
	/** What the page calls it. */
	label: string;
	contentType: string;
	/** Appended to the title's file stem. */
	suffix: string;
}

/** The downloads of `/teach/<assignment>/export/<format>`. */
export const EXPORT_FORMATS = {
	csv: { label: 'Gradebook (CSV)', contentType: 'text/csv; charset=utf-8', suffix: '-results.csv' },
	gift: { label: 'Moodle GIFT', contentType: 'text/plain; charset=utf-8', suffix: '.gift.txt' },
	xml: {
		label: 'Moodle XML',
		contentType: 'application/xml; charset=utf-8',
		suffix: '.moodle.xml'
	},
	aiken: { label: 'Aiken', contentType: 'text/plain; charset=utf-8', suffix: '.aiken.txt' }
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export function isExportFormat(name: string): name is ExportFormatName {
	return Object.hasOwn(EXPORT_FORMATS, name);
}

/**
 * `attachment; filename="kim-putin-results.csv"`: the stem is ASCII letters, digits and dashes
 * only, so no quoting or RFC 5987 encoding is needed and no header can be injected.
 */
export function contentDisposition(title: string, format: ExportFormatName): string {
	return `attachment; filename="${fileStem(title)}${EXPORT_FORMATS[format].suffix}"`;
}
