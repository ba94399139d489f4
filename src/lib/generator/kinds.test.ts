import { describe, expect, it } from 'vitest';
import { generate } from './index';
import { articleOf } from './test-helpers';

/** Companies and their people: name clozes and "NOT supported" twists have plenty to work with. */
const TEXT = [
	'A judge has dismissed an attempt by Russian oil giant Yukos to gain bankruptcy protection.',
	'Yukos filed for protection in Houston in an attempt to halt the auction of its division.',
	'The division was bought by state oil company Rosneft for $9.4bn in December.',
	'Rosneft is due to merge with Russian gas monopoly Gazprom next year.',
	'Gazprom had challenged the jurisdiction of the court in Houston.',
	'Yukos said it would consider its options after the ruling on Thursday.',
	'Shares in Rosneft rose 3% in Moscow after the ruling.'
].join('\n');

describe('kinds made only when asked for', () => {
	const asked = generate(articleOf(TEXT), { count: 10, nameKeys: true, notSupported: true });
	const plain = generate(articleOf(TEXT), { count: 10 });
	const named = (qs: typeof plain.bank.questions) =>
		qs.filter(
			(q) =>
				['cloze', 'who'].includes(q.type) &&
				['Yukos', 'Rosneft', 'Gazprom'].includes(q.options[q.answer] ?? '')
		);
	const notSupported = (qs: typeof plain.bank.questions) =>
		qs.filter((q) => q.stem.includes('NOT supported'));

	it('make a cloze or who-question on a company or a person only with nameKeys', () => {
		expect(named(asked.bank.questions).length).toBeGreaterThan(0);
		expect(named(plain.bank.questions)).toEqual([]);
		expect(plain.report.rejected['not-asked']).toBeGreaterThan(0);
	});

	it('make a who-is-who question on a person without nameKeys: its options are roles or role-holders', () => {
		const text = [
			'The Greens won 24.2 percent, putting Green leader Winfried Kretschmann on course to become state premier in Stuttgart.',
			'Kretschmann, a former teacher, told cheering supporters in Stuttgart that the result was historic.',
			'Outgoing premier Stefan Mappus conceded defeat and said he took personal responsibility for the result.',
			'The result was a heavy blow to Chancellor Angela Merkel, who had changed her nuclear policy.',
			'Merkel said her party would learn from the defeat in Stuttgart.',
			'SPD chairman Sigmar Gabriel said the results showed the centre-left could form majorities.',
			'Gabriel called for early federal elections.'
		].join('\n');
		const all = generate(articleOf(text), { count: 10, select: (_an, c) => c });
		const roles = all.bank.questions.filter((q) =>
			q.stem.startsWith('Who does the article describe as')
		);
		expect(roles.length).toBeGreaterThan(0);
		for (const q of roles) expect(q.options.length).toBeGreaterThanOrEqual(3);
		// (a who-question on what a person did still waits for nameKeys)
		expect(
			all.bank.questions.some((q) => q.stem === 'Who called for early federal elections?')
		).toBe(false);
	});

	it('make a question whose answer is a weekday, or a statement that only changes one, only with weekdays', () => {
		const text = [
			'North Korean leader Kim Jong Un arrived in Russia by armoured train at the weekend.',
			'Russia has gone out of its way to publicise the visit by the North Korean leader.',
			'Kim met Russian President Vladimir Putin on Wednesday and discussed military matters.',
			'Kim toured an aircraft factory in Komsomolsk-on-Amur on Friday.',
			'Russian Defence Minister Sergei Shoigu showed Kim hypersonic missiles on Saturday.'
		].join('\n');
		const day = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
		// (options that differ in their day: a weekday asked, or a statement that changes one)
		const asksDay = (q: (typeof plain.bank.questions)[number]) =>
			new Set(q.options.map((o) => day.exec(o)?.[0] ?? '')).size > 1;
		const all = (weekdays: boolean) =>
			generate(articleOf(text), { count: 10, weekdays, select: (_an, c) => c }).bank.questions;
		expect(all(true).filter(asksDay).length).toBeGreaterThan(0);
		expect(all(false).filter(asksDay)).toEqual([]);
	});

	it('make a "NOT supported" statement only with notSupported', () => {
		const all = generate(articleOf(TEXT), { count: 10, notSupported: true, select: (_an, c) => c });
		expect(notSupported(all.bank.questions).length).toBeGreaterThan(0);
		expect(notSupported(plain.bank.questions)).toEqual([]);
	});
});
