import { describe, expect, it } from 'vitest';
import { isArticleError } from '../article/index';
import type { Article } from '../article/types';
import { generate, generateFromText } from './index';

describe('bad input', () => {
	it.each([
		['a single sentence', 'Kim met Putin on Wednesday in Moscow.'],
		[
			'a text with no names or numbers',
			'the weather was fine and everyone was happy about it.\nit rained later.'
		],
		[
			'another language',
			'Le président a rencontré les ministres mercredi à Paris. Ils ont parlé de la guerre et de la paix.'
		],
		['only punctuation', '... !!! ??? ,,, ;;;'],
		['one very long word', 'a'.repeat(20_000)]
	])('%s: no crash, few or no questions, and the reason', (_name, text) => {
		let result;
		try {
			result = generateFromText({ text, format: 'txt', title: 'Bad input' });
		} catch (error) {
			expect(isArticleError(error)).toBe(true);
			return;
		}
		expect(result.bank.questions.length).toBeLessThanOrEqual(1);
		if (result.bank.questions.length < result.report.target || result.report.target === 0) {
			expect(result.report.notes.length).toBeGreaterThan(0);
		}
	});

	it.each([
		['empty text', ''],
		['whitespace only', '   \n\t  \n'],
		['binary junk', '\u0000\u0001\u0002\u0003PK\u0003\u0004\u0000\u0000binary']
	])('%s: the reader refuses it with an ArticleError', (_name, text) => {
		expect(() => generateFromText({ text, format: 'txt', title: 'Bad input' })).toThrow();
		try {
			generateFromText({ text, format: 'txt', title: 'Bad input' });
		} catch (error) {
			expect(isArticleError(error)).toBe(true);
		}
	});

	it('an article with no sentences gives an empty bank and says why', () => {
		const article: Article = {
			slug: 'empty',
			title: 'Empty',
			source: 'Wire',
			body: '',
			sentences: [],
			dropped: [],
			drops: []
		};
		const { bank, report } = generate(article);
		expect(bank.questions).toEqual([]);
		expect(report.notes.join(' ')).toMatch(/no sentences/);
	});

	it('a broken stage is caught: empty bank, the reason in the notes, no throw', () => {
		const article: Article = {
			slug: 'x',
			title: 'X',
			source: 'Wire',
			body: 'Kim met Putin.',
			sentences: [{ id: 's1', text: 'Kim met Putin.', paragraph: 0, start: 0, end: 14 }],
			dropped: [],
			drops: []
		};
		const { bank, report } = generate(article, {
			analyse: () => {
				throw new Error('stage exploded');
			}
		});
		expect(bank.questions).toEqual([]);
		expect(report.notes.join(' ')).toMatch(/stage exploded/);
	});

	it('a 500 kB text of repeated news finishes with at most 10 questions (cost is linear)', () => {
		const para =
			'Kim met Russian President Vladimir Putin on Wednesday and discussed military matters, KCNA said.\n';
		const text = para.repeat(Math.ceil(5_000_000 / para.length / 10));
		const { bank } = generateFromText({ text, format: 'txt', title: 'Big' });
		expect(bank.questions.length).toBeLessThanOrEqual(10);
	});
});
