import { afterEach, describe, expect, it } from 'vitest';
import type { Bank } from '$lib/generator/types';
import { addedSlug, textHash } from '$lib/practice/duplicate';
import bankJson from '$lib/quiz/fixtures/small-bank.json';
import { articles, type AddedArticle } from './articles';
import { StoreInputError } from './errors';
import { openStore } from './store';
import { removeTempDirs, tempDir } from './test-helpers';

afterEach(removeTempDirs);

function added(
	text: string,
	title: string,
	addedBy = 'p1',
	addedAt = '2026-01-01T00:00:00.000Z'
): AddedArticle {
	const hash = textHash(text);
	const slug = addedSlug(title, hash);
	const bank = structuredClone(bankJson) as Bank;
	bank.article.slug = slug;
	bank.article.title = title;
	return { id: slug, hash, bank, addedBy, addedAt, via: 'paste' };
}

describe('added articles', () => {
	it('stores an article once: the same text again finds the first', async () => {
		const lib = articles(await openStore(await tempDir()));
		const first = await lib.add(added('Kim met Putin.', 'Kim meets Putin'));
		expect(first.created).toBe(true);
		// Same text, other line breaks and headline: the same quiz.
		const again = await lib.add(added('Kim   met\nPutin.', 'Another headline', 'p2'));
		expect(again).toEqual({ entry: first.entry, created: false });
		expect(await lib.list()).toHaveLength(1);
		expect((await lib.findByHash(textHash('kim met putin.')))?.slug).toBe(first.entry.slug);
		expect((await lib.get(first.entry.slug))?.bank.questions).toHaveLength(
			bankJson.questions.length
		);
	});

	it('lets concurrent adds of one text make one article', async () => {
		const lib = articles(await openStore(await tempDir()));
		const results = await Promise.all(
			Array.from({ length: 8 }, (_, i) => lib.add(added('Same text.', `Title ${i}`)))
		);
		expect(results.filter((r) => r.created)).toHaveLength(1);
		expect(new Set(results.map((r) => r.entry.slug)).size).toBe(1);
		expect(await lib.list()).toHaveLength(1);
	});

	it('lists newest added first, with what the library shows', async () => {
		const lib = articles(await openStore(await tempDir()));
		await lib.add(added('one', 'Old news', 'p1', '2026-01-01T00:00:00.000Z'));
		await lib.add(added('two', 'New news', 'p1', '2026-01-02T00:00:00.000Z'));
		const list = await lib.list();
		expect(list.map((e) => e.title)).toEqual(['New news', 'Old news']);
		expect(list[0]).toMatchObject({
			source: 'Test Wire',
			date: '2023-09-17',
			count: bankJson.questions.length,
			addedBy: 'p1'
		});
	});

	it('refuses a bank whose slug is not the record id', async () => {
		const lib = articles(await openStore(await tempDir()));
		const a = added('x', 'X');
		await expect(lib.add({ ...a, id: 'other' })).rejects.toThrow(StoreInputError);
	});

	it('removes only for the player who added it, and not while in use', async () => {
		const lib = articles(await openStore(await tempDir()));
		const { entry } = await lib.add(added('text', 'Title', 'p1'));
		expect(await lib.remove(entry.slug, 'p2')).toBe('not-yours');
		expect(await lib.remove(entry.slug, 'p1', async () => true)).toBe('in-use');
		expect(await lib.list()).toHaveLength(1);
		expect(await lib.remove(entry.slug, 'p1', async (slug) => slug !== entry.slug)).toBe('removed');
		expect(await lib.list()).toEqual([]);
		expect(await lib.get(entry.slug)).toBeUndefined();
		expect(await lib.remove(entry.slug, 'p1')).toBe('not-found');
		// Once removed, the same text can be added again.
		expect((await lib.add(added('text', 'Title', 'p1'))).created).toBe(true);
	});

	it('keeps its files across a restart', async () => {
		const dir = await tempDir();
		const { entry } = await articles(await openStore(dir)).add(added('persist', 'Persist'));
		const reopened = articles(await openStore(dir));
		expect((await reopened.list()).map((e) => e.slug)).toEqual([entry.slug]);
		expect((await reopened.get(entry.slug))?.hash).toBe(textHash('persist'));
	});
});
