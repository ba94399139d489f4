/** Numbers written as words ("two people", "one trillion calculations"). */
export const NUMBER_WORDS = new Map<string, number>([
	['one', 1],
	['two', 2],
	['three', 3],
	['four', 4],
	['five', 5],
	['six', 6],
	['seven', 7],
	['eight', 8],
	['nine', 9],
	['ten', 10],
	['eleven', 11],
	['twelve', 12],
	['fifteen', 15],
	['twenty', 20],
	['thirty', 30],
	['forty', 40],
	['fifty', 50],
	['hundred', 100]
]);

/** Scale words after a number: "three million", "$9bn". */
export const SCALE_WORDS: Record<string, number> = { million: 1e6, billion: 1e9, trillion: 1e12 };

/** The value of an option: "$9.4bn" → 9.4e9, "three" → 3, "1,088" → 1088. */
export function amountOf(text: string): number | undefined {
	const [word, scale] = text.toLowerCase().split(' ');
	const spelled = NUMBER_WORDS.get(word ?? '');
	const factor = (s: string) =>
		/^(?:bn|billion)/.test(s)
			? 1e9
			: /^(?:m|mn|million)\b/.test(s)
				? 1e6
				: /^trillion/.test(s)
					? 1e12
					: 1;
	if (spelled !== undefined) return spelled * factor(scale ?? '');
	const m = /(\d[\d,]*(?:\.\d+)?)\s*([a-z]*)/i.exec(text);
	if (!m) return undefined;
	return Number((m[1] ?? '').replace(/,/g, '')) * factor((m[2] ?? '').toLowerCase());
}

/** Phrases whose number the world fixes: "24 hours a day", "seven days a week". */
const FIXED = new Map<string, number>([
	['hours a day', 24],
	['days a week', 7],
	['days a year', 365],
	['weeks a year', 52],
	['months a year', 12],
	['minutes an hour', 60]
]);

/**
 * Is the amount `text`, between `before` and `after` in its sentence, fixed by the words around
 * it rather than told by the article: "24 hours a day", "a love story between two women", "No.
 * 1", "September 11, 2001"?
 */
export function fixedByPhrase(text: string, before: string, after: string): boolean {
	const value = amountOf(text);
	const phrase = /^[\s-]+(\p{L}+ an? \p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
	if (value !== undefined && FIXED.get(phrase) === value) return true;
	// "five No. 1 albums": a rank that names a place in a chart; "the September 11, 2001
	// attacks": a date the world knows
	if (/\bNo\.?\s*$/.test(before) || /\bSeptember 11,?\s*$/.test(before)) return true;
	return value === 2 && /\bbetween\s*$/i.test(before);
}
