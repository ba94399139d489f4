import { describe, expect, it } from 'vitest';
import { analysisOf, NEWS } from '../test-helpers';
import type { Analysis } from './types';

const an = analysisOf(NEWS);
const entity = (a: Analysis, display: string) => a.entities.find((e) => e.display === display);
const mentionsIn = (a: Analysis, display: string) =>
	entity(a, display)?.mentions.map((m) => `${a.sentences[m.sentence]?.sentence.id}:${m.text}`) ??
	[];

describe('analysis: entities and aliases', () => {
	it.each([
		['Kim Jong Un', 'person', ['kim jong un', 'kim']],
		['Vladimir Putin', 'person', ['vladimir putin']],
		['Sergei Shoigu', 'person', ['sergei shoigu']],
		['North Korea', 'country', ['north korea', 'dprk']],
		['the United States', 'country', ['united states', 'u.s.', 'the united states']],
		['RIA', 'agency', ['ria']],
		['KCNA', 'agency', ['kcna']],
		['the United Nations', 'organisation', ['u.n.']],
		['Wednesday', 'weekday', ['wednesday']],
		['July', 'month', ['july']],
		['1948', 'year', ['1948']],
		['Pyongyang', 'city', ['pyongyang']]
	])('%s is a %s known also as %j', (display, kind, aliases) => {
		const e = entity(an, display);
		expect(e?.kind).toBe(kind);
		for (const a of aliases) expect(e?.aliases.has(a)).toBe(true);
	});

	it('ties "Kim" to Kim Jong Un in every sentence', () => {
		expect(mentionsIn(an, 'Kim Jong Un')).toEqual([
			's1:Kim Jong Un',
			's2:Kim',
			's3:Kim',
			's8:Kim',
			's9:Kim'
		]);
	});

	it('ties "the U.S." and "The United States" to one country', () => {
		expect(mentionsIn(an, 'the United States')).toEqual(['s4:United States', 's5:U.S.']);
	});

	it('marks demonyms as adjectives of their country, never as keys', () => {
		const russia = entity(an, 'Russia');
		const demonyms = russia?.mentions.filter((m) => m.demonym).map((m) => m.text);
		expect(demonyms).toContain('Russian');
		expect(russia?.demonyms.has('russian')).toBe(true);
	});

	it('keeps the role in front of a name', () => {
		expect(entity(an, 'Vladimir Putin')?.title).toBe('Russian President');
		expect(entity(an, 'Kim Jong Un')?.title).toBe('North Korean leader');
	});

	it('resolves an opening "He" to the only person of the sentence before', () => {
		const s8 = an.sentences[7];
		expect(s8?.pronounStart).toBe(true);
		expect(s8?.antecedent).toBe(entity(an, 'Sergei Shoigu')?.id);
	});

	it('never resolves the "He" that opens a quotation', () => {
		const a = analysisOf(
			'In one message, Mr Rohit Gupta wrote about a man.\n"He was being swept away," the message read.'
		);
		expect(a.sentences[1]?.antecedent).toBeUndefined();
		const b = analysisOf('In one message, Mr Rohit Gupta wrote about a man.\nHe was swept away.');
		expect(b.sentences[1]?.antecedent).toBeDefined();
	});

	it('never resolves a "He" inside a quotation a sentence before opened', () => {
		const a = analysisOf(
			'Robert Pires told the paper: "He has been at Arsenal for ever. He is a very attacking left-back. "I am not sure."'
		);
		expect(a.sentences[1]?.pronounStart).toBe(true);
		expect(a.sentences[1]?.antecedent).toBeUndefined();
		const b = analysisOf('"We won," said Robert Pires. He is a very attacking player.');
		expect(b.sentences[1]?.antecedent).toBe(
			b.entities.find((e) => e.display === 'Robert Pires')?.id
		);
	});
	it('never resolves "Her" to a man, nor "He" to a woman', () => {
		const yettaw =
			'Her term was extended after an American man, John Yettaw, swam across the lake.';
		expect(analysisOf(`${yettaw} Her release came six days later.`).sentences[1]?.antecedent).toBe(
			undefined
		);
		expect(analysisOf(`${yettaw} He was jailed for it.`).sentences[1]?.antecedent).toBeDefined();
		const rosenfeld = 'Irene Rosenfeld spoke for Kraft.';
		expect(analysisOf(`${rosenfeld} He smiled.`).sentences[1]?.antecedent).toBeUndefined();
		expect(analysisOf(`${rosenfeld} She smiled.`).sentences[1]?.antecedent).toBeDefined();
		expect(analysisOf('Mr Sam Lee spoke. Her view differs.').sentences[1]?.antecedent).toBe(
			undefined
		);
	});

	it('carries a pronoun on from the sentence before it, never to the person that sentence names', () => {
		const a = analysisOf(
			[
				'Angela Merkel was elected chancellor on Tuesday.',
				'She rose quickly under former Chancellor Helmut Kohl.',
				'She became leader of the party in 2000.'
			].join('\n')
		);
		const merkel = entity(a, 'Angela Merkel')?.id;
		expect(a.sentences[1]?.antecedent).toBe(merkel);
		expect(a.sentences[2]?.antecedent).toBe(merkel);
	});

	it('leaves "His" unresolved after a sentence whose own "he" is someone else', () => {
		const a = analysisOf(
			'Earlier this year, he survived a power struggle with Ferdinand Piech. His contract runs to 2018.'
		);
		expect(a.sentences[1]?.antecedent).toBeUndefined();
	});

	it('leaves a pronoun unresolved when the sentence before names two people', () => {
		const a = analysisOf('Tony Blair met Gordon Brown in London on Tuesday. He smiled.');
		expect(a.sentences[1]?.pronounStart).toBe(true);
		expect(a.sentences[1]?.antecedent).toBeUndefined();
	});

	it.each([
		['Shares fell 5% on Monday.', 'percent', '5%'],
		['The firm lost £50m last year.', 'money', '£50m'],
		['The firm paid $27.5bn in taxes.', 'money', '$27.5bn'],
		['The school has 900 students.', 'number', '900']
	])('finds the quantity in %j', (text, kind, display) => {
		const a = analysisOf(text);
		expect(a.entities.find((e) => e.kind === kind)?.display).toBe(display);
	});

	it('does not treat a number glued to letters ("12th", "4x100m") as a clean number', () => {
		const a = analysisOf('He won the 4x100m relay on June 12th.');
		expect(a.entities.filter((e) => e.kind === 'number')).toEqual([]);
	});

	it('marks roster lines and bullet items as lists, never a sentence of prose', () => {
		const a = analysisOf(
			[
				'Other key measures announced by the chancellor included:',
				'- An extra £2.8bn for the NHS in England, including £350m this winter',
				'• A freeze on fuel duty for the eighth year in a row',
				'E Taukafa (Tonga), E Guinazu (Argentina), P Tito (Fiji), C Paterson (Scotland)',
				'The chancellor said the measures would cost £25bn over five years.'
			].join('\n')
		);
		expect(a.sentences.map((s) => s.listLike)).toEqual([false, true, true, true, false]);
	});

	it('reads no part of a clock or race time ("11:53 p.m.", "2:06:23") as a number', () => {
		const a = analysisOf('The signal arrived at 11:53 p.m. and Kipruto ran 2:06:23 in 3 races.');
		expect(a.entities.filter((e) => e.kind === 'number').map((e) => e.display)).toEqual(['3']);
		// nor the hours or the seconds of one told in words; its minutes stay
		const b = analysisOf(
			'Linden finished in 2 hours, 39 minutes, 54 seconds, and Rupp in 3 hours 12 minutes, aged 50 years, 11 months.'
		);
		const numbers = b.entities.filter((e) => e.kind === 'number').map((e) => e.display);
		expect(numbers).toEqual(['39', '12', '50']);
	});

	it('reads an amount after a sentence-opening "About" or "Some", not one after a name', () => {
		const a = analysisOf(
			'About 50,000 children live with foster families. Some £14m went on technology. Radio 1 and BBC 6 Music played it.'
		);
		const amounts = a.entities.filter((e) => ['number', 'money'].includes(e.kind));
		expect(amounts.map((e) => e.display)).toEqual(['50,000', '£14m']);
	});

	it('ties a company named with and without its legal form ("Apple Computer Inc" = "Apple Inc")', () => {
		const a = analysisOf(
			[
				'Apple Inc unveiled its phone on Tuesday.',
				'The company changed its name from Apple Computer Inc.',
				'Shares of BlackBerry maker Research In Motion fell, and Apple Records rose.'
			].join('\n')
		);
		expect(entity(a, 'Apple Inc')?.aliases.has('apple computer inc')).toBe(true);
		expect(a.entities.some((e) => e.display === 'Apple Computer Inc')).toBe(false);
		// "In" inside a name; and no legal form, no merging
		expect(entity(a, 'Research In Motion')).toBeDefined();
		expect(entity(a, 'Apple Records')).toBeDefined();
	});

	it('ties an acronym to the body whose initials it is, and leaves "UK-based" out of a name', () => {
		const a = analysisOf(
			[
				'Deutsche Boerse wants to buy the London Stock Exchange.',
				"Deutsche Boerse's supervisory board backed the bid for the LSE.",
				'UK-based TCI Fund Management opposes it, and TCI wants a vote.'
			].join('\n')
		);
		const lse = entity(a, 'London Stock Exchange');
		expect(lse?.aliases.has('lse')).toBe(true);
		expect(a.entities.filter((e) => e.display === 'LSE')).toEqual([]);
		expect(entity(a, 'Deutsche Boerse')?.kind).toBe('organisation');
		const tci = entity(a, 'TCI Fund Management');
		expect(tci?.aliases.has('tci')).toBe(true);
		expect(a.entities.some((e) => e.display.startsWith('UK-based'))).toBe(false);
		const b = analysisOf('GUS, the retail group, will also bid.');
		expect(entity(b, 'GUS')?.kind).toBe('organisation');
	});

	it('does not read capitalised sentence openers as names', () => {
		const a = analysisOf('During the visit, officials met. Earlier this month, talks ended.');
		expect(a.entities.map((e) => e.display)).toEqual([]);
	});
});
