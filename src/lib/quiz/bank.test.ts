import { describe, expect, it } from 'vitest';
import { BankError, parseBank } from './bank';
import bankJson from './fixtures/small-bank.json';

const good = JSON.stringify(bankJson);
function mutate(fn: (b: typeof bankJson & Record<string, unknown>) => void): string {
	const b = structuredClone(bankJson) as typeof bankJson & Record<string, unknown>;
	fn(b);
	return JSON.stringify(b);
}

describe('parseBank', () => {
	it('accepts a good bank', () => {
		expect(parseBank(good, 'x.json').questions).toHaveLength(4);
	});

	it.each([
		['broken JSON', '{"article": ', /not valid JSON/],
		['an array', '[]', /not a JSON object/],
		['no article', mutate((b) => delete (b as Partial<typeof b>).article), /"article" is missing/],
		['a bad slug', mutate((b) => (b.article.slug = 'Bad Slug')), /slug/],
		['no title', mutate((b) => (b.article.title = '')), /title/],
		['no sentences', mutate((b) => (b.article.sentences = [])), /sentences/],
		['a repeated sentence id', mutate((b) => (b.article.sentences[1]!.id = 's1')), /twice/],
		['a key out of range', mutate((b) => (b.questions[0]!.answer = 4)), /question 1.*answer/],
		['one option', mutate((b) => (b.questions[0]!.options = ['a'])), /2 to 5/],
		['a repeated option', mutate((b) => (b.questions[1]!.options = ['a', 'a'])), /repeats/],
		['an unknown type', mutate((b) => (b.questions[0]!.type = 'essay')), /unknown "type"/],
		[
			'unknown evidence',
			mutate((b) => (b.questions[2]!.evidence = ['s99'])),
			/unknown sentence s99/
		]
	])('refuses %s and names the file', (_, text, problem) => {
		let error: unknown;
		try {
			parseBank(text, 'questions/bad.json');
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(BankError);
		expect((error as BankError).file).toBe('questions/bad.json');
		expect((error as BankError).message).toMatch(/^questions\/bad\.json: /);
		expect((error as BankError).message).toMatch(problem);
	});
});
