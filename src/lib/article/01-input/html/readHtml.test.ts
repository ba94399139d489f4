import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../errors/ArticleError';
import { NEWS_PAGE } from './fixture';
import { readHtml } from './readHtml';

describe('readHtml', () => {
	const parsed = readHtml(NEWS_PAGE);
	const lines = parsed.body.split('\n');

	it('reads the metadata: title, site name as source, url, published date', () => {
		expect(parsed).toMatchObject({
			title: "Kim tours Russia's Pacific fleet",
			source: 'The Daily Ledger',
			url: 'https://ledger.example/world/kim-fleet',
			date: '2023-09-17'
		});
	});

	it('keeps the story, one paragraph a line', () => {
		expect(lines).toContain(
			"North Korean leader Kim Jong Un toured Russia's Pacific fleet on Saturday, state media said. He was accompanied by Russian Defence Minister Sergei Shoigu."
		);
		expect(lines).toContain(
			'South Korea and the U.S. said military cooperation would violate U.N. sanctions against Pyongyang and that there would be a price to pay.'
		);
	});

	it('keeps a paragraph that merely contains a link', () => {
		expect(lines).toContain(
			'Analysts said the visit, our analysis shows, was carefully staged for a domestic audience in both countries.'
		);
	});

	it.each([
		'Home',
		'We use cookies',
		'Buy now',
		'Ten things you missed',
		'All rights reserved',
		'window.ads',
		'Sanctions',
		'By Jane Doe',
		"Kim's armoured train explained",
		'Who is Sergei Shoigu?',
		'Putin shows Kim the Vostochny space centre'
	])('leaves out page furniture: %s', (text) => {
		expect(parsed.body).not.toContain(text);
	});

	it('reads a <br> as a line break, source line breaks as spaces', () => {
		const page = NEWS_PAGE.replace(
			'<p>Mr. Kim met',
			'<p>The statement read:<br>"We welcome\n\t\t\tthe visit."</p><p>Mr. Kim met'
		);
		const lines = readHtml(page).body.split('\n');
		expect(lines).toContain('The statement read:');
		expect(lines).toContain('"We welcome the visit."');
	});

	it('falls back to the host name when the page has no site name', () => {
		const page = NEWS_PAGE.replace(/<meta property="og:site_name"[^>]*>/, '');
		expect(readHtml(page).source).toBe('ledger.example');
	});

	it('refuses a page with no readable text', () => {
		expect(() => readHtml('<html><body><nav><a href="/">Home</a></nav></body></html>')).toThrow(
			ArticleError
		);
	});
});
