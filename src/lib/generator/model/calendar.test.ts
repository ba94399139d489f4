import { describe, expect, it } from 'vitest';
import { impossibleDate } from './calendar';

describe('impossibleDate', () => {
	it.each([
		['The rover lifts off on February 30.', true],
		['It closed on 31 April after a long fight.', true],
		['Voting ends on September 31, officials said.', true],
		['The rover lifts off on July 30.', false],
		['It closed on 29 February 2008.', false],
		['Talks resume on Dec. 31 in Geneva.', false],
		['Alphabet had 186,779 employees as of Sept. 40.', true],
		['Alphabet had 186,779 employees as of Sept. 30.', false],
		['The fund closes on Feb. 30.', true],
		['The 30 March Movement marched in 2005.', false]
	])('%s → %s', (text, impossible) => {
		expect(impossibleDate(text)).toBe(impossible);
	});
});
