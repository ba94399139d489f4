import { describe, expect, it } from 'vitest';
import { analysisOf } from '../test-helpers';
import { BLANK, blankedStem, closeQuote, dropConnective } from './stem-tools';

describe('stem tools', () => {
	it('drop a link to the sentence before ("But", "However,")', () => {
		expect(dropConnective('But the club lost in May.')).toBe('The club lost in May.');
		expect(dropConnective('However, during the speech he smiled.')).toBe(
			'During the speech he smiled.'
		);
		expect(dropConnective(`And ${BLANK} said the plan was good.`)).toBe(
			`${BLANK} said the plan was good.`
		);
		// "So far" and "Butler" are not connectives
		expect(dropConnective('So far the plan works.')).toBe('So far the plan works.');
		expect(dropConnective('Butler won.')).toBe('Butler won.');
	});

	it('close a quotation that runs on into the next sentence', () => {
		expect(closeQuote('Benitez said: "We started well.')).toBe('Benitez said: "We started well."');
		expect(closeQuote('He said "fine" and left.')).toBe('He said "fine" and left.');
		// a stem that opens inside a quotation has no named speaker: left for the gates
		expect(closeQuote('"It was a great night.')).toBe('"It was a great night.');
	});

	it('apply both when a sentence is blanked', () => {
		const an = analysisOf('But Rafael Benitez said: "We started at a very high tempo in Madrid.');
		const s = an.sentences[0]!;
		const at = s.text.indexOf('Madrid');
		expect(blankedStem(an, s, at, at + 'Madrid'.length)?.stem).toBe(
			`Rafael Benitez said: "We started at a very high tempo in ${BLANK}."`
		);
	});
});
