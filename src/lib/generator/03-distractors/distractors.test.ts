import { describe, expect, it } from 'vitest';
import type { Analysis } from '../01-analysis/types';
import type { Candidate } from '../02-candidates/types';
import { makeCloze } from '../02-candidates/cloze/cloze';
import { makeNumber } from '../02-candidates/number/number';
import { analysisOf } from '../test-helpers';
import { makeStatement } from '../02-candidates/statement/statement';
import { makeAttribution } from '../02-candidates/attribution/attribution';
import {
	addDistractors,
	numericDistractors,
	orgSort,
	roleGroup,
	sidesOf,
	speakers
} from './distractors';
import { rng } from '../util/random';

const all = (text: string) => {
	const an = analysisOf(text);
	const focus = new Set(an.sentences.map((s) => s.index));
	const cands = [
		...makeCloze(an, { maxStemWords: 35, focus }),
		...makeNumber(an, { maxStemWords: 35, focus })
	];
	return {
		an,
		withOptions: (c: Candidate) => addDistractors(an, c, { distractors: 3, seed: 0 }),
		cands
	};
};

/** The role group the analysis gives the person the article names `name`. */
function roleOf(an: Analysis, name: string): string | undefined {
	const e = an.entities.find((x) => x.display === name);
	return e && roleGroup(an, e);
}

const TEAM = [
	'Liverpool manager Rafael Benitez praised his players after the match in Madrid.',
	'Rafael Benitez was delighted with the result of the game on Tuesday.',
	'Deportivo coach Javier Irureta said his side lacked imagination.',
	'Liverpool midfielder Igor Biscan was outstanding after replacing the injured Xabi Alonso.',
	'The winning goal was scored by defender Jorge Andrade in the first half.',
	'Chelsea boss Jose Mourinho watched from the stand.'
].join('\n');

const RUGBY = [
	"Ireland's Brian O'Driscoll will lead the Northern Hemisphere team in the rugby match at Twickenham.",
	"O'Driscoll heads a cast of players for the match to raise funds.",
	'The South will be led by George Gregan, alongside four All Blacks including captain Tana Umaga.',
	'Umaga and Gregan will play at Twickenham on Saturday.',
	'The North side have been hit by the withdrawals of Scotland duo Gordon Bulloch and Chris Cusiter, plus France captain Fabien Pelous.',
	"Leicester's England centre Ollie Smith comes into the side.",
	"Woodward will assess Scotland pair Simon Taylor and Chris Paterson, and Ireland lock Paul O'Connell.",
	"Smith and O'Connell trained on Friday, with Pelous, Bulloch, Cusiter and Paterson.",
	'Taylor scored a try in the last match.'
].join('\n');

describe('distractors', () => {
	it('read a role from the words before a name and group like roles', () => {
		const { an } = all(TEAM);
		const role = (name: string) => roleOf(an, name);
		expect(role('Rafael Benitez')).toBe('coach');
		expect(role('Javier Irureta')).toBe('coach');
		expect(role('Jose Mourinho')).toBe('coach');
		expect(role('Igor Biscan')).toBe('player');
	});

	it('offer a person only people of the same role (a coach for a coach, never a player)', () => {
		const { cands, withOptions } = all(TEAM);
		// (not "manager _____": the stem's own role word would describe the key)
		expect(cands.some((x) => x.key === 'Rafael Benitez' && x.evidence[0] === 0)).toBe(false);
		const c = cands.find((x) => x.key === 'Rafael Benitez' && x.evidence[0] === 1);
		expect(c).toBeDefined();
		const options = withOptions(c!).distractors;
		expect(options.sort()).toEqual(['Javier Irureta', 'Jose Mourinho']);
	});

	it("read the side the words before a name give ('Ireland's', 'Scotland duo … and', 'Tory')", () => {
		const an = analysisOf(RUGBY);
		const sides = (name: string) => [
			...sidesOf(
				an,
				an.entities.find((e) => e.display === name)!
			)
		];
		expect(sides("Brian O'Driscoll")).toEqual(['ireland']);
		expect(sides('Chris Cusiter')).toEqual(['scotland']);
		expect(sides('Ollie Smith').sort()).toEqual(['england', 'leicester']);
		expect(sides('Tana Umaga')).toEqual([]);
		const politics = analysisOf(
			'Liberal Democrat home affairs spokesman Mark Oaten said the plan was wrong.\nTory shadow home secretary David Davis agreed.\nParty president Simon Hughes spoke too.'
		);
		const of = (name: string) => [
			...sidesOf(
				politics,
				politics.entities.find((e) => e.display === name)!
			)
		];
		expect(of('Mark Oaten')).toEqual(['liberal democrat']);
		expect(of('David Davis')).toEqual(['tory']);
		expect(of('Simon Hughes')).toEqual([]);
	});

	it("offer for a slot the sentence ties to a side only people of that side ('Ireland's _____')", () => {
		const { an, cands, withOptions } = all(RUGBY);
		const c = cands.find((x) => x.key === "Brian O'Driscoll" && x.stem.startsWith("Ireland's"));
		expect(c).toBeDefined();
		expect(withOptions(c!).distractors).toEqual(["Paul O'Connell"]);
		// a false statement swaps a Scot only for another Scot
		const focus = new Set(an.sentences.map((s) => s.index));
		const duo = makeStatement(an, { maxStemWords: 35, focus }).find(
			(x) => x.key.includes('Scotland pair') && !x.negative
		);
		expect(duo).toBeDefined();
		expect(duo!.distractors.length).toBe(2);
		for (const d of duo!.distractors)
			expect(d).toMatch(/Simon Taylor and (?:Gordon Bulloch|Chris Cusiter),/);
	});

	it('swap no one for the scorer of an own goal (who plays for the other side)', () => {
		const text = [
			"Jorge Andrade's early own goal gave Liverpool a 1-0 win on Tuesday.",
			'Liverpool midfielder Igor Biscan was outstanding in the match against Deportivo.',
			'Liverpool striker Milan Baros missed a penalty in the second half.',
			'Liverpool defender Sami Hyypia headed against the bar before the break.'
		].join('\n');
		const { an, cands, withOptions } = all(text);
		const c = cands.find((x) => x.key === 'Jorge Andrade');
		expect(c).toBeDefined();
		expect(withOptions(c!).distractors).toEqual([]);
		const focus = new Set(an.sentences.map((s) => s.index));
		const swaps = makeStatement(an, { maxStemWords: 35, focus }).filter((x) =>
			x.distractors.some((d) => d.includes('own goal') && !d.includes('Andrade'))
		);
		expect(swaps).toEqual([]);
		// the same sentence with a goal of his own does offer other players (of his side)
		const scored = all(
			text.replace(
				"Jorge Andrade's early own goal gave Liverpool",
				"Liverpool's Jorge Andrade scored an early goal to give Liverpool"
			)
		);
		const goal = scored.cands.find((x) => x.key === 'Jorge Andrade');
		expect(scored.withOptions(goal!).distractors.length).toBeGreaterThanOrEqual(2);
	});

	it('take the people of no other role in a sports report as players, and only there', () => {
		const sport = analysisOf(
			[
				"Jorge Andrade's early own goal gave Liverpool a 1-0 win in the Champions League match.",
				'Liverpool manager Rafael Benitez said the tournament was now in their own hands.',
				'Dietmar Hamann and Igor Biscan ran the midfield after the injury to Xabi Alonso.'
			].join('\n')
		);
		const role = roleOf;
		expect(role(sport, 'Jorge Andrade')).toBe('player');
		expect(role(sport, 'Xabi Alonso')).toBe('player');
		expect(role(sport, 'Rafael Benitez')).toBe('coach');
		const politics = analysisOf(
			[
				'Michael Howard said the feud between Tony Blair and Gordon Brown was damaging.',
				'Charles Kennedy told BBC News that the government was split at the top.',
				'Democratic Rep. Ed Royce said the deal was flawed.'
			].join('\n')
		);
		expect(role(politics, 'Charles Kennedy')).toBeUndefined();
		// "Rep." is a politician's title
		expect(role(politics, 'Ed Royce')).toBe('politician');
	});

	it("in a match report, offer only players the article puts on the key's side", () => {
		const match = [
			"Rafael Benitez's side came back from 3-0 down to beat Milan on penalties.",
			'Milan striker Hernan Crespo scored twice before half-time.',
			'Liverpool captain Steven Gerrard headed in a cross in the 54th minute.',
			'Liverpool midfielder Xabi Alonso scored from the rebound of his own penalty.',
			'Milan midfielder Andrea Pirlo missed his penalty in the shoot-out.',
			'Goalkeeper Jerzy Dudek saved from Pirlo and Crespo.',
			'Crespo and Gerrard were the best players on the pitch.'
		].join('\n');
		const { an, cands, withOptions } = all(match);
		// "X's side": the coach; a goalkeeper is no guess for a scorer
		expect(roleOf(an, 'Rafael Benitez')).toBe('coach');
		expect(roleOf(an, 'Jerzy Dudek')).toBe('goalkeeper');
		const gerrard = cands.find((x) => x.key === 'Steven Gerrard' && x.evidence[0] === 6);
		expect(gerrard).toBeDefined();
		expect(withOptions(gerrard!).distractors).toEqual(['Xabi Alonso']);
		// (outside a match report, sides do not matter: any player)
		const { cands: c2, withOptions: w2 } = all(
			match.replace(
				/penalt(?:y|ies)|half-time|shoot-out|scored|striker|midfielder|Goalkeeper/g,
				'x'
			)
		);
		const any = c2.find((x) => x.key === 'Steven Gerrard');
		expect(any && w2(any).distractors.length).not.toBe(1);
	});

	it("take a party's chairman in a political report as a politician, a book's author as an author", () => {
		const an = analysisOf(
			[
				"Tony Blair's feud with Gordon Brown is damaging the government, Tory leader Michael Howard has claimed.",
				"Brown's Britain, by Robert Peston, says there is animosity between the two men.",
				'Mr Blair told MPs in the Commons that Labour would win the election.',
				'Tory co-chairman Liam Fox said Alan Milburn was in charge of election planning.'
			].join('\n')
		);
		const role = (name: string) => roleOf(an, name);
		// a political report tells no one's role by itself: people quoted on opposite sides were
		// the commonest failure of the independent rating
		expect(role('Tony Blair')).toBeUndefined();
		expect(role('Liam Fox')).toBe('politician');
		expect(role('Robert Peston')).toBe('author');
	});

	it("take the maker of a work for its kind ('Moore's documentary', 'Gibson's film')", () => {
		const an = analysisOf(
			[
				"Michael Moore's Bush-baiting documentary was overlooked by the academy.",
				"Mel Gibson's film has dialogue in Aramaic.",
				"Kylie Minogue's new album sold well in Leeds."
			].join('\n')
		);
		const role = (name: string) => roleOf(an, name);
		expect(role('Michael Moore')).toBe('film-maker');
		expect(role('Mel Gibson')).toBe('film-maker');
		expect(role('Kylie Minogue')).toBe('musician');
	});

	it('take a boss for an executive, and for a coach only in a sports report', () => {
		const an = analysisOf(
			'Former Yukos boss Mikhail Khodorkovsky began testimony on Friday in his trial for fraud.\nYukos chief executive Steven Theede said the case was strong.'
		);
		const e = an.entities.find((x) => x.display === 'Mikhail Khodorkovsky');
		expect(e && roleGroup(an, e)).toBe('executive');
	});

	it('sort bodies by the last word of their names, and take the rest for companies', () => {
		const sort = (display: string) => orgSort({ display });
		expect(sort('Microsoft')).toBe(sort('Cairn Energy'));
		expect(sort('Premier League')).not.toBe(sort('Arsenal'));
		expect(sort('Atticus Capital')).toBe(sort('TCI Fund Management'));
		expect(sort('Atticus Capital')).not.toBe(sort('London Stock Exchange'));
		expect(sort('US Congress')).toBe('congress');
		// ("new financing from Chase and _____": a bank for a bank)
		expect(sort('Citigroup')).toBe(sort('J.P. Morgan Chase & Co.'));
		expect(sort('Citigroup')).not.toBe(sort('Dynegy'));
		// ("on the Nasdaq": an exchange, not a company)
		expect(sort('Nasdaq')).toBe(sort('New York Stock Exchange'));
		expect(sort('Nasdaq')).not.toBe(sort('Google'));
	});

	it('know who is quoted', () => {
		const { an } = all(TEAM);
		const quoted = [...speakers(an)].map((id) => an.entities[id]?.display);
		expect(quoted).toEqual(['Javier Irureta']);
	});

	it('never fill a place slot from a list of random countries', () => {
		const { an } = all(
			'The conference was held in Spain in May.\nThe firm sold 300 cars in Spain.'
		);
		const spain = an.entities.find((e) => e.display === 'Spain');
		const c: Candidate = {
			type: 'cloze',
			stem: 'The conference was held in _____ in May.',
			key: 'Spain',
			keyEntity: spain?.id,
			keyKind: 'country',
			distractors: [],
			evidence: [0],
			context: 'The conference was held in in May.',
			fact: 'x',
			explanation: 'x',
			score: 1,
			difficulty: 0.5
		};
		expect(addDistractors(an, c, { distractors: 3, seed: 0 }).distractors).toEqual([]);
	});

	it('give a small count neighbours in its own grain, a round one round ones', () => {
		const { cands, withOptions } = all(
			'The club has signed 50 players this year.\nThe firm closed 7 stores in the north.'
		);
		const fifty = withOptions(cands.find((c) => c.key === '50')!).distractors;
		for (const d of fifty) expect(Number(d) % 10).toBe(0);
		const seven = withOptions(cands.find((c) => c.key === '7')!).distractors;
		for (const d of seven) expect(Math.abs(Number(d) - 7)).toBeLessThanOrEqual(3);
	});

	it('write no "$1100 million": an amount stays below its scale\'s thousand', () => {
		const { cands, withOptions } = all('Google paid $650 million for the video site on Monday.');
		const c = cands.find((x) => x.key === '$650 million');
		expect(c).toBeDefined();
		const options = withOptions(c!).distractors;
		expect(options.length).toBeGreaterThan(0);
		for (const o of options) expect(Number(o.replace(/\D/g, ''))).toBeLessThan(1000);
	});

	it('put the key anywhere among amounts in order, not always third', () => {
		const an = analysisOf('The firm sold 530 cars in Leeds and 44,914 vans in York last year.');
		const focus = new Set([0]);
		const under = new Set<number>();
		for (const c of makeNumber(an, { maxStemWords: 35, focus }))
			for (let seed = 0; seed < 12; seed++) {
				const d = addDistractors(an, c, { distractors: 3, seed }).distractors;
				const key = Number(c.key.replace(/,/g, ''));
				under.add(d.filter((x) => Number(x.replace(/,/g, '')) < key).length);
			}
		expect(under.size).toBeGreaterThanOrEqual(3);
	});

	it('give a precise amount no exact multiples of itself', () => {
		const { cands, withOptions } = all('The average carer was paid £44,914 in the last year.');
		const key = 44914;
		for (const d of withOptions(cands.find((c) => c.key === '£44,914')!).distractors) {
			const v = Number(d.replace(/[£,]/g, ''));
			for (const f of [0.5, 2, 1.5, 0.75, 3, 1.25]) expect(v).not.toBe(Math.round(key * f));
		}
	});

	it('write amounts as the article does: "$12bn" beside "$6.5bn", "2,000" where it writes "2,000"', () => {
		const { cands, withOptions } = all(
			'Freddie Mac was forced to restate its earnings by $6.5bn last year.\nThe lasers helped the firm set up networks in more than 700 locations.\nThey are 2,000 times faster than broadband.'
		);
		const money = withOptions(cands.find((c) => c.key === '$6.5bn')!).distractors;
		expect(money.length).toBeGreaterThan(1);
		for (const d of money) expect(d).toMatch(/^\$\d+(?:\.[1-9])?bn$/);
		// no simple multiple of the key ("$13bn" is twice "$6.5bn", "$3.3bn" half of it)
		for (const d of money)
			expect(['$13bn', '$3.3bn', '$9.8bn', '$20bn', '$4.9bn']).not.toContain(d);
		const counts = withOptions(cands.find((c) => c.key === '700')!).distractors;
		for (const d of counts) if (Number(d.replace(/,/g, '')) >= 1000) expect(d).toMatch(/,/);
	});

	it('offer only larger values after "more than", only smaller ones after "almost" or "top"', () => {
		const { cands, withOptions } = all(
			[
				'The lasers helped the firm set up networks in more than 700 locations.',
				'The phone service has had almost 900,000 orders since December.',
				'The firm could restate its earnings by up to $9bn this year.',
				'Saulnier will move into the world top 50 players for the first time.',
				'The toolkit should be available within 30 days, the firm said.',
				'The fund will hold at least three stores in the north.',
				'Roddick won the last four points of the first-set tie-break.'
			].join('\n')
		);
		const values = (key: string) =>
			withOptions(cands.find((c) => c.key === key)!).distractors.map((d) =>
				Number(d.replace(/[$,bn]/g, '').replace('three', '3'))
			);
		const above = values('700');
		expect(above.length).toBeGreaterThanOrEqual(2);
		for (const v of above) expect(v).toBeGreaterThan(700);
		for (const [key, value] of [
			['900,000', 900000],
			['$9bn', 9],
			['50', 50],
			['30', 30]
		] as const) {
			const below = values(key);
			expect(below.length, key).toBeGreaterThanOrEqual(2);
			for (const v of below) expect(v, key).toBeLessThan(value);
		}
		const words = withOptions(cands.find((c) => c.key === 'three')!).distractors;
		expect(words.length).toBeGreaterThanOrEqual(2);
		expect(words).not.toContain('two');
		const last = withOptions(cands.find((c) => c.key === 'four')!).distractors;
		expect(last.length).toBeGreaterThanOrEqual(2);
		for (const w of last) expect(['two', 'three']).not.toContain(w);
	});

	it('offer the year after the latest an undated article mentions, so the key is not always last', () => {
		const { cands, withOptions } = all(
			'Tiger Woods won the Open Championship in Carnoustie in 2007.\nWoods had knee surgery in 2005.'
		);
		const c = cands.find((x) => x.key === '2007');
		expect(c).toBeDefined();
		const years = withOptions(c!).distractors.map(Number);
		expect(years).toContain(2008);
		for (const y of years) expect(y).toBeLessThanOrEqual(2008);
		expect(years).not.toContain(2005);
		// (only for the latest year itself: an earlier key never meets a year after the latest)
		const { cands: recall, withOptions: options } = all(
			'IKEA announced a repair program for dressers in July 2015 in Leiden.\nIKEA sold the dressers through June 2016.'
		);
		const earlier = recall.find((x) => x.key === '2015');
		expect(earlier).toBeDefined();
		for (const y of options(earlier!).distractors.map(Number)) expect(y).toBeLessThan(2016);
	});

	it('keep a share of a vote on its side of half', () => {
		const { cands, withOptions } = all(
			'Official results showed 53 percent of voters in Malta supported the proposal to allow divorce.\nThe turnout in Malta was 72 percent.'
		);
		const share = cands.find((x) => x.key === '53 percent');
		expect(share).toBeDefined();
		const values = withOptions(share!).distractors.map((d) => parseFloat(d));
		expect(values.length).toBeGreaterThanOrEqual(2);
		for (const v of values) expect(v).toBeGreaterThan(50);
		// (a share of something else may fall either side)
		const turnout = cands.find((x) => x.key === '72 percent');
		expect(withOptions(turnout!).distractors.some((d) => parseFloat(d) < 50)).toBe(true);
		// in a report of an election, a candidate's share is one too ("Mahama received 44.4 percent")
		const an = analysisOf(
			'Mahama, of the National Democratic Congress, received 44.4 percent in Accra.',
			'Akufo-Addo wins Ghana presidential election'
		);
		const focus = new Set([0]);
		const loser = makeNumber(an, { maxStemWords: 35, focus }).find((c) => c.key === '44.4 percent');
		const lower = addDistractors(an, loser!, { distractors: 3, seed: 0 }).distractors;
		expect(lower.length).toBeGreaterThanOrEqual(2);
		for (const d of lower) expect(parseFloat(d)).toBeLessThan(50);
	});

	it("meet a quotation's speaker with other people the article quotes, where too few share the role", () => {
		const an = analysisOf(
			[
				'Ontario has become the first province in Canada to stop burning coal for power.',
				'"Ending coal is the right thing to do for our health," Premier Kathleen Wynne said.',
				'Energy Minister Bob Chiarelli said the law would ensure no government could bring coal back.',
				'Opposition leader Tim Hudak said the plan had driven up hydro bills.',
				'Environmentalist Jack Gibbons said the closures had cut smog days in Toronto.',
				'Chiarelli and Hudak clashed over the cost in the legislature on Tuesday.',
				'The opposition Progressive Conservatives said energy bills had doubled.'
			].join('\n')
		);
		const focus = new Set(an.sentences.map((s) => s.index));
		const made = makeAttribution(an, { maxStemWords: 35, focus });
		const options = (key: string) => {
			const c = made.find((x) => x.key === key);
			return c && addDistractors(an, c, { distractors: 3, seed: 0 }).distractors;
		};
		const wynne = options('Kathleen Wynne');
		expect(wynne?.length).toBeGreaterThanOrEqual(2);
		for (const d of wynne ?? [])
			expect(['Bob Chiarelli', 'Tim Hudak', 'Jack Gibbons']).toContain(d);
		/** The options offered against `speaker` of the article `lines`. */
		const against = (lines: string[], speaker: string) => {
			const a = analysisOf(lines.join('\n'));
			const focus = new Set(a.sentences.map((s) => s.index));
			const quote = makeAttribution(a, { maxStemWords: 35, focus }).find((c) => c.key === speaker);
			return addDistractors(a, quote!, { distractors: 3, seed: 0 }).distractors;
		};
		// (nor anyone the quotation speaks of: "We all feel for Warney" is not Shane Warne's)
		const offered = against(
			[
				'Captain Ricky Ponting said: "We all feel for Warney, but the team goes on."',
				'Spinner Shane Warne said he had taken a diuretic given to him by his mother.',
				'Coach John Buchanan said the squad would stay in South Africa.',
				'Board chief James Sutherland said the ban was a sad day for cricket.'
			],
			'Ricky Ponting'
		);
		expect(offered.length).toBeGreaterThan(0);
		expect(offered).not.toContain('Shane Warne');
		// (nor the one it speaks of by his role: "The chancellor has taken note…")
		const others = against(
			[
				'"The chancellor has taken note of the decision with regret," spokesman Uwe-Karsten Heye said.',
				'Chancellor Gerhard Schroeder said he would name a successor on Friday.',
				'Finance Minister Oskar Lafontaine said he was stepping down.',
				'Economy Minister Werner Mueller said markets would welcome the news.'
			],
			'Uwe-Karsten Heye'
		);
		expect(others.length).toBeGreaterThan(0);
		expect(others).not.toContain('Gerhard Schroeder');
		// (a party read as a person meets no people)
		expect(options('Progressive Conservatives') ?? []).toEqual([]);
	});

	it("keep an amount's options among the like figures of its sentence", () => {
		const { cands, withOptions } = all(
			'Shanghai averaged 600 points in mathematics and scored 575 points in science.'
		);
		const c = cands.find((x) => x.key === '575');
		expect(c).toBeDefined();
		const offered = withOptions(c!).distractors.map(Number);
		expect(offered.length).toBe(3);
		for (const d of offered) {
			expect(d).toBeGreaterThanOrEqual(460);
			expect(d).toBeLessThanOrEqual(750);
		}
	});

	it("keep a count's options below the article's largest count of the same thing", () => {
		const { an, cands } = all(
			[
				'The ferry Sewol was carrying 400 passengers when it sank off Jindo island.',
				'The government first said that 368 people had been rescued from the water.'
			].join('\n')
		);
		const c = cands.find((x) => x.key === '368');
		expect(c).toBeDefined();
		// (over several seeds: each draws its own number of options above the key)
		for (const seed of [0, 1, 2, 3, 4, 5]) {
			const offered = addDistractors(an, c!, { distractors: 3, seed }).distractors.map(Number);
			expect(offered.length).toBeGreaterThanOrEqual(2);
			for (const d of offered) expect(d).toBeLessThan(400);
		}
	});

	it('offer memory in powers of two ("16 gigabytes": 8, 32…)', () => {
		const { cands, withOptions } = all(
			'The cheapest model, with 16 gigabytes of storage and Wi-Fi only, will cost $499.'
		);
		const c = cands.find((x) => x.key === '16');
		expect(c).toBeDefined();
		const offered = withOptions(c!).distractors;
		expect(offered.length).toBe(3);
		for (const d of offered) expect(['2', '4', '8', '32', '64', '128']).toContain(d);
	});

	/**
	 * The numeric options, over several seeds, for `key` blanked in the last of `lines` (each
	 * seed draws its own number of options above the key).
	 */
	const optionsOver = (lines: string[], key: string, keyKind: Candidate['keyKind']) => {
		const an = analysisOf(lines.join('\n'));
		const last = lines.at(-1) ?? '';
		const probe: Candidate = {
			type: 'number',
			stem: last.replace(key, '_____'),
			key,
			keyKind,
			distractors: [],
			evidence: [lines.length - 1],
			context: last,
			fact: '',
			explanation: '',
			score: 0,
			difficulty: 0
		};
		return [0, 1, 2, 3, 4, 5].map((seed) => numericDistractors(an, probe, rng(seed), 3));
	};

	/** Options over several seeds for the key in the second line: at least `min`, each fitting. */
	it.each<[string, string, string, string, Candidate['keyKind'], number, (d: string) => boolean]>([
		[
			'a figure something "could rise to" only higher ones',
			'Alibaba raised $21.8 billion in the offering on Friday.',
			'That figure could rise to $25 billion if underwriters buy more shares.',
			'$25 billion',
			'money',
			2,
			(d) => parseFloat(d.replace('$', '')) > 25
		],
		[
			'no more votes than a body has members ("the 15-member Security Council")',
			'The 15-member Security Council met in New York on Thursday.',
			'Resolution 1973 was adopted by 10 votes in favour, with five countries abstaining.',
			'10',
			'number',
			2,
			(d) => Number(d) <= 15
		],
		[
			'an age only ages a few years off ("who turns 20": never 10 or 40)',
			'Real Madrid signed Jude Bellingham from Borussia Dortmund on Wednesday.',
			'Bellingham, who turns 20 at the end of the month, was one of the standout players.',
			'20',
			'number',
			3,
			(d) => Math.abs(Number(d) - 20) <= 4
		],
		[
			'no share-of-a-vote steps for a small change beside "a Reuters poll"',
			'Nationwide said annual house price growth slowed in November.',
			'House prices dropped 1.4% in monthly terms, steeper than the 0.3% decline forecast in a Reuters poll.',
			'1.4%',
			'percent',
			2,
			(d) => parseFloat(d) < 4
		],
		[
			'a share of a vote for "a 1% stake" beside "a shareholder vote"',
			'Deutsche Boerse shareholders may force a vote on the bid.',
			'Standard Life, which owns a 1% stake, may seek a shareholder vote on the issue.',
			'1%',
			'percent',
			3,
			() => true
		],
		[
			'a precise figure with decimals among figures with decimals ("23%" is no option for "11.1%")',
			'Britain faces a long recession, the Bank of England said.',
			'Household budgets were squeezed by inflation running at a 41-year high of 11.1%.',
			'11.1%',
			'percent',
			3,
			(d) => /^\d+\.\d%$/.test(d)
		],
		[
			"a range's end past its start",
			'Newmont agreed to buy Goldcorp on Monday.',
			'The combined company will produce 6 million to 7 million ounces of gold a year.',
			'7 million',
			'number',
			2,
			(d) => parseFloat(d) > 6
		],
		[
			'a range of shares past its start',
			'Sheinbaum won the presidency of Mexico on Sunday.',
			'A quick count gave her between 58.3% and 60.7% of the vote.',
			'60.7%',
			'percent',
			2,
			(d) => parseFloat(d) > 58.3
		],
		[
			'a policy rate on its quarter-point grid',
			'The European Central Bank cut rates on Thursday in Frankfurt.',
			'It cut its deposit rate by a quarter point to 3.75%.',
			'3.75%',
			'percent',
			2,
			(d) => Number.isInteger(parseFloat(d) * 4) && /^\d\.\d\d%$/.test(d)
		],
		[
			'a majority past half the house',
			'Papandreou survived a confidence vote in Athens last week.',
			'He commands a slim majority of 155 seats in the 300-member chamber.',
			'155',
			'number',
			2,
			(d) => Number(d) > 150
		],
		[
			'"about 1,100" round (800, not 770)',
			'The new airport in Istanbul opened on Monday after years of delay.',
			'Airport officials said about 1,100 flights were scheduled on opening day.',
			'1,100',
			'number',
			2,
			(d) => Number(d.replace(',', '')) % 100 === 0
		]
	])('offer %s', (_what, before, sentence, key, kind, min, fits) => {
		for (const offered of optionsOver([before, sentence], key, kind)) {
			expect(offered.length).toBeGreaterThanOrEqual(min);
			for (const d of offered) expect(fits(d)).toBe(true);
		}
	});

	it('keep a year on its side of the year it is compared with ("an increase on 2022")', () => {
		const { cands, withOptions } = all(
			'BYD sold 3 million cars in 2019 in China.\nBYD delivered 3.02 million cars in 2023, a 62 percent increase on 2022.'
		);
		const c = cands.find((x) => x.key === '2023');
		expect(c).toBeDefined();
		// (none before it; none after the report's own year either, so few are left)
		for (const y of withOptions(c!).distractors.map(Number)) expect(y).toBeGreaterThan(2022);
	});

	it('look ahead for a year the sentence expects', () => {
		const { cands, withOptions } = all(
			'The firm made a loss in 2004.\nThe firm expects to move into profit in 2006.'
		);
		const c = cands.find((x) => x.key === '2006');
		expect(c).toBeDefined();
		for (const d of withOptions(c!).distractors) expect(Number(d)).toBeGreaterThan(2006);
		// a year something will happen in, before a later one the article looks ahead to
		const { cands: ibm, withOptions: options } = all(
			'IBM said it would start producing the chip in early 2005 in the US.\nThe PlayStation 3 is expected in 2006.'
		);
		// (earlier years are past, later ones clash with the console due in 2006: none is fair)
		const chip = ibm.find((x) => x.key === '2005');
		expect(chip).toBeDefined();
		expect(options(chip!).distractors).toEqual([]);
	});

	it('take people the article lists together for one kind', () => {
		const { an } = all(
			[
				'Among the works for sale are pictures by Roy Lichtenstein, Andy Warhol and Henri Matisse.',
				'The designer was shot outside his home by Andrew Cunanan in 1997.'
			].join('\n')
		);
		const role = (name: string) => roleOf(an, name);
		expect(role('Roy Lichtenstein')).toBeDefined();
		expect(role('Andy Warhol')).toBe(role('Roy Lichtenstein'));
		expect(role('Andrew Cunanan')).not.toBe(role('Roy Lichtenstein'));
	});

	it('never offer as a speaker someone from the country the quotation speaks of', () => {
		const { an } = all(
			[
				'US President Donald Trump met Japanese Prime Minister Shinzo Abe in Washington.',
				"North Korea's leader Kim Jong Un said the summit would go ahead.",
				'"We have put a great team together for our talks with North Korea," Trump said.',
				'Abe said he would meet Trump before the summit.'
			].join('\n')
		);
		const trump = an.entities.find((e) => e.display === 'Donald Trump');
		const c: Candidate = {
			type: 'attribution',
			stem: 'Who said: "We have put a great team together for our talks with North Korea"?',
			key: 'Donald Trump',
			keyEntity: trump?.id,
			keyKind: 'person',
			distractors: [],
			evidence: [2],
			context: 'We have put a great team together for our talks with North Korea',
			fact: 'x',
			explanation: 'x',
			score: 1,
			difficulty: 0.5
		};
		const options = addDistractors(an, c, { distractors: 3, seed: 0 }).distractors;
		expect(options).not.toContain('Kim Jong Un');
		expect(options).toContain('Shinzo Abe');
	});

	it('"Mr _____" meets the article\'s other "Mr"s, and men it names with no honorific', () => {
		const { cands, withOptions } = all(
			[
				'Tory leader Michael Howard said the feud was damaging the country.',
				'Mr Howard asked: "How can they fight crime when they are fighting each other?"',
				'Tory co-chairman Liam Fox said his party would exploit the split.',
				'Mr Fox spoke at a poster launch in London on Tuesday.',
				'Liberal Democrat leader Charles Kennedy said the government was split.',
				'Labour minister Margaret Hodge said the claims were false.',
				'Ms Hodge spoke to reporters on Monday.'
			].join('\n')
		);
		const c = cands.find((x) => x.stem.startsWith('Mr _____ asked'));
		expect(c?.honorific).toBe('Mr');
		const options = withOptions(c!).distractors;
		expect(options).toContain('Fox');
		// "Charles" is a man's name; the article's "Ms Hodge" is never "Mr Hodge"
		expect(options).toContain('Kennedy');
		expect(options).not.toContain('Hodge');
	});

	it('"Republican critics said _____…": only people the article places in another party', () => {
		const { cands, withOptions } = all(
			[
				'President Donald Trump blamed former president Barack Obama for the deal.',
				'Republican critics in Congress said Obama should have been more forceful in 2009.',
				'Rep. Ed Royce, a Republican from California, said the deal must be enforced.',
				'Rep. Joe Crowley, a Democrat from New York, said the vote was a mistake.',
				'Senator Nancy Pelosi, a Democrat, backed the resolution on Tuesday.'
			].join('\n')
		);
		const c = cands.find((x) => x.stem.startsWith('Republican critics in Congress said _____'));
		const options = withOptions(c!).distractors;
		expect(options).toEqual(expect.arrayContaining(['Joe Crowley', 'Nancy Pelosi']));
		// a Republican, and someone the article places in no party, are no fair guesses
		expect(options).not.toContain('Ed Royce');
		expect(options).not.toContain('Donald Trump');
	});

	it('a precise amount meets amounts whose last digits differ from each other', () => {
		const { cands, withOptions } = all(
			'Yugansk was auctioned to help pay off $27.5bn (£14.5bn) in unpaid taxes.\nThe auction was held in December.'
		);
		const c = cands.find((x) => x.key === '$27.5bn');
		const options = [c!.key, ...withOptions(c!).distractors];
		expect(options.length).toBe(4);
		const last = options.map((o) => o.replace(/\D+$/, '').slice(-1));
		expect(new Set(last).size).toBe(last.length);
	});
});
