/**
 * The article model: what every other part of newsquiz knows about an article.
 *
 * Two texts are easy to confuse: `Article.source` is the PUBLISHER ("Reuters via NDTV"), as in
 * the bank format; `Article.body` is the article's text as given (after the headline or front
 * matter), and every sentence is an exact slice of it: `body.slice(start, end) === text`.
 * Cleaning never edits `body`; it only marks lines to skip (see `Article.drops`).
 */

export interface Sentence {
	/** Stable id, also the HTML `id` of the sentence on the article page (`s1`, `s2`, …). */
	id: string;
	/** The exact text, `Article.body.slice(start, end)`. */
	text: string;
	/** Index of the paragraph the sentence belongs to (0-based, counting kept paragraphs). */
	paragraph: number;
	/** Character offsets (UTF-16 code units) into `Article.body`. */
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

/** Why cleaning skipped a range of the body. */
export type DropRule =
	| 'syndication'
	| 'promotion'
	| 'read-more'
	| 'byline'
	| 'photo-credit'
	/** A wire dateline before the first sentence ("VALLETTA, Malta (AP) -"): where, not what. */
	| 'dateline'
	| 'copyright'
	| 'clutter'
	/** A Markdown subheading (`## …`) of an `.md` body: structure, not a sentence. */
	| 'heading';

/** A range of `Article.body` that cleaning skipped. */
export interface Drop {
	rule: DropRule;
	/** `body.slice(start, end)`, trimmed. */
	text: string;
	start: number;
	end: number;
}

export interface Article extends ArticleMeta {
	/**
	 * The article's text as given (for `.md` the part after the front matter, for `.txt` the part
	 * after the headline, for `.html` the paragraphs Readability found, one per line). Boilerplate
	 * is still in it; sentences never cover it.
	 */
	body: string;
	/** Kept sentences in document order, each `body.slice(start, end)`. */
	sentences: Sentence[];
	/** Lines dropped by cleaning (feed notes, promotions…), kept for reports, never shown in quizzes. */
	dropped: string[];
	/** The same drops with their rule and offsets into `body`. */
	drops: Drop[];
}

export type ArticleFormat = 'txt' | 'md' | 'html';

export interface ArticleInput {
	/** The file's content, already decoded. */
	text: string;
	/** Defaults to the filename's extension, else `txt`. */
	format?: ArticleFormat;
	/** Used for the format, the default slug and messages. */
	filename?: string;
	/** Overrides the headline found in the text (required for a `.txt` without one). */
	title?: string;
	/** Overrides the publisher found in the text. */
	source?: string;
	url?: string;
	date?: string;
	slug?: string;
	/** Refuse larger input (UTF-8 bytes) with `ArticleError('too-large')`. */
	maxBytes?: number;
}
