/**
 * Duplicate detection for added articles: the same text added twice — pasted once, uploaded
 * once, with other line breaks, curly or straight quotes — leads to the same quiz. The text is
 * normalised, hashed, and the hash is both the lookup key and the tail of the slug.
 */
import { createHash } from 'node:crypto';

const QUOTES: [RegExp, string][] = [
	[/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
	[/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
	[/[\u2010-\u2015\u2212]/g, '-'],
	[/\u2026/g, '...']
];

/**
 * The text as compared: Unicode NFKC, typographic quotes and dashes made plain, case folded,
 * every run of whitespace (line breaks, tabs, non-breaking spaces) one space.
 */
export function normaliseForHash(text: string): string {
	let t = text.normalize('NFKC');
	for (const [pattern, plain] of QUOTES) t = t.replace(pattern, plain);
	return t.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** SHA-256 of the normalised text, hex. */
export function textHash(text: string): string {
	return createHash('sha256').update(normaliseForHash(text), 'utf8').digest('hex');
}

/** True when two texts are the same article for the library. */
export function sameText(a: string, b: string): boolean {
	return normaliseForHash(a) === normaliseForHash(b);
}

/** Up to six words of the headline in ASCII, lower case, dash-joined; may be empty. */
export function slugWords(title: string, maxWords = 6): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036F]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean)
		.slice(0, maxWords)
		.join('-');
}

/**
 * The slug of an added article: readable words of its headline, then 10 hex digits of the
 * hash, so two different texts with one headline never share a slug, and the same text does.
 */
export function addedSlug(title: string, hash: string): string {
	const words = slugWords(title) || 'article';
	return `${words}-${hash.slice(0, 10)}`;
}
