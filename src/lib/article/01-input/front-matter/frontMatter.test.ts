import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../errors/ArticleError';
import { parseFrontMatter } from './frontMatter';

describe('parseFrontMatter', () => {
	it('reads flat fields and where the body starts', () => {
		const text =
			'---\ntitle: "Kim: the visit"\nSource: Reuters via NDTV\nurl: https://example.com/a?b=1\ndate: 2023-09-17\n# a comment\n---\nBody line.';
		expect(parseFrontMatter(text)).toEqual({
			fields: {
				title: 'Kim: the visit',
				source: 'Reuters via NDTV',
				url: 'https://example.com/a?b=1',
				date: '2023-09-17'
			},
			bodyStart: text.indexOf('Body line.')
		});
	});

	it.each([
		['single quotes', "title: 'It''s here'", "It's here"],
		['escaped double quotes', 'title: "He said \\"no\\""', 'He said "no"'],
		['spaces around', 'title:    Spaced out   ', 'Spaced out']
	])('unquotes %s', (_name, line, title) => {
		expect(parseFrontMatter(`---\n${line}\n---\n`)?.fields.title).toBe(title);
	});

	it('accepts CRLF and a closing "..."', () => {
		const text = '---\r\ntitle: T\r\n...\r\nBody';
		expect(parseFrontMatter(text)).toEqual({ fields: { title: 'T' }, bodyStart: 20 });
	});

	it('returns null without front matter', () => {
		expect(parseFrontMatter('Title\n\nBody')).toBeNull();
		expect(parseFrontMatter('--- not front matter\n---')).toBeNull();
	});

	it('refuses front matter that is never closed', () => {
		expect(() => parseFrontMatter('---\ntitle: T\nBody')).toThrowError(ArticleError);
		expect(() => parseFrontMatter('---\ntitle: T\nBody')).toThrowError(/never closed/);
	});
});
