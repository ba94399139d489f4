import { describe, expect, it } from 'vitest';
import type { DropRule } from '../types';
import { classifyLine, cleanBody, isByline } from './clean';

describe('classifyLine drops boilerplate by kind', () => {
	it.each<[DropRule, string]>([
		[
			'syndication',
			'(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)'
		],
		[
			'syndication',
			'(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)'
		],
		[
			'syndication',
			'This story has been published from a wire agency feed without modifications to the text.'
		],
		['syndication', 'This article was originally published on The Conversation.'],
		['syndication', '(With inputs from PTI)'],
		['syndication', 'Disclaimer: The views expressed are the author’s own.'],
		['syndication', 'This story has not been edited by the Daily Bugle editorial team.'],
		[
			'promotion',
			'Track Latest News Live on NDTV.com and get news updates from India and around the world'
		],
		['promotion', 'Follow us on Twitter and Instagram'],
		['promotion', 'Like us on Facebook'],
		[
			'promotion',
			'Catch all the Business News, Breaking News Events and Latest News Updates on The Daily Ledger.'
		],
		['promotion', 'Subscribe to our daily newsletter'],
		['promotion', 'Sign up for the Morning Brief, delivered to your inbox.'],
		['promotion', 'Download the Ledger News app for Android and iOS'],
		['promotion', 'For more news, follow Ledger on X.'],
		['promotion', 'For the latest news and updates, visit ledger.example'],
		['promotion', 'Stay tuned for live updates'],
		['read-more', 'Read more: Putin meets Kim in Vladivostok'],
		['read-more', 'ALSO READ | Russia rolls out red carpet for Kim'],
		['read-more', 'Also read:'],
		['read-more', 'Click here to see the full gallery'],
		['read-more', 'More on this story'],
		['read-more', 'Read more about the summit here'],
		['read-more', 'WATCH: Kim arrives by armoured train'],
		['byline', 'By Jane Doe'],
		['byline', 'By JANE DOE and John Smith, Reuters'],
		['byline', 'By The Associated Press'],
		['byline', 'By Hyonhee Shin | Updated: Sep 17, 2023 10:15 IST'],
		['byline', '(Reporting by Hyonhee Shin; Editing by William Mallard)'],
		['byline', 'Additional reporting by Guy Faulconbridge in Moscow'],
		['byline', 'Reporting by Jane Doe in Seoul; Editing by John Roe'],
		['byline', 'Published 17 September 2023, 10:15 BST'],
		['byline', 'Updated: September 17, 2023 10:15 am IST'],
		['photo-credit', 'Image copyright Getty Images'],
		['photo-credit', 'Image caption Kim Jong Un on board a warship'],
		['photo-credit', 'Photo: Reuters'],
		['photo-credit', 'Photograph by Jane Doe for The Ledger'],
		['photo-credit', 'Image source, Getty Images'],
		['byline', 'Stephen Bierley at Wimbledon, Tuesday 10 July 2001'],
		['byline', 'Luke Harding in Moscow, Monday March 3, 2008'],
		['byline', 'AP Baseball Writer'],
		['byline', 'Associated Press Writer'],
		['photo-credit', '(Photo: AP)'],
		['photo-credit', 'File photo of the Kremlin in Moscow'],
		['photo-credit', 'AFP/Getty Images'],
		['photo-credit', 'REUTERS/Kim Hong-Ji'],
		['copyright', '© 2023 The Daily Ledger'],
		['copyright', 'Copyright 2023 Thomson Reuters. All rights reserved.'],
		['copyright', 'This material may not be published, broadcast, rewritten or redistributed.'],
		['clutter', 'Advertisement'],
		['clutter', 'Story continues below advertisement'],
		['clutter', 'Share this article'],
		['clutter', '* * *']
	])('%s: %s', (rule, line) => {
		expect(classifyLine(line)).toBe(rule);
	});
});

describe('classifyLine keeps article text that looks like boilerplate', () => {
	it.each([
		'By Friday, prices had fallen by a third.',
		'By then it was too late for the rescue teams.',
		'By Tuesday',
		'Follow-up talks will be held in Moscow on Monday.',
		'Track and field athletes from our country won three medals.',
		'Millions follow him on Twitter.',
		'Readers were asked to subscribe to the idea of a united front.',
		'Copyright infringement cases rose sharply last year.',
		'Getty Images said it would appeal against the ruling.',
		'Reuters reported that the talks had stalled.',
		'The photograph was taken in 1948.',
		'Image is everything in politics, she said.',
		'Related to this, the ministry said it would act.',
		'Share prices fell 3% on Monday.',
		'He has not been edited out of the history books, the historian said.',
		'Kim met Russian President Vladimir Putin on Wednesday and discussed military matters, the war in Ukraine and deepening cooperation.',
		'Others to be added.',
		'Goran Ivanisevic won at Wimbledon on 9 July 2001',
		'Storms in Florida, Tuesday 10 July 2001',
		'AP reporters were told to leave the Writer',
		'Advertisement revenue fell by a fifth.',
		'Video, shared widely on social media, showed the convoy.',
		'Pictures by NASA show the crater.',
		'For years, the top stories in the region had been about war.',
		'Input from farmers was welcomed by the ministry.',
		'This report was first published in 2019 and caused outrage.',
		'Reporting by the BBC revealed the scheme.',
		'Written by a former spy, the book sold well.',
		'Published on Monday, the report found rising debt.',
		'Get well soon, the president told him.',
		'Follow-up talks with the latest news crews were cancelled.'
	])('%s', (line) => {
		expect(classifyLine(line)).toBeNull();
	});

	it('never tests a long paragraph against the patterns', () => {
		const long = `Follow us on Twitter ${'and read on '.repeat(40)}`.trim();
		expect(classifyLine(long)).toBeNull();
	});
});

describe('isByline', () => {
	it.each<[string, boolean]>([
		['By Jane Doe', true],
		['by Jane Doe, BBC News, Moscow', true],
		['By J. K. Rowling', true],
		['By AFP', true],
		['By Shoigu’s account, the meeting went well', false],
		['By March the fleet had sailed', false],
		['Byron Smith', false],
		['By law, the vote must be held.', false]
	])('%s → %s', (line, expected) => {
		expect(isByline(line)).toBe(expected);
	});
});

describe('cleanBody', () => {
	it('keeps ranges into the body and records what it drops', () => {
		const body = 'By Jane Doe\n\n  Kim met Putin.  \nAdvertisement\nThey talked.\n';
		const { paragraphs, drops } = cleanBody(body);
		expect(paragraphs.map((p) => body.slice(p.start, p.end))).toEqual([
			'Kim met Putin.',
			'They talked.'
		]);
		expect(drops).toEqual([
			{ rule: 'byline', text: 'By Jane Doe', start: 0, end: 11 },
			{ rule: 'clutter', text: 'Advertisement', start: 32, end: 45 }
		]);
		for (const drop of drops) expect(body.slice(drop.start, drop.end)).toBe(drop.text);
	});

	it.each<[string, string, string[], string[]]>([
		[
			'a syndication note glued to the last paragraph',
			'He inspected a warship. (Except for the headline, this story has not been edited by Ledger staff and is published from a syndicated feed.)',
			['He inspected a warship.'],
			[
				'(Except for the headline, this story has not been edited by Ledger staff and is published from a syndicated feed.)'
			]
		],
		[
			'a reporting credit after the story',
			'Talks resume on Monday. (Reporting by Jane Doe; Editing by John Roe)',
			['Talks resume on Monday.'],
			['(Reporting by Jane Doe; Editing by John Roe)']
		],
		[
			'a photo credit before the caption and the story',
			'Photo: Reuters. Kim waves from the train. It left on Sunday.',
			['Kim waves from the train. It left on Sunday.'],
			['Photo: Reuters.']
		],
		[
			'a line made only of boilerplate sentences goes whole',
			'Copyright 2023 Ledger Media. All rights reserved.',
			[],
			['Copyright 2023 Ledger Media. All rights reserved.']
		],
		[
			'boilerplate-like text in the middle of a paragraph stays',
			'He spoke. Follow us on Twitter, he joked. Then he left.',
			['He spoke. Follow us on Twitter, he joked. Then he left.'],
			[]
		]
	])('%s', (_name, body, kept, dropped) => {
		const { paragraphs, drops } = cleanBody(body);
		expect(paragraphs.map((p) => body.slice(p.start, p.end))).toEqual(kept);
		expect(drops.map((d) => d.text)).toEqual(dropped);
	});

	it.each([
		['VALLETTA, Malta (AP) - Voters backed divorce. Turnout was high.', 'VALLETTA, Malta (AP) -'],
		['LONDON (Reuters) - Shares rose. Banks led.', 'LONDON (Reuters) -'],
		['WASHINGTON — The Senate voted on Friday.', 'WASHINGTON —'],
		['TOKYO, Japan (AP) -- A court ruled on Friday.', 'TOKYO, Japan (AP) --'],
		['PARIS, Feb 1, 2016 (AFP) - France agreed on Monday.', 'PARIS, Feb 1, 2016 (AFP) -'],
		['Cannes (AFP) - A French film won on Sunday.', 'Cannes (AFP) -'],
		['WASHINGTON/HONOLULU (Reuters) - The United States acted.', 'WASHINGTON/HONOLULU (Reuters) -'],
		['March 15 (Bloomberg) -- Bernard Ebbers was convicted.', 'March 15 (Bloomberg) --'],
		['ISLAMABAD, June 5 (APP): Nawaz Sharif was sworn in.', 'ISLAMABAD, June 5 (APP):']
	])('drops the dateline of "%s" before its first sentence', (body, dateline) => {
		const { paragraphs, drops } = cleanBody(`${body}\nLONDON (Reuters) - A second line stays.`);
		expect(drops).toEqual([{ rule: 'dateline', text: dateline, start: 0, end: dateline.length }]);
		expect(paragraphs[0]?.start).toBe(body.indexOf(dateline) + dateline.length + 1);
		// only the first paragraph has one
		expect(paragraphs).toHaveLength(2);
		expect(paragraphs[1]?.start).toBe(body.length + 1);
	});

	it('keeps what is no dateline', () => {
		for (const body of [
			'A - B grade pupils did well.',
			'UN - the body met. It ended.',
			'Smith (Labour) - the winner - spoke first.'
		])
			expect(cleanBody(body).drops).toEqual([]);
	});

	it('skips Markdown headings only in Markdown', () => {
		const body = '## Sanctions\n#hashtag diplomacy works.\nKim left.';
		const markdown = cleanBody(body, { markdown: true });
		expect(markdown.drops).toEqual([{ rule: 'heading', text: '## Sanctions', start: 0, end: 12 }]);
		expect(markdown.paragraphs.map((p) => body.slice(p.start, p.end))).toEqual([
			'#hashtag diplomacy works.',
			'Kim left.'
		]);
		expect(cleanBody(body).drops).toEqual([]);
	});
});
