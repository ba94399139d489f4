/**
 * Library search: every word of the query must appear in the headline or the source, ignoring
 * case, accents and punctuation ("putin reuters" finds "Kim meets Putin" from "Reuters").
 */

/** Lower case, accents off, punctuation as spaces. */
export function foldForSearch(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** The query's words; at most 10, each at most 40 characters (a query is typed, not pasted). */
export function queryWords(query: string): string[] {
	return foldForSearch(query.slice(0, 200))
		.split(' ')
		.filter(Boolean)
		.slice(0, 10)
		.map((w) => w.slice(0, 40));
}

export function matchesQuery(entry: { title: string; source: string }, query: string): boolean {
	const words = queryWords(query);
	if (words.length === 0) return true;
	const haystack = ` ${foldForSearch(`${entry.title} ${entry.source}`)}`;
	return words.every((w) => haystack.includes(` ${w}`) || haystack.includes(w));
}

/** The entries matching `query`, in their order. */
export function search<T extends { title: string; source: string }>(
	entries: T[],
	query: string
): T[] {
	return entries.filter((e) => matchesQuery(e, query));
}
