import { describe, expect, it } from 'vitest';
import { analysisOf, NEWS } from '../../test-helpers';
import { BLANK } from '../stem-tools';
import { makeNumber } from './number';

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

	it('blank a year in its sentence', () => {
		const c = cands.find((x) => x.key === '1948');
		expect(c?.stem).toContain(`a country formed in ${BLANK}.`);
		expect(c?.keyKind).toBe('year');
	});

	it('only blank a bare number that counts something ("900 students")', () => {
		expect(run('The school has 900 students.').map((c) => c.key)).toEqual(['900']);
		expect(run('The score was 3 - 1 after extra time.')).toEqual([]);
	});

	it('keep money in its written form', () => {
		expect(run('The firm paid $27.5bn in unpaid taxes last year.').map((c) => c.key)).toContain(
			'$27.5bn'
		);
	});
});
