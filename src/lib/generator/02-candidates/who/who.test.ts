import { describe, expect, it } from 'vitest';
import { analysisOf, NEWS } from '../../test-helpers';
import { makeWho } from './who';

const run = (text: string) => {
	const an = analysisOf(text);
	return makeWho(an, { maxStemWords: 35, focus: new Set(an.sentences.map((s) => s.index)) });
};

describe('who / which candidates', () => {
	const cands = run(NEWS);

	it.each([
		[
			'Who met Russian President Vladimir Putin on Wednesday and discussed military matters?',
			'Kim Jong Un'
		],
		['Which country has gone out of its way to publicise the visit?', 'Russia'],
		['Which city is discussing joint military exercises with North Korea?', 'Moscow']
	])('%s → %s', (stem, key) => {
		expect(cands.find((c) => c.stem === stem)?.key).toBe(key);
	});

	it('skip compound subjects ("Kim Jong Un and Russia\'s defence minister discussed…")', () => {
		expect(cands.some((c) => c.evidence[0] === 0)).toBe(false);
	});

	it('skip sentences that open with a pronoun, and reporting verbs', () => {
		expect(cands.some((c) => c.evidence[0] === 7)).toBe(false);
		expect(run('Tony Blair said the plan would work.')).toEqual([]);
	});

	it('skip a subject that is not followed by a verb', () => {
		expect(run("Tony Blair's plan is bold. Tony Blair, the leader, spoke.")).toEqual([]);
		// ("shares" is the subject's noun: the verb is "rose")
		expect(run('Apple shares rose 8% to close at $92.57 on the Nasdaq.')).toEqual([]);
		expect(ask('Apple shares its plans with Cingular Wireless every year.')).toEqual([
			['Which organisation shares its plans with Cingular Wireless every year?', 'Apple', 0]
		]);
	});

	const ask = (text: string) => run(text).map((c) => [c.stem, c.key, c.evidence[0]]);

	it('a subject after "But" and an honorific ("But Mr Blair dismissed…")', () => {
		expect(
			ask('Tony Blair spoke on Monday. But Mr Blair dismissed the talk of splits in the party.')
		).toContainEqual(['Who dismissed the talk of splits in the party?', 'Tony Blair', 1]);
	});

	it('a subject after its role ("Tory leader Michael Howard…")', () => {
		expect(
			ask('Tory shadow home secretary David Davis warned of the risk of miscarriages of justice.')
		).toEqual([['Who warned of the risk of miscarriages of justice?', 'David Davis', 0]]);
	});

	it('skip a team\'s "their", which does not agree with "Which country"', () => {
		expect(
			ask(
				'England had already lost heavily to Australia, and their only win came against Scotland.'
			)
		).toEqual([]);
		expect(ask('England had already lost heavily to Australia and Sri Lanka.')).toEqual([
			['Which country had already lost heavily to Australia and Sri Lanka?', 'England', 0]
		]);
	});

	it('skip sentences inside a quotation and descriptions others may share', () => {
		expect(run('"Morgan Spurlock is a really likeable guy.')).toEqual([]);
		expect(run('Darren Campbell was part of the British quartet who won relay gold.')).toEqual([]);
		expect(run('Tony Blair is the prime minister of the country.')).toEqual([]);
	});

	it('skip a second subject or clause joined on ("…, and the device could…", "…, and in Italy…")', () => {
		expect(
			run(
				'Microsoft is saving the unveiling for the show, and the device could be in shops by May.'
			)
		).toEqual([]);
		const india = run(
			[
				'India became the first team to win the World Cup on home soil, and the victory handed Tendulkar, playing in his sixth World Cup, the one prize that had eluded him.',
				'Sri Lanka had won the toss in Mumbai.'
			].join('\n')
		);
		expect(india.map((c) => c.evidence[0])).toEqual([1]);
		// nor any clause joined on after a comma; a list's last name may close it
		const fires = run(
			[
				'Temperatures in France have exceeded 40 C in many regions.',
				'Portugal has been battling devastating forest fires, and in Italy, Spain and Germany, farmers have reported major crop losses.',
				'France has signed new supply deals with Russia, China, and India.'
			].join('\n')
		);
		expect(fires.map((c) => c.evidence[0])).toEqual([2]);
	});

	it('skip predicates with words pointing outside them', () => {
		expect(run('Tony Blair said this would never happen.')).toEqual([]);
		expect(run('Tony Blair criticised their plan for the health service.')).toEqual([]);
	});

	it('"his" in the predicate only when no woman of the article could be an option', () => {
		const men =
			'Darren Campbell has set his sights on running quicker than ever. Mr Jason Gardener ran.';
		expect(ask(men)[0]?.[0]).toBe('Who has set his sights on running quicker than ever?');
		const mixed = `${men} Ms Kelly Holmes won gold.`;
		expect(run(mixed).some((c) => c.stem.includes('his sights'))).toBe(false);
	});

	it('drop an aside between dashes', () => {
		expect(
			ask(
				'Tory leader Michael Howard warned of miscarriages of justice - for which Tony Blair apologised - in many cases.'
			)
		).toEqual([['Who warned of miscarriages of justice in many cases?', 'Michael Howard', 0]]);
		// a comma closes an aside that follows a phrase a comma opened
		expect(
			ask(
				'Tory leader Michael Howard warned of miscarriages, like the Guildford Four - for which Tony Blair apologised - as a result of pressure.'
			)[0]?.[0]
		).toBe('Who warned of miscarriages, like the Guildford Four, as a result of pressure?');
	});

	it('drop an "also" that points at a sentence the question does not show', () => {
		expect(
			ask(
				'Tory leader Michael Howard has also been granted approval to extend the inquiry.'
			)[0]?.[0]
		).toBe('Who has been granted approval to extend the inquiry?');
	});
});
