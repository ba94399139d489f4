import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '$lib/article';
import type { Bank } from '$lib/generator/types';
import { openStore } from '$lib/server/store';
import { articles } from '$lib/server/store/articles';
import { removeTempDirs, tempDir } from '$lib/server/store/test-helpers';
import { addArticle, formatOfFile, MAX_ADD_BYTES } from './add-article';

afterEach(removeTempDirs);

/** A stand-in generator: one question per sentence of six words or more. */
function fakeGenerate(article: Article): { bank: Bank } {
	const sentences = article.sentences.map(({ id, text, paragraph }) => ({ id, text, paragraph }));
	const questions = article.sentences
		.filter((s) => s.text.split(' ').length >= 6)
		.map((s, i) => ({
			id: `q${i + 1}`,
			type: 'cloze' as const,
			stem: `${s.text.split(' ').slice(0, 3).join(' ')} ____?`,
			options: ['a', 'b', 'c'],
			answer: 0,
			evidence: [s.id],
			explanation: 'Because the article says so.',
			difficulty: 0.5
		}));
	const { slug, title, source, date } = article;
	return { bank: { article: { slug, title, source, date, sentences }, questions } };
}

const body = [
	'Kim met Russian President Vladimir Putin on Wednesday and discussed military matters.',
	'',
	'The United States and its allies worry about warming military ties between the two neighbours.'
].join('\n');

async function setup() {
	const store = await openStore(await tempDir());
	return { store, added: articles(store) };
}

describe('addArticle', () => {
	it('adds a pasted article with its headline, source and date, and finds it again', async () => {
		const { store, added } = await setup();
		const now = new Date('2026-01-05T10:00:00Z');
		const first = await addArticle(
			store,
			'p1',
			{ via: 'paste', title: 'Kim meets Putin', text: body, source: 'Reuters' },
			fakeGenerate,
			now
		);
		expect(first).toMatchObject({ ok: true, created: true });
		if (!first.ok) return;
		expect(first.slug).toMatch(/^kim-meets-putin-[0-9a-f]{10}$/);
		const stored = await added.get(first.slug);
		expect(stored?.bank.article).toMatchObject({
			slug: first.slug,
			title: 'Kim meets Putin',
			source: 'Reuters',
			date: '2026-01-05'
		});
		expect(stored?.bank.questions).toHaveLength(2);

		// The same text as a file, with other line breaks: the same quiz, nothing generated again.
		const file = `Kim meets Putin\n\n${body.replaceAll('\n', '\r\n')}\r\n`;
		const again = await addArticle(
			store,
			'p2',
			{ via: 'file', text: file, fileName: 'kim.txt' },
			() => {
				throw new Error('must not generate a known text again');
			},
			now
		);
		expect(again).toEqual({ ok: true, slug: first.slug, created: false });
		expect(await added.list()).toHaveLength(1);
	});

	it('leads to a built-in quiz with the same text instead of a copy', async () => {
		const { store, added } = await setup();
		const seen: string[] = [];
		const out = await addArticle(
			store,
			'p1',
			{ via: 'paste', title: 'Kim meets Putin', text: body },
			fakeGenerate,
			new Date(),
			async (hash) => {
				seen.push(hash);
				return 'built-in-slug';
			}
		);
		expect(out).toEqual({ ok: true, slug: 'built-in-slug', created: false });
		expect(seen).toHaveLength(1);
		expect(await added.list()).toEqual([]);
	});

	it('reads an uploaded .html file', async () => {
		const { store } = await setup();
		const html = `<html><head><title>Ties deepen</title></head><body><article><h1>Ties deepen</h1><p>${body.replace('\n\n', '</p><p>')}</p></article></body></html>`;
		const out = await addArticle(
			store,
			'p1',
			{ via: 'file', text: html, fileName: 'ties.html' },
			fakeGenerate
		);
		expect(out).toMatchObject({ ok: true, created: true });
	});

	it.each([
		['an empty paste', { via: 'paste' as const, title: 'Headline', text: '   \n ' }, 400],
		['a paste without a headline', { via: 'paste' as const, title: ' ', text: body }, 400],
		['a file with no text', { via: 'file' as const, text: '', fileName: 'x.txt' }, 400],
		[
			'binary bytes',
			{ via: 'file' as const, text: 'PK\u0003\u0004\u0000\u0000', fileName: 'a.txt' },
			400
		],
		[
			'text too short for a question',
			{ via: 'paste' as const, title: 'Short', text: 'Too short.' },
			422
		],
		[
			'text over 200 kB',
			{ via: 'paste' as const, title: 'Long', text: 'Word '.repeat(MAX_ADD_BYTES / 5 + 10) },
			413
		]
	])('refuses %s with a message, storing nothing', async (_name, input, status) => {
		const { store, added } = await setup();
		const out = await addArticle(store, 'p1', input, fakeGenerate);
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(out.status).toBe(status);
		expect(out.message.length).toBeGreaterThan(10);
		expect(await added.list()).toEqual([]);
	});

	it('limits adds per player to 10 an hour, with a clear message', async () => {
		const { store } = await setup();
		const now = new Date('2026-01-05T10:00:00Z');
		for (let i = 0; i < 10; i++) {
			const out = await addArticle(
				store,
				'p1',
				{ via: 'paste', title: `T${i}`, text: `${body} Number ${i} of the series is here today.` },
				fakeGenerate,
				now
			);
			expect(out.ok).toBe(true);
		}
		const refused = await addArticle(
			store,
			'p1',
			{ via: 'paste', title: 'One more', text: body },
			fakeGenerate,
			now
		);
		expect(refused).toMatchObject({ ok: false, status: 429 });
		if (!refused.ok) expect(refused.message).toMatch(/Try again in 60 minutes/);
		// Another player is not held back.
		const other = await addArticle(
			store,
			'p2',
			{ via: 'paste', title: 'X', text: body },
			fakeGenerate,
			now
		);
		expect(other.ok).toBe(true);
	});

	it.each([
		['story.txt', 'txt'],
		['Story.MD', 'md'],
		['page.htm', 'html'],
		['page.html', 'html'],
		['photo.jpg', null],
		['noext', null]
	])('knows the format of %s', (name, format) => {
		expect(formatOfFile(name)).toBe(format);
	});
});
