import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/article';
import { generate } from '$lib/generator';
import type { Bank } from '$lib/generator/types';
import { bankArticle, draftAssignment, regenerateQuestion } from './assignment';
import { articleOfBank, bankFromFile, bankFromText, UPLOAD_MAX_BYTES, type Generate } from './make';

// Written so that the generator keeps several questions: sentences that name what they are
// about, with dates and counts (it keeps no question that leans on an earlier sentence).
const TEXT = `Harbor City's council voted on Tuesday to rebuild the old ferry pier, Mayor Elena Ruiz said. Harbor City will spend 42 million dollars on the Ferry Pier project over three years, its planning office said.

Mayor Elena Ruiz said the Ferry Pier had been closed since 2019, when a storm damaged its wooden supports.

Harbor City's council approved the rebuilding of the Ferry Pier by seven votes to two. Councillor David Osei, who voted against it, said the money should go to schools instead.

Engineers from the Northern Coast Authority will start work in March. The Northern Coast Authority said the new Ferry Pier would serve 5,000 passengers a day.`;

/** A stand-in generator: one question on the first sentence, so these tests check the reading. */
const oneQuestion: Generate = (article: Article): Bank => ({
	article: {
		slug: article.slug,
		title: article.title,
		source: article.source,
		sentences: article.sentences
	},
	questions: article.sentences.length
		? [
				{
					id: 'q1',
					type: 'cloze',
					stem: 'x ____',
					options: ['a', 'b'],
					answer: 0,
					evidence: [article.sentences[0]!.id],
					explanation: '',
					difficulty: 0.5
				}
			]
		: []
});
const none: Generate = (article) => ({ ...oneQuestion(article), questions: [] });

const bytes = (text: string) => new TextEncoder().encode(text);

describe('bankFromText', () => {
	it('reads the headline field and the text', () => {
		const made = bankFromText({ title: 'Pier vote', text: TEXT }, oneQuestion);
		expect(made.ok).toBe(true);
		if (made.ok) expect(made.bank.article.title).toBe('Pier vote');
	});

	it.each<[string, { title: string; text: string }, RegExp]>([
		['empty text', { title: 'T', text: '   ' }, /Paste the text/],
		['too large', { title: 'T', text: 'a. '.repeat(UPLOAD_MAX_BYTES) }, /limit is 200 kB/]
	])('refuses %s', (_name, input, message) => {
		expect(bankFromText(input, oneQuestion)).toMatchObject({ ok: false, message });
	});

	it('says so when no question can be made', () => {
		expect(bankFromText({ title: 'T', text: TEXT }, none)).toMatchObject({
			ok: false,
			message: /No question could be made/
		});
	});

	it('makes real questions with the generator, each citing a sentence of the article', () => {
		const made = bankFromText({ title: 'Pier vote', text: TEXT }, (a) => generate(a).bank);
		expect(made.ok).toBe(true);
		if (!made.ok) return;
		const ids = new Set(made.bank.article.sentences.map((s) => s.id));
		expect(made.bank.questions.length).toBeGreaterThan(0);
		for (const q of made.bank.questions) expect(ids.has(q.evidence[0]!)).toBe(true);
	});
});

describe('bankFromFile', () => {
	it.each([
		['pier.txt', `Pier vote\n\n${TEXT}`],
		['pier.md', `---\ntitle: Pier vote\nsource: Harbor Herald\n---\n\n${TEXT}`],
		[
			'pier.html',
			`<html><head><title>Pier vote</title></head><body><article><h1>Pier vote</h1>${TEXT.split(
				'\n\n'
			)
				.map((p) => `<p>${p}</p>`)
				.join('')}</article></body></html>`
		]
	])('reads %s', (name, text) => {
		const made = bankFromFile({ name, bytes: bytes(text) }, oneQuestion);
		expect(made).toMatchObject({ ok: true });
	});

	it.each<[string, Uint8Array, RegExp]>([
		['pier.pdf', bytes(TEXT), /not a \.txt, \.md or \.html file/],
		['pier.txt', new Uint8Array(0), /empty/],
		['pier.txt', new Uint8Array(UPLOAD_MAX_BYTES + 1).fill(97), /limit is 200 kB/],
		['pier.txt', Uint8Array.from([0xff, 0xfe, 0xfd, 0x41]), /not readable text/]
	])('refuses %s (%#)', (name, data, message) => {
		expect(bankFromFile({ name, bytes: data }, oneQuestion)).toMatchObject({ ok: false, message });
	});
});

describe('articleOfBank', () => {
	it('rebuilds an article whose sentences are exact slices, with the same ids', () => {
		const made = bankFromText({ title: 'Pier vote', text: TEXT }, oneQuestion);
		if (!made.ok) throw new Error(made.message);
		const article = articleOfBank(made.bank.article);
		expect(article.sentences.map((s) => s.id)).toEqual(
			made.bank.article.sentences.map((s) => s.id)
		);
		for (const s of article.sentences) expect(article.body.slice(s.start, s.end)).toBe(s.text);
		// Paragraphs stay apart.
		expect(article.body.split('\n\n')).toHaveLength(
			new Set(article.sentences.map((s) => s.paragraph)).size
		);
	});
});

describe('another question in place of one (regenerate)', () => {
	it('finds a new generated question on the same article, citing one of its sentences', () => {
		const made = bankFromText({ title: 'Pier vote', text: TEXT }, (a) => generate(a).bank);
		if (!made.ok) throw new Error(made.message);
		const a = draftAssignment({
			id: 'A1',
			teacherId: 'T1',
			bank: made.bank,
			from: { kind: 'text' }
		});
		const first = a.questions[0]!;
		const candidates = generate(articleOfBank(bankArticle(a)), { count: 40 }).bank.questions;
		const result = regenerateQuestion(a, first.id, candidates);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const next = result.assignment.questions[0]!;
		expect(next.stem).not.toBe(first.stem);
		expect(a.questions.map((q) => q.stem)).not.toContain(next.stem);
		expect(a.article.sentences.map((s) => s.id)).toContain(next.evidence[0]);
		// Its original is kept, so an edit of it can be undone.
		expect(result.assignment.generated.some((q) => q.id === next.id)).toBe(true);
	});
});
