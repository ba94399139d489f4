/**
 * Articles players added: one file per article (`articles/<slug>.json`, the bank and who added
 * it) and a small index (`added-articles.json`) that the library lists and searches without
 * reading every bank. The same text added twice is found by its hash and never stored twice.
 */
import type { Bank } from '$lib/generator/types';
import { StoreInputError } from './errors';
import type { Store } from './store';

export interface AddedArticle {
	/** The slug (`$lib/practice/duplicate` `addedSlug`). */
	id: string;
	/** `textHash` of the article's text. */
	hash: string;
	bank: Bank;
	addedBy: string;
	addedAt: string;
	via: 'paste' | 'file';
	fileName?: string;
}

/** What the index keeps about an added article. */
export interface AddedEntry {
	slug: string;
	hash: string;
	title: string;
	source: string;
	date?: string;
	url?: string;
	count: number;
	addedBy: string;
	addedAt: string;
}

interface Index {
	entries: AddedEntry[];
}

export type RemoveResult = 'removed' | 'not-found' | 'not-yours' | 'in-use';

export interface Articles {
	/** The entry of the article with this text hash, if it was added before. */
	findByHash(hash: string): Promise<AddedEntry | undefined>;
	/**
	 * Stores a new article, or returns the existing one with the same hash (`created: false`).
	 * Throws `StoreInputError` when the slug is taken by another text.
	 */
	add(article: AddedArticle): Promise<{ entry: AddedEntry; created: boolean }>;
	get(slug: string): Promise<AddedArticle | undefined>;
	/** The index, newest added first. */
	list(): Promise<AddedEntry[]>;
	/**
	 * Removes an article for the player who added it, unless `inUse(slug)` says an assignment
	 * uses it. Attempts already played keep their snapshot of the questions.
	 */
	remove(
		slug: string,
		playerId: string,
		inUse?: (slug: string) => Promise<boolean>
	): Promise<RemoveResult>;
}

function entryOf(a: AddedArticle): AddedEntry {
	const { slug, title, source, date, url } = a.bank.article;
	return {
		slug,
		hash: a.hash,
		title,
		source,
		...(date ? { date } : {}),
		...(url ? { url } : {}),
		count: a.bank.questions.length,
		addedBy: a.addedBy,
		addedAt: a.addedAt
	};
}

export function articles(store: Store): Articles {
	const all = store.records<AddedArticle>('articles');
	const index = store.table<Index>('added-articles', { entries: [] });

	return {
		async findByHash(hash) {
			return (await index.read()).entries.find((e) => e.hash === hash);
		},

		async add(article) {
			if (article.bank.article.slug !== article.id) {
				throw new StoreInputError('an added article is stored under its bank slug');
			}
			let result: { entry: AddedEntry; created: boolean } | undefined;
			// Under the index's lock, so two adds of one text cannot both create it.
			await index.update(async (ix) => {
				const same = ix.entries.find((e) => e.hash === article.hash);
				if (same) {
					result = { entry: same, created: false };
					return;
				}
				const existing = await all.get(article.id);
				if (existing && existing.hash !== article.hash) {
					throw new StoreInputError(`the slug ${article.id} is taken by another article`);
				}
				// A crash after this write and before the index's leaves the file unlisted; adding
				// the same text again lists it.
				if (!existing) await all.create(article);
				const entry = entryOf(existing ?? article);
				ix.entries.push(entry);
				result = { entry, created: !existing };
			});
			if (!result) throw new StoreInputError('the article could not be added');
			return result;
		},

		get: (slug) => all.get(slug),

		async list() {
			return [...(await index.read()).entries].sort((a, b) => b.addedAt.localeCompare(a.addedAt));
		},

		async remove(slug, playerId, inUse) {
			let outcome = 'not-found' as RemoveResult;
			await index.update(async (ix) => {
				const entry = ix.entries.find((e) => e.slug === slug);
				if (!entry) return;
				if (entry.addedBy !== playerId) {
					outcome = 'not-yours';
					return;
				}
				if (inUse && (await inUse(slug))) {
					outcome = 'in-use';
					return;
				}
				ix.entries = ix.entries.filter((e) => e.slug !== slug);
				outcome = 'removed';
			});
			// The index no longer lists it: remove the file after (a crash here leaves an orphan file).
			if (outcome === 'removed') await all.remove(slug);
			return outcome;
		}
	};
}
