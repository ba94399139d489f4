import { describe, expect, it } from 'vitest';
import { analysisOf } from '../../test-helpers';
import { addDistractors } from '../../03-distractors/distractors';
import { makeRole } from './role';

const run = (text: string) => {
	const an = analysisOf(text);
	const cands = makeRole(an, {
		maxStemWords: 35,
		focus: new Set(an.sentences.map((s) => s.index))
	});
	return { an, cands };
};

const POLITICS = [
	'Liberal Democrat home affairs spokesman Mark Oaten said the plans were wrong.',
	'Tory shadow home secretary David Davis warned of miscarriages of justice.',
	'Mr Oaten said the judge should decide, not politicians.',
	'Mr Davis said he would vote against the bill.',
	'Charles Clarke said the security services backed his measures.',
	'Mr Clarke told MPs the powers were needed.'
].join('\n');

describe('role questions', () => {
	it('ask who the article describes by a role phrase, with the other people as options', () => {
		const { an, cands } = run(POLITICS);
		const oaten = cands.find((c) => c.key === 'Mark Oaten');
		expect(oaten?.stem).toBe(
			'Who does the article describe as the Liberal Democrat home affairs spokesman?'
		);
		expect(oaten?.evidence).toEqual([0]);
		const options = addDistractors(an, oaten!, { distractors: 3, seed: 0 }).distractors;
		expect(options.sort()).toEqual(['Charles Clarke', 'David Davis']);
		expect(cands.find((c) => c.key === 'David Davis')?.stem).toBe(
			'Who does the article describe as the Tory shadow home secretary?'
		);
	});

	it('skip roles the world knows its holder by, and people named only in passing', () => {
		const { cands } = run(
			[
				'Russian President Vladimir Putin met North Korean leader Kim Jong Un on Wednesday.',
				'Putin and Kim discussed military matters.',
				'Defence analyst John Smith said the talks mattered.',
				'Sergei Shoigu showed Kim the fleet.'
			].join('\n')
		);
		expect(cands).toEqual([]);
	});

	it('skip a role two people of the article share', () => {
		const { cands } = run(
			[
				'Liverpool coach Rafael Benitez praised his players.',
				'Deportivo coach Javier Irureta said his side lacked imagination.',
				'Benitez said the win was vital.',
				'Irureta said Liverpool played well.',
				'Steven Gerrard said the team was tired.'
			].join('\n')
		);
		// "Liverpool coach" and "Deportivo coach" differ: each fits one person
		expect(cands.map((c) => c.key).sort()).toEqual(['Javier Irureta', 'Rafael Benitez']);
		const { cands: bare } = run(
			[
				'Coach Rafael Benitez praised his players.',
				'Deportivo coach Javier Irureta said his side lacked imagination.',
				'Benitez said the win was vital.',
				'Irureta said Liverpool played well.',
				'Steven Gerrard said the team was tired.'
			].join('\n')
		);
		expect(bare).toEqual([]);
	});
});
