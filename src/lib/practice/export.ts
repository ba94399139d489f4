/**
 * The history a player downloads: JSON for programs, CSV for spreadsheets. Both hold what the
 * player already saw on their results pages — answers are only in finished attempts.
 */
import type { Attempt } from '$lib/quiz/types';
import { typeLabel } from './labels';

export interface ExportedAnswer {
	question: string;
	type: string;
	kind: string;
	article: string;
	options: string[];
	choice: string | null;
	key: string | null;
	correct: boolean | null;
	at: string | null;
}

export interface ExportedAttempt {
	id: string;
	title: string;
	source: Attempt['source'];
	startedAt: string;
	finishedAt: string | null;
	score: number | null;
	total: number;
	answers: ExportedAnswer[];
}

export interface ExportedHistory {
	format: 'newsquiz-history';
	version: 1;
	player: { name: string };
	exportedAt: string;
	attempts: ExportedAttempt[];
}

/**
 * The key of a question is shown only once that question is answered, as on the page: an
 * unfinished attempt's later questions keep theirs hidden.
 */
export function exportAttempt(attempt: Attempt): ExportedAttempt {
	return {
		id: attempt.id,
		title: attempt.title,
		source: attempt.source,
		startedAt: attempt.startedAt,
		finishedAt: attempt.finishedAt ?? null,
		score: attempt.score ?? null,
		total: attempt.questions.length,
		answers: attempt.questions.map((q, i) => {
			const a = attempt.answers[i] ?? null;
			return {
				question: q.stem,
				type: q.type,
				kind: typeLabel(q.type),
				article: q.article,
				options: a ? q.options : [],
				choice: a ? (q.options[a.choice] ?? null) : null,
				key: a ? (q.options[q.answer] ?? null) : null,
				correct: a ? a.correct : null,
				at: a ? a.at : null
			};
		})
	};
}

export function historyJson(name: string, attempts: Attempt[], now: Date): ExportedHistory {
	return {
		format: 'newsquiz-history',
		version: 1,
		player: { name },
		exportedAt: now.toISOString(),
		attempts: [...attempts]
			.sort((a, b) => a.startedAt.localeCompare(b.startedAt))
			.map(exportAttempt)
	};
}

/**
 * One CSV field: quoted when needed, and a leading `=`, `+`, `-` or `@` defused so a
 * spreadsheet never runs article text as a formula.
 */
export function csvField(value: string | number | boolean | null): string {
	if (value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const CSV_HEADER = [
	'attempt',
	'title',
	'started',
	'finished',
	'score',
	'total',
	'question',
	'kind',
	'article',
	'choice',
	'key',
	'correct',
	'answered'
] as const;

/** One line per answered question, CRLF line ends (RFC 4180). */
export function historyCsv(attempts: Attempt[]): string {
	const lines = [CSV_HEADER.join(',')];
	const sorted = [...attempts].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
	for (const attempt of sorted.map(exportAttempt)) {
		for (const a of attempt.answers) {
			if (a.at === null) continue;
			lines.push(
				[
					attempt.id,
					attempt.title,
					attempt.startedAt,
					attempt.finishedAt,
					attempt.score,
					attempt.total,
					a.question,
					a.kind,
					a.article,
					a.choice,
					a.key,
					a.correct === null ? null : a.correct ? 'yes' : 'no',
					a.at
				]
					.map(csvField)
					.join(',')
			);
		}
	}
	return lines.join('\r\n') + '\r\n';
}
