/** A line of a text: `text.slice(start, end)` without its line break. @internal */
export interface LineRange {
	start: number;
	end: number;
}

/** Characters that end a line. Sentences never cross them. @internal */
export function isLineBreak(code: number): boolean {
	return (
		code === 0x0a ||
		code === 0x0d ||
		code === 0x0b ||
		code === 0x0c ||
		code === 0x85 ||
		code === 0x2028 ||
		code === 0x2029
	);
}

/**
 * Every line of `text[from, to)`, in order; `\r\n` counts as one break. Linear.
 * @internal
 */
export function splitLines(text: string, from = 0, to = text.length): LineRange[] {
	const out: LineRange[] = [];
	let start = from;
	for (let i = from; i < to; i++) {
		const code = text.charCodeAt(i);
		if (!isLineBreak(code)) continue;
		out.push({ start, end: i });
		if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a && i + 1 < to) i++;
		start = i + 1;
	}
	out.push({ start, end: to });
	return out;
}

/** Whitespace inside a line (Unicode spaces, tabs, no-break spaces, BOM). @internal */
export function isSpace(code: number): boolean {
	return (
		code === 0x20 ||
		code === 0x09 ||
		code === 0xa0 ||
		code === 0xfeff ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200b) ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000
	);
}

/** The range without leading and trailing spaces (may become empty). @internal */
export function trimRange(text: string, range: LineRange): LineRange {
	let { start, end } = range;
	while (start < end && isSpace(text.charCodeAt(start))) start++;
	while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
	return { start, end };
}
