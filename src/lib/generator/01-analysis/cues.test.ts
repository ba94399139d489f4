import { describe, expect, it } from 'vitest';
import { analysisOf } from '../test-helpers';
import type { Analysis } from './types';

const entity = (a: Analysis, display: string) => a.entities.find((e) => e.display === display);
const kindOf = (text: string, display: string) => entity(analysisOf(text), display)?.kind;
const displays = (a: Analysis) => a.entities.map((e) => e.display);

describe('analysis: honorifics and initials', () => {
	it('starts a new name at an honorific ("at GDC Mr Allard")', () => {
		const a = analysisOf('During his talk at ZQX Mr Brannock praised the new console.');
		expect(displays(a)).toContain('ZQX');
		expect(entity(a, 'Brannock')?.kind).toBe('person');
		expect(entity(a, 'Brannock')?.honorific).toBe('Mr');
		expect(displays(a).some((d) => d.includes('Mr'))).toBe(false);
	});

	it('reads an initial and a surname as a person, and "Mr" + surname as the same one', () => {
		const a = analysisOf(
			'Tablet boss K. Vantrell said the device would ship soon.\nMr Vantrell said prices would fall.'
		);
		const e = entity(a, 'K. Vantrell');
		expect(e?.kind).toBe('person');
		expect(e?.mentions.map((m) => m.text)).toEqual(['K. Vantrell', 'Vantrell']);
		expect(a.entities.filter((x) => x.aliases.has('vantrell'))).toHaveLength(1);
	});

	it('takes "Mr R Brannock" as one person', () => {
		const a = analysisOf('It works well, said Mr R Brannock, head of networks at the firm.');
		expect(entity(a, 'R Brannock')?.kind).toBe('person');
		expect(entity(a, 'R Brannock')?.honorific).toBe('Mr');
	});

	it('records "Mr" at the start of a sentence as an honorific, not a role', () => {
		const a = analysisOf('Tom Quarrie spoke first.\nMr Quarrie said the plan was sound.');
		expect(entity(a, 'Tom Quarrie')?.honorific).toBe('Mr');
		expect(entity(a, 'Tom Quarrie')?.title).toBeUndefined();
	});

	it('splits a title inside a run of capitals ("Texas Judge Ann Lee")', () => {
		const a = analysisOf('The case was heard by Utah Judge Marla Pendry on Monday.');
		expect(entity(a, 'Marla Pendry')?.kind).toBe('person');
		expect(entity(a, 'Marla Pendry')?.title).toBe('Judge');
	});

	it('ends a titled name at "of" ("Congressman Joe Crowley of New York")', () => {
		const a = analysisOf(
			'The bill was backed by Congressman Ted Vorhees of Ohio and Senator Ada Brix of Maine.'
		);
		expect(entity(a, 'Ted Vorhees')?.kind).toBe('person');
		expect(entity(a, 'Ada Brix')?.kind).toBe('person');
		expect(displays(a).some((d) => d.includes(' of '))).toBe(false);
	});
});

describe('analysis: context makes a person', () => {
	it.each([
		['Relief came when midfielder Zoltan Abernathy scored late.', 'Zoltan Abernathy'],
		['The label signed guitarist Xander Quell last year.', 'Xander Quell'],
		['It was designed by fashion designer Giacomo Ferlatti in Milan.', 'Giacomo Ferlatti'],
		['Brannock Quell, the 29-year-old, scored twice.', 'Brannock Quell'],
		['Xeno Pardalis, 31, was fined.', 'Xeno Pardalis']
	])('%j: %s is a person', (text, display) => {
		expect(kindOf(text, display)).toBe('person');
	});

	it('makes every mention of a single name a person once one is ("blogger Zorquendi")', () => {
		const a = analysisOf(
			'Zorquendi posted updates all night.\nThe blogger Zorquendi said many were safe.'
		);
		const e = entity(a, 'Zorquendi');
		expect(e?.kind).toBe('person');
		expect(e?.mentions).toHaveLength(2);
	});

	it('never takes a pronoun contraction for a name', () => {
		const a = analysisOf('I\'m happy, he said. "We\'ll win," Tom Quarrie added.');
		expect(displays(a)).toEqual(['Tom Quarrie']);
	});
});

describe('analysis: clubs, companies and things', () => {
	it('makes a city name a club everywhere when one sentence says so', () => {
		const a = analysisOf(
			'Liverpool manager Ray Ostrander was pleased.\nAn own goal gave Liverpool a 1-0 win.'
		);
		const e = entity(a, 'Liverpool');
		expect(e?.kind).toBe('organisation');
		expect(e?.mentions).toHaveLength(2);
		expect(a.entities.filter((x) => x.display === 'Liverpool')).toHaveLength(1);
	});

	it.each([
		['Shares in Quorvex rose sharply on Monday.', 'Quorvex'],
		['Quorvex chief executive Ann Bell quit.', 'Quorvex'],
		['Tantalo coach Ivo Brunn said they were unlucky.', 'Tantalo'],
		['The unit was bought by state-controlled oil company Vostrel.', 'Vostrel'],
		['It was a former unit of Russian gas monopoly Gazmarov.', 'Gazmarov']
	])('%j: %s is an organisation', (text, display) => {
		expect(kindOf(text, display)).toBe('organisation');
	});

	it('does not take a firm named like a person for a person (", the country\'s largest lender")', () => {
		const a = analysisOf("Freddie Lomax, the country's second largest lender, also fell.");
		expect(entity(a, 'Freddie Lomax')?.kind).toBe('organisation');
	});

	it('leaves a band or a title as a plain name (", the Welsh band,")', () => {
		const a = analysisOf('Kelly Tarnation, the Welsh band, played on Friday.');
		expect(entity(a, 'Kelly Tarnation')?.kind).toBe('name');
	});

	it('ties a firm\'s short name to its full name ("Zentro" after "Zentro Energy")', () => {
		const a = analysisOf('Zentro Energy found oil in Kenya.\nZentro said output would rise.');
		const e = entity(a, 'Zentro Energy');
		expect(e?.kind).toBe('organisation');
		expect(e?.aliases.has('zentro')).toBe(true);
		expect(displays(a)).not.toContain('Zentro');
	});

	it('ties "at Vellucci\'s house" to the designer, not to a place', () => {
		const a = analysisOf(
			"Fashion designer Gino Vellucci died in 1997.\nThe sale at Vellucci's house drew crowds.\nMr Vellucci's taste was wide."
		);
		expect(entity(a, 'Gino Vellucci')?.mentions).toHaveLength(3);
		expect(a.entities.filter((e) => e.kind === 'place')).toEqual([]);
	});

	it('does not take "at Firm" or "in Spring" for a place', () => {
		const a = analysisOf(
			'She is vice president of networks at Quorvex. The show returns in Spring.'
		);
		expect(entity(a, 'Quorvex')?.kind).not.toBe('place');
		expect(entity(a, 'Spring')?.kind ?? 'name').toBe('name');
	});
});

describe('analysis: one person under two spellings', () => {
	it('merges a three-word name spelt one letter differently', () => {
		const a = analysisOf('Kim Yong Chol arrived on Monday.\nKim Young Chol met officials later.');
		const people = a.entities.filter((e) => e.kind === 'person');
		expect(people).toHaveLength(1);
		expect(people[0]?.aliases.has('kim young chol')).toBe(true);
	});

	it('keeps two short first names apart ("Tim Howard", "Tom Howard")', () => {
		const a = analysisOf('Tim Howard left on Monday.\nTom Howard stayed on.');
		expect(a.entities.filter((e) => e.kind === 'person')).toHaveLength(2);
	});

	it('ties a roster initial to the full name ("C Paterson" after "Chris Paterson")', () => {
		const a = analysisOf(
			'Chris Paterson kicked well.\nThe team: C Paterson (Scotland), B Cole (England).'
		);
		expect(entity(a, 'Chris Paterson')?.aliases.has('c paterson')).toBe(true);
	});
});

describe('analysis: titles with dots, names after other capitals, surnames', () => {
	it('reads "Chairman Rep. Ed Brixton" as a titled person and "Mr." as "Mr"', () => {
		const a = analysisOf(
			'"We must act," House Budget Chairman Rep. Ed Brixton said.\nMr. Brixton left early.'
		);
		const e = entity(a, 'Ed Brixton');
		expect(e?.kind).toBe('person');
		expect(e?.honorific).toBe('Mr');
		expect(e?.mentions).toHaveLength(2);
		expect(displays(a)).toContain('House Budget');
	});

	it('splits a full name off the capitals before it ("Springboks John Smit")', () => {
		const a = analysisOf('The Wildcats John Pemberly and Tom Quarrie were picked.');
		expect(entity(a, 'John Pemberly')?.kind).toBe('person');
		expect(displays(a)).toContain('Wildcats');
	});

	it('makes a full name a person when its surname is a person elsewhere ("Mr Kotamaraja")', () => {
		const a = analysisOf(
			'Ramdhan Yadav Zelenko runs a blog.\nMr Zelenko said he started it in Dallas.'
		);
		const e = entity(a, 'Ramdhan Yadav Zelenko');
		expect(e?.kind).toBe('person');
		expect(e?.mentions).toHaveLength(2);
	});

	it('does not make a roster initial a person on its own, but ties it to a full name', () => {
		const a = analysisOf(
			'Chris Paterson kicked well.\nThe team: C Paterson (Scotland), D Vallorie (France), T Ummaga (Samoa).'
		);
		expect(entity(a, 'D Vallorie')?.kind).toBe('name');
		expect(entity(a, 'Chris Paterson')?.mentions).toHaveLength(2);
	});

	it('takes neither "the House" nor a role "of Sony" for a place or a body', () => {
		const a = analysisOf(
			'The bill passed the House on Monday. He is Chief Operating Officer of Quorvex.'
		);
		expect(entity(a, 'House')?.kind).toBe('name');
		expect(entity(a, 'Chief Operating Officer of Quorvex')?.kind).toBe('name');
	});
});

describe('analysis: lists, nationalities and "is correspondent"', () => {
	it('makes a full name listed beside people a person ("A, B and C")', () => {
		const a = analysisOf('He joins Ollie Brant, Cobus Vantrigo and Tom Quarrie in the pack.');
		expect(entity(a, 'Cobus Vantrigo')?.kind).toBe('person');
	});

	it('does not make a band listed beside a person a person', () => {
		const a = analysisOf('The bill includes Tom Quarrie, Snow Patrol and Keane.');
		expect(entity(a, 'Snow Patrol')?.kind).toBe('name');
	});

	it('reads a nationality or a seeding before a full name as a person', () => {
		const a = analysisOf(
			'He beat Austrian Jurgo Melvane in the semi-final.\nThe Frenchman then faced seventh-seeded Zoltan Brix.'
		);
		expect(entity(a, 'Jurgo Melvane')?.kind).toBe('person');
		expect(entity(a, 'Zoltan Brix')?.kind).toBe('person');
	});

	it('reads "X is technology correspondent" and ", director of" as a person', () => {
		const a = analysisOf(
			'Clarke Boydell is technology correspondent for the show.\n"It matters," said Jean Leeward, director of the Korea programme.'
		);
		expect(entity(a, 'Clarke Boydell')?.kind).toBe('person');
		expect(entity(a, 'Jean Leeward')?.kind).toBe('person');
	});
});

describe('analysis: works, languages and generic bodies', () => {
	it('does not take a band\'s album for a person ("U2\'s Joshua Tree")', () => {
		const a = analysisOf("The picks include ZX9's Joshua Tree and a live set.");
		expect(entity(a, 'Joshua Tree')?.kind).toBe('name');
	});

	it("still reads a person after a country's or a person's possessive", () => {
		const a = analysisOf("Britain's Tony Quarrie met Mr Blair's Tom Brant.");
		expect(entity(a, 'Tony Quarrie')?.kind).toBe('person');
		expect(entity(a, 'Tom Brant')?.kind).toBe('person');
	});

	it('ties a name left plain after a possessive to the same person named elsewhere', () => {
		const a = analysisOf("The band's line-up: Quexo's Tom Brant.\nTom Brant said they would tour.");
		expect(a.entities.filter((e) => e.display === 'Tom Brant').map((e) => e.kind)).toEqual([
			'person'
		]);
	});

	it('takes neither a language after "in" for a place nor a lone "Committee" for a body', () => {
		const a = analysisOf('The film is in Aramaic. The Committee met on Monday.');
		expect(entity(a, 'Aramaic')?.kind).toBe('name');
		expect(entity(a, 'Committee')?.kind).toBe('name');
	});
});

describe('analysis: hyphenated first names', () => {
	it('reads "Jean-Michel Basquiat" as a person, not "Rolls-Royce Phantom"', () => {
		const a = analysisOf('Jean-Michel Bastaquo painted it. Sales of the Rolls-Royce Phantom rose.');
		expect(entity(a, 'Jean-Michel Bastaquo')?.kind).toBe('person');
		expect(entity(a, 'Rolls-Royce Phantom')?.kind).not.toBe('person');
	});
});
