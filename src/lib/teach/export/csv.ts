/**
 * CSV the way spreadsheets read it: UTF-8 with a byte-order mark (Excel otherwise guesses a
 * legacy code page and garbles "Zoë"), RFC 4180 quoting, CRLF line ends, and formula injection
 * neutralised: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be
 * run as a formula, so it gets a leading `'` (OWASP "CSV injection").
 */
import type { ClassResults } from '$lib/teach/stats';

export type Cell = string | number | null;

export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: neutralised when it is text that a spreadsheet would take for a formula, then quoted. */
export function csvCell(value: Cell): string {
	if (value === null) return '';
	let text = typeof value === 'number' ? String(value) : value;
	if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows → a CSV document (BOM, CRLF after every row). */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
	return BOM + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

export const GRADEBOOK_HEADER = [
	'Name',
	'Attempt',
	'Counted in statistics',
	'Status',
	'Score',
	'Out of',
	'Per cent',
	'Started (UTC)',
	'Finished (UTC)',
	'Time taken (s)'
] as const;

/** The gradebook: one row per attempt, as on the results page. */
export function gradebookCsv(results: ClassResults): string {
	const rows: Cell[][] = [[...GRADEBOOK_HEADER]];
	for (const s of results.students) {
		rows.push([
			s.name,
			s.attempt,
			s.counted ? 'yes' : 'no',
			s.finished ? 'finished' : `in progress (${s.answered} of ${s.total} answered)`,
			s.score,
			s.total,
			s.percent,
			s.startedAt,
			s.finishedAt,
			s.seconds
		]);
	}
	return toCsv(rows);
}
