import { describe, expect, it } from 'vitest';
import { splitLines, trimRange } from '../util/lines/lines';
import { quotationSpans, splitSentences } from './split';

/** The sentences of a text whose every non-blank line is a paragraph. */
function split(text: string): string[] {
	const paragraphs = splitLines(text)
		.map((line) => trimRange(text, line))
		.filter((range) => range.end > range.start);
	return splitSentences(text, paragraphs).map((s) => s.text);
}

describe('splitSentences', () => {
	it.each<[string, string, string[]]>([
		[
			'U.S. and U.N. mid-sentence',
			'South Korea and the U.S. said on Friday military cooperation between North Korea and Russia would violate U.N. sanctions against Pyongyang and that the allies would ensure there was a price to pay.',
			[
				'South Korea and the U.S. said on Friday military cooperation between North Korea and Russia would violate U.N. sanctions against Pyongyang and that the allies would ensure there was a price to pay.'
			]
		],
		[
			'titles before names',
			'Mr. Putin met Mrs. Smith and Dr. Jones. Gen. Mark Milley and Sen. Warren spoke.',
			['Mr. Putin met Mrs. Smith and Dr. Jones.', 'Gen. Mark Milley and Sen. Warren spoke.']
		],
		[
			'a dotted acronym before a name stays',
			'The U.S. President arrived. The U.N. Security Council met.',
			['The U.S. President arrived.', 'The U.N. Security Council met.']
		],
		[
			'a dotted acronym at the end of a sentence splits before a clear starter',
			'Troops will stay in the U.S. The decision was final. Aid reached the U.N. It was late.',
			[
				'Troops will stay in the U.S.',
				'The decision was final.',
				'Aid reached the U.N.',
				'It was late.'
			]
		],
		[
			'company suffixes',
			'Shares of Acme Inc. fell 3%. Acme Inc. Chief Executive Jane Roe said it was bad.',
			['Shares of Acme Inc. fell 3%.', 'Acme Inc. Chief Executive Jane Roe said it was bad.']
		],
		[
			'a company suffix before an amount',
			"Target agreed to pay Hudson's Bay Co. $1.8 billion for the leases. It opened 124 stores.",
			[
				"Target agreed to pay Hudson's Bay Co. $1.8 billion for the leases.",
				'It opened 124 stores.'
			]
		],
		[
			'months before a day',
			'The attacks of Sept. 11 changed it. Talks began on Jan. 5 in Geneva.',
			['The attacks of Sept. 11 changed it.', 'Talks began on Jan. 5 in Geneva.']
		],
		[
			'initials',
			'J. K. Rowling wrote it. George W. Bush read it. H.G. Wells did not.',
			['J. K. Rowling wrote it.', 'George W. Bush read it.', 'H.G. Wells did not.']
		],
		[
			'decimals, money and "No. 10"',
			'Growth was 3.5% in 2023. It cost $27.5bn (£14.5bn). He lives at No. 10 Downing Street.',
			[
				'Growth was 3.5% in 2023.',
				'It cost $27.5bn (£14.5bn).',
				'He lives at No. 10 Downing Street.'
			]
		],
		[
			'"No." as an answer ends a sentence',
			'Will he resign? No. The party backs him.',
			['Will he resign?', 'No.', 'The party backs him.']
		],
		[
			'times of day',
			'They met at 3 p.m. Friday in Seoul. The talks ended at 9 p.m. They resume today.',
			['They met at 3 p.m. Friday in Seoul.', 'The talks ended at 9 p.m.', 'They resume today.']
		],
		[
			'a closing quote after the stop belongs to the sentence',
			'He said: "We will win." Then he left.',
			['He said: "We will win."', 'Then he left.']
		],
		[
			'a quoted clause with attribution is one sentence',
			'"We will win," he said. "They will not!" she replied. "Really?" asked Kim.',
			['"We will win," he said.', '"They will not!" she replied.', '"Really?" asked Kim.']
		],
		[
			'curly quotes, never broken inside',
			'“We are ready. We have been for years,” the minister said. Talks resume Monday.',
			['“We are ready. We have been for years,” the minister said.', 'Talks resume Monday.']
		],
		[
			'a quote that continues in the next paragraph does not swallow the line',
			"\"No-one's doing it at the minute. Music feels like it's in the afterlife.",
			['"No-one\'s doing it at the minute.', "Music feels like it's in the afterlife."]
		],
		[
			'a quote reopened without being closed (news copy)',
			'He said: "It is bad. "We will fight," he added. It ended.',
			['He said: "It is bad.', '"We will fight," he added.', 'It ended.']
		],
		[
			'ellipsis trails off inside a sentence',
			'He paused... and then Kim spoke… Russia agreed. I waited... The door opened.',
			['He paused... and then Kim spoke… Russia agreed.', 'I waited...', 'The door opened.']
		],
		[
			'question and exclamation marks',
			'Ever seen a bus inside a house? Neither had we! Yahoo! said nothing.',
			['Ever seen a bus inside a house?', 'Neither had we!', 'Yahoo! said nothing.']
		],
		[
			'a bracketed sentence keeps its bracket',
			'Prices rose. (They fell later.) Demand held.',
			['Prices rose.', '(They fell later.)', 'Demand held.']
		],
		[
			'web addresses and e.g.',
			'See example.com for details, e.g. Russia and China. It helps.',
			['See example.com for details, e.g. Russia and China.', 'It helps.']
		],
		[
			'never across a line break, even without a stop',
			'Kim met Putin\nin Vladivostok. They talked.',
			['Kim met Putin', 'in Vladivostok.', 'They talked.']
		],
		[
			'full-width stops',
			'金正恩访问俄罗斯。他会见了普京。',
			['金正恩访问俄罗斯。', '他会见了普京。']
		],
		[
			'a list number opening the line',
			'1. The first point is cost. 2. Then time.',
			['1. The first point is cost.', '2. Then time.']
		],
		[
			'an omission inside a quotation',
			'"We will [...] win," he said. [...] The rest followed.',
			['"We will [...] win," he said.', '[...] The rest followed.']
		],
		[
			'the VOA style: Rep. and a year at the end',
			'Rep. Ed Royce spoke in 2017. Trump refused in mid-October.',
			['Rep. Ed Royce spoke in 2017.', 'Trump refused in mid-October.']
		],
		[
			'wire copy',
			'The U.S. and its allies, incl. Japan, worry. The meeting drew 200 people... Nobody expected it.',
			[
				'The U.S. and its allies, incl. Japan, worry.',
				'The meeting drew 200 people...',
				'Nobody expected it.'
			]
		],
		[
			'a quote after an attribution with a state abbreviation',
			'"It\'s a sad day," said Sen. Chuck Schumer, D-N.Y. "We must act now."',
			['"It\'s a sad day," said Sen. Chuck Schumer, D-N.Y.', '"We must act now."']
		],
		['a line without a stop is one sentence', 'Others to be added', ['Others to be added']]
	])('%s', (_name, text, expected) => {
		expect(split(text)).toEqual(expected);
	});

	it('numbers sentences and paragraphs in document order', () => {
		const text = 'One. Two.\r\n\r\nThree.\rFour.';
		const paragraphs = splitLines(text).filter((line) => line.end > line.start);
		const sentences = splitSentences(text, paragraphs);
		expect(sentences.map((s) => [s.id, s.paragraph, s.text])).toEqual([
			['s1', 0, 'One.'],
			['s2', 0, 'Two.'],
			['s3', 1, 'Three.'],
			['s4', 2, 'Four.']
		]);
		for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
	});

	it('trims spaces around sentences', () => {
		const text = '  \tHe left.   She stayed.  ';
		const sentences = splitSentences(text, [{ start: 0, end: text.length }]);
		expect(sentences.map((s) => s.text)).toEqual(['He left.', 'She stayed.']);
	});
});

describe('quotationSpans', () => {
	it.each<[string, string, [number, number][]]>([
		['a straight pair', 'a "b" c', [[2, 4]]],
		['a curly pair with a nested one', '“a “b” c” d', [[0, 8]]],
		['an unclosed quote gives no span', 'a "b c', []],
		['a reopened quote drops the first', '"a. "b," c', [[4, 7]]]
	])('%s', (_name, text, expected) => {
		expect(quotationSpans(text, 0, text.length).map((s) => [s.start, s.end])).toEqual(expected);
	});
});
