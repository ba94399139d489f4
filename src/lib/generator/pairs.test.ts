import { describe, expect, it } from 'vitest';
import { generate } from './index';
import { articleOf } from './test-helpers';

// two politicians of one role and a few facts: too few people for three options
const TWO = articleOf(
	[
		'Plans to allow the Home Secretary to place terror suspects under house arrest face a vote.',
		'Home Secretary Charles Clarke says the powers are needed to counter terror threats.',
		'Shadow home secretary David Davis warned of the potential for miscarriages of justice.',
		'Mr Clarke said the security services and police backed his measures.',
		'Mr Davis told Today the plan gave a minister the right to detain without trial.',
		'The bill was published on Tuesday and will be debated for 12 hours in the Commons.'
	].join('\n'),
	'Anti-terror plan faces first test'
);

// (no statements or "what" items: they would show who did what, and leave no pair to ask)
const types = ['cloze', 'who', 'attribution', 'number'] as const;

describe('two-option questions (pairs)', () => {
	const { bank, report } = generate(TWO, {
		count: 10,
		types: [...types],
		pairs: 3,
		nameKeys: true
	});
	const pairs = bank.questions.filter((q) => q.options.length === 2);

	it('fill a short bank with "who did it" questions between the article\'s two people', () => {
		expect(pairs.length).toBeGreaterThan(0);
		expect(pairs.length).toBeLessThanOrEqual(3);
		for (const q of pairs) {
			expect(['cloze', 'who', 'what', 'attribution']).toContain(q.type);
			expect(q.options.map((o) => o.replace(/^.* /, '')).sort()).toEqual(['Clarke', 'Davis']);
		}
	});

	it('are easier than the same question with more options', () => {
		for (const q of pairs) expect(q.difficulty).toBeLessThan(0.45);
	});

	it('are counted as dropped only when not used, and are off by default', () => {
		const off = generate(TWO, { count: 10, types: [...types], nameKeys: true });
		expect(off.bank.questions.every((q) => q.options.length >= 3)).toBe(true);
		expect(off.bank.questions.length).toBe(bank.questions.length - pairs.length);
		expect(off.report.rejected['too-few-options']).toBe(
			(report.rejected['too-few-options'] ?? 0) + pairs.length
		);
	});
});
