import {
	AMBIGUOUS,
	MONTHS,
	NUMBER_PREFIXES,
	SENTENCE_STARTERS,
	TITLES
} from '../model/abbreviations';
import type { Sentence } from '../types';
import { isSpace, type LineRange } from '../util/lines/lines';

/**
 * Splits each paragraph (a line of `body`) into sentences; ids `s1`, `s2`, … in document order.
 * A sentence never crosses a line, keeps its closing quotes and brackets, and is the exact slice
 * `body.slice(start, end)` without surrounding spaces. One pass over each line plus a bounded look
 * around each full stop: linear in the text.
 */
export function splitSentences(body: string, paragraphs: readonly LineRange[]): Sentence[] {
	const sentences: Sentence[] = [];
	let paragraph = 0;
	for (const line of paragraphs) {
		const ranges = splitLine(body, line.start, line.end);
		if (ranges.length === 0) continue;
		for (const { start, end } of ranges) {
			sentences.push({
				id: `s${sentences.length + 1}`,
				text: body.slice(start, end),
				paragraph,
				start,
				end
			});
		}
		paragraph++;
	}
	return sentences;
}

/** Sentence ranges of `text[from, to)`, which holds no line break. @internal */
export function splitLine(text: string, from: number, to: number): LineRange[] {
	const out: LineRange[] = [];
	const quotes = quotationSpans(text, from, to);
	let quote = 0;
	let start = skipSpaces(text, from, to);
	// How far the current sentence has been searched for a letter or digit (keeps it linear).
	let scanned = start;
	let i = start;
	while (i < to) {
		const code = text.charCodeAt(i);
		if (!isTerminator(code)) {
			i++;
			continue;
		}
		const termStart = i;
		let j = i;
		let fullWidth = false;
		while (j < to && isTerminator(text.charCodeAt(j))) {
			if (isFullWidthStop(text.charCodeAt(j))) fullWidth = true;
			j++;
		}
		const termEnd = j;
		while (j < to && isCloser(text.charCodeAt(j))) j++;
		i = j;
		if (j >= to) break;
		if (!fullWidth && !isSpace(text.charCodeAt(j))) continue;
		// Inside a quotation that closes later on this line: never a boundary.
		while (quote < quotes.length && (quotes[quote]?.end ?? 0) < j) quote++;
		const span = quotes[quote];
		if (span && span.start < termStart && j <= span.end) continue;
		const next = skipSpaces(text, j, to);
		if (next >= to) break;
		if (!isBoundary(text, start, termStart, termEnd, next, to)) continue;
		// A sentence needs a letter or digit: "[...] The rest" is one sentence, not two.
		if (scanned < start) scanned = start;
		while (scanned < termStart && !isWordChar(text.charCodeAt(scanned))) scanned++;
		if (scanned >= termStart) continue;
		out.push({ start, end: trimEnd(text, start, j) });
		start = next;
		i = next;
	}
	const end = trimEnd(text, start, to);
	if (end > start) out.push({ start, end });
	return out;
}

/**
 * Decides whether the terminators `text[termStart, termEnd)`, followed by spaces, end the
 * sentence that begins at `next`. @internal
 */
function isBoundary(
	text: string,
	sentenceStart: number,
	termStart: number,
	termEnd: number,
	next: number,
	to: number
): boolean {
	let w = next;
	while (w < to && isOpener(text.charCodeAt(w))) w++;
	const first = text.codePointAt(w) ?? 0;
	// "…win!" he said. / "U.N. sanctions" / "approx. half": a lower-case word continues.
	if (isLowerCase(first)) return false;
	const run = text.slice(termStart, termEnd);
	if (run !== '.') {
		// "?!" ends a sentence; an ellipsis ("…", "...") often trails off inside one, so it ends
		// a sentence only before a word that clearly starts the next.
		const ellipsis = run.includes('\u2026') || run.startsWith('..');
		return !ellipsis || /[!?]/.test(run) || startsSentence(text, w, to);
	}
	const token = wordBefore(text, sentenceStart, termStart);
	if (token === '') return true;
	// "1. The first point": a list number opening the line is not a sentence.
	if (termStart - token.length === sentenceStart && /^\d{1,3}$/.test(token)) return false;
	if (TITLES.has(token)) return false;
	const isDigit = first >= 0x30 && first <= 0x39;
	if (NUMBER_PREFIXES.has(token) && isDigit) return false;
	if (MONTHS.has(token)) return !isDigit && startsSentence(text, w, to);
	if (AMBIGUOUS.has(token) || isInitialOrAcronym(token)) return startsSentence(text, w, to);
	return true;
}

/** "U.S", "U.N", "a.m", "J", "W": one letter, or letters each followed by a dot. @internal */
function isInitialOrAcronym(token: string): boolean {
	if (token.length === 1) return /\p{Lu}/u.test(token);
	if (token.length % 2 === 0) return false;
	for (let i = 0; i < token.length; i++) {
		const code = token.charCodeAt(i);
		if (i % 2 === 1 ? code !== 0x2e : !isLetter(code)) return false;
	}
	return true;
}

/** The word of the clear-starter list at `at`, not itself an initial ("A. Smith"). @internal */
function startsSentence(text: string, at: number, to: number): boolean {
	let end = at;
	while (end < to && end - at < 20 && isLetter(text.charCodeAt(end))) end++;
	// (nor a number or an amount: "agreed to pay Hudson's Bay Co. $1.8 billion")
	if (end === at) return !/[\d$£€¥]/.test(text[at] ?? '');
	if (text[end] === '.' && end - at === 1) return false;
	return SENTENCE_STARTERS.has(text.slice(at, end));
}

/** The token before a full stop, without opening quotes or brackets (at most 30 chars). @internal */
function wordBefore(text: string, sentenceStart: number, termStart: number): string {
	let s = termStart;
	const limit = Math.max(sentenceStart, termStart - 30);
	while (s > limit && !isSpace(text.charCodeAt(s - 1)) && !isOpener(text.charCodeAt(s - 1))) s--;
	return text.slice(s, termStart);
}

function isWordChar(code: number): boolean {
	return (code >= 0x30 && code <= 0x39) || isLetter(code) || (code >= 0xd800 && code <= 0xdbff);
}

/** ASCII and Latin-1 letters fast; others by Unicode property (starters are all ASCII). */
function isLetter(code: number): boolean {
	if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
	return code >= 0xc0 && /\p{L}/u.test(String.fromCharCode(code));
}

function isLowerCase(code: number): boolean {
	if (code < 0x80) return code >= 0x61 && code <= 0x7a;
	const char = String.fromCodePoint(code);
	return char !== char.toUpperCase() && char === char.toLowerCase();
}

function skipSpaces(text: string, from: number, to: number): number {
	let i = from;
	while (i < to && isSpace(text.charCodeAt(i))) i++;
	return i;
}

function trimEnd(text: string, from: number, to: number): number {
	let end = to;
	while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
	return end;
}

/** . ! ? … and their full-width forms. */
function isTerminator(code: number): boolean {
	return (
		code === 0x2e ||
		code === 0x21 ||
		code === 0x3f ||
		code === 0x2026 ||
		code === 0x203c ||
		code === 0x3002 ||
		code === 0xff01 ||
		code === 0xff1f ||
		code === 0xff0e
	);
}

/** Full-width stops end a sentence without a following space (Chinese, Japanese). */
function isFullWidthStop(code: number): boolean {
	return code === 0x3002 || code === 0xff01 || code === 0xff1f;
}

/** Closing quotes and brackets that belong to the sentence before them. */
function isCloser(code: number): boolean {
	return (
		code === 0x22 ||
		code === 0x27 ||
		code === 0x29 ||
		code === 0x5d ||
		code === 0x7d ||
		code === 0x201d ||
		code === 0x2019 ||
		code === 0xbb ||
		code === 0x203a ||
		code === 0x300d ||
		code === 0x300f
	);
}

function isOpener(code: number): boolean {
	return (
		code === 0x22 ||
		code === 0x27 ||
		code === 0x28 ||
		code === 0x5b ||
		code === 0x7b ||
		code === 0x201c ||
		code === 0x2018 ||
		code === 0x201e ||
		code === 0xab ||
		code === 0x2039 ||
		code === 0x300c ||
		code === 0x300e
	);
}

/**
 * The outermost double-quoted spans of a line, as [index of the opening quote, index of the
 * closing quote]. A quote left open (a quotation that continues in the next paragraph, or news
 * copy's habit of reopening a quote without closing the one before) gives no span, so it cannot
 * swallow the rest of the line. A straight quote after a space opens; after a word it closes.
 * @internal
 */
export function quotationSpans(text: string, from: number, to: number): LineRange[] {
	const spans: LineRange[] = [];
	let open = -1;
	let straight = false;
	let depth = 0;
	for (let i = from; i < to; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x201c || code === 0xab) {
			if (open < 0 || straight) {
				open = i;
				straight = false;
				depth = 0;
			}
			depth++;
		} else if (code === 0x201d || code === 0xbb) {
			if (open >= 0 && !straight && --depth === 0) {
				spans.push({ start: open, end: i });
				open = -1;
			}
		} else if (code === 0x22) {
			const opening =
				i === from || isSpace(text.charCodeAt(i - 1)) || isOpener(text.charCodeAt(i - 1));
			if (opening && (open < 0 || straight)) {
				open = i;
				straight = true;
			} else if (!opening && open >= 0 && straight) {
				spans.push({ start: open, end: i });
				open = -1;
			}
		}
	}
	return spans;
}
