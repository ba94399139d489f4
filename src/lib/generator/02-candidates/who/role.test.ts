import { describe, expect, it } from 'vitest';
import { analysisOf } from '../../test-helpers';
import { addDistractors } from '../../03-distractors/distractors';
import { makeRole, makeRoleOf } from './role';

const run = (text: string) => {
	const an = analysisOf(text);
	const cands = makeRole(an, {
		maxStemWords: 35,
		focus: new Set(an.sentences.map((s) => s.index))
	});
	return { an, cands };
};

const POLITICS = [
	'Liberal Democrat home affairs spokesman Mark Oaten said the plans were wrong.',
	'Tory shadow home secretary David Davis warned of miscarriages of justice.',
	'Mr Oaten said the judge should decide, not politicians.',
	'Mr Davis said he would vote against the bill.',
	'Charles Clarke said the security services backed his measures.',
	'Mr Clarke told MPs the powers were needed.',
	'Liberal Democrat leader Charles Kennedy said the bill would fail.',
	'Mr Kennedy said his party would oppose it.',
	'Party president Simon Hughes said the vote would be close.',
	'Mr Hughes urged MPs to think again.'
].join('\n');

describe('role questions', () => {
	it('ask who the article describes by a role phrase, with people of its kind and side as options', () => {
		const { an, cands } = run(POLITICS);
		const oaten = cands.find((c) => c.key === 'Mark Oaten');
		expect(oaten?.stem).toBe(
			'Who does the article describe as the Liberal Democrat home affairs spokesman?'
		);
		expect(oaten?.evidence).toEqual([0]);
		const options = addDistractors(an, oaten!, { distractors: 3, seed: 0 }).distractors;
		// politicians only: not Charles Clarke, to whom the article gives no role
		expect(options.sort()).toEqual(['Charles Kennedy', 'David Davis', 'Simon Hughes']);
		expect(cands.find((c) => c.key === 'David Davis')?.stem).toBe(
			'Who does the article describe as the Tory shadow home secretary?'
		);
	});

	it("offer nobody the article ties to another country ('North Korean leader Kim' as a White House aide)", () => {
		const { an, cands } = run(
			[
				'White House Press Secretary Sarah Sanders told reporters the summit could go ahead.',
				'Sanders said the team was ready.',
				'North Korean leader Kim Jong Un wrote a letter to the president.',
				'Kim said he wanted talks.',
				'State Department spokeswoman Heather Nauert said talks were planned.',
				'Nauert gave no date.',
				'Senate leader Mitch McConnell said the Senate would wait.',
				'McConnell spoke on Tuesday.'
			].join('\n')
		);
		const sanders = cands.find((c) => c.key === 'Sarah Sanders');
		expect(sanders?.stem).toBe('Who does the article describe as the White House Press Secretary?');
		const options = addDistractors(an, sanders!, { distractors: 3, seed: 0 }).distractors;
		expect(options.sort()).toEqual(['Heather Nauert', 'Mitch McConnell']);
	});

	it('skip roles the world knows its holder by, and people named only in passing', () => {
		const { cands } = run(
			[
				'Russian President Vladimir Putin met North Korean leader Kim Jong Un on Wednesday.',
				'Putin and Kim discussed military matters.',
				'Defence analyst John Smith said the talks mattered.',
				'Sergei Shoigu showed Kim the fleet.'
			].join('\n')
		);
		expect(cands).toEqual([]);
	});

	it('skip a role two people of the article share', () => {
		const { cands } = run(
			[
				'Liverpool coach Rafael Benitez praised his players.',
				'Deportivo coach Javier Irureta said his side lacked imagination.',
				'Benitez said the win was vital.',
				'Irureta said Liverpool played well.',
				'Steven Gerrard said the team was tired.'
			].join('\n')
		);
		// "Liverpool coach" and "Deportivo coach" differ: each fits one person
		expect(cands.map((c) => c.key).sort()).toEqual(['Javier Irureta', 'Rafael Benitez']);
		const { cands: bare } = run(
			[
				'Coach Rafael Benitez praised his players.',
				'Deportivo coach Javier Irureta said his side lacked imagination.',
				'Benitez said the win was vital.',
				'Irureta said Liverpool played well.',
				'Steven Gerrard said the team was tired.'
			].join('\n')
		);
		expect(bare).toEqual([]);
	});
});

const rolesOf = (text: string) => {
	const an = analysisOf(text);
	return makeRoleOf(an, { maxStemWords: 35, focus: new Set(an.sentences.map((s) => s.index)) });
};

describe('"who is …?" questions', () => {
	it("offer the role the article gives someone against other people's roles", () => {
		const davis = rolesOf(POLITICS).find((c) => c.stem.endsWith('who is David Davis?'));
		expect(davis?.stem).toBe('According to the article, who is David Davis?');
		expect(davis?.key).toBe('the Tory shadow home secretary');
		expect(davis?.evidence).toEqual([1]);
		expect(davis?.distractors.sort()).toEqual([
			'the Liberal Democrat home affairs spokesman',
			'the Liberal Democrat leader'
		]);
		// ("the party president" is less than half as long as the spokesman's role: left out)
	});

	it('never offer a role that tells a nationality or a national side ("the Italian director")', () => {
		const made = rolesOf(
			[
				'Italian director Bernardo Bertolucci headed the jury at the festival in Venice.',
				'Bertolucci praised the film for its humanity.',
				'Festival director Alberto Barbera said the choice was brave.',
				'Barbera said the jury had been unanimous.',
				'Ivory Coast captain Didier Drogba missed a penalty in the shoot-out.',
				'Drogba later said the team had let the country down.',
				'Zambia coach Herve Renard dedicated the win to the team.',
				'Renard said it was a miracle.'
			].join('\n')
		);
		const options = made.flatMap((c) => [c.key, ...c.distractors]);
		expect(options.length).toBeGreaterThan(0);
		for (const o of options) expect(o).not.toMatch(/Italian|Ivory Coast|Zambia/);
	});

	it("never ask the role of the headline's own protagonist", () => {
		const an = analysisOf(POLITICS, 'Davis leads revolt over house arrest');
		const focus = new Set(an.sentences.map((s) => s.index));
		const asked = [
			...makeRoleOf(an, { maxStemWords: 35, focus }),
			...makeRole(an, { maxStemWords: 35, focus })
		];
		expect(asked.some((c) => c.stem.includes('David Davis') || c.key === 'David Davis')).toBe(
			false
		);
		expect(asked.some((c) => c.stem.includes('Mark Oaten') || c.key === 'Mark Oaten')).toBe(true);
	});

	it('read a role set off by commas, and no clause that only looks like one', () => {
		const cands = rolesOf(
			[
				"Tobias Meyer, Sotheby's worldwide head of contemporary art, said the sale was rare.",
				'Mr Meyer expects high prices.',
				'Tim Dams, the news editor of trade magazine Screen International, liked the film.',
				'Mr Dams said it was fun.',
				'Then, says Rohit Gupta, the blogging world found out.',
				'Mr Gupta set up a website.',
				'Premier League spokesman Dan Johnson said the sale was legal.',
				'Mr Johnson was pleased.',
				"Merrill's chief executive, John Thain, will join the bank's management.",
				'Mr Thain agreed.',
				"Bill Gates, speaking to reporters at the company's headquarters, denied it.",
				'Mr Gates was calm.',
				'Harriet Harman challenged Nick Clegg, who was standing in for Mr Cameron, over the U-turn.',
				'Mr Clegg and Mr Cameron said nothing.'
			].join('\n')
		);
		const meyer = cands.find((c) => c.stem.endsWith('who is Tobias Meyer?'));
		expect(meyer?.key).toBe("Sotheby's worldwide head of contemporary art");
		expect(meyer?.distractors.sort()).toEqual([
			'the Premier League spokesman',
			'the news editor of trade magazine Screen International'
		]);
		expect(
			cands.some((c) =>
				[c.key, ...c.distractors].some((o) =>
					/found out|will join|speaking to|over the U-turn/.test(o)
				)
			)
		).toBe(false);
	});

	it("never offer a party's role to someone of that party, or of a party the article does not give", () => {
		const cands = rolesOf(
			[
				'House Foreign Affairs Chairman Ed Royce, a Republican from California, spoke first.',
				'Mr Royce said the crisis was grave.',
				'Democratic Congressman Joe Crowley and Republican Representative Steve Chabot wrote it.',
				'Mr Crowley said it was urgent.',
				'Mr Chabot said it was overdue.'
			].join('\n')
		);
		const royce = cands.find((c) => c.stem.endsWith('who is Ed Royce?'));
		expect(royce?.key).toBe('the House Foreign Affairs Chairman');
		expect(royce?.distractors).toEqual(['the Democratic Congressman']);
		const crowley = cands.find((c) => c.stem.endsWith('who is Joe Crowley?'));
		// Crowley is a Democrat: the Republican's role is a fair wrong answer for him
		expect(crowley?.distractors.sort()).toEqual([
			'the House Foreign Affairs Chairman',
			'the Republican Representative'
		]);
	});

	it('never set two words for one job side by side ("Blues boss" and "chief executive")', () => {
		const cands = rolesOf(
			[
				'Blues boss Jose Mourinho met chief executive Peter Kenyon.',
				'Mourinho said nothing.',
				'Kenyon said nothing.',
				'Premier League spokesman Dan Johnson said the inquiry would take a day.',
				'Mr Johnson gave no date.'
			].join('\n')
		);
		// ("the chief executive" alone says of which body nowhere: no option at all now)
		expect(cands.some((c) => c.stem.endsWith('who is Peter Kenyon?'))).toBe(false);
		const mourinho = cands.find((c) => c.stem.endsWith('who is Jose Mourinho?'));
		expect(mourinho?.key).toBe('the Blues boss');
		expect(mourinho?.distractors).not.toContain('the chief executive');
	});

	it('leave a rank after the role to the name ("ISAF spokesman General Josef Blotz")', () => {
		const made = rolesOf(
			[
				'"This is a setback, but not a defeat," said ISAF spokesman General Josef Blotz.',
				'Blotz said troops were searching Kandahar.',
				'Presidential spokesman Waheed Omar called the escape a serious blow.',
				'Omar said an inquiry would follow.',
				'Taliban spokesman Zabihullah Mujahid said 541 prisoners had been freed.',
				'Mujahid said the tunnel took five months to dig.'
			].join('\n')
		);
		const options = made.flatMap((c) => [c.key, ...c.distractors]);
		expect(options).toContain('the ISAF spokesman');
		expect(options.some((o) => /Major|General/.test(o))).toBe(false);
	});

	it('never offer a job alone, which says of which body nowhere ("the general secretary")', () => {
		const cands = rolesOf(
			[
				'Safeway chief executive Carlos Criado-Perez said the offer was good value.',
				'Criado-Perez will leave after the deal.',
				'General secretary Tony Woodley said jobs must be protected.',
				'Woodley met managers on Monday.',
				'Shore Capital analyst Clive Black said the deal made sense.',
				'Black said shares would rise.'
			].join('\n')
		);
		const options = cands.flatMap((c) => [c.key, ...c.distractors]);
		expect(options).toContain('the Safeway chief executive');
		expect(options).not.toContain('the general secretary');
	});
});
