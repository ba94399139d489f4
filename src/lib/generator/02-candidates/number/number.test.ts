import { fixedByPhrase } from '../../model/numbers';
import { describe, expect, it } from 'vitest';
import { analysisOf, NEWS } from '../../test-helpers';
import { BLANK } from '../stem-tools';
import { makeNumber } from './number';
import { addDistractors } from '../../03-distractors/distractors';
import { firstFailure, GATES } from '../../04-gates/gates';

const run = (text: string) => {
	const an = analysisOf(text);
	return makeNumber(an, { maxStemWords: 35, focus: new Set(an.sentences.map((s) => s.index)) });
};

describe('number and date candidates', () => {
	const cands = run(NEWS);

	it('turn "Kim met … on Wednesday" into "On which day did Kim meet …?"', () => {
		const c = cands.find((x) => x.key === 'Wednesday');
		expect(c?.stem).toBe('On which day did Kim meet Russian President Vladimir Putin?');
		expect(c?.explanation).toBe(
			'The article says Kim met Russian President Vladimir Putin on Wednesday.'
		);
	});

	it('name the "He" that opens a sentence, without its "also", and cite the sentence that names him', () => {
		const c = run(
			[
				'Home Secretary Charles Clarke said the powers were needed.',
				'He also said that any decision he made would be reviewed by a judge within seven days.'
			].join('\n')
		).find((x) => x.key === 'seven');
		expect(c?.stem).toBe(
			'Clarke said that any decision he made would be reviewed by a judge within _____ days.'
		);
		expect(c?.evidence).toEqual([1, 0]);
	});

	it('keep "said Campbell" after a quotation in the first person, so the stem says whose it is', () => {
		const text = [
			'Darren Campbell won relay gold in Athens in August.',
			'"To go to Athens and finally get the gold I\'ve been trying to get for 24 years was a big relief," said Campbell.'
		].join('\n');
		const an = analysisOf(text);
		const c = makeNumber(an, { maxStemWords: 35, focus: new Set([1]) }).find((x) => x.key === '24');
		expect(c?.stem).toBe(
			`"To go to Athens and finally get the gold I've been trying to get for ${BLANK} years was a big relief," said Campbell.`
		);
		const withOptions = addDistractors(an, c!, { distractors: 3, seed: 0 });
		expect(
			firstFailure(an, withOptions, GATES, { minOptions: 3, maxStemWords: 35 })
		).toBeUndefined();
		// a quotation with no "I" or "we" still loses its reporting tail
		const plain = analysisOf('"The vote was held on 12 May in the capital," said Mr Gupta.');
		const p = makeNumber(plain, { maxStemWords: 35, focus: new Set([0]) })[0];
		expect(p?.stem).not.toContain('said Mr Gupta');
	});

	it('blank a year in its sentence', () => {
		const c = cands.find((x) => x.key === '1948');
		expect(c?.stem).toContain(`a country formed in ${BLANK}.`);
		expect(c?.keyKind).toBe('year');
	});

	it('only blank a bare number that counts something ("900 students")', () => {
		expect(run('The school has 900 students.').map((c) => c.key)).toEqual(['900']);
		expect(run('The score was 3 - 1 after extra time.')).toEqual([]);
	});

	it('ask an amount without its conversion beside the blank, and never the conversion', () => {
		const made = run('Yukos was sold to help pay off $27.5bn (£14.5bn) in unpaid taxes.');
		expect(made.map((c) => c.key)).toEqual(['$27.5bn']);
		expect(made[0]?.stem).toBe(`Yukos was sold to help pay off ${BLANK} in unpaid taxes.`);
		expect(made[0]?.explanation).toContain('$27.5bn');
	});

	it('keep money in its written form', () => {
		expect(run('The firm paid $27.5bn in unpaid taxes last year.').map((c) => c.key)).toContain(
			'$27.5bn'
		);
	});

	it('read numbers written in words, with distractors in words', () => {
		const text = 'The console will handle one trillion calculations. The firm sold three stores.';
		const an = analysisOf(text);
		const made = makeNumber(an, { maxStemWords: 35, focus: new Set([0, 1]) });
		expect(made.map((c) => c.key)).toEqual(['one trillion', 'three']);
		const three = addDistractors(an, made[1]!, { distractors: 3, seed: 0 });
		expect(three.distractors).toHaveLength(3);
		for (const d of three.distractors) expect(d).toMatch(/^(?:two|four|five|six)$/);
		const trillion = addDistractors(an, made[0]!, { distractors: 3, seed: 0 });
		for (const d of trillion.distractors) expect(d).toMatch(/^[a-z]+ trillion$/);
	});

	it('leave "one of", "the two" and "two-thirds" alone', () => {
		expect(run('One of the players left. The two sides met. Two-thirds of voters agreed.')).toEqual(
			[]
		);
	});

	it('drop a count that the stem lists ("two hits - A and B")', () => {
		const an = analysisOf('The band had two hits - Rainy Days and Cold Nights - in May last year.');
		const c = makeNumber(an, { maxStemWords: 35, focus: new Set([0]) }).find(
			(x) => x.key === 'two'
		);
		expect(c).toBeDefined();
		const full = addDistractors(an, c!, { distractors: 3, seed: 0 });
		expect(firstFailure(an, full, GATES, { minOptions: 3, maxStemWords: 35 })).toBe('giveaway');
	});

	it('drop a count whose stem names what it counts ("_____ lambs, Megan and Morag")', () => {
		const an = analysisOf(
			'Last year the team produced two lambs, Megan and Morag, from embryo cells.'
		);
		const c = makeNumber(an, { maxStemWords: 35, focus: new Set([0]) }).find(
			(x) => x.key === 'two'
		);
		expect(c).toBeDefined();
		const full = addDistractors(an, c!, { distractors: 3, seed: 0 });
		expect(firstFailure(an, full, GATES, { minOptions: 3, maxStemWords: 35 })).toBe('giveaway');
	});

	it('leave the title of a work alone ("the war film 1917")', () => {
		expect(run('Sam Mendes won best director for the war film 1917 in London.')).toEqual([]);
	});

	it('leave clock times alone ("at 1030 GMT", "due at 1330")', () => {
		expect(run('The team will train at 1030 GMT at the stadium in Cardiff.')).toEqual([]);
		expect(run('The South side is due at the stadium in Cardiff at 1330.')).toEqual([]);
		// "at about 1900 on Sundays" is seven in the evening, not a year
		expect(run('The new show may be broadcast at about 1900 on Sundays.')).toEqual([]);
	});

	it('leave a number the world fixes alone ("24 hours a day", "between two women")', () => {
		expect(run('Drones kept Gatwick shut for 24 hours a day over Christmas.')).toEqual([]);
		expect(run('The film tells of a love story between two young women in Lille.')).toEqual([]);
		expect(fixedByPhrase('24', 'shut for ', ' hours a day')).toBe(true);
		expect(fixedByPhrase('12', 'worked ', ' hours a day')).toBe(false);
		expect(fixedByPhrase('seven', 'open ', ' days a week')).toBe(true);
		expect(fixedByPhrase('three', 'a story between ', ' women')).toBe(false);
		expect(fixedByPhrase('1', 'had five No. ', ' albums')).toBe(true);
		expect(fixedByPhrase('2001', 'since the September 11, ', ' attacks')).toBe(true);
		expect(fixedByPhrase('2001', 'since March ', ' the firm')).toBe(false);
	});

	it('never ask for a number that names one thing ("the 111 helpline")', () => {
		expect(run('NHS England said people should use the 111 helpline in an emergency.')).toEqual([]);
		expect(run('Apple sold the 900 computers in Tokyo in March.').map((c) => c.key)).toContain(
			'900'
		);
	});

	it('never ask for a year that names an event ("the 2015 nuclear agreement")', () => {
		expect(run('Mr Trump attacked the 2015 nuclear agreement with Iran.')).toEqual([]);
		expect(run('Mr Trump attacked an agreement made with Iran in 2015.').map((c) => c.key)).toEqual(
			['2015']
		);
	});

	it('give a round amount round neighbours, a working day working days, a year-like number years', () => {
		const text = [
			'Deutsche Boerse put an offer of 530 pence per share on the table last month.',
			'The judge heard the case on Tuesday in a court in Houston.',
			'The wrangling over the budget could stretch into 2005 at the latest.'
		].join('\n');
		const an = analysisOf(text);
		const made = makeNumber(an, { maxStemWords: 35, focus: new Set([0, 1, 2]) });
		const options = (key: string) =>
			addDistractors(
				an,
				made.find((c) => c.key === key)!,
				{ distractors: 3, seed: 0 }
			).distractors;
		for (const d of options('530')) expect(Number(d) % 10).toBe(0);
		for (const d of options('Tuesday')) expect(['Saturday', 'Sunday']).not.toContain(d);
		for (const d of options('2005')) expect(Math.abs(Number(d) - 2005)).toBeLessThanOrEqual(3);
	});
});
