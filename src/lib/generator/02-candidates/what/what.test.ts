import { describe, expect, it } from 'vitest';
import { GATES, firstFailure } from '../../04-gates/gates';
import { generate } from '../../index';
import { analysisOf, articleOf } from '../../test-helpers';
import { makeWhat } from './what';

const run = (text: string) => {
	const an = analysisOf(text);
	const cands = makeWhat(an, {
		maxStemWords: 35,
		focus: new Set(an.sentences.map((s) => s.index))
	});
	return { an, cands };
};
const about = (text: string, name: string) =>
	run(text).cands.filter(
		(c) => c.stem.includes(`article, ${name} `) || c.stem.includes(` ${name} say`)
	);

const BLOGS = [
	'Mr Rohit Gupta runs a popular blog about the disaster in Sri Lanka.',
	'Ms Dina Mehta wrote about a woman who was running home with a friend when the wave hit.',
	'Mr Ramdhan Kotamaraja pooled money with concerned friends to help the victims.',
	'Mr Clark Boyd spent three weeks travelling through the affected villages.',
	'Ms Anna Pike was rescued by fishermen after two days at sea.'
].join('\n');

describe('what candidates', () => {
	it('ask what the article says one person did, against what others did', () => {
		const [c] = about(BLOGS, 'Rohit Gupta');
		expect(c?.stem).toBe('According to the article, Rohit Gupta _____.');
		expect(c?.key).toBe('runs a popular blog about the disaster in Sri Lanka');
		expect(c?.distractors).toHaveLength(3);
		expect(c?.distractors).toContain('pooled money with concerned friends to help the victims');
		expect(c?.evidence).toEqual([0]);
		expect(c?.explanation).toBe(
			'The article says Rohit Gupta runs a popular blog about the disaster in Sri Lanka.'
		);
	});

	it('offer a second set of wrong options, none of the first, where the article has enough', () => {
		const more = [
			BLOGS,
			'Mr Peter Hanks drove a lorry of clean water to the coast.',
			'Mr Tom Reid flew to Colombo with medical supplies for the hospitals.'
		].join('\n');
		const [first, second, third] = about(more, 'Rohit Gupta');
		expect(third).toBeUndefined();
		expect(second?.key).toBe(first?.key);
		expect(second?.fact).toBe(first?.fact);
		expect(second?.distractors.length).toBeGreaterThanOrEqual(2);
		for (const d of second?.distractors ?? []) expect(first?.distractors).not.toContain(d);
		expect(second!.score).toBeLessThan(first!.score);
		// five people: one set only
		expect(about(BLOGS, 'Rohit Gupta')).toHaveLength(1);
	});

	it('pass every gate', () => {
		const { an, cands } = run(BLOGS);
		expect(cands.length).toBeGreaterThan(0);
		for (const c of cands)
			expect(firstFailure(an, c, GATES, { minOptions: 3, maxStemWords: 35 })).toBeUndefined();
	});

	it('never offer a deed whose sentence names the key, or that a sentence about the key repeats', () => {
		const text = [
			'Mr Rohit Gupta runs a popular blog about the disaster in Sri Lanka.',
			'Ms Dina Mehta praised Mr Gupta for his work on the blog.',
			'Mr Ramdhan Kotamaraja pooled money with concerned friends to help the victims.',
			'Mr Gupta also pooled money with concerned friends for the victims.',
			'Mr Clark Boyd spent three weeks travelling through the affected villages.',
			'Ms Anna Pike was rescued by fishermen after two days at sea.'
		].join('\n');
		const [c] = about(text, 'Rohit Gupta');
		const options = [c?.key, ...(c?.distractors ?? [])].join(' | ');
		expect(options).not.toContain('praised');
		expect(options).not.toContain('pooled money with concerned friends to help the victims');
		expect(c?.distractors).toContain('spent three weeks travelling through the affected villages');
	});

	it('never offer "his" deeds for a woman, nor "her" deeds for a man', () => {
		const text = [
			'Ms Dina Mehta started a blog about the disaster in Sri Lanka.',
			'Mr Rohit Gupta sold his house to help the victims of the wave.',
			'Mr Ramdhan Kotamaraja pooled money with concerned friends to help the victims.',
			'Mr Clark Boyd spent three weeks travelling through the affected villages.',
			'Ms Anna Pike was rescued by fishermen after two days at sea.'
		].join('\n');
		const [c] = about(text, 'Dina Mehta');
		expect(c?.distractors.some((d) => /\bhis\b/.test(d))).toBe(false);
		expect(c?.distractors).toContain('was rescued by fishermen after two days at sea');
	});

	it('never offer a deed whose "her" is someone else, nor one with a verb left out', () => {
		const text = [
			'Ms Aung San Suu Kyi has spent many of the past years in detention.',
			'Mr David Cameron said her freedom was long overdue and welcome.',
			'Mr George Osborne is expected to be named chancellor, and William Hague foreign secretary.',
			'Mr Ban Ki-moon urged the authorities to free all other political prisoners.',
			'Mr Barack Obama called the release a step towards democracy.'
		].join('\n');
		const [c] = about(text, 'Aung San Suu Kyi');
		expect(c?.distractors).toContain('urged the authorities to free all other political prisoners');
		expect(c?.distractors.some((d) => /her freedom|William Hague/.test(d))).toBe(false);
	});

	it('never offer a deed about a place the article ties to the key ("from India" for an Indian)', () => {
		const text = [
			'Indian writer Rohit Gupta edits a group blog about the disaster.',
			'Mr Rohit Gupta says the power of text message blogs was palpable.',
			'Mr Ramdhan Kotamaraja is originally from India, but now lives in Dallas.',
			'Mr Clark Boyd spent three weeks travelling through the affected villages.',
			'Ms Anna Pike was rescued by fishermen after two days at sea.'
		].join('\n');
		const c = about(text, 'Rohit Gupta').find((x) => x.key.startsWith('says the power'));
		expect(c?.distractors).not.toContain('is originally from India, but now lives in Dallas');
		expect(c?.distractors).toContain('spent three weeks travelling through the affected villages');
	});

	it('offers words that name a country the key speaks of, but is not from', () => {
		const text = [
			'"We agreed to meet before the U.S.-North Korea summit," Japanese Prime Minister Shinzo Abe said.',
			'"We have put a great team together for our talks with North Korea," President Donald Trump said.',
			'"The talks with North Korea will take place in Singapore in June," Secretary of State Mike Pompeo said.'
		].join('\n');
		const [c] = about(text, 'Shinzo Abe');
		expect(c?.distractors).toContain(
			'"We have put a great team together for our talks with North Korea"'
		);
	});

	it('skip asides, opening phrases and adverbs around the subject', () => {
		const text = [
			'Mr Franklin Raines, head of the budget office, has taken early retirement from the firm.',
			'Last week, Mr Tim Howard stepped down as chief financial officer.',
			'Mr Armando Falcon reportedly met the board of the firm in Washington.',
			'Ms Jane Doe joined the company as a senior accountant last year.'
		].join('\n');
		const keys = run(text).cands.map((c) => c.key);
		expect(keys).toContain('has taken early retirement from the firm');
		expect(keys).toContain('stepped down as chief financial officer');
		expect(keys).toContain('met the board of the firm in Washington');
	});

	it('a resolved "He…" cites the sentence that names him', () => {
		const text = [
			'Mr Rohit Gupta runs a popular blog about the disaster in Sri Lanka.',
			'He raised money for three fishing villages on the coast.',
			'Mr Ramdhan Kotamaraja pooled money with concerned friends to help the victims.',
			'Mr Clark Boyd spent three weeks travelling through the affected villages.'
		].join('\n');
		const c = run(text).cands.find((x) => x.key.startsWith('raised money'));
		expect(c?.stem).toBe('According to the article, Rohit Gupta _____.');
		expect(c?.evidence).toEqual([1, 0]);
	});

	it('never an option whose "it" or "they" points at words it leaves out', () => {
		const text = [
			'Atticus Capital, holding 2% of Deutsche Boerse, wants it to buy back its own shares.',
			'Standard Life Investments has expressed concern at the plans of the German operator.',
			'TCI Fund Management has asked for an extraordinary meeting of shareholders.',
			'Euronext operates the Amsterdam, Brussels and Paris exchanges.'
		].join('\n');
		const { cands } = run(text);
		expect(cands.length).toBeGreaterThan(0);
		for (const c of cands) expect([c.key, ...c.distractors].join(' ')).not.toMatch(/\bit\b/);
	});

	it('reported speech becomes "said that …", checked word for word against its sentence', () => {
		const text = [
			"Britain's rebate is not up for renegotiation at next week's summit, Jack Straw said.",
			'Mr Michael Howard accused the government of running scared of the voters.',
			'Mr Charles Kennedy called for a referendum on the new treaty.',
			'Mr Gordon Brown promised more money for schools in the poorest areas.'
		].join('\n');
		const { an, cands } = run(text);
		const c = cands.find((x) => x.stem.includes('Jack Straw'));
		expect(c?.key).toBe(
			"said that Britain's rebate is not up for renegotiation at next week's summit"
		);
		expect(firstFailure(an, c!, GATES, { minOptions: 3, maxStemWords: 35 })).toBeUndefined();
	});

	it('quotations meet quotations under "what did … say?"', () => {
		const text = [
			'Mr Mark Oaten said: "We believe it should be the judge that takes decisions, not politicians."',
			'Mr Barry Sheerman said: "The e-University was a terrible waste of public money."',
			'Ms Margaret Hodge said: "Foster carers must not be out of pocket when caring for a child."',
			'Mr David Davis visited the prison in Belmarsh on Monday afternoon.'
		].join('\n');
		const [c] = about(text, 'Mark Oaten');
		expect(c?.stem).toBe('According to the article, what did Mark Oaten say?');
		expect(c?.key).toBe(
			'"We believe it should be the judge that takes decisions, not politicians"'
		);
		expect(c?.distractors).toHaveLength(2);
		for (const d of c?.distractors ?? []) expect(d).toMatch(/^".*"$/);
	});

	it("a quotation that runs on stays its speaker's, citing the sentence that names them", () => {
		const text = [
			'Liverpool manager Rafael Benitez said: "We started at a very high tempo and had many chances.',
			'"We were very good defensively and also good on the counter attack."',
			'Deportivo coach Javier Irureta said: "Liverpool played very well and we just could not break them down.',
			'"The goal was a bad mistake and a big blow to our confidence."',
			'The result leaves Deportivo at the bottom of the group.',
			'"We want to win every game in this competition," said Mr Steven Gerrard.'
		].join('\n');
		const { an, cands } = run(text);
		const c = cands.find((x) => x.key.startsWith('"We were very good'));
		expect(c?.stem).toBe('According to the article, what did Rafael Benitez say?');
		expect(c?.evidence).toEqual([1, 0]);
		expect(c?.distractors).toContain(
			'"The goal was a bad mistake and a big blow to our confidence"'
		);
		expect(firstFailure(an, c!, GATES, { minOptions: 3, maxStemWords: 35 })).toBeUndefined();
		// the article's own words end the quotation: nothing after them is Irureta's
		const irureta = cands.filter((x) => x.stem.includes('Irureta')).map((x) => x.key);
		expect(irureta).toHaveLength(2);
	});

	it('are made only when asked for (the strict ratings of new articles failed them)', () => {
		const article = articleOf(BLOGS);
		expect(generate(article).bank.questions.some((q) => q.type === 'what')).toBe(false);
		const asked = generate(article, { types: ['what'] }).bank.questions;
		expect(asked.some((q) => q.type === 'what')).toBe(true);
	});

	it('make nothing when no one else does anything', () => {
		const c = about(
			'Mr Rohit Gupta runs a popular blog about the disaster in Sri Lanka.\nThe wave hit on Sunday.',
			'Rohit Gupta'
		);
		expect(c[0]?.distractors ?? []).toEqual([]);
	});
});
