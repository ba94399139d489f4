import { describe, expect, it } from 'vitest';
import { aikenStem, toAiken } from './aiken';
import { QUIZ, TRICKY } from './fixtures.test-helpers';

describe('toAiken', () => {
	it('writes the question, lettered options and the key, a blank line between questions', () => {
		const text = toAiken({ ...QUIZ, questions: [TRICKY[1]!, TRICKY[0]!] });
		expect(text).toBe(
			[
				'Who wrote <script>alert(1)</script> & <img src=x onerror=alert(2)>?',
				"A. O'Brien & Sons",
				'B. <b>bold</b>',
				'C. Zoë “Ž” 김정은',
				'ANSWER: A',
				'',
				'Which set {a, b} did the "minister" say = 3 ~ 4 # : mean?',
				'A. {x}',
				'B. ~tilde',
				'C. =equals',
				'D. #hash: colon',
				'E. back\\slash',
				'ANSWER: D',
				''
			].join('\n')
		);
	});

	it('keeps every question on one line and out of the option and key patterns', () => {
		const text = toAiken({ ...QUIZ, questions: [TRICKY[2]!] });
		expect(text).toBe(
			[
				'[markdown] A. first line second line',
				'A. ANSWER: B',
				'B. [html] B) no',
				'C. %50% half',
				'D. a -> b',
				'ANSWER: B',
				''
			].join('\n')
		);
	});

	it.each([
		['A. Smith said what?', 'Q: A. Smith said what?'],
		['b) lower case', 'Q: b) lower case'],
		['ANSWER: what?', 'Q: ANSWER: what?'],
		['A.J. Smith said what?', 'A.J. Smith said what?'],
		['  spaced\tout \n stem ', 'spaced out stem']
	])('stem %j → %j', (stem, line) => {
		expect(aikenStem(stem)).toBe(line);
	});
});
