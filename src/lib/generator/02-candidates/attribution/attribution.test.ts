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

	it('refuse first-person clauses outside quotation marks', () => {
		expect(run('We will win the next election easily, Tony Blair said.')).toEqual([]);
	});

	it('ignore speakers that are not people or organisations', () => {
		expect(run('The plan will fail, state media said.')).toEqual([]);
	});
});
