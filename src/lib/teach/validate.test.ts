import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	MAX_OPTIONS,
	OPTION_MAX,
	STEM_MAX,
	validateQuestion,
	type QuestionInput
} from './validate';

const IDS = ['s1', 's2', 's3'];

function input(over: Partial<QuestionInput> = {}): QuestionInput {
	return {
		stem: 'Who did Kim Jong Un meet in Vladivostok?',
		options: ['Vladimir Putin', 'Sergei Shoigu', 'Joe Biden', '', ''],
		answer: '0',
		evidence: 's2',
		...over
	};
}

describe('validateQuestion', () => {
	it('accepts a good question and drops blank option slots', () => {
		expect(validateQuestion(input(), IDS)).toEqual({
			ok: true,
			value: {
				stem: 'Who did Kim Jong Un meet in Vladivostok?',
				options: ['Vladimir Putin', 'Sergei Shoigu', 'Joe Biden'],
				answer: 0,
				evidence: 's2'
			}
		});
	});

	it('moves the key with the options when a blank slot comes before it', () => {
		const check = validateQuestion(
			input({ options: ['', 'Putin', '  ', 'Shoigu'], answer: '3' }),
			IDS
		);
		expect(check).toMatchObject({ ok: true, value: { options: ['Putin', 'Shoigu'], answer: 1 } });
	});

	it('trims and collapses spaces', () => {
		const check = validateQuestion(
			input({ stem: '  Who   met\nPutin? ', options: [' a ', 'b  c'] }),
			IDS
		);
		expect(check).toMatchObject({
			ok: true,
			value: { stem: 'Who met Putin?', options: ['a', 'b c'] }
		});
	});

	it.each<[string, Partial<QuestionInput>, string, RegExp]>([
		['an empty stem', { stem: '   ' }, 'stem', /Write the question/],
		['a missing stem', { stem: undefined }, 'stem', /Write the question/],
		['a stem too long', { stem: 'x'.repeat(STEM_MAX + 1) }, 'stem', /300 characters or fewer/],
		['one option', { options: ['Putin', '', ''], answer: '0' }, 'options', /at least 2/],
		['no options', { options: [], answer: '0' }, 'options', /at least 2/],
		['six options', { options: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'options', /at most 5/],
		[
			'two equal options',
			{ options: ['Putin', 'putin.', 'Biden'] },
			'options',
			/every option must be different/
		],
		[
			'an option too long',
			{ options: ['a', 'b'.repeat(OPTION_MAX + 1)] },
			'options',
			/150 characters/
		],
		['no key', { answer: undefined }, 'answer', /exactly one option/],
		['a key on a blank slot', { answer: '4' }, 'answer', /is empty/],
		['a key that is not a number', { answer: '0; drop' }, 'answer', /exactly one option/],
		['no evidence', { evidence: '' }, 'evidence', /Choose the sentence/],
		['evidence from elsewhere', { evidence: 's99' }, 'evidence', /not in this article/],
		['control characters', { stem: 'Who\u0000 met Putin?' }, 'stem', /control characters/]
	])('refuses %s with a message on that field', (_name, over, field, message) => {
		const check = validateQuestion(input(over), IDS);
		expect(check.ok).toBe(false);
		if (check.ok) return;
		expect(check.errors[field as keyof typeof check.errors]).toMatch(message);
	});

	it('reports every wrong field at once', () => {
		const check = validateQuestion({ stem: '', options: ['a'], answer: null, evidence: 'x' }, IDS);
		expect(check.ok).toBe(false);
		if (!check.ok)
			expect(Object.keys(check.errors).sort()).toEqual(['answer', 'evidence', 'options', 'stem']);
	});

	it('for any input: when accepted, exactly one key among 2–5 distinct non-empty options, evidence of the article', () => {
		fc.assert(
			fc.property(
				fc.string(),
				fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constant('')), { maxLength: 7 }),
				fc.oneof(fc.nat(7).map(String), fc.string(), fc.constant(undefined)),
				fc.oneof(fc.constantFrom(...IDS), fc.string()),
				(stem, options, answer, evidence) => {
					const check = validateQuestion({ stem, options, answer, evidence }, IDS);
					if (!check.ok) return;
					const v = check.value;
					expect(v.options.length).toBeGreaterThanOrEqual(2);
					expect(v.options.length).toBeLessThanOrEqual(MAX_OPTIONS);
					expect(v.options.every((o) => o.length > 0)).toBe(true);
					expect(new Set(v.options.map((o) => o.toLowerCase())).size).toBe(v.options.length);
					expect(v.answer).toBeGreaterThanOrEqual(0);
					expect(v.answer).toBeLessThan(v.options.length);
					expect(IDS).toContain(v.evidence);
					expect(v.stem.length).toBeGreaterThan(0);
				}
			)
		);
	});
});
