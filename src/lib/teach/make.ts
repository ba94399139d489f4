/**
 * From what a teacher brings (pasted text, an uploaded file, or a library article's bank) to a
 * generated bank. Pure: the generator is passed in, so the same rules serve the server and tests.
 */
import { isArticleError, readArticle, type Article, type ArticleFormat } from '$lib/article';
import type { Bank, BankArticle } from '$lib/generator/types';

/** Uploads and pasted text: at most 200 kB (UTF-8). */
export const UPLOAD_MAX_BYTES = 200 * 1024;

export type Generate = (article: Article) => Bank;

export type MadeBank = { ok: true; bank: Bank } | { ok: false; message: string };

const FORMATS: Record<string, ArticleFormat> = {
	txt: 'txt',
	md: 'md',
	markdown: 'md',
	html: 'html',
	htm: 'html'
};

function kb(bytes: number): string {
	return `${Math.ceil(bytes / 1024)} kB`;
}

function generated(article: Article, generate: Generate): MadeBank {
	const bank = generate(article);
	if (bank.questions.length === 0) {
		return {
			ok: false,
			message:
				'No question could be made from this article: it may be too short or have too few facts (names, places, numbers). Try a longer news article.'
		};
	}
	return { ok: true, bank };
}

function read(fn: () => Article, generate: Generate): MadeBank {
	let article: Article;
	try {
		article = fn();
	} catch (e) {
		if (isArticleError(e)) return { ok: false, message: e.message };
		throw e;
	}
	return generated(article, generate);
}

/** Pasted text: a headline (may be empty when the text's first line is one) and the body. */
export function bankFromText(input: { title: string; text: string }, generate: Generate): MadeBank {
	const title = input.title.replace(/\s+/g, ' ').trim();
	if (!input.text.trim()) return { ok: false, message: 'Paste the text of the article.' };
	const bytes = new TextEncoder().encode(input.text).length;
	if (bytes > UPLOAD_MAX_BYTES) {
		return {
			ok: false,
			message: `The text is ${kb(bytes)}; the limit is ${kb(UPLOAD_MAX_BYTES)}. Paste one article only.`
		};
	}
	return read(
		() =>
			readArticle({
				text: input.text,
				format: 'txt',
				title: title || undefined,
				maxBytes: UPLOAD_MAX_BYTES
			}),
		generate
	);
}

/** An uploaded `.txt`, `.md` or `.html` file, as its name and bytes. */
export function bankFromFile(
	file: { name: string; bytes: Uint8Array },
	generate: Generate
): MadeBank {
	const name = file.name.slice(0, 200);
	const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	const format = FORMATS[ext];
	if (!name || file.bytes.length === 0) {
		return { ok: false, message: 'Choose a file: the one sent was empty.' };
	}
	if (!format) {
		return {
			ok: false,
			message: `“${name}” is not a .txt, .md or .html file. Save the article in one of these formats.`
		};
	}
	if (file.bytes.length > UPLOAD_MAX_BYTES) {
		return {
			ok: false,
			message: `“${name}” is ${kb(file.bytes.length)}; the limit is ${kb(UPLOAD_MAX_BYTES)}. Save only the article's text.`
		};
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
	} catch {
		return {
			ok: false,
			message: `“${name}” is not readable text (UTF-8). Save it again as UTF-8 text, or paste the article instead.`
		};
	}
	return read(
		() => readArticle({ text, filename: name, format, maxBytes: UPLOAD_MAX_BYTES }),
		generate
	);
}

/**
 * An `Article` rebuilt from a bank's article (sentences joined, paragraph by paragraph), keeping
 * the sentence ids, so the generator can run again on an article whose source file is not at
 * hand (regenerating a question of a library article) and its evidence ids still match.
 */
export function articleOfBank(article: BankArticle): Article {
	let body = '';
	let paragraph: number | null = null;
	const sentences = article.sentences.map((s) => {
		if (paragraph !== null) body += s.paragraph === paragraph ? ' ' : '\n\n';
		paragraph = s.paragraph;
		const start = body.length;
		body += s.text;
		return { id: s.id, text: s.text, paragraph: s.paragraph, start, end: body.length };
	});
	return {
		slug: article.slug,
		title: article.title,
		source: article.source,
		...(article.url ? { url: article.url } : {}),
		...(article.date ? { date: article.date } : {}),
		body,
		sentences,
		dropped: [],
		drops: []
	};
}
