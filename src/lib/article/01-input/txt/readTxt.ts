import { splitLines, trimRange } from '../../util/lines/lines';
import { tidy, type ParsedInput } from '../parsed';

/** A headline longer than this is a paragraph, not a headline. */
const MAX_HEADLINE_LENGTH = 300;

/**
 * Plain text: the first non-blank line is the headline when a blank line follows it; the body is
 * everything after that blank line. Without such a headline the whole text is the body (the
 * caller then needs a title from elsewhere).
 */
export function readTxt(text: string, from = 0): ParsedInput {
	const headline = findHeadline(text, from);
	if (!headline) return { body: text.slice(from) };
	return { title: headline.title, body: text.slice(headline.bodyStart) };
}

/** @internal */
export function findHeadline(
	text: string,
	from: number
): { title: string; bodyStart: number } | null {
	const lines = splitLines(text, from);
	let i = 0;
	while (i < lines.length && isBlank(text, lines[i])) i++;
	const first = lines[i];
	const blank = lines[i + 1];
	if (!first || !blank || !isBlank(text, blank)) return null;
	const range = trimRange(text, first);
	const title = tidy(text.slice(range.start, range.end));
	if (!title || title.length > MAX_HEADLINE_LENGTH) return null;
	let j = i + 1;
	while (j < lines.length && isBlank(text, lines[j])) j++;
	const bodyLine = lines[j];
	if (!bodyLine) return null;
	return { title, bodyStart: bodyLine.start };
}

function isBlank(text: string, line: { start: number; end: number } | undefined): boolean {
	if (!line) return true;
	const range = trimRange(text, line);
	return range.start === range.end;
}
