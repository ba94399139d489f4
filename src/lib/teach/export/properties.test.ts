/** Properties over random text: whatever a teacher or an article puts in, exports stay valid. */
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { parse, type MultipleChoice } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { toGift } from './gift';
import { toMoodleXml } from './moodle-xml';
import { QUIZ, unescapeHtml } from './fixtures.test-helpers';
import type { ExportQuestion } from './types';

// Text as it reaches an export: trimmed and not empty (questions are validated that way), with
// GIFT's and HTML's special characters, URLs, quotes and line breaks over-represented.
const piece = fc.constantFrom(
	'~',
	'=',
	'#',
	'{',
	'}',
	':',
	'\\',
	'//',
	'http://x.y/a#b',
	'"',
	"'",
	'<b>',
	'&amp;',
	'\n',
	' ',
	'[html]',
	'####',
	'->',
	'é',
	'😀',
	'김'
);
const text = fc
	.array(fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), piece), { minLength: 1, maxLength: 8 })
	.map((parts) => parts.join('').trim())
	// Printable text and line breaks (a lone CR is written as a line break on purpose).
	.filter((s) => s.length > 0 && [...s].every((c) => c === '\n' || c.charCodeAt(0) >= 0x20));

const question: fc.Arbitrary<ExportQuestion> = fc
	.tuple(text, fc.uniqueArray(text, { minLength: 2, maxLength: 5 }), fc.nat(), text)
	.map(([stem, options, n, quote]) => ({
		id: 'q1',
		stem,
		options,
		answer: n % options.length,
		evidence: ['s1'],
		explanation: quote,
		article: 'a',
		quotes: [{ id: 's1', text: quote }]
	}));

describe('export properties', () => {
	it('GIFT parses back to the same stem, options and key', () => {
		fc.assert(
			fc.property(question, (q) => {
				const parsed = parse(toGift({ ...QUIZ, questions: [q] }));
				expect(parsed).toHaveLength(1);
				const back = parsed[0] as MultipleChoice;
				expect(back.type).toBe('MC');
				expect(unescapeHtml(back.stem.text)).toBe(q.stem);
				expect(back.choices.map((c) => unescapeHtml(c.text.text))).toEqual(q.options);
				expect(back.choices.findIndex((c) => c.isCorrect)).toBe(q.answer);
			}),
			{ numRuns: 300 }
		);
	});

	it('Moodle XML is always well-formed', () => {
		fc.assert(
			fc.property(question, fc.string(), (q, title) => {
				expect(XMLValidator.validate(toMoodleXml({ ...QUIZ, title, questions: [q] }))).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});
});
