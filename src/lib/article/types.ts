/**
 * The article model: what every other part of newsquiz knows about an article.
 * A sentence is always an exact slice of the article's cleaned source text.
 */

export interface Sentence {
	/** Stable id, also the HTML `id` of the sentence on the article page (`s1`, `s2`, …). */
	id: string;
	/** The exact text, `source.slice(start, end)`. */
	text: string;
	/** Index of the paragraph the sentence belongs to (0-based). */
	paragraph: number;
	/** Character offsets into `Article.source`. */
	start: number;
	end: number;
}

export interface ArticleMeta {
	/** URL-safe identifier, unique in the library. */
	slug: string;
	title: string;
	/** Publisher or agency, e.g. "Reuters via NDTV". */
	source: string;
	url?: string;
	/** ISO date, `YYYY-MM-DD`. */
	date?: string;
}

export interface Article extends ArticleMeta {
	/** The body after boilerplate removal; every sentence is a slice of it. */
	source: string;
	sentences: Sentence[];
	/** Lines dropped by cleaning (feed notes, promotions…), kept for reports, never shown in quizzes. */
	dropped: string[];
}
