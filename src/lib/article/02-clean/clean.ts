import {
	BYLINE_WORDS,
	CLUTTER_LINES,
	LINE_PATTERNS,
	MAX_BOILERPLATE_LENGTH,
	NOT_NAMES
} from '../model/boilerplate';
import { splitLine } from '../03-sentences/split';
import type { Drop, DropRule } from '../types';
import { splitLines, trimRange, type LineRange } from '../util/lines/lines';

export interface Cleaning {
	/** The lines that stay, trimmed, in order: one paragraph each. */
	paragraphs: LineRange[];
	/** The lines that cleaning skipped, with the rule that matched. */
	drops: Drop[];
}

export interface CleanOptions {
	/** The body is Markdown: `#` heading lines are structure, skipped as `heading`. */
	markdown?: boolean;
}

/**
 * The first stage: decides what is article and what is feed boilerplate. It never edits `body`;
 * it returns ranges into it. A line of one sentence is kept or dropped whole; in a line of
 * several sentences only a leading or trailing run of boilerplate sentences is dropped (a
 * syndication note or "(Reporting by …)" glued to the last paragraph), so a real sentence is
 * never lost with it. Linear: the patterns run on single sentences of bounded length.
 */
export function cleanBody(body: string, options: CleanOptions = {}): Cleaning {
	const paragraphs: LineRange[] = [];
	const drops: Drop[] = [];
	const drop = (rule: DropRule, start: number, end: number) =>
		drops.push({ rule, text: body.slice(start, end), start, end });
	for (const line of splitLines(body)) {
		const range = trimRange(body, line);
		if (range.start === range.end) continue;
		if (options.markdown && isMarkdownHeading(body, range.start)) {
			drop('heading', range.start, range.end);
			continue;
		}
		const parts = splitLine(body, range.start, range.end);
		// Only the sentences at the edges are tested: at most two per line when nothing matches.
		const ruleOf = (index: number): DropRule | null => {
			const part = parts[index];
			return part ? classifyLine(body.slice(part.start, part.end)) : null;
		};
		const lead = ruleOf(0);
		let first = 0;
		if (lead) {
			first = 1;
			while (first < parts.length && ruleOf(first)) first++;
		}
		let last = parts.length;
		const trail = last - 1 >= first ? ruleOf(last - 1) : null;
		if (trail) {
			last--;
			while (last > first && ruleOf(last - 1)) last--;
		}
		const keptStart = parts[first]?.start;
		const keptEnd = parts[last - 1]?.end;
		if (keptStart === undefined || keptEnd === undefined || first === last) {
			// Every sentence of the line is boilerplate: the whole line goes, as one drop.
			drop(
				lead ?? classifyLine(body.slice(range.start, range.end)) ?? 'clutter',
				range.start,
				range.end
			);
			continue;
		}
		if (first > 0 && lead) drop(lead, range.start, parts[first - 1]?.end ?? keptStart);
		// "VALLETTA, Malta (AP) - Voters…": the first paragraph starts after its dateline
		let start = keptStart;
		const dateline = paragraphs.length === 0 ? datelineLength(body, keptStart, keptEnd) : 0;
		if (dateline > 0) {
			start = keptStart + dateline;
			drop('dateline', keptStart, trimRange(body, { start: keptStart, end: start }).end);
		}
		paragraphs.push({ start, end: keptEnd });
		if (last < parts.length && trail) drop(trail, parts[last]?.start ?? keptEnd, range.end);
	}
	return { paragraphs, drops };
}

/**
 * A wire dateline: a place in capitals, maybe its country, maybe a date, maybe the agency, then
 * a dash ("LONDON (Reuters) - ", "VALLETTA, Malta (AP) — ", "PARIS, Feb 1, 2016 (AFP) - ",
 * "WASHINGTON — "), or a colon after the agency ("ISLAMABAD, June 5 (APP): ").
 */
const DATELINE =
	/^[A-Z][A-Z.'’-]*(?:[ /][A-Z][A-Z.'’-]*)*(?:, [A-Z][\p{L}.'’ ]{1,30})?(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?(?: \([A-Za-z][\w .&-]{0,30}\)(?::| ?[-—–]{1,2})| ?[-—–]{1,2}) (?=\S)/u;

/** A dateline in title case names its agency: "Cannes (AFP) - ", "Kochi, India (Reuters) - ". */
const TITLED_DATELINE =
	/^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}(?:, \p{Lu}[\p{L}.'’ ]{1,30})? \((?:AFP|AP|Reuters|Xinhua|dpa|DPA|IANS|PTI|UPI|CP|ANSA|EFE|Kyodo|Yonhap|Bernama|Anadolu|TASS|Interfax|RIA Novosti)\) ?[-—–]{1,2} (?=\S)/u;

/** A dateline of a day and an agency only: "March 15 (Bloomberg) -- ". */
const DATED_DATELINE =
	/^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})? \((?:Bloomberg|Reuters|AP|AFP|Dow Jones|UPI|CP|Xinhua)\) ?[-—–]{1,2} (?=\S)/;

/**
 * How long the dateline that opens `body[from, to)` is, with the space after it (0 without
 * one). A place of fewer than three capitals is none ("A - B grade"), nor a short acronym
 * without an agency ("UN - the body…"). @internal
 */
export function datelineLength(body: string, from: number, to: number): number {
	// "Cannes (AFP) - ": a place in title case, with a wire agency's name
	const titled =
		TITLED_DATELINE.exec(body.slice(from, Math.min(to, from + 80))) ??
		DATED_DATELINE.exec(body.slice(from, Math.min(to, from + 80)));
	if (titled) return titled[0].length;
	const m = DATELINE.exec(body.slice(from, Math.min(to, from + 80)));
	if (!m || !/^[A-Z][A-Z.'’-]{2,}/.test(m[0])) return 0;
	if (!m[0].includes('(') && !/^[A-Z]{4,}/.test(m[0])) return 0;
	return m[0].length;
}

/**
 * The rule a trimmed, non-empty line breaks, or `null` when it is article text.
 * Exported for tests and for reports.
 */
export function classifyLine(line: string): DropRule | null {
	if (!/[\p{L}\p{N}]/u.test(line)) return 'clutter';
	if (line.length > MAX_BOILERPLATE_LENGTH) return null;
	if (CLUTTER_LINES.has(normalise(line))) return 'clutter';
	const words = countWords(line);
	const hasStop = /[.!?]/.test(line);
	// Before the patterns: "By Jane Doe, Reuters" is a byline, not a photo credit.
	if (isByline(line)) return 'byline';
	for (const { rule, pattern, maxWords, noStop } of LINE_PATTERNS) {
		if (maxWords !== undefined && words > maxWords) continue;
		if (noStop && hasStop) continue;
		if (pattern.test(line)) return rule;
	}
	return null;
}

/**
 * "By Jane Doe", "By JANE DOE and John Smith, Reuters", "By The Associated Press | Updated: …":
 * "By", then only capitalised words, initials, dates and a few connecting words. Prose that
 * starts with "By" ("By Friday, prices had fallen") fails on its first or a later word.
 * @internal
 */
export function isByline(line: string): boolean {
	if (!/^by\s/i.test(line)) return false;
	const words = line.slice(3).trim().split(/\s+/);
	const first = words[0]?.replace(/^\P{L}+/u, '') ?? '';
	if (words.length > 12 || !/^\p{Lu}/u.test(first)) return false;
	if (NOT_NAMES.has(first.replace(/\P{L}+$/u, '').toLowerCase())) return false;
	for (const raw of words) {
		const word = raw.replace(/^[(["'“‘]+|[,;:)\]"'”’]+$/gu, '');
		if (word === '' || BYLINE_WORDS.has(word.toLowerCase())) continue;
		if (/[!?]$/.test(word)) return false;
		if (word.endsWith('.') && word.length > 3) return false;
		if (/\p{N}/u.test(word) || /^[\p{Lu}@]/u.test(word)) continue;
		return false;
	}
	return true;
}

/** `# Title` … `###### Title`: one to six `#` and a space. @internal */
function isMarkdownHeading(body: string, at: number): boolean {
	let i = at;
	while (i < body.length && body.charCodeAt(i) === 0x23 && i - at < 7) i++;
	const hashes = i - at;
	const next = body.charCodeAt(i);
	return hashes >= 1 && hashes <= 6 && (next === 0x20 || next === 0x09);
}

/** Lower case, without trailing punctuation and inner runs of spaces. @internal */
function normalise(line: string): string {
	return line
		.toLowerCase()
		.replace(/[\s.:…!]+$/u, '')
		.replace(/\s+/g, ' ');
}

/** @internal */
function countWords(line: string): number {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < line.length; i++) {
		const code = line.charCodeAt(i);
		const space = code === 0x20 || code === 0x09 || code === 0xa0;
		if (!space && !inWord) words++;
		inWord = !space;
	}
	return words;
}
