import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ArticleError } from '../../errors/ArticleError';
import { isoDate, tidy, type ParsedInput } from '../parsed';

/**
 * Elements whose text is one paragraph of the body. Subheadings, captions and tables are left
 * out: they are not sentences a question could quote.
 */
const BLOCKS = 'p, li, blockquote';

/** Stands for a `<br>` while the text is collected. */
const LINE = '\u2028';

/** Less text than this is a menu or an error page, not an article. */
const MIN_TEXT_LENGTH = 40;

/**
 * A page saved from a news site: Readability (over linkedom's DOM, no network) finds the main
 * text; each block (paragraph, subheading, list item) becomes one line of the body. The title,
 * the site name (as source) and the published time come from the page's metadata when present.
 */
export function readHtml(html: string): ParsedInput {
	const { document } = parseHTML(html);
	const meta = readMeta(document);
	// Readability mutates the document it is given; metadata is read first.
	const result = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
	const content = result?.content;
	if (!result || !content || (result.textContent ?? '').trim().length < MIN_TEXT_LENGTH) {
		throw new ArticleError(
			'unreadable',
			"Could not find the article's text in this HTML page. Save the page as text (.txt) and try again."
		);
	}
	let paragraphs = blocksOf(content);
	// Some pages keep their text directly in <div>s; then Readability's plain text, line by line.
	if (paragraphs.length === 0) {
		paragraphs = (result.textContent ?? '').split(/\n/).flatMap((line) => tidy(line) ?? []);
	}
	return {
		body: paragraphs.join('\n'),
		title: tidy(meta.title) ?? tidy(result.title),
		source: tidy(result.siteName) ?? tidy(meta.siteName) ?? hostOf(meta.url),
		url: tidy(meta.url),
		date: isoDate(result.publishedTime) ?? isoDate(meta.published)
	};
}

interface PageMeta {
	title?: string;
	siteName?: string;
	url?: string;
	published?: string;
}

/** @internal */
function readMeta(document: ReturnType<typeof parseHTML>['document']): PageMeta {
	const content = (selector: string): string | undefined =>
		document.querySelector(selector)?.getAttribute('content') ?? undefined;
	return {
		title: content('meta[property="og:title"]') ?? content('meta[name="twitter:title"]'),
		siteName: content('meta[property="og:site_name"]') ?? content('meta[name="application-name"]'),
		url:
			content('meta[property="og:url"]') ??
			document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
			undefined,
		published:
			content('meta[property="article:published_time"]') ??
			content('meta[name="date"]') ??
			content('meta[itemprop="datePublished"]') ??
			document.querySelector('time[datetime]')?.getAttribute('datetime') ??
			undefined
	};
}

/** The text of each outermost block of Readability's cleaned HTML, whitespace collapsed. @internal */
function blocksOf(content: string): string[] {
	const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
	// A <br> separates lines; everything else that looks like a line break is source formatting.
	for (const br of document.querySelectorAll('br')) br.replaceWith(document.createTextNode(LINE));
	const out: string[] = [];
	for (const element of document.querySelectorAll(BLOCKS)) {
		// A list item inside a blockquote is read once, with its blockquote.
		if (element.parentElement?.closest(BLOCKS)) continue;
		const text = tidy(element.textContent?.replaceAll(LINE, ' '));
		if (!text || isMostlyLinks(element, text)) continue;
		for (const line of (element.textContent ?? '').split(LINE)) {
			const kept = tidy(line);
			if (kept) out.push(kept);
		}
	}
	return out;
}

/**
 * A block whose text is nearly all link text is navigation ("related stories" lists, "Read
 * more" links), not the story. @internal
 */
function isMostlyLinks(element: Element, text: string): boolean {
	let linkLength = 0;
	for (const link of element.querySelectorAll('a'))
		linkLength += tidy(link.textContent)?.length ?? 0;
	return linkLength > 0.8 * text.length;
}

function hostOf(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return undefined;
	}
}
