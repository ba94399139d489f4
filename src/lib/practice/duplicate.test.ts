import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addedSlug, normaliseForHash, sameText, slugWords, textHash } from './duplicate';

const body =
	'Kim met Russian President Vladimir Putin on Wednesday.\nThe United States and its allies worry.';

describe('duplicate detection', () => {
	it.each([
		['line breaks become spaces', body.replace('\n', '\r\n\r\n')],
		['runs of spaces and tabs', body.replaceAll(' ', ' \t ')],
		['non-breaking spaces', body.replaceAll(' ', '\u00A0')],
		['leading and trailing blank lines', `\n\n  ${body}  \n`],
		['upper case', body.toUpperCase()],
		['full-width letters (NFKC)', body.replace('Kim', '\uFF2B\uFF49\uFF4D')]
	])('treats the same text as the same: %s', (_name, variant) => {
		expect(sameText(body, variant)).toBe(true);
		expect(textHash(variant)).toBe(textHash(body));
	});

	it.each([
		[
			'curly vs straight quotes',
			'He said \u201Cfresh heyday\u201D and Kim\u2019s visit',
			'He said "fresh heyday" and Kim\'s visit'
		],
		['dashes', 'a long\u2014week', 'a long-week'],
		['ellipsis', 'and so on\u2026', 'and so on...']
	])('forgives typography: %s', (_name, a, b) => {
		expect(textHash(a)).toBe(textHash(b));
	});

	it.each([
		['one word changed', body.replace('Wednesday', 'Thursday')],
		['a sentence dropped', body.split('\n')[0] ?? ''],
		['a number changed', body + ' In 1948.'],
		['words joined', body.replace('Vladimir Putin', 'VladimirPutin')]
	])('tells different texts apart: %s', (_name, other) => {
		expect(sameText(body, other)).toBe(false);
		expect(textHash(other)).not.toBe(textHash(body));
	});

	it('is idempotent and whitespace-insensitive on any text', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				const n = normaliseForHash(s);
				expect(normaliseForHash(n)).toBe(n);
				expect(textHash(` ${s.replaceAll(' ', '\n')} `)).toBe(textHash(s));
			})
		);
	});
});

describe('slugs of added articles', () => {
	it.each([
		['Kim Jong Un visits Russia', 'kim-jong-un-visits-russia'],
		['Ça coûte 3 € à Zürich!', 'ca-coute-3-a-zurich'],
		['One two three four five six seven eight', 'one-two-three-four-five-six'],
		['Путин встретился с Ким', ''],
		['   ', '']
	])('%s → %s', (title, words) => {
		expect(slugWords(title)).toBe(words);
	});

	it('ends with the hash, so the same text gives the same slug and others do not', () => {
		const h = textHash(body);
		expect(addedSlug('Kim meets Putin', h)).toBe(`kim-meets-putin-${h.slice(0, 10)}`);
		expect(addedSlug('Путин', h)).toBe(`article-${h.slice(0, 10)}`);
		expect(addedSlug('Kim meets Putin', textHash(body + ' More.'))).not.toBe(
			addedSlug('Kim meets Putin', h)
		);
		expect(addedSlug('x', h)).toMatch(/^[a-z0-9-]+$/);
	});
});
