import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../article/index';
import { generate } from '../index';
import type { Analysis } from '../01-analysis/types';
import type { Candidate } from '../02-candidates/types';
import { analysisOf } from '../test-helpers';
import { select, targetCount } from './rank';

const seed = readArticle({
	text: readFileSync('questions/kim-jong-un-russia-visit.md', 'utf8'),
	filename: 'kim-jong-un-russia-visit.md'
});

/** The fields of a hand-made candidate that `select` does not look at. */
const BASE = { context: '', explanation: '', difficulty: 0.5, score: 0.9 };
const idOf = (an: Analysis, name: string) => an.entities.find((e) => e.display === name)?.id ?? -1;

describe('ranking and selection', () => {
	it.each([
		[0, 0],
		[39, 0],
		[120, 3],
		[389, 9],
		[400, 10],
		[5000, 10]
	])('an article of %i words gets %i questions', (words, n) => {
		expect(targetCount(words)).toBe(n);
	});

	const { bank } = generate(seed);

	it('never asks two questions about the same sentence', () => {
		const first = bank.questions.map((q) => q.evidence[0]);
		expect(new Set(first).size).toBe(first.length);
	});

	it('mixes types and spreads over the paragraphs', () => {
		const types = new Set(bank.questions.map((q) => q.type));
		expect(types.size).toBeGreaterThanOrEqual(4);
		const para = new Map(bank.article.sentences.map((s) => [s.id, s.paragraph]));
		const used = new Set(bank.questions.map((q) => para.get(q.evidence[0] ?? '')));
		expect(bank.questions.length).toBeGreaterThanOrEqual(5);
		expect(used.size).toBeGreaterThanOrEqual(Math.ceil(bank.questions.length * 0.75));
	});

	it('makes a name the answer of two questions at most', () => {
		const text = [
			'A judge has dismissed an attempt by Russian oil giant Yukos to gain bankruptcy protection.',
			'Yukos filed for protection in Houston in an attempt to halt the auction of its division.',
			'Yukos had argued that a US court was entitled to declare it bankrupt.',
			'Yukos claimed it sought help in the US because Russian courts were unfriendly.',
			'Texas Judge Letitia Clark said Yukos did not have enough of a US presence.',
			'The division was bought by state oil company Rosneft last year.',
			'Rosneft is due to merge with Russian gas monopoly Gazprom this year.',
			'Gazprom had challenged the jurisdiction of the court in Houston.'
		].join('\n');
		const article = readArticle({
			text,
			format: 'txt',
			title: 'Yukos loses US battle',
			source: 'Test'
		});
		const { bank } = generate(article, { count: 10, nameKeys: true });
		const keys = bank.questions.map((q) => q.options[q.answer]);
		expect(keys.filter((k) => k === 'Yukos').length).toBeGreaterThan(0);
		expect(keys.filter((k) => k === 'Yukos').length).toBeLessThanOrEqual(2);
		// without the cap the article's sentences on Yukos give more
		const uncapped = generate(article, {
			count: 10,
			nameKeys: true,
			select: (_an, cands) => cands
		});
		const all = uncapped.bank.questions.map((q) => q.options[q.answer]);
		expect(all.filter((k) => k === 'Yukos').length).toBeGreaterThan(2);
	});

	it('never picks two "what" items that share their people (one answer strikes out options of the other)', () => {
		const text = [
			'Mr Rohit Gupta runs a popular blog about the disaster in Sri Lanka.',
			'Ms Dina Mehta wrote about a woman who was running home with a friend when the wave hit.',
			'Mr Ramdhan Kotamaraja pooled money with concerned friends to help the victims.',
			'Mr Clark Boyd spent three weeks travelling through the affected villages.'
		].join('\n');
		const article = readArticle({ text, format: 'txt', title: 'Blogs', source: 'Test' });
		const only = { types: ['what' as const], count: 10 };
		const all = generate(article, { ...only, select: (_an, cands) => cands }).bank.questions;
		expect(all.length).toBeGreaterThan(1);
		const { bank } = generate(article, only);
		expect(bank.questions).toHaveLength(1);
	});

	it('never asks for the same answer twice among the same options', () => {
		const text = [
			'A judge has dismissed an attempt by Russian oil giant Yukos to gain bankruptcy protection.',
			'Yukos filed for protection in Houston in an attempt to halt the auction of its unit.',
			'The unit was bought by state oil company Rosneft last year.',
			'Rosneft is due to merge with Russian gas monopoly Gazprom this year.',
			'Gazprom had challenged the jurisdiction of the court in Houston.'
		].join('\n');
		const article = readArticle({ text, format: 'txt', title: 'Yukos', source: 'Test' });
		const uncapped = generate(article, {
			count: 10,
			nameKeys: true,
			select: (_an, cands) => cands
		});
		const twice = (qs: typeof uncapped.bank.questions) =>
			qs.some((a, i) =>
				qs.some(
					(b, j) =>
						j > i &&
						a.options[a.answer] === b.options[b.answer] &&
						a.type !== 'statement' &&
						[...a.options].sort().join() === [...b.options].sort().join()
				)
			);
		expect(twice(uncapped.bank.questions)).toBe(true);
		expect(twice(generate(article, { count: 10, nameKeys: true }).bank.questions)).toBe(false);
	});

	/** Scotland's withdrawals, then the pair Woodward will assess, then (maybe) a line on Taylor. */
	const RUGBY = [
		'The North side have been hit by the withdrawals of Scotland duo Gordon Bulloch and Chris Cusiter.',
		'Woodward will also assess Scotland pair Simon Taylor and Chris Paterson in training on 4 March.',
		'Simon Taylor scored 3 tries for Scotland last season.'
	];
	/** A statement on RUGBY's first line that swaps Taylor and Paterson in for Cusiter. */
	const swapStatement = (an: Analysis, over: Partial<Candidate> = {}): Candidate => ({
		...BASE,
		keyKind: 'statement',
		type: 'statement',
		stem: 'Which statement is supported by the article?',
		key: RUGBY[0] ?? '',
		distractors: ['Simon Taylor', 'Chris Paterson'].map((x) =>
			(RUGBY[0] ?? '').replace('Chris Cusiter', x)
		),
		swapped: [idOf(an, 'Simon Taylor'), idOf(an, 'Chris Paterson')],
		evidence: [0],
		fact: '0:statement',
		...over
	});
	/** A number question on RUGBY's line `i`. */
	const rugbyNumber = (i: number, key: string, over: Partial<Candidate> = {}): Candidate => ({
		...BASE,
		type: 'number',
		keyKind: 'number',
		stem: (RUGBY[i] ?? '').replace(` ${key} `, ' _____ '),
		key,
		distractors: ['2', '5', '6'],
		evidence: [i],
		fact: `${i}:${key}`,
		...over
	});

	it('never shows as true a name another question swaps into a false statement', () => {
		const an = analysisOf(RUGBY.slice(0, 2).join('\n'));
		const statement = swapStatement(an);
		const number = rugbyNumber(1, '4');
		expect(select(an, [statement, number], { count: 10, minScore: 0 })).toHaveLength(1);
		// a statement that swaps in no one shown elsewhere goes with it
		const other = { ...statement, swapped: [] };
		expect(select(an, [other, number], { count: 10, minScore: 0 })).toHaveLength(2);
	});

	it('passes over a question that would shut out more others than it is worth', () => {
		const an = analysisOf(RUGBY.join('\n'));
		const statement = swapStatement(an, { score: 0.95 });
		const march = rugbyNumber(1, '4', { score: 0.85 });
		const tries = rugbyNumber(2, '3', { score: 0.85 });
		// the statement scores best, but shuts out both others: two questions rather than one
		const chosen = select(an, [statement, march, tries], { count: 10, minScore: 0 });
		expect(chosen.map((c) => c.fact).sort()).toEqual(['1:4', '2:3']);
	});

	it('counts "Mr _____" → Howard and "Michael Howard" among the same people as one answer', () => {
		const text = [
			"Tory leader Michael Howard claimed Tony Blair's feud with Gordon Brown is damaging the UK.",
			'Mr Howard asked: "How can they fight crime when they are fighting each other?"'
		].join('\n');
		const an = analysisOf(text);
		const howard = an.entities.find((e) => e.display === 'Michael Howard')?.id;
		const base = { ...BASE, keyEntity: howard };
		const who: Candidate = {
			...base,
			type: 'attribution',
			keyKind: 'person',
			stem: "According to the article, who claimed that Tony Blair's feud with Gordon Brown is damaging the UK?",
			key: 'Michael Howard',
			distractors: ['Charles Kennedy', 'Liam Fox'],
			evidence: [0],
			fact: '0:a'
		};
		const cloze: Candidate = {
			...base,
			type: 'cloze',
			keyKind: 'person',
			stem: 'Mr _____ asked: "How can they fight crime when they are fighting each other?"',
			key: 'Howard',
			distractors: ['Fox', 'Kennedy'],
			evidence: [1],
			fact: '1:c'
		};
		expect(select(an, [who, cloze], { count: 10, minScore: 0 })).toHaveLength(1);
		const others = { ...cloze, distractors: ['Straw', 'Davis'] };
		expect(select(an, [who, others], { count: 10, minScore: 0 })).toHaveLength(2);
	});

	it('counts the true statements a "NOT supported" item shows as shown', () => {
		const text = [
			'The North side have been hit by the withdrawals of Scotland duo Gordon Bulloch and Chris Cusiter.',
			'Woodward will also assess Scotland pair Simon Taylor and Chris Paterson in training.',
			'South African flanker Schalk Burger has shaken off a leg injury.',
			"Ireland captain Brian O'Driscoll will lead the North team at Twickenham."
		].join('\n');
		const an = analysisOf(text);
		const id = (name: string) => idOf(an, name);
		const base = { ...BASE, keyKind: 'statement' as const };
		const assess: Candidate = {
			...base,
			type: 'statement',
			stem: 'Which statement is supported by the article?',
			key: 'Woodward will also assess Scotland pair Simon Taylor and Chris Paterson in training.',
			distractors: [
				'Woodward will also assess Scotland pair Simon Taylor and Chris Cusiter in training.',
				'Woodward will also assess Scotland pair Simon Taylor and Gordon Bulloch in training.'
			],
			swapped: [id('Chris Cusiter'), id('Gordon Bulloch')],
			evidence: [1],
			fact: '1:statement'
		};
		const not: Candidate = {
			...base,
			type: 'statement',
			negative: true,
			stem: 'Which statement is NOT supported by the article?',
			key: "Ireland captain Brian O'Driscoll will lead the South team at Twickenham.",
			distractors: [],
			showsPool: [0, 2],
			poolTexts: [
				'The North side have been hit by the withdrawals of Scotland duo Gordon Bulloch and Chris Cusiter.',
				'South African flanker Schalk Burger has shaken off a leg injury.'
			],
			evidence: [3],
			fact: '3:statement'
		};
		expect(select(an, [assess, not], { count: 10, minScore: 0 })).toHaveLength(1);
	});

	it("never shows the name a statement's key has and its false copies lack, on the same fact", () => {
		const text = [
			'President Donald Trump blamed Barack Obama, and Ed Royce spoke in the House.',
			'The deal is now in question after Trump refused to certify it in mid-October.',
			"The 60-day deadline for Congress to address Trump's refusal to re-certify the deal begins on January 11."
		].join('\n');
		const an = analysisOf(text);
		const statement: Candidate = {
			...BASE,
			type: 'statement',
			keyKind: 'statement',
			stem: 'Which statement is supported by the article?',
			key: 'The deal is now in question after Trump refused to certify it in mid-October.',
			distractors: [
				'The deal is now in question after Royce refused to certify it in mid-October.',
				'The deal is now in question after Obama refused to certify it in mid-October.'
			],
			evidence: [1],
			fact: '1:statement'
		};
		const date = (stem: string): Candidate => ({
			...BASE,
			type: 'number',
			keyKind: 'number',
			stem,
			key: '11',
			distractors: ['9', '10', '13'],
			evidence: [2],
			fact: '2:11'
		});
		const shows = date(
			"The 60-day deadline for Congress to address Trump's refusal to re-certify the deal begins on January _____."
		);
		expect(select(an, [statement, shows], { count: 10, minScore: 0 })).toHaveLength(1);
		const apart = date('The 60-day deadline for Congress begins on January _____.');
		expect(select(an, [statement, apart], { count: 10, minScore: 0 })).toHaveLength(2);
	});

	it('counts a name shown with words of the same field of meaning as showing the answer', () => {
		const text = [
			'Former Yukos boss Mikhail Khodorkovsky began testimony on Friday in his trial for fraud.',
			'Mr Khodorkovsky pleaded not guilty to the charges brought against him.',
			'Chief executive Steven Theede said the merits of the case were strong.',
			'Mr Khodorkovsky spoke for an hour about his family and his old school.'
		].join('\n');
		const an = analysisOf(text);
		const who = (sentence: number, context: string): Candidate => ({
			...BASE,
			type: 'cloze',
			keyKind: 'person',
			keyEntity: idOf(an, 'Mikhail Khodorkovsky'),
			stem: `Mr _____ ${context}.`,
			key: 'Khodorkovsky',
			distractors: ['Theede', 'Misamore'],
			context,
			evidence: [sentence],
			fact: `${sentence}:person`
		});
		const day: Candidate = {
			...BASE,
			type: 'number',
			keyKind: 'weekday',
			stem: 'Former Yukos boss Mikhail Khodorkovsky began testimony on _____ in his trial for fraud.',
			key: 'Friday',
			distractors: ['Tuesday', 'Wednesday', 'Thursday'],
			evidence: [0],
			fact: '0:friday'
		};
		// a trial beside a plea of not guilty: the same field, no word in common
		const plea = who(1, 'pleaded not guilty to the charges brought against him');
		expect(select(an, [day, plea], { count: 10, minScore: 0 })).toHaveLength(1);
		const school = who(3, 'spoke for an hour about his family and his old school');
		expect(select(an, [day, school], { count: 10, minScore: 0 })).toHaveLength(2);
	});

	it('counts a role shown as the article writes it as showing a who-is-who answer', () => {
		const an = analysisOf(
			[
				'Democratic Congressman Joe Crowley co-sponsored the resolution.',
				'Democratic Congressman Joe Crowley said the vote was held on Tuesday.',
				'Republican Representative Steve Chabot also backed it.'
			].join('\n')
		);
		const role: Candidate = {
			...BASE,
			type: 'who',
			keyKind: 'role',
			stem: 'According to the article, who is Joe Crowley?',
			key: 'the Democratic Congressman',
			distractors: ['the Republican Representative', 'the House Foreign Affairs Chairman'],
			subject: idOf(an, 'Joe Crowley'),
			context: 'Democratic Congressman',
			evidence: [0],
			fact: 'roles'
		};
		const day = (stem: string): Candidate => ({
			...BASE,
			type: 'number',
			keyKind: 'weekday',
			stem,
			key: 'Tuesday',
			distractors: ['Monday', 'Wednesday', 'Thursday'],
			evidence: [1],
			fact: '1:tuesday'
		});
		const shows = day('Democratic Congressman Joe Crowley said the vote was held on _____.');
		expect(select(an, [role, shows], { count: 10, minScore: 0 })).toHaveLength(1);
		const apart = day('Joe Crowley said the vote was held on _____.');
		expect(select(an, [role, apart], { count: 10, minScore: 0 })).toHaveLength(2);
	});

	it("counts the key's body shown beside the person as showing a who-is-who answer", () => {
		const an = analysisOf(
			[
				'Safeway chief executive Carlos Criado-Perez said the offer was good value.',
				'Safeway has been vulnerable since a price cut launched by Mr Criado-Perez in 2000 failed.',
				'Shore Capital analyst Clive Black said Mr Criado-Perez had done well.'
			].join('\n')
		);
		const role: Candidate = {
			...BASE,
			type: 'who',
			keyKind: 'role',
			stem: 'According to the article, who is Carlos Criado-Perez?',
			key: 'the Safeway chief executive',
			distractors: ['the Shore Capital analyst', 'the general secretary'],
			subject: idOf(an, 'Carlos Criado-Perez'),
			context: 'Safeway chief executive',
			evidence: [0],
			fact: 'roles'
		};
		const year = (i: number, stem: string): Candidate => ({
			...BASE,
			type: 'number',
			keyKind: 'year',
			stem,
			key: '2000',
			distractors: ['2001', '2002', '2003'],
			evidence: [i],
			fact: `${i}:2000`
		});
		const shows = year(
			1,
			'Safeway has been vulnerable since a price cut launched by Mr Criado-Perez in _____ failed.'
		);
		expect(select(an, [role, shows], { count: 10, minScore: 0 })).toHaveLength(1);
		const apart = year(
			2,
			'Shore Capital analyst Clive Black said Mr Criado-Perez had done well in _____.'
		);
		expect(select(an, [role, apart], { count: 10, minScore: 0 })).toHaveLength(2);
	});

	it('takes two-option questions only when nothing better is left, and at most `maxSpare`', () => {
		const an = analysisOf(
			[
				'Mr Charles Clarke said the security services backed his measures.',
				'Mr David Davis warned of miscarriages of justice on Tuesday.',
				'Mr Clarke said any decision would be reviewed by a judge within seven days.',
				'Mr Davis told Today the plan gave a minister new powers.'
			].join('\n')
		);
		const q = (sentence: number, distractors: string[]): Candidate => ({
			...BASE,
			type: 'cloze',
			keyKind: 'person',
			stem: `Question on sentence ${sentence} _____.`,
			key: `Key ${sentence}`,
			distractors,
			evidence: [sentence],
			fact: `${sentence}`
		});
		const good = [q(0, ['A', 'B', 'C'])];
		const spare = [q(1, ['D']), q(2, ['E']), q(3, ['F'])];
		const pick = (maxSpare: number, count = 10) =>
			select(an, good, { count, minScore: 0, spare, maxSpare }).map((c) => c.evidence[0]);
		expect(pick(0)).toEqual([0]);
		expect(pick(2)).toHaveLength(3);
		expect(pick(2)).toContain(0);
		// a full bank takes none
		expect(pick(2, 1)).toEqual([0]);
	});

	it('takes a second "what" item only on someone else, with no option in common', () => {
		const an = analysisOf(
			['A did one thing.', 'B did another.', 'C did a third.', 'D did a fourth.'].join('\n')
		);
		// options are "deed <person>" or "deed <person>b" (another deed of the same person)
		const what = (sentence: number, subject: number, options: string[]): Candidate => ({
			...BASE,
			type: 'what',
			keyKind: 'statement',
			stem: `According to the article, person ${subject} _____.`,
			key: `deed ${subject}`,
			distractors: options.map((x) => `deed ${x}`),
			subject,
			swapped: options.map((x) => Number.parseInt(x, 10)),
			evidence: [sentence],
			fact: `what:${sentence}`
		});
		const two = (b: Candidate) =>
			select(an, [what(0, 1, ['2b', '3']), b], { count: 10, minScore: 0 });
		expect(two(what(1, 4, ['5', '6']))).toHaveLength(2);
		// the second shows the first one's answer ("deed 1") among its options
		expect(two(what(1, 4, ['1', '6']))).toHaveLength(1);
		// the second asks for an option the first shows ("deed 3")
		expect(two(what(1, 3, ['5', '6']))).toHaveLength(1);
		// the same person twice
		expect(two(what(1, 1, ['5', '6']))).toHaveLength(1);
		// the first shows another deed of the second one's subject ("deed 2b"): no option in
		// common, so neither answer strikes out an option of the other
		expect(two(what(1, 2, ['1b', '6']))).toHaveLength(2);
	});

	it('never picks a "what" item beside a question that shows whose one of its options is', () => {
		const an = analysisOf(['A did one thing.', 'B did another.', 'C did a third.'].join('\n'));
		const what: Candidate = {
			...BASE,
			type: 'what',
			keyKind: 'statement',
			stem: 'According to the article, Stan Sigman _____.',
			key: 'joined Jobs on stage and praised the deal',
			distractors: ['said Apple hoped to sell ten million phones', 'unveiled the phone in January'],
			subject: 1,
			swapped: [2, 2],
			evidence: [0],
			fact: 'what:0'
		};
		const statement = (key: string): Candidate => ({
			...BASE,
			type: 'statement',
			keyKind: 'statement',
			stem: 'Which statement is supported by the article?',
			key,
			distractors: [key.replace('ten', 'five'), key.replace('ten', 'six')],
			evidence: [1],
			fact: 'statement:1'
		});
		const both = (key: string) => select(an, [what, statement(key)], { count: 10, minScore: 0 });
		expect(both('Jobs said Apple hoped to sell ten million phones next year.')).toHaveLength(1);
		expect(both('Cingular will carry ten million phones next year.')).toHaveLength(2);
	});

	it('honours count, and never pads beyond the good candidates', () => {
		expect(generate(seed, { count: 3 }).bank.questions).toHaveLength(3);
		const many = generate(seed, { count: 50 }).bank.questions.length;
		expect(many).toBeLessThan(50);
		expect(generate(seed, { count: 50 }).report.notes.join(' ')).toMatch(/not padded/);
	});

	it('keeps the questions in reading order with ids q1…', () => {
		const order = bank.questions.map((q) => Number(q.evidence[0]?.slice(1)));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(bank.questions.map((q) => q.id)).toEqual(bank.questions.map((_, i) => `q${i + 1}`));
	});

	it('gives every question a difficulty in 0–1 and a plain explanation', () => {
		for (const q of bank.questions) {
			expect(q.difficulty).toBeGreaterThanOrEqual(0);
			expect(q.difficulty).toBeLessThanOrEqual(1);
			expect(q.explanation).toMatch(/^(The article says|This sentence answers) /);
		}
	});
});
