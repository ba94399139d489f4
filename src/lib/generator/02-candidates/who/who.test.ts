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
	});
});
