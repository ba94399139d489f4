import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../errors/ArticleError';
import { formatBytes, guardText, looksBinary, utf8Length } from './guard';

function codeOf(run: () => void): string | undefined {
	try {
		run();
	} catch (error) {
		if (error instanceof ArticleError) return `${error.code}: ${error.message}`;
		throw error;
	}
	return undefined;
}

describe('guardText', () => {
	it.each<[string, string, number | undefined, string | undefined]>([
		['ordinary text', 'Kim met Putin.', undefined, undefined],
		['empty', '', undefined, 'empty: The file is empty.'],
		['only spaces and blank lines', ' \n\t\r\n ', undefined, 'empty: The file is empty.'],
		[
			'a NUL byte',
			'PK\u0003\u0004\u0000\u0000 zip',
			undefined,
			'binary: This does not look like text (it contains binary data). Upload a .txt, .md or .html file.'
		],
		[
			'too large',
			'x'.repeat(5_000_000),
			200_000,
			"too-large: The file is 5.0 MB; the limit is 200 kB. Paste only the article's text, or save the page as plain text."
		],
		['exactly at the limit', 'x'.repeat(1000), 1000, undefined]
	])('%s', (_name, text, maxBytes, expected) => {
		expect(codeOf(() => guardText(text, maxBytes))).toBe(expected);
	});

	it('checks the size before anything else', () => {
		expect(codeOf(() => guardText('\u0000'.repeat(2000), 1000))).toMatch(/^too-large/);
	});
});

describe('utf8Length', () => {
	it.each([
		['abc', 3],
		['é', 2],
		['金', 3],
		['😀', 4],
		['\ud800', 3]
	])('%s is %i bytes', (text, bytes) => {
		expect(utf8Length(text)).toBe(bytes);
		if (!text.startsWith('\ud800')) expect(new TextEncoder().encode(text).length).toBe(bytes);
	});
});

describe('formatBytes', () => {
	it.each([
		[812, '812 bytes'],
		[1500, '1.5 kB'],
		[200_000, '200 kB'],
		[5_000_000, '5.0 MB'],
		[5_242_880, '5.2 MB']
	])('%i → %s', (bytes, text) => {
		expect(formatBytes(bytes)).toBe(text);
	});
});

describe('looksBinary', () => {
	it.each<[string, string, boolean]>([
		['text with tabs and line breaks', 'a\tb\r\nc\fd', false],
		['a stray control character in a long text', `${'word '.repeat(100)}\u0007`, false],
		['mostly replacement characters', '\ufffd\ufffdabc\ufffd\ufffd', true],
		['control characters', '\u0001\u0002\u0003\u0004abc', true]
	])('%s', (_name, text, expected) => {
		expect(looksBinary(text)).toBe(expected);
	});
});
