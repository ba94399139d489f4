import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../article/index';
import { generate, generateFromText, serializeBank } from './index';

const SEED = 'questions/kim-jong-un-russia-visit.md';
const BANK = 'questions/kim-jong-un-russia-visit.json';
const text = readFileSync(SEED, 'utf8');

describe('the seed bank', () => {
	it('is byte-identical to what the generator makes now (run `npm run generate -- questions/kim-jong-un-russia-visit.md` after changing the generator)', () => {
		const { bank } = generateFromText({ text, filename: 'kim-jong-un-russia-visit.md' });
		expect(serializeBank(bank)).toBe(readFileSync(BANK, 'utf8'));
	});

	it('comes out the same on every run', () => {
		const article = readArticle({ text, filename: 'kim-jong-un-russia-visit.md' });
		const a = serializeBank(generate(article).bank);
		const b = serializeBank(generate(article).bank);
		expect(a).toBe(b);
	});

	// 389 words: the target is 9, but only questions that pass every check are kept (issue 3:
	// "never padded with weak items"); 6 pass today
	// (5 since weekday questions are made only when asked for: "On which day did Kim meet Putin?"
	// is one of them)
	it('has at least 5 questions of at least 4 types, each citing a sentence of the article', () => {
		const { bank } = generateFromText({ text, filename: 'kim-jong-un-russia-visit.md' });
		expect(bank.questions.length).toBeGreaterThanOrEqual(5);
		expect(new Set(bank.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
		const ids = new Set(bank.article.sentences.map((s) => s.id));
		for (const q of bank.questions) {
			expect(q.evidence.length).toBeGreaterThan(0);
			for (const id of q.evidence) expect(ids.has(id)).toBe(true);
			expect(q.answer).toBeGreaterThanOrEqual(0);
			expect(q.answer).toBeLessThan(q.options.length);
		}
	});

	it('differs when the seed option changes (option order is seeded, not fixed)', () => {
		const article = readArticle({ text, filename: 'kim-jong-un-russia-visit.md' });
		const orders = new Set(
			[0, 1, 2, 3].map((seed) =>
				JSON.stringify(generate(article, { seed }).bank.questions.map((q) => q.answer))
			)
		);
		expect(orders.size).toBeGreaterThan(1);
	});
});
