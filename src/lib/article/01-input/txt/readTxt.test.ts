import { describe, expect, it } from 'vitest';
import { readTxt } from './readTxt';

describe('readTxt', () => {
	it.each<[string, string, string | undefined, string]>([
		[
			'headline, blank line, body',
			'Headline\n\nBody one.\n\nBody two.',
			'Headline',
			'Body one.\n\nBody two.'
		],
		['leading blank lines and CRLF', '\r\n  Headline  \r\n\r\n\r\nBody.', 'Headline', 'Body.'],
		[
			'no blank line after the first line',
			'First line.\nSecond line.',
			undefined,
			'First line.\nSecond line.'
		],
		['a headline with nothing after it', 'Headline\n\n', undefined, 'Headline\n\n'],
		[
			'a first "line" too long for a headline',
			`${'word '.repeat(80)}\n\nBody.`,
			undefined,
			`${'word '.repeat(80)}\n\nBody.`
		]
	])('%s', (_name, text, title, body) => {
		expect(readTxt(text)).toEqual(title ? { title, body } : { body });
	});

	it('keeps the body a suffix of the text', () => {
		const text = 'Yukos loses US bankruptcy battle\n\nA judge has dismissed it.\n';
		const { body } = readTxt(text);
		expect(text.endsWith(body)).toBe(true);
	});
});
