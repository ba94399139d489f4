/** What a format reader finds in a file, before cleaning and splitting. @internal */
export interface ParsedInput {
	/** The article text; sentences are slices of it. */
	body: string;
	title?: string;
	source?: string;
	url?: string;
	date?: string;
}

/** `2023-09-17`, `2023-09-17T10:00:00Z`, `Sun, 17 Sep 2023 …` → `2023-09-17`; else undefined. @internal */
export function isoDate(value: string | null | undefined): string | undefined {
	const text = value?.trim();
	if (!text) return undefined;
	const prefix = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
	if (prefix) return `${prefix[1]}-${prefix[2]}-${prefix[3]}`;
	const time = Date.parse(text);
	return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/** Collapses runs of whitespace and trims; `undefined` when nothing is left. @internal */
export function tidy(value: string | null | undefined): string | undefined {
	const text = value?.replace(/\s+/g, ' ').trim();
	return text ? text : undefined;
}
