import { splitLines, trimRange } from '../../util/lines/lines';
import { parseFrontMatter } from '../front-matter/frontMatter';
import { isoDate, tidy, type ParsedInput } from '../parsed';
import { findHeadline } from '../txt/readTxt';

/**
 * Markdown with optional front matter (`title`, `source`, `url`, `date`). The body is the text
 * after the front matter, as given: each line is a paragraph. Without a title in the front
 * matter, a first `# Heading` line, or else a first line followed by a blank line, is the title.
 */
export function readMd(text: string, from = 0): ParsedInput {
	const front = parseFrontMatter(text, from);
	const fields = front?.fields ?? {};
	let bodyStart = front ? front.bodyStart : from;
	let title = tidy(fields.title);
	if (!title) {
		const heading = findHeading(text, bodyStart);
		if (heading) {
			title = heading.title;
			bodyStart = heading.bodyStart;
		} else {
			const headline = findHeadline(text, bodyStart);
			if (headline) {
				title = headline.title;
				bodyStart = headline.bodyStart;
			}
		}
	}
	return {
		body: text.slice(bodyStart),
		title,
		source: tidy(fields.source ?? fields.publisher ?? fields.site),
		url: tidy(fields.url ?? fields.link),
		date: isoDate(fields.date ?? fields.published)
	};
}

/** A first non-blank line `# Title` (level 1 only). @internal */
function findHeading(text: string, from: number): { title: string; bodyStart: number } | null {
	for (const line of splitLines(text, from)) {
		const range = trimRange(text, line);
		if (range.start === range.end) continue;
		const match = /^#[ \t]+(\S.*)$/.exec(text.slice(range.start, range.end));
		const title = tidy(match?.[1]?.replace(/[ \t]+#+$/, ''));
		if (!title) return null;
		const next =
			line.end < text.length ? line.end + (text.startsWith('\r\n', line.end) ? 2 : 1) : line.end;
		return { title, bodyStart: next };
	}
	return null;
}
