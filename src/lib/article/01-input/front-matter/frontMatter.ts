import { ArticleError } from '../../errors/ArticleError';
import { splitLines, trimRange } from '../../util/lines/lines';

export interface FrontMatter {
	/** Keys in lower case; values trimmed and unquoted. */
	fields: Record<string, string>;
	/** Where the body starts in the text (after the closing `---` line). */
	bodyStart: number;
}

/**
 * Reads simple YAML front matter: a first line `---`, then `key: value` lines, then a line
 * `---` (or `...`). Only flat string values are understood — title, source, url, date and the
 * like; anything else is ignored. Returns `null` when the text has no front matter.
 */
export function parseFrontMatter(text: string, from = 0): FrontMatter | null {
	const lines = splitLines(text, from);
	const first = lines[0];
	if (!first || text.slice(first.start, first.end).trimEnd() !== '---') return null;
	const fields: Record<string, string> = {};
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i];
		if (!line) break;
		const trimmed = text.slice(line.start, line.end).trimEnd();
		if (trimmed === '---' || trimmed === '...') {
			const next = lines[i + 1];
			return { fields, bodyStart: next ? next.start : line.end };
		}
		const colon = trimmed.indexOf(':');
		if (colon <= 0 || trimmed.startsWith('#') || /^\s/.test(trimmed)) continue;
		const key = trimmed.slice(0, colon).trim().toLowerCase();
		const range = trimRange(text, { start: line.start + colon + 1, end: line.end });
		fields[key] = unquote(text.slice(range.start, range.end));
	}
	throw new ArticleError(
		'unreadable',
		'The front matter that starts with "---" on the first line is never closed: add a line "---" after the title, source and date.'
	);
}

/** `"a \"b\""` → `a "b"`, `'it''s'` → `it's`; unquoted values stay as they are. @internal */
function unquote(value: string): string {
	if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
		return value.slice(1, -1).replace(/\\(["\\])/g, '$1');
	}
	if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
		return value.slice(1, -1).replaceAll("''", "'");
	}
	return value;
}
