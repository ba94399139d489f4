/**
 * Adding an article: read it (`$lib/article`), find it if the same text was added before,
 * generate its quiz, store it. Returns an outcome the route maps to a status and a message;
 * nothing is stored unless a quiz came out of it.
 */
import { ArticleError, readArticle, type Article, type ArticleFormat } from '$lib/article';
import type { Bank } from '$lib/generator/types';
import { addedSlug, textHash } from '$lib/practice/duplicate';
import type { Store } from '$lib/server/store';
import { articles } from '$lib/server/store/articles';
import { practice } from '$lib/server/store/practice';

/** The largest file or pasted text, in bytes (UTF-8). */
export const MAX_ADD_BYTES = 200_000;

export type Generate = (article: Article) => { bank: Bank };

export interface AddInput {
	via: 'paste' | 'file';
	/** The text: the pasted body, or the file's content. */
	text: string;
	/** The pasted headline (paste), or an optional override (file). */
	title?: string;
	source?: string;
	date?: string;
	url?: string;
	fileName?: string;
}

export type AddOutcome =
	| { ok: true; slug: string; created: boolean }
	| { ok: false; status: 400 | 413 | 422 | 429; message: string };

const FORMATS: Record<string, ArticleFormat> = {
	txt: 'txt',
	text: 'txt',
	md: 'md',
	markdown: 'md',
	html: 'html',
	htm: 'html'
};

/** The format of an uploaded file by its extension; `null` for any other kind of file. */
export function formatOfFile(name: string): ArticleFormat | null {
	const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
	return ext ? (FORMATS[ext] ?? null) : null;
}

/**
 * The hash that finds the same text again: the article's kept sentences, normalised. A bank
 * keeps the same sentences, so a built-in quiz is found by its bank too.
 */
export function articleHash(article: { sentences: { text: string }[] }): string {
	return textHash(article.sentences.map((s) => s.text).join(' '));
}

function statusOf(error: ArticleError): 400 | 413 {
	return error.code === 'too-large' ? 413 : 400;
}

/**
 * Adds an article for a player. The rate limit is counted first (every try costs work), then
 * the text is read; the same text added before leads to its quiz without generating again.
 */
export async function addArticle(
	store: Store,
	playerId: string,
	input: AddInput,
	generate: Generate,
	now = new Date(),
	/** The slug of a quiz outside the added articles (a built-in bank) with this text hash. */
	known: (hash: string) => Promise<string | undefined> = async () => undefined
): Promise<AddOutcome> {
	if (input.via === 'paste' && input.text.trim() === '') {
		return { ok: false, status: 400, message: "Paste the article's text under its headline." };
	}
	if (input.via === 'paste' && !input.title?.trim()) {
		return { ok: false, status: 400, message: 'Give the article its headline.' };
	}

	const slot = await practice(store).takeAddSlot(playerId, now);
	if (!slot.ok) {
		const minutes = Math.ceil(slot.retryAfterSeconds / 60);
		return {
			ok: false,
			status: 429,
			message: `You have added ${slot.times.length} articles in the last hour, the most allowed. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`
		};
	}

	let article: Article;
	try {
		const format =
			input.via === 'file' ? (formatOfFile(input.fileName ?? '') ?? 'txt') : ('txt' as const);
		// A pasted headline goes in front as a txt headline, so the body stays exactly as pasted.
		const text =
			input.via === 'paste' && input.title ? `${input.title.trim()}\n\n${input.text}` : input.text;
		article = readArticle({
			text,
			format,
			...(input.fileName ? { filename: input.fileName } : {}),
			...(input.title?.trim() ? { title: input.title } : {}),
			...(input.source?.trim() ? { source: input.source } : {}),
			...(input.date?.trim() ? { date: input.date } : {}),
			...(input.url?.trim() ? { url: input.url } : {}),
			maxBytes: MAX_ADD_BYTES
		});
	} catch (err) {
		if (err instanceof ArticleError) {
			return { ok: false, status: statusOf(err), message: err.message };
		}
		throw err;
	}

	const added = articles(store);
	const hash = articleHash(article);
	const before = await added.findByHash(hash);
	if (before) return { ok: true, slug: before.slug, created: false };
	const builtIn = await known(hash);
	if (builtIn) return { ok: true, slug: builtIn, created: false };

	const slug = addedSlug(article.title, hash);
	const source =
		article.source ||
		(input.via === 'file' && input.fileName ? input.fileName : 'Pasted by a reader');
	const { bank } = generate({
		...article,
		slug,
		source,
		date: article.date ?? now.toISOString().slice(0, 10)
	});
	if (bank.questions.length === 0) {
		const n = article.sentences.length;
		return {
			ok: false,
			status: 422,
			message: `This text is too short for any question (${n} ${n === 1 ? 'sentence' : 'sentences'}). Paste the whole article: a few paragraphs with names, places or numbers.`
		};
	}
	const { entry, created } = await added.add({
		id: slug,
		hash,
		bank: { ...bank, article: { ...bank.article, slug } },
		addedBy: playerId,
		addedAt: now.toISOString(),
		via: input.via,
		...(input.fileName ? { fileName: input.fileName.slice(0, 200) } : {})
	});
	return { ok: true, slug: entry.slug, created };
}
