import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleError } from '../errors/ArticleError';
import { readArticle } from './readArticle';

const seedPath = new URL('../../../../questions/kim-jong-un-russia-visit.md', import.meta.url);
const seedText = readFileSync(seedPath, 'utf8');
const seed = readArticle({ text: seedText, filename: 'kim-jong-un-russia-visit.md' });

function errorOf(run: () => unknown): ArticleError {
	try {
		run();
	} catch (error) {
		if (error instanceof ArticleError) return error;
		throw error;
	}
	throw new Error('expected an ArticleError');
}

describe('readArticle on the seed (questions/kim-jong-un-russia-visit.md)', () => {
	it('reads the front matter', () => {
		expect(seed).toMatchObject({
			slug: 'kim-jong-un-russia-visit',
			title: 'Kim Jong Un inspects Russian bombers and warships as military ties deepen',
			source: 'Reuters via NDTV',
			date: '2023-09-17'
		});
		expect(seed.url).toBeUndefined();
	});

	it('keeps the body verbatim: everything after the front matter', () => {
		expect(seedText.endsWith(seed.body)).toBe(true);
		expect(seed.body.startsWith('North Korean leader Kim Jong Un')).toBe(true);
	});

	it('drops exactly the two feed lines', () => {
		expect(seed.dropped).toEqual([
			'(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)',
			'Track Latest News Live on NDTV.com and get news updates from India and around the world'
		]);
		expect(seed.drops.map((drop) => drop.rule)).toEqual(['syndication', 'promotion']);
		expect(seed.sentences.some((s) => /NDTV|syndicated/.test(s.text))).toBe(false);
	});

	it('starts the first sentence after a wire dateline, which it reports as dropped', () => {
		const article = readArticle({
			text: 'Malta votes for divorce\n\nVALLETTA, Malta (AP) - Voters in Malta backed divorce.\n',
			filename: 'malta.txt'
		});
		expect(article.sentences.map((s) => s.text)).toEqual(['Voters in Malta backed divorce.']);
		expect(article.dropped).toEqual(['VALLETTA, Malta (AP) -']);
		const [first] = article.sentences;
		expect(article.body.slice(first?.start, first?.end)).toBe(first?.text);
	});

	it('splits 14 sentences in 11 paragraphs, one paragraph a line', () => {
		expect(seed.sentences).toHaveLength(14);
		expect(seed.sentences.map((s) => s.paragraph)).toEqual([
			0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 9, 9, 10
		]);
		expect(seed.sentences.map((s) => s.id)).toEqual(seed.sentences.map((_, i) => `s${i + 1}`));
	});

	it.each([
		'South Korea and the U.S. said on Friday military cooperation between North Korea and Russia would violate U.N. sanctions against Pyongyang and that the allies would ensure there was a price to pay.',
		'Moscow is discussing joint military exercises with North Korea, Shoigu told Russian media.',
		'He visited Pyongyang in July and toured a weapons exhibit with Kim, one of the most striking signs of deepening ties up to that point.',
		`The trip by the North Korean leader, who seldom leaves his country, comes as "a fresh heyday of friendship and solidarity and cooperation is being opened up in the history of the development of the relations between the DPRK and Russia," state KCNA news agency said, using the initials for the Democratic People's Republic of Korea.`,
		'Earlier this month, North Korea launched its first operational "tactical nuclear attack submarine".'
	])('has the sentence %s', (text) => {
		const sentence = seed.sentences.find((s) => s.text === text);
		expect(sentence).toBeDefined();
		expect(seed.body.slice(sentence?.start, sentence?.end)).toBe(text);
	});

	it('every sentence is a slice of the body', () => {
		for (const s of seed.sentences) expect(seed.body.slice(s.start, s.end)).toBe(s.text);
	});
});

describe('readArticle on plain text', () => {
	const text =
		'Yukos loses US bankruptcy battle\n\nA judge has dismissed an attempt by Yukos.\n\nMr Khodorkovsky denied it. He said so.\n';

	it('takes the headline from the first line when a blank line follows', () => {
		const article = readArticle({ text, filename: 'uploads/Yukos Case.txt' });
		expect(article.title).toBe('Yukos loses US bankruptcy battle');
		expect(article.slug).toBe('yukos-case');
		expect(article.source).toBe('');
		expect(article.sentences.map((s) => [s.text, s.paragraph])).toEqual([
			['A judge has dismissed an attempt by Yukos.', 0],
			['Mr Khodorkovsky denied it.', 1],
			['He said so.', 1]
		]);
	});

	it('uses the title option when there is no headline, and slugs the title', () => {
		const article = readArticle({ text: 'One line. Another.', title: 'Given  title' });
		expect(article.title).toBe('Given title');
		expect(article.slug).toBe('given-title');
		expect(article.sentences).toHaveLength(2);
	});

	it('throws no-title without a headline or a title', () => {
		expect(errorOf(() => readArticle({ text: 'One line. Another.' })).code).toBe('no-title');
	});
});

describe('readArticle picks the format and the metadata', () => {
	it.each<[string | undefined, 'txt' | 'md' | 'html' | undefined, string]>([
		['a.md', undefined, 'From front matter'],
		['a.MARKDOWN', undefined, 'From front matter'],
		['a.txt', 'md', 'From front matter'],
		[undefined, 'md', 'From front matter'],
		['a.txt', undefined, 'no-title'],
		[undefined, undefined, 'no-title'],
		['a.doc', undefined, 'no-title']
	])('filename %s, format %s → title %s', (filename, format, title) => {
		// Read as plain text, front matter is not a headline (its first line has no blank after it).
		const text = '---\ntitle: From front matter\n---\n\nBody text here.';
		if (title === 'no-title') {
			expect(errorOf(() => readArticle({ text, filename, format })).code).toBe('no-title');
		} else {
			expect(readArticle({ text, filename, format }).title).toBe(title);
		}
	});

	it('reads a saved HTML page', () => {
		const page =
			'<html><head><meta property="og:site_name" content="VOA"><title>Talks stall</title></head><body><article><h1>Talks stall</h1><p>Negotiators left Geneva on Friday without a deal, officials said. Talks resume next week.</p></article></body></html>';
		const article = readArticle({ text: page, filename: 'saved/talks.htm' });
		expect(article).toMatchObject({ slug: 'talks', title: 'Talks stall', source: 'VOA' });
		expect(article.sentences.map((s) => s.text)).toEqual([
			'Negotiators left Geneva on Friday without a deal, officials said.',
			'Talks resume next week.'
		]);
	});

	it('lets the options override what the file says', () => {
		const article = readArticle({
			text: '---\ntitle: T\nsource: S\ndate: 2020-01-01\n---\nBody.',
			filename: 'x.md',
			title: 'Own title',
			source: 'Own source',
			url: 'https://example.com/own',
			date: '2023-09-17',
			slug: 'Own Slug!'
		});
		expect(article).toMatchObject({
			title: 'Own title',
			source: 'Own source',
			url: 'https://example.com/own',
			date: '2023-09-17',
			slug: 'own-slug'
		});
	});

	it('skips a byte-order mark', () => {
		const article = readArticle({ text: '\ufeffHeadline\n\nBody.' });
		expect(article.title).toBe('Headline');
		expect(article.body).toBe('Body.');
	});

	it('accepts replacement stages', () => {
		const article = readArticle(
			{ text: 'H\n\nOne. Two.' },
			{
				split: (body, paragraphs) =>
					paragraphs.map((p, i) => ({
						id: `s${i + 1}`,
						text: body.slice(p.start, p.end),
						paragraph: i,
						start: p.start,
						end: p.end
					}))
			}
		);
		expect(article.sentences.map((s) => s.text)).toEqual(['One. Two.']);
	});
});

describe('readArticle errors', () => {
	it.each<[string, Parameters<typeof readArticle>[0], string, RegExp]>([
		['empty', { text: '' }, 'empty', /^The file is empty\.$/],
		['whitespace', { text: '\n \n\t' }, 'empty', /empty/],
		['binary', { text: '\u0000\u0001PNG' }, 'binary', /binary data/],
		[
			'too large',
			{ text: 'x'.repeat(300_000), maxBytes: 200_000 },
			'too-large',
			/300 kB; the limit is 200 kB/
		],
		[
			'txt without a headline',
			{ text: 'Just one paragraph. No headline.' },
			'no-title',
			/headline/
		],
		[
			'md without a title',
			{ text: '---\nsource: X\n---\nBody.', format: 'md' },
			'no-title',
			/title:/
		],
		[
			'unclosed front matter',
			{ text: '---\ntitle: X\nBody.', format: 'md' },
			'unreadable',
			/never closed/
		],
		[
			'an HTML page without a story',
			{ text: '<p>Hi</p>', format: 'html' },
			'unreadable',
			/HTML page/
		],
		[
			'only boilerplate',
			{ text: 'Headline\n\nFollow us on Twitter\nAdvertisement' },
			'no-sentences',
			/feed notes/
		]
	])('%s', (_name, input, code, message) => {
		const error = errorOf(() => readArticle(input));
		expect(error.code).toBe(code);
		expect(error.message).toMatch(message);
	});
});
