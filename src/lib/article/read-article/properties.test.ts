import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleError } from '../errors/ArticleError';
import type { Article, ArticleInput } from '../types';
import { readArticle } from './readArticle';

const seed = readFileSync(
	new URL('../../../../questions/kim-jong-un-russia-visit.md', import.meta.url),
	'utf8'
);

/** Pieces that stress the splitter and the cleaner. */
const pieces = [
	'U.S.',
	'U.N.',
	'Mr.',
	' ',
	'  ',
	'\n',
	'\r\n',
	'\n\n',
	'\r',
	'\u2028',
	'.',
	'...',
	'…',
	'?',
	'!',
	'"',
	'“',
	'”',
	"'",
	'(',
	')',
	'3.5',
	'No. 10',
	'J. K.',
	'The',
	'he said',
	'Kim',
	'---',
	'title: X',
	'By Jane Doe',
	'Follow us on Twitter',
	'Advertisement',
	'<p>',
	'</p>',
	'\u0000',
	'\ufffd',
	'\ud83d\ude00',
	'\ud800',
	'金。'
];

const pieceText = fc
	.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 60 })
	.map((parts) => parts.join(''));

/** The seed with a random slice replaced by random text. */
const mutatedSeed = fc
	.tuple(fc.nat(seed.length), fc.nat(200), pieceText)
	.map(([at, length, insert]) => seed.slice(0, at) + insert + seed.slice(at + length));

const anyText = fc.oneof(
	fc.string({ maxLength: 300 }),
	fc.string({ unit: 'binary', maxLength: 100 }),
	pieceText,
	mutatedSeed
);

const input = fc.record({
	text: anyText,
	format: fc.constantFrom<ArticleInput['format']>('txt', 'md', 'html', undefined),
	title: fc.option(fc.string({ maxLength: 20 }), { nil: undefined })
});

/** Runs `readArticle`; an `ArticleError` is an allowed outcome, anything else fails the property. */
function read(value: ArticleInput): Article | null {
	try {
		return readArticle(value);
	} catch (error) {
		if (error instanceof ArticleError) return null;
		throw error;
	}
}

describe('readArticle properties', () => {
	it('throws nothing but ArticleError', () => {
		fc.assert(
			fc.property(input, (value) => void read(value)),
			{ numRuns: 400 }
		);
	});

	it('keeps every sentence an exact, trimmed, single-line slice of the body, ids in order', () => {
		fc.assert(
			fc.property(input, (value) => {
				const article = read(value);
				if (!article) return;
				let lastEnd = 0;
				let lastParagraph = 0;
				article.sentences.forEach((s, i) => {
					expect(s.id).toBe(`s${i + 1}`);
					expect(s.text).toBe(article.body.slice(s.start, s.end));
					expect(s.text.trim()).not.toBe('');
					expect(s.text).toBe(s.text.trim());
					expect(s.text).not.toMatch(/[\n\r\v\f\u0085\u2028\u2029]/);
					expect(s.start).toBeGreaterThanOrEqual(lastEnd);
					expect(s.paragraph).toBeGreaterThanOrEqual(lastParagraph);
					expect(s.paragraph - lastParagraph).toBeLessThanOrEqual(1);
					lastEnd = s.end;
					lastParagraph = s.paragraph;
				});
				for (const drop of article.drops) {
					expect(article.body.slice(drop.start, drop.end)).toBe(drop.text);
					expect(article.sentences.some((s) => s.start < drop.end && drop.start < s.end)).toBe(
						false
					);
				}
				expect(article.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
			}),
			{ numRuns: 400 }
		);
	});

	it('covers every non-space character of kept paragraphs (nothing silently lost)', () => {
		fc.assert(
			fc.property(mutatedSeed, (text) => {
				const article = read({ text, format: 'md' });
				if (!article) return;
				const covered = new Uint8Array(article.body.length);
				for (const range of [...article.sentences, ...article.drops])
					covered.fill(1, range.start, range.end);
				for (let i = 0; i < article.body.length; i++) {
					if (!covered[i]) expect(article.body[i]).toMatch(/\s/);
				}
			}),
			{ numRuns: 200 }
		);
	});
});
