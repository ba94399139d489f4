import { describe, expect, it } from 'vitest';
import { analysisOf, NEWS } from '../../test-helpers';
import { makeAttribution } from './attribution';

const run = (text: string) => {
	const an = analysisOf(text);
	return makeAttribution(an, {
		maxStemWords: 35,
		focus: new Set(an.sentences.map((s) => s.index))
	});
};

describe('attribution candidates', () => {
	const cands = run(NEWS);

	it.each([
		[
			'According to the article, which news agency reported that continuing his train journey, Kim will go to several food enterprises?',
			'RIA'
		],
		[
			'According to the article, who told Russian media that Moscow is discussing joint military exercises with North Korea?',
			'Sergei Shoigu'
		],
		[
			'According to the article, which news agency said that Kim also toured the Pacific Fleet?',
			'KCNA'
		]
	])('%s → %s', (stem, key) => {
		expect(cands.find((c) => c.stem === stem)?.key).toBe(key);
	});

	it('ask about a speaker who opens the sentence ("X said that …")', () => {
		const [c] = run('Tony Blair said that the economy would grow strongly next year.');
		expect(c?.stem).toBe(
			'According to the article, who said that the economy would grow strongly next year?'
		);
		expect(c?.key).toBe('Tony Blair');
	});

	// an adjunct or adverb stays with the verb; another subject's clause joined on is no part of
	// what was said
	it.each([
		[
			'Tony Blair said in a statement sent to reporters that the economy would grow strongly next year.',
			'According to the article, who said that the economy would grow strongly next year?'
		],
		[
			'Tony Blair had said repeatedly during the campaign that there was no plan for higher taxes.',
			'According to the article, who said that there was no plan for higher taxes?'
		],
		[
			'Finance Minister Yoo Il-ho said the government would act quickly to calm markets, and the Bank of Korea called an emergency meeting.',
			'According to the article, who said that the government would act quickly to calm markets?'
		]
	])('ask "%s" as "%s"', (sentence, stem) => {
		expect(run(sentence)[0]?.stem).toBe(stem);
	});

	it('refuse first-person clauses outside quotation marks', () => {
		expect(run('We will win the next election easily, Tony Blair said.')).toEqual([]);
	});

	it('ignore speakers that are not people or organisations', () => {
		expect(run('The plan will fail, state media said.')).toEqual([]);
	});

	describe('direct quotations', () => {
		const ask = (text: string) => run(text).map((c) => [c.stem, c.key, c.evidence[0]]);

		it('quote first, speaker after ("…," Mary Jones said.)', () => {
			expect(
				ask(
					'Tom Brown won the race.\n"We trained very hard for the race all winter," Mary Jones said.'
				)
			).toEqual([['Who said: "We trained very hard for the race all winter"?', 'Mary Jones', 1]]);
		});

		it('quote first, verb before the speaker and a description after', () => {
			expect(
				ask('"Prices will rise again next spring," said Mary Jones, an economist at the bank.')
			).toEqual([['Who said: "Prices will rise again next spring"?', 'Mary Jones', 0]]);
		});

		it('a description in commas between speaker and verb ("Mary Jones, the coach, said")', () => {
			expect(
				ask('"The players were brilliant in the second half," Mary Jones, the club coach, said.')
			).toEqual([['Who said: "The players were brilliant in the second half"?', 'Mary Jones', 0]]);
		});

		it('speaker before a colon, with a role, a connective and an object of "told"', () => {
			expect(
				ask(
					'But club coach Mary Jones told BBC Radio Kent: "We started at a very high tempo and had many chances.'
				)
			).toEqual([
				[
					'Who told BBC Radio Kent: "We started at a very high tempo and had many chances"?',
					'Mary Jones',
					0
				]
			]);
		});

		it('keep the first sentence of a long quotation', () => {
			const [c] = run('Mary Jones said: "The team played well today. We will win the cup."');
			expect(c?.stem).toBe('Who said: "The team played well today"?');
		});

		it('refuse quotations with words pointing outside them', () => {
			for (const quote of [
				'He played very well in the final',
				'This is a moral issue for the whole country',
				"It's fantastic for the whole team and the town",
				'The 31-year-old has done very well here'
			])
				expect(run(`"${quote}," Mary Jones said.`)).toEqual([]);
		});

		it('accept a dummy "it", "such as" and a team named before "them"', () => {
			expect(ask('"It is important to keep all the players fit," Mary Jones said.')[0]?.[0]).toBe(
				'Who said: "It is important to keep all the players fit"?'
			);
			expect(
				ask(
					'Mary Jones said: "Liverpool played very well and we could not break them down."'
				)[0]?.[1]
			).toBe('Mary Jones');
		});

		it('refuse a pronoun speaker and an unnamed one', () => {
			expect(run('"We trained very hard for the race all winter," he said.')).toEqual([]);
			expect(run('"We trained very hard for the race all winter," a spokesman said.')).toEqual([]);
		});

		it('never ask for the publisher or a wire service', () => {
			expect(run('"Prices will rise again next spring," Reuters said.')).toEqual([]);
		});
	});

	describe('reported speech', () => {
		it('speaker after a comma, verb first ("…, said Mr Allard.")', () => {
			const [c] = run(
				'Tony Allard works for the firm. The new console will be cheaper to build, said Mr Allard.'
			);
			expect(c?.stem).toBe(
				'According to the article, who said that the new console will be cheaper to build?'
			);
			expect(c?.key).toBe('Tony Allard');
		});

		it('"has claimed" after the clause, with a role', () => {
			const [c] = run(
				'The plan is damaging the health service, Tory leader Michael Howard has claimed.'
			);
			expect(c?.stem).toBe(
				'According to the article, who claimed that the plan is damaging the health service?'
			);
		});

		it('a sentence opening with an honorific ("Mr Straw said…")', () => {
			const [c] = run(
				'Jack Straw is the foreign secretary. Mr Straw said the proposal would mean a big rise in the budget.'
			);
			expect(c?.stem).toBe(
				'According to the article, who said that the proposal would mean a big rise in the budget?'
			);
			expect(c?.evidence).toEqual([1]);
		});

		it('a narrative clause before "and X said:" is not reported speech', () => {
			expect(
				run('Tom Brown was outstanding in midfield, and Mary Jones said: "He played very well."')
			).toEqual([]);
		});

		it('the speaker must be the subject ("critics in Congress said")', () => {
			expect(
				run('Republican critics in Congress said the president should have acted more firmly.')
			).toEqual([]);
		});

		it('"added a second" is a goal, not speech; "added Kraft would…" is speech', () => {
			expect(
				run('Hernan Crespo added a second shortly before half-time, and Kaka made a third.')
			).toEqual([]);
			const [c] = run('Irene Rosenfeld added Kraft would look after the brands very carefully.');
			expect(c?.stem).toBe(
				'According to the article, who said that Kraft would look after the brands very carefully?'
			);
		});

		it('"warned of" is no reported clause', () => {
			expect(run('Tony Blair warned of the potential for miscarriages of justice.')).toEqual([]);
		});

		it('refuse unexplained pronouns and demonstratives in the clause', () => {
			expect(run('This ability would be key in the future, said Tony Allard.')).toEqual([]);
			expect(run('Tony Allard said they would be key in the future.')).toEqual([]);
		});
	});
});
