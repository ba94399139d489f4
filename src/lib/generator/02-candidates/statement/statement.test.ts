import { describe, expect, it } from 'vitest';
import { analysisOf, NEWS } from '../../test-helpers';
import { antonymSlots, apposed, makeStatement, ownStop } from './statement';

const an = analysisOf(NEWS);
const made = makeStatement(an, {
	maxStemWords: 35,
	focus: new Set(an.sentences.map((s) => s.index))
});
const cands = made.filter((c) => !c.negative);

describe('supported-statement candidates', () => {
	it('are made', () => {
		expect(cands.length).toBeGreaterThan(0);
	});

	it('have a key that is the cited sentence (reporting tail trimmed)', () => {
		for (const c of cands) {
			const s = an.sentences[c.evidence[0] ?? -1];
			expect(s?.text.includes(c.key.replace(/\.$/, ''))).toBe(true);
		}
	});

	it('have distractors that differ from the key by one swapped name, never found in the article', () => {
		for (const c of cands) {
			expect(c.distractors.length).toBeGreaterThanOrEqual(2);
			for (const d of c.distractors) {
				expect(d).not.toBe(c.key);
				const keyWords = c.key.split(' ');
				const dWords = d.split(' ');
				const diff = keyWords.filter((w) => !dWords.includes(w)).length;
				expect(diff).toBeGreaterThan(0);
				expect(diff).toBeLessThanOrEqual(3);
				expect(an.sentences.some((s) => s.text.includes(d.replace(/\.$/, '')))).toBe(false);
			}
		}
	});

	it('never swap a person who follows a role ("Russian President Vladimir Putin")', () => {
		for (const c of cands) {
			for (const d of c.distractors) expect(d).not.toMatch(/President (?!Vladimir Putin)[A-Z]/);
		}
	});

	it('never make the key the one option that agrees with all the others', () => {
		// one slot changed in every distractor, or the 2x2 design: every option is as far from
		// the others as the key is (a test-wise reader cannot pick the "centre")
		const distance = (a: string, b: string) => {
			const x = a.split(' ');
			const y = b.split(' ');
			const left = [...y];
			let same = 0;
			for (const w of x) {
				const at = left.indexOf(w);
				if (at !== -1) {
					left.splice(at, 1);
					same++;
				}
			}
			return x.length + y.length - 2 * same;
		};
		const twoByTwo = analysisOf(
			'Shares in Cairn Energy rose 4% on Tuesday after the gas find in India.'
		);
		const all = [...cands, ...makeStatement(twoByTwo, { maxStemWords: 35, focus: new Set([0]) })];
		expect(all.length).toBeGreaterThan(1);
		for (const c of all.filter((x) => !x.negative)) {
			const options = [c.key, ...c.distractors];
			const total = (o: string) => options.reduce((n, p) => n + distance(o, p), 0);
			const others = c.distractors.map(total);
			expect(total(c.key)).toBeGreaterThanOrEqual(Math.min(...others));
		}
	});

	it('swap numbers for values the article never gives, never a conversion in brackets', () => {
		const an = analysisOf(
			'Shares in Cairn Energy rose 4% on Tuesday to $12bn (£9bn) after the gas find in India.'
		);
		const [c] = makeStatement(an, { maxStemWords: 35, focus: new Set([0]) });
		expect(c?.distractors.length).toBeGreaterThanOrEqual(2);
		for (const d of c?.distractors ?? []) expect(d).toContain('(£9bn)');
	});

	it('only swap a person for one of the same role', () => {
		const an = analysisOf(
			[
				'Liverpool manager Rafael Benitez praised the team after the match in Madrid on Tuesday.',
				'Midfielder Igor Biscan was injured in the second half.',
				'Rafael Benitez said the result was vital.',
				'Igor Biscan scored twice in the first half.'
			].join('\n')
		);
		const cands = makeStatement(an, { maxStemWords: 35, focus: new Set([2]) });
		for (const c of cands) for (const d of c.distractors) expect(d).not.toContain('Biscan');
	});

	it('ask "Which statement is NOT supported" with one twisted sentence among true ones', () => {
		const text = [
			'Shares in Cairn Energy rose 4% on Tuesday after the gas find in India.',
			'Cairn Energy has drilled eleven wells in the Rajasthan region since last year.',
			'Analysts expect production from the Rajasthan field to begin within two years.',
			'Cairn Energy employs about 400 people at its offices in Edinburgh and Delhi.'
		].join('\n');
		const an = analysisOf(text);
		const all = makeStatement(an, { maxStemWords: 35, focus: new Set([0, 1, 2, 3]) });
		const not = all.filter((c) => c.negative);
		expect(not.length).toBeGreaterThan(0);
		for (const c of not) {
			expect(c.stem).toBe('Which statement is NOT supported by the article?');
			expect(text.includes(c.key.replace(/\.$/, ''))).toBe(false);
			expect(c.key).not.toMatch(/\bnot\b/);
			for (const d of c.distractors) expect(text.includes(d.replace(/\.$/, ''))).toBe(true);
		}
	});

	it('never swap a year next to another year, a clock time, or make a share of 100%', () => {
		const an = analysisOf(
			[
				'The wrangling over the EU budget could stretch into 2005, even 2006, officials said.',
				'The Lions squad will train at Twickenham at 1030 GMT on Friday.',
				'A survey by Earthlink found that 90% of PCs in Britain are infested with spyware.',
				'Fee increases at the universities in Pretoria ranged from about 10 percent to 11.5 percent.'
			].join('\n')
		);
		const made = makeStatement(an, { maxStemWords: 35, focus: new Set([0, 1, 2, 3]) });
		for (const c of made) {
			for (const d of c.distractors) {
				// (one end of a range, with its unit between: "from about 10 percent to 11.5 percent")
				if (c.evidence[0] === 3) expect(d).toContain('10 percent to 11.5 percent');
				if (c.key.includes('1030 GMT')) expect(d).toContain('1030 GMT');
				expect(d).not.toMatch(/\b100%/);
				if (c.evidence[0] === 0) expect(d).toContain('2005, even 2006');
			}
		}
	});

	it('never swap a name its apposition describes or that ends with a full stop, nor an amount in brackets', () => {
		expect(apposed(', 54, a former regional governor from Donetsk, is backed')).toBe(true);
		expect(apposed(', the Ukrainian prime minister, said')).toBe(true);
		expect(apposed(', 54, said on Monday that')).toBe(false);
		expect(apposed(' said a deal was close')).toBe(false);
		// nor a name that ends with its own full stop ("Carl Edwards Jr. retired…")
		expect(ownStop('. retired the first two batters')).toBe(true);
		expect(ownStop('. The Cubs won')).toBe(false);
		expect(ownStop(' retired the side')).toBe(false);
		const an = analysisOf(
			[
				'Viktor Yanukovych, 54, a former governor of Donetsk, is backed by Leonid Kuchma.',
				'Viktor Yushchenko said on Monday that the vote had been stolen in the east.',
				'Leonid Kuchma said on Tuesday that the count would go ahead in the east.',
				'Malala Yousafzai will share the prize of eight million kronor ($1.1m; £690,000) with Kailash Satyarthi.'
			].join('\n')
		);
		const made = makeStatement(an, { maxStemWords: 35, focus: new Set([0, 1, 2, 3]) });
		for (const c of made.filter((x) => !x.negative)) {
			for (const d of c.distractors) {
				if (c.evidence[0] === 3) expect(d).toContain('($1.1m; £690,000)');
			}
		}
	});

	it('twist only a movement with its amount ("rose 4%"), never a deed, a verdict or a second sense', () => {
		const b = analysisOf(
			[
				'Shares in Cairn Energy rose 4% on Tuesday after the gas find.',
				'Cairn made a pre-tax loss of £5m in the year.',
				'Darren Campbell won Olympic relay gold in Athens.',
				'Jack McConnell conceded that his party had lost its position as the largest at Holyrood.',
				'Voters in Malta, where divorce is banned, have backed its legalization.',
				'More than 100 millimeters of rain fell in about five hours.',
				'Shares in Cairn Energy rose sharply after the gas find.',
				'Gambhir fell three runs short of a century when he charged Perera.',
				'Michigan was the only state to lose population, falling 0.6 percent in the decade.'
			].join('\n')
		);
		const opposites = (i: number) => {
			const s = b.sentences[i]!;
			return antonymSlots(s, s.text.length, []).map((x) => x.values[0]?.text);
		};
		expect(opposites(0)).toEqual(['fell']);
		expect(opposites(1)).toEqual(['profit']);
		for (const i of [2, 3, 4, 5, 6, 7, 8]) expect(opposites(i)).toEqual([]);
	});

	it('swap in only someone of the sex a pronoun after the name gives ("Adele…, said she")', () => {
		const text = [
			'Manchester band Elbow won the 2008 Mercury Music Prize, beating singer Adele.',
			'Singer Guy Garvey, 34, said the award was the highlight of a long career.',
			'The shortlist also included folk singer Laura Marling and Arctic Monkeys frontman Alex Turner.',
			'Singer Jack Penate said he had been surprised by the result.',
			'Adele, 20, who performed at the ceremony in London, said she had been "genuinely happy" for Elbow.'
		].join('\n');
		const an = analysisOf(text);
		const all = makeStatement(an, { maxStemWords: 35, focus: new Set([0, 1, 2, 3, 4]) });
		const options = all.flatMap((c) => [c.key, ...c.distractors]);
		expect(options.length).toBeGreaterThan(0);
		expect(
			options.some((o) => /^(?:Alex Turner|Jack Penate|Guy Garvey), 20, .* she /.test(o))
		).toBe(false);
		expect(options.some((o) => /^Singer (?:Adele|Laura Marling) said he /.test(o))).toBe(false);
	});

	it('swap a surname alone only for surnames that are sure ("Rehman said…" never meets "Shehbaz Sharif")', () => {
		const an = analysisOf(
			[
				'Climate Change Minister Sherry Rehman told reporters the floods were a catastrophe.',
				'Prime Minister Shehbaz Sharif visited the flooded district of Sukkur on Tuesday.',
				'Planning Minister Ahsan Iqbal said rebuilding would cost at least $10 billion.',
				'Foreign Minister Bilawal Bhutto said the world owed Pakistan help.',
				'Rehman said the southern province of Sindh had received far more rain than its average for August.'
			].join('\n')
		);
		const made = makeStatement(an, { maxStemWords: 35, focus: new Set([4]) });
		for (const c of made)
			for (const o of [c.key, ...c.distractors])
				expect(o).not.toMatch(/^\p{Lu}\p{L}+ \p{Lu}\p{L}+ said/u);
	});

	it('never make a day no month has ("February 30")', () => {
		const an = analysisOf(
			[
				'The probe is due to reach Mars in February 2021 after a journey of 493 million km.',
				'NASA said its Perseverance rover is scheduled to lift off from Florida on July 30.'
			].join('\n')
		);
		const made = makeStatement(an, { maxStemWords: 35, focus: new Set([1]) });
		const options = made.flatMap((c) => [c.key, ...c.distractors]);
		expect(options.length).toBeGreaterThan(0);
		expect(options.some((o) => /February 3\d\b/.test(o))).toBe(false);
	});

	it('never show an opposite twist beside statements about its people', () => {
		const text = [
			'The value of Cairn Energy rose to $12bn (£9bn) after the gas find in northern India.',
			'Cairn Energy has drilled eleven wells in the Rajasthan region since last year.',
			'Analysts expect production from the Rajasthan field to begin within two years.',
			'Royal Dutch Shell sold its stake in the Rajasthan field to a smaller rival.',
			'The Indian government has approved a plan to extend the exploration area.'
		].join('\n');
		const an = analysisOf(text);
		const all = makeStatement(an, { maxStemWords: 35, focus: new Set([0, 1, 2, 3, 4]) });
		const fell = all.find((c) => c.negative && c.key.includes('fell'));
		expect(fell?.key).toBe(
			'The value of Cairn Energy fell to $12bn (£9bn) after the gas find in northern India.'
		);
		// "Cairn Energy has drilled eleven wells…" is never shown beside it
		expect(fell?.showsPool).not.toContain(1);
		expect(fell?.showsPool?.length).toBeGreaterThanOrEqual(2);
	});

	it('keep a sentence with a short quoted phrase, never one with a quotation', () => {
		const text = [
			'The Commons education committee called the bonus of £44,914 "morally indefensible" last week.',
			'The committee chairman Barry Sheerman said: "It was a waste of £50m of public money" last week.'
		].join('\n');
		const an = analysisOf(text);
		const made = makeStatement(an, { maxStemWords: 35, focus: new Set([0, 1]) });
		const keys = made.filter((c) => !c.negative).map((c) => c.evidence[0]);
		expect(keys).toContain(0);
		expect(keys).not.toContain(1);
	});

	it('show each true statement once, though the article repeats it', () => {
		const line = 'Analysts expect production from the Rajasthan field to begin within two years.';
		const text = [
			'Shares in Cairn Energy rose 4% on Tuesday after the gas find in India.',
			line,
			'Cairn Energy has drilled eleven wells in the Rajasthan region since last year.',
			line,
			'The Indian government has approved a plan to extend the exploration area.'
		].join('\n');
		const an = analysisOf(text);
		const all = makeStatement(an, { maxStemWords: 35, focus: new Set([0, 1, 2, 3, 4]) });
		for (const c of all.filter((x) => x.negative)) {
			const texts = c.poolTexts ?? [];
			expect(new Set(texts).size).toBe(texts.length);
		}
		expect(all.some((c) => c.negative && (c.poolTexts ?? []).includes(line))).toBe(true);
	});
});
