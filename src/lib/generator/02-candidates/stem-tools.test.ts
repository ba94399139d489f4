import { describe, expect, it } from 'vitest';
import { analysisOf } from '../test-helpers';
import { leansBack, nameTheFirm, quoteTail, says, shortName, trimTail } from './stem-tools';
import { BLANK, blankedStem, closeQuote, dependsOnContext, dropConnective } from './stem-tools';

describe('stem tools', () => {
	it('know the words after a quotation that only say who said it', () => {
		const an = analysisOf(
			[
				'"The brutality is deeply disturbing." Chabot told VOA in a statement on the resolution.',
				'"We lost." Republican critics said Obama should have been more forceful.',
				'Chabot told VOA in a statement on the resolution.'
			].join('\n')
		);
		const tail = (i: number) => {
			const s = an.sentences.find((x) => x.text.startsWith(['Chabot', 'Republican', 'Chabot'][i]!));
			return s && quoteTail(an, s);
		};
		expect(tail(0)).toBe(true);
		expect(tail(1)).toBe(false);
		const own = an.sentences.at(-1);
		expect(own && quoteTail(an, own)).toBe(false);
	});

	it('name a person as the article does: its short name, else the full name', () => {
		const an = analysisOf(
			'Pro-democracy leader Aung San Suu Kyi was freed. Defence Minister Sergei Shoigu met her. Shoigu smiled.'
		);
		const name = (display: string) => {
			const e = an.entities.find((x) => x.display === display);
			return e && shortName(e);
		};
		expect(name('Sergei Shoigu')).toBe('Shoigu');
		// (never "Kyi", a word the article never uses alone)
		expect(name('Aung San Suu Kyi')).toBe('Aung San Suu Kyi');
	});

	it('drop a link to the sentence before ("But", "However,")', () => {
		expect(dropConnective('But the club lost in May.')).toBe('The club lost in May.');
		expect(dropConnective('However, during the speech he smiled.')).toBe(
			'During the speech he smiled.'
		);
		expect(dropConnective(`And ${BLANK} said the plan was good.`)).toBe(
			`${BLANK} said the plan was good.`
		);
		// "So far" and "Butler" are not connectives
		expect(dropConnective('So far the plan works.')).toBe('So far the plan works.');
		expect(dropConnective('Butler won.')).toBe('Butler won.');
	});

	it('close a quotation that runs on into the next sentence', () => {
		expect(closeQuote('Benitez said: "We started well.')).toBe('Benitez said: "We started well."');
		expect(closeQuote('He said "fine" and left.')).toBe('He said "fine" and left.');
		// a stem that opens inside a quotation has no named speaker: left for the gates
		expect(closeQuote('"It was a great night.')).toBe('"It was a great night.');
	});

	it('apply both when a sentence is blanked', () => {
		const an = analysisOf('But Rafael Benitez said: "We started at a very high tempo in Madrid.');
		const s = an.sentences[0]!;
		const at = s.text.indexOf('Madrid');
		expect(blankedStem(an, s, at, at + 'Madrid'.length)?.stem).toBe(
			`Rafael Benitez said: "We started at a very high tempo in ${BLANK}."`
		);
	});

	it('cut an aside only with all that follows it, never the main verb', () => {
		const an = analysisOf(
			[
				'Shares of BlackBerry maker Research In Motion and of Palm, which makes the Treo, fell sharply.',
				'Kim will visit Vladivostok in May, which lies on the Pacific, state media said.'
			].join('\n')
		);
		const blank = (i: number, word: string) => {
			const s = an.sentences[i]!;
			const at = s.text.indexOf(word);
			return blankedStem(an, s, at, at + word.length)?.stem;
		};
		expect(blank(0, 'Research In Motion')).toBe(
			`Shares of BlackBerry maker ${BLANK} and of Palm, which makes the Treo, fell sharply.`
		);
		expect(blank(1, 'Vladivostok')).toBe(`Kim will visit ${BLANK} in May.`);
	});

	it('keep "said she was delighted" after a name and its aside: it is the sentence\'s verb', () => {
		const an = analysisOf(
			'Deborah Arnott, director of the charity Action on Smoking and Health, said she was delighted.\nThe ban starts in July, said Ms Arnott.'
		);
		expect(trimTail(an.sentences[0]!, 0)).toBe(an.sentences[0]!.text.length - 1);
		expect(an.sentences[1]!.text.slice(0, trimTail(an.sentences[1]!, 0))).toBe(
			'The ban starts in July'
		);
	});

	it('drop a clause set against or after the main one ("…, but the Finnish handset maker said…")', () => {
		const an = analysisOf(
			[
				'Nokia reported a net loss of 1.41 billion euros on Thursday, but the Finnish handset maker said the decline had eased.',
				'The fees rose by 10 percent, after students protested in Pretoria.',
				'The recall covers chests, dressers and beds sold in Canada.',
				'Norway is due to introduce a similar ban in June, and New York City banned smoking last year.',
				'The European Union agreed to a cut of eight percent, and Japan six percent.'
			].join('\n')
		);
		const cut = (i: number) => an.sentences[i]!.text.slice(0, trimTail(an.sentences[i]!, 0));
		expect(cut(3)).toBe('Norway is due to introduce a similar ban in June');
		expect(cut(4)).toBe(
			'The European Union agreed to a cut of eight percent, and Japan six percent'
		);
		expect(cut(0)).toBe('Nokia reported a net loss of 1.41 billion euros on Thursday');
		expect(cut(1)).toBe('The fees rose by 10 percent');
		expect(cut(2)).toBe('The recall covers chests, dressers and beds sold in Canada');
	});

	it('lean back on "The Australian actor", a person by a demonym and a role', () => {
		const an = analysisOf(
			'Heath Ledger won best supporting actor.\nThe Australian actor died in January 2008.'
		);
		expect(leansBack(an, 1, 'The Australian actor died in January 2008.')).toBe(true);
		expect(leansBack(an, 1, 'Heath Ledger died in January 2008.')).toBe(false);
	});

	it('lean back on "That deadline", "the same year" and "The Cincinnati-based company"', () => {
		const an = analysisOf(
			[
				'E.W. Scripps said the Rocky Mountain News in Denver would close in 2009.',
				'Ontario first promised to close its coal plants by 2007.',
				'The Lambton plant in Ontario closed in 2013.'
			].join('\n')
		);
		for (const text of [
			'That deadline was pushed back several times by Ontario.',
			'The Nanticoke plant in Ontario closed the same year.',
			'The Cincinnati-based company said the Rocky Mountain News lost $16m in 2008.'
		])
			expect(leansBack(an, 2, text), text).toBe(true);
		for (const text of [
			'The Nanticoke plant in Ontario closed at the same time as the Lambton plant.',
			'E.W. Scripps said the Rocky Mountain News lost $16m in 2008.'
		])
			expect(leansBack(an, 2, text), text).toBe(false);
	});

	it('lean back on "him" or "them" with no second name or plural before it', () => {
		const lines = [
			'Abdullah was sworn in as king of Jordan on Sunday.',
			'Only two weeks ago King Hussein had named him as his heir.',
			'Putin said Kim Jong Un had invited him to visit Pyongyang.',
			'Ireland introduced a tax on them in 2002.',
			'Police in Paris arrested the protesters and questioned them for hours.'
		];
		const an = analysisOf(lines.join('\n'));
		const at = (i: number) => leansBack(an, i, lines[i] ?? '');
		expect(at(1)).toBe(true);
		expect(at(2)).toBe(false);
		expect(at(3)).toBe(true);
		expect(at(4)).toBe(false);
	});

	it('lean back on "The results included …" and "Revenue fell …", which name no one', () => {
		const lines = [
			'Pfizer said it would buy Wyeth, and reported fourth-quarter results on Monday.',
			'Pfizer said its revenue and profit fell in the quarter.',
			'The results included a $2.3 billion charge for legal costs.',
			'Revenue fell 4 percent to $12.35 billion.',
			'Pfizer revenue fell 4 percent to $12.35 billion.',
			'The takeover announced on Monday in New York would cut 8,000 jobs.'
		];
		const an = analysisOf(lines.join('\n'), 'Pfizer to buy Wyeth for $68 billion, cut 8,000 jobs');
		const at = (i: number) => leansBack(an, i, lines[i] ?? '');
		expect([2, 3, 4, 5].map(at)).toEqual([true, true, false, false]);
	});

	it('name "the 51-year-old designer" after the person the sentences before speak of', () => {
		const an = analysisOf(
			[
				'The art collection of murdered fashion designer Gianni Versace could fetch up to £9m.',
				'Gianni Versace collected paintings by Roy Lichtenstein for many years.',
				'The 51-year-old designer was shot outside his Florida home in 1997.',
				'The 40-year-old painter was not at the sale in 2004.'
			].join('\n')
		);
		const blank = (i: number, word: string) => {
			const s = an.sentences[i]!;
			const at = s.text.indexOf(word);
			return blankedStem(an, s, at, at + word.length)?.stem;
		};
		expect(blank(2, '1997')).toBe(`Gianni Versace was shot outside his Florida home in ${BLANK}.`);
		// no one of the article is a painter
		expect(blank(3, '2004')).toBeUndefined();
		// "The 850-year-old cathedral's organ" is a thing's, not the person's before
		const church = analysisOf(
			[
				'Archbishop Laurent Ulrich knocked on the doors of Notre-Dame in Paris on Saturday.',
				'Laurent Ulrich then led the first service in the nave.',
				"The 850-year-old cathedral's famed organ, silent since the fire of 2019, thundered back to life."
			].join('\n')
		);
		const organ = church.sentences[2]!;
		const at = organ.text.indexOf('2019');
		expect(blankedStem(church, organ, at, at + 4)).toBeUndefined();
	});

	it('name no "The 23-year-old McLaren driver" by half: "Hamilton McLaren driver"', () => {
		const an = analysisOf(
			[
				'McLaren driver Lewis Hamilton won the title in Brazil on Sunday.',
				'Lewis Hamilton finished fifth in the race.',
				'The 23-year-old McLaren driver had dropped to sixth in 2008.'
			].join('\n')
		);
		const s = an.sentences[2]!;
		const at = s.text.indexOf('sixth');
		expect(blankedStem(an, s, at, at + 5)?.stem ?? '').not.toMatch(/Hamilton McLaren/);
	});

	it('tell a sentence that leans on the one before', () => {
		expect(dependsOnContext('In exchange, Cuba will free 53 prisoners.')).toBe(true);
		expect(dependsOnContext('The remaining 20 were reserved for a user name.')).toBe(true);
		expect(dependsOnContext('Together they founded Adventure Consultants in 1991.')).toBe(true);
		expect(
			dependsOnContext('Together with an ally from Sabah, the opposition controls 121 seats.')
		).toBe(false);
		// (a day names no one: "On Monday, he two-putted…")
		expect(dependsOnContext('On Monday, he two-putted the 18th hole for par.')).toBe(true);
		expect(dependsOnContext('On Monday, Woods said he two-putted for par.')).toBe(false);
		expect(dependsOnContext('The Serb had won their last meeting in 2012.')).toBe(true);
		expect(dependsOnContext('England have not held the Ashes since then.')).toBe(true);
		expect(dependsOnContext('Critics say the targets themselves are not.')).toBe(true);
		expect(dependsOnContext('Bong Joon-ho said the 50-year-old director was moved.')).toBe(true);
		expect(dependsOnContext('The German government said it would help.')).toBe(false);
		expect(dependsOnContext('The firm said profits rose in May.')).toBe(true);
		expect(dependsOnContext('The Welsh band have chosen ten records.')).toBe(true);
		expect(dependsOnContext('The 31-year-old won silver in Sydney.')).toBe(true);
		expect(dependsOnContext('As a result, it could be forced to restate $9bn.')).toBe(true);
		expect(dependsOnContext('When he created it, the site was a forum.')).toBe(true);
		// a name or the blank before the pronoun can be what it refers to
		expect(dependsOnContext('Cairn Energy said it would drill in May.')).toBe(false);
		expect(dependsOnContext(`Mr ${BLANK} said he would not respond.`)).toBe(false);
		expect(dependsOnContext('Which country said it would not abide by the rulings?')).toBe(false);
		// words inside a quotation are the speaker's own
		expect(dependsOnContext('Benitez said: "It is a very important win."')).toBe(false);
		expect(dependsOnContext('The Game Developers Conference opened in May.')).toBe(false);
	});

	it('tell a definite phrase that points back to an earlier sentence', () => {
		const an = analysisOf(
			[
				'Sony, IBM and Toshiba have designed a new chip for games consoles.',
				'The three firms have been working on the chip since 2001.',
				'IBM will start making the chip in 2005 at plants in the US.',
				'The Cell chip will be shown in February at a conference in San Francisco.',
				'The summit scheduled for June 12 was called off by the White House.'
			].join('\n')
		);
		const at = (i: number) => leansBack(an, i, an.sentences[i]!.text);
		expect(at(1)).toBe(true); // "the three firms", "the chip"
		// "the chip": the one chip the story opens with, which a reader of it knows
		expect(at(2)).toBe(false);
		expect(at(3)).toBe(false); // "The Cell chip": named here
		expect(at(4)).toBe(false); // "the summit scheduled for June 12": defined here
		expect(at(0)).toBe(false);
		// an article that speaks of several chips, or of a chip first met later, leaves it open
		const many = analysisOf(
			[
				'Sony, IBM and Toshiba have designed new chips for games consoles.',
				'The three firms have been working on them since 2001.',
				'IBM will start making the chip in 2005 at plants in the US.'
			].join('\n')
		);
		expect(leansBack(many, 2, many.sentences[2]!.text)).toBe(true);
		const later = analysisOf(
			[
				'Sony, IBM and Toshiba have worked together since 2001.',
				'The firms say their engineers met in Texas.',
				'They have designed a new chip for games consoles.',
				'IBM will start making the chip in 2005 at plants in the US.'
			].join('\n')
		);
		expect(leansBack(later, 3, later.sentences[3]!.text)).toBe(true);
	});

	it("take the headline's subject, an apposition or a name that follows as no pointing back", () => {
		const an = analysisOf(
			[
				'Sony, IBM and Toshiba have designed a new chip for games consoles.',
				'IBM will start making the chip in 2005 at plants in the US.',
				'The three firms have been working on the chip since 2001.',
				"Freddie Mac, the country's other largest mortgage firm, paid a $125m fine.",
				'Deutsche Boerse also owns the clearing firm Clearstream in Frankfurt.',
				'The firm said the chip would be ready in 2005.'
			].join('\n'),
			'First look at PlayStation 3 chip'
		);
		const at = (i: number) => leansBack(an, i, an.sentences[i]!.text);
		expect(at(1)).toBe(false); // "the chip": the article's subject, named in the headline
		expect(at(2)).toBe(true); // "the three firms" still points back
		expect(at(3)).toBe(false); // "Freddie Mac, the … firm": an apposition to the name
		expect(at(4)).toBe(false); // "the clearing firm Clearstream": the name follows
		expect(at(5)).toBe(true); // "The firm": which one?
	});

	it('count a surname of a person named in full, and a name like "e-University", as naming', () => {
		const an = analysisOf(
			[
				'Home Secretary Charles Clarke published the plans on Tuesday.',
				'Clarke also said that any decision he made would be reviewed by a judge within seven days.',
				'The e-University was scrapped last year, having attracted only 900 students.',
				'Payment levels vary from area to area, with some carers getting just £50 a week.'
			].join('\n')
		);
		const at = (i: number) => leansBack(an, i, an.sentences[i]!.text);
		expect(at(1)).toBe(false);
		expect(at(2)).toBe(false);
		expect(at(3)).toBe(true);
	});

	it('tell "that quote", "the company\'s board" and a short name two people share', () => {
		const an = analysisOf(
			[
				'Kim Jong Un wrote to Donald Trump about a summit in Singapore.',
				'Kim Yong Chol flew to New York on Wednesday for talks.',
				'Kim planned to fly on to Washington on Friday.',
				'Mr Blair directly denied that quote on Wednesday.',
				"TCI wants a vote on replacing the company's entire board.",
				'Mr Blair said that prices rose in May.'
			].join('\n')
		);
		const at = (i: number) => leansBack(an, i, an.sentences[i]!.text);
		expect(at(0)).toBe(false);
		expect(at(1)).toBe(false);
		expect(at(2)).toBe(true);
		expect(at(3)).toBe(true);
		expect(at(4)).toBe(true);
		expect(at(5)).toBe(false);
	});

	it('tell a text that names nothing (what is it about?)', () => {
		const an = analysisOf(
			[
				'Payment levels vary from area to area, with some carers getting just £50 a week.',
				'The Fostering Network says carers in Wales get £50 a week.'
			].join('\n')
		);
		expect(leansBack(an, 0, an.sentences[0]!.text)).toBe(true);
		expect(leansBack(an, 1, an.sentences[1]!.text)).toBe(false);
		// a blank that stands for a name may be what the stem is about
		expect(leansBack(an, 0, '_____ said payment levels vary from area to area.', true)).toBe(false);
		// after a lead about carers' pay, the reader of the article knows what it speaks of
		const led = analysisOf(
			[
				'Foster carers are to be guaranteed a minimum allowance to help cover their costs.',
				'Payment levels vary from area to area, with some carers getting just £50 a week for costs.',
				'Officials said trust was high among the nurses of the new ward.'
			].join('\n'),
			'Minimum rate for foster parents'
		);
		expect(leansBack(led, 1, led.sentences[1]!.text)).toBe(false);
		expect(leansBack(led, 2, led.sentences[2]!.text)).toBe(true);
	});

	it('lower-case only a first word of grammar or one the article writes in lower case', () => {
		const an = analysisOf(
			[
				'Fahrenheit 9/11 has also been overlooked by the academy.',
				'Shares in the firm rose 3% on Tuesday.',
				'During the visit, the shares fell 2% in an hour.'
			].join('\n')
		);
		const said = (i: number) => says(an, an.sentences[i]!, an.sentences[i]!.text);
		expect(said(0)).toBe(
			'The article says Fahrenheit 9/11 has also been overlooked by the academy.'
		);
		expect(said(1)).toBe('The article says shares in the firm rose 3% on Tuesday.');
		expect(said(2)).toBe('The article says during the visit, the shares fell 2% in an hour.');
	});

	it("lower-case a plural before a small word ('Shares in'), not a name ('Top of the Pops')", () => {
		const an = analysisOf(
			[
				'Shares in Cairn Energy rose 3.8% on Tuesday.',
				'Top of the Pops was relaunched in December.'
			].join('\n')
		);
		const said = (i: number) => says(an, an.sentences[i]!, an.sentences[i]!.text);
		expect(said(0)).toBe('The article says shares in Cairn Energy rose 3.8% on Tuesday.');
		expect(said(1)).toBe('The article says Top of the Pops was relaunched in December.');
	});

	it('keep the lower case of a clause cut from inside a sentence, and of a common word', () => {
		const an = analysisOf(
			[
				'Separately, former Yukos boss Mikhail Khodorkovsky began testimony on Friday.',
				'Bass player Nicky Wire will join Phil Jupitus on Monday.',
				'Republican critics in Congress said Obama should have been more forceful.'
			].join('\n')
		);
		const s = (i: number) => an.sentences[i]!;
		expect(
			says(an, s(0), 'Former Yukos boss Mikhail Khodorkovsky began testimony on Friday.')
		).toBe('The article says former Yukos boss Mikhail Khodorkovsky began testimony on Friday.');
		expect(says(an, s(1), s(1).text)).toMatch(/^The article says bass player/);
		expect(says(an, s(2), s(2).text)).toMatch(/^The article says Republican critics/);
	});

	it('name "the firm" when the sentences before speak of one company', () => {
		const an = analysisOf(
			[
				'Cairn Energy has been drilling for gas in the north of India.',
				'Cairn Energy is based in the city of Edinburgh.',
				'Cairn Energy said the wells cost less than expected.',
				'Just over 12 months ago the firm had customers in only 70 towns.'
			].join('\n')
		);
		const s = an.sentences[3]!;
		expect(nameTheFirm(an, s, s.text)).toEqual({
			text: 'Just over 12 months ago Cairn Energy had customers in only 70 towns.',
			also: 2
		});
	});

	/** The last line's "the firm", named (or `undefined`: left as it is). */
	it.each<[string, string[], string | undefined, string | undefined]>([
		[
			'no guess between two companies before',
			[
				'Sony and IBM signed a deal with Toshiba in Tokyo on Monday.',
				'The firm said the chip would be ready in 2005.'
			],
			undefined,
			undefined
		],
		[
			'a union is no company, though the article names it most',
			[
				'Members of the Unite union began the strike at the port of Felixstowe on Sunday.',
				'On Monday, Unite called the strike after talks broke down.',
				'Hutchison Ports, which owns Felixstowe, offered a rise of 7% in June, Unite said.',
				'The offer from Hutchison Ports was a real-terms pay cut, Unite said.',
				'Hutchison Ports said it was disappointed that Unite had refused to ballot members.',
				'The company said the offer was worth an average increase of 8.4% for its workers.'
			],
			undefined,
			'Hutchison Ports said the offer was worth an average increase of 8.4% for its workers.'
		],
		[
			'nor is a regulator a company',
			[
				'The Consumer Financial Protection Bureau said on Thursday it had closed its inquiry.',
				'Wells Fargo will pay $185 million to settle the claims of the Consumer Financial Protection Bureau.',
				'The Consumer Financial Protection Bureau fined the lender $100 million in Washington.',
				'The company will also pay $35 million to the city of Los Angeles.'
			],
			'Wells Fargo fined $185 million',
			'Wells Fargo will also pay $35 million to the city of Los Angeles.'
		],
		[
			'"the bank" is a bank',
			[
				'Vodafone said on Monday it would borrow to fund its offer in Madrid.',
				'Vodafone has made an offer for its rival in Spain, analysts said.',
				'Vodafone shares fell 2 percent in London after the offer.',
				'The bank said it would lend the money at a fixed rate.'
			],
			undefined,
			undefined
		],
		[
			'"the group" of climbers is no mountain',
			[
				'Nepali climbers reached the summit of K2 on Saturday.',
				'No one had climbed K2 in winter before, and K2 has killed many.',
				'Ten climbers stood on top of K2 together.',
				'The group had combined three separate expeditions.'
			],
			undefined,
			undefined
		]
	])('name "the firm": %s', (_what, lines, title, named) => {
		const an = analysisOf(lines.join('\n'), title);
		const s = an.sentences[lines.length - 1]!;
		expect(nameTheFirm(an, s, s.text).text).toBe(named ?? s.text);
	});
});
