import { describe, expect, it } from 'vitest';
import { readMd } from './readMd';

describe('readMd', () => {
	it('reads front matter and keeps the body verbatim', () => {
		const text =
			'---\ntitle: Kim visits Russia\nsource: Reuters via NDTV\nurl: https://example.com/kim\ndate: 2023-09-17\n---\nLine one.\nLine two.';
		expect(readMd(text)).toEqual({
			title: 'Kim visits Russia',
			source: 'Reuters via NDTV',
			url: 'https://example.com/kim',
			date: '2023-09-17',
			body: 'Line one.\nLine two.'
		});
	});

	it.each([
		['a full timestamp', '2023-09-17T08:30:00+09:00', '2023-09-17'],
		['an RFC 2822 date', 'Sun, 17 Sep 2023 08:30:00 GMT', '2023-09-17'],
		['nonsense', 'last Sunday', undefined]
	])('normalises the date from %s', (_name, date, iso) => {
		expect(readMd(`---\ntitle: T\ndate: ${date}\n---\nBody.`).date).toBe(iso);
	});

	it('takes a first "# Heading" as the title when the front matter has none', () => {
		const parsed = readMd('---\nsource: VOA\n---\n\n# The headline #\nBody.');
		expect(parsed.title).toBe('The headline');
		expect(parsed.body).toBe('Body.');
	});

	it('falls back to a first line followed by a blank line, without front matter', () => {
		expect(readMd('Headline\n\nBody.')).toMatchObject({ title: 'Headline', body: 'Body.' });
	});

	it('has no title when nothing gives one', () => {
		expect(readMd('Body one.\nBody two.').title).toBeUndefined();
	});
});
