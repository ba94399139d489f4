import { readHtml } from '../01-input/html/readHtml';
import { guardText } from '../01-input/guard/guard';
import { readMd } from '../01-input/md/readMd';
import { isoDate, tidy, type ParsedInput } from '../01-input/parsed';
import { readTxt } from '../01-input/txt/readTxt';
import { cleanBody, type CleanOptions, type Cleaning } from '../02-clean/clean';
import { splitSentences } from '../03-sentences/split';
import { ArticleError } from '../errors/ArticleError';
import { slugify } from '../slugify/slugify';
import type { Article, ArticleFormat, ArticleInput, Sentence } from '../types';
import type { LineRange } from '../util/lines/lines';

/** The stages of `readArticle`, each replaceable (tests, a better splitter). */
export interface ReadOptions {
	clean: (body: string, options: CleanOptions) => Cleaning;
	split: (body: string, paragraphs: readonly LineRange[]) => Sentence[];
}

export const defaultReadOptions: ReadOptions = { clean: cleanBody, split: splitSentences };

/**
 * Reads an article from a `.txt`, `.md` or `.html` file's text: metadata, then cleaning (feed
 * boilerplate skipped, not removed), then sentences. Throws only `ArticleError`, whose message
 * can be shown to the person who supplied the file.
 */
export function readArticle(input: ArticleInput, options: Partial<ReadOptions> = {}): Article {
	const { clean, split } = { ...defaultReadOptions, ...options };
	guardText(input.text, input.maxBytes);
	const format = input.format ?? formatOf(input.filename) ?? 'txt';
	// A byte-order mark is not text; offsets stay into the body, which starts after it.
	const from = input.text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const parsed = parse(format, input.text, from);
	const title = tidy(input.title) ?? parsed.title;
	if (!title) {
		throw new ArticleError(
			'no-title',
			format === 'md'
				? 'The article has no title: add "title: …" to the front matter, or a first line "# Title".'
				: 'The article has no headline: put the headline on the first line with a blank line after it, or give a title.'
		);
	}
	const body = parsed.body;
	const cleaning = clean(body, { markdown: format === 'md' });
	const sentences = split(body, cleaning.paragraphs);
	if (sentences.length === 0) {
		throw new ArticleError(
			'no-sentences',
			cleaning.drops.length > 0
				? 'No article text is left once feed notes, credits and promotions are removed.'
				: 'The file has a headline but no article text after it.'
		);
	}
	const stem = stemOf(input.filename);
	const url = tidy(input.url) ?? parsed.url;
	const date = isoDate(input.date) ?? parsed.date;
	return {
		slug: slugify(tidy(input.slug) ?? stem ?? title),
		title,
		source: tidy(input.source) ?? parsed.source ?? '',
		...(url ? { url } : {}),
		...(date ? { date } : {}),
		body,
		sentences,
		dropped: cleaning.drops.map((drop) => drop.text),
		drops: cleaning.drops
	};
}

function parse(format: ArticleFormat, text: string, from: number): ParsedInput {
	if (format === 'md') return readMd(text, from);
	if (format === 'txt') return readTxt(text, from);
	try {
		return readHtml(from ? text.slice(from) : text);
	} catch (error) {
		if (error instanceof ArticleError) throw error;
		// The HTML parser and Readability are third-party code on untrusted input.
		throw new ArticleError(
			'unreadable',
			'Could not read this HTML page. Save the page as text (.txt) and try again.'
		);
	}
}

/** `txt`, `md`/`markdown`, `html`/`htm` from a file name; otherwise undefined. @internal */
export function formatOf(filename: string | undefined): ArticleFormat | undefined {
	const ext = filename?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
	if (ext === 'md' || ext === 'markdown') return 'md';
	if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
	if (ext === 'txt' || ext === 'text') return 'txt';
	return undefined;
}

/** `questions/kim-jong-un-russia-visit.md` → `kim-jong-un-russia-visit`. @internal */
function stemOf(filename: string | undefined): string | undefined {
	const base = filename?.split(/[\\/]/).pop();
	return tidy(base?.replace(/\.[^.]*$/, ''));
}
