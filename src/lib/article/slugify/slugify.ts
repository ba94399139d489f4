const MAX_LENGTH = 80;

/**
 * A URL-safe slug: lower-case ASCII letters, digits and single hyphens, at most 80 characters,
 * cut at a word boundary. Accents are folded ("Café" → "cafe"); a title with no Latin letters
 * or digits at all gets a stable hash (`article-1a2b3c4d`) so that it still has a slug.
 */
export function slugify(title: string): string {
	const folded = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
	let slug = '';
	let pendingHyphen = false;
	for (const char of folded) {
		if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) {
			if (pendingHyphen && slug !== '') slug += '-';
			slug += char;
			pendingHyphen = false;
		} else if (char !== "'" && char !== '\u2019') {
			// Apostrophes join ("Russia's" → "russias"); everything else separates words.
			pendingHyphen = true;
		}
		if (slug.length > MAX_LENGTH) break;
	}
	if (slug.length > MAX_LENGTH) {
		const cut = slug.lastIndexOf('-', MAX_LENGTH);
		slug = slug.slice(0, cut > 0 ? cut : MAX_LENGTH);
	}
	return slug === '' ? `article-${hash(title)}` : slug;
}

/** FNV-1a, 32 bits, as 8 hex digits. @internal */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}
