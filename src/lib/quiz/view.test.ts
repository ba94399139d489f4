import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bank } from '$lib/generator/types';
import { answer, snapshotQuestions, startAttempt } from './attempt';
import bankJson from './fixtures/small-bank.json';
import type { Attempt, AttemptQuestion } from './types';
import { inQuotes, isRevealed, playView, questionView, resultsView, sentenceHref } from './view';

const bank = bankJson as Bank;

function attemptOf(questions: AttemptQuestion[], seed: number, feedback: 'each' | 'end') {
	return startAttempt({
		id: 'a1',
		player: { id: 'p1', name: 'Ada' },
		source: { kind: 'quiz', slug: 'x' },
		title: 'T',
		questions,
		seed,
		feedback
	});
}

/** Answers the first `count` questions with the given shown choices (wrapped into range). */
function play(a: Attempt, choices: number[], count: number): Attempt {
	for (let i = 0; i < Math.min(count, a.questions.length); i++) {
		const n = a.optionOrder[i]!.length;
		const r = answer(a, i, (choices[i] ?? 0) % n);
		if (!r.ok) throw new Error(r.message);
		a = r.attempt;
	}
	return a;
}

const questionArb = fc
	.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 2, maxLength: 5 })
	.chain((options) =>
		fc.record({
			options: fc.constant(options),
			answer: fc.nat({ max: options.length - 1 }),
			stem: fc.string({ maxLength: 20 }),
			token: fc.uuid()
		})
	)
	.map(({ options, answer, stem, token }, i = 0): AttemptQuestion => ({
		id: `q${i}`,
		type: 'cloze',
		stem,
		options,
		answer,
		evidence: ['s1'],
		explanation: `EXPLANATION-${token}`,
		difficulty: 0.5,
		article: 'art',
		quotes: [{ id: 's1', text: `QUOTE-${token}` }]
	}));

const scenario = fc.record({
	questions: fc.array(questionArb, { minLength: 1, maxLength: 8 }),
	seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
	feedback: fc.constantFrom<'each' | 'end'>('each', 'end'),
	choices: fc.array(fc.nat({ max: 4 }), { maxLength: 8 }),
	count: fc.nat({ max: 8 })
});

describe('views never show the key before the answer', () => {
	it('an unrevealed question looks the same whatever its key, explanation and evidence', () => {
		fc.assert(
			fc.property(scenario, fc.nat({ max: 4 }), (s, otherKey) => {
				const a = play(attemptOf(s.questions, s.seed, s.feedback), s.choices, s.count);
				// The same attempt with every unrevealed question's secrets changed.
				const b: Attempt = structuredClone(a);
				b.questions.forEach((q, i) => {
					if (isRevealed(a, i)) return;
					q.answer = otherKey % q.options.length;
					q.explanation = 'something else';
					q.evidence = ['s9'];
					q.quotes = [{ id: 's9', text: 'another quote' }];
				});
				for (let i = 0; i < a.questions.length; i++) {
					if (isRevealed(a, i)) continue;
					const view = questionView(a, i)!;
					expect(view.reveal).toBeNull();
					expect(questionView(b, i)).toEqual(view);
					const json = JSON.stringify(view);
					expect(json).not.toContain('EXPLANATION-');
					expect(json).not.toContain('QUOTE-');
					// As a field name (followed by a colon): an option may well read "key".
					expect(json).not.toMatch(/"(answer|key|correct|keyText|evidence|explanation)":/);
				}
				expect(JSON.stringify(playView(a))).not.toMatch(/EXPLANATION-|QUOTE-/);
			})
		);
	});

	it('reveals a question after its answer with feedback after each, only at the end otherwise', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				const a = play(attemptOf(s.questions, s.seed, s.feedback), s.choices, s.count);
				const finished = a.answers.every((x) => x !== null);
				a.questions.forEach((q, i) => {
					const view = questionView(a, i)!;
					const answered = a.answers[i] !== null;
					const shown = answered && (s.feedback === 'each' || finished);
					expect(view.answered).toBe(answered);
					expect(view.reveal !== null).toBe(shown);
					if (view.reveal) {
						expect(view.options[view.reveal.key]!.text).toBe(q.options[q.answer]);
						expect(view.reveal.keyText).toBe(q.options[q.answer]);
						expect(view.reveal.correct).toBe(view.choice === view.reveal.key);
					}
				});
				expect(resultsView(a) !== null).toBe(finished);
			})
		);
	});
});

describe('questionView', () => {
	it('shows the options in the attempt order with the quote and its link after answering', () => {
		const a0 = attemptOf(snapshotQuestions(bank), 3, 'each');
		const q = a0.questions[0]!;
		const keyPlace = a0.optionOrder[0]!.indexOf(q.answer);
		const before = questionView(a0, 0)!;
		expect(before).toMatchObject({
			number: 1,
			total: 4,
			stem: q.stem,
			answered: false,
			choice: null
		});
		expect(before.options.map((o) => o.text)).toEqual(a0.optionOrder[0]!.map((i) => q.options[i]));
		const r = answer(a0, 0, keyPlace);
		if (!r.ok) throw new Error(r.message);
		const after = questionView(r.attempt, 0)!;
		expect(after.choice).toBe(keyPlace);
		expect(after.reveal).toMatchObject({
			correct: true,
			key: keyPlace,
			explanation: q.explanation
		});
		expect(after.reveal!.quotes[0]!.href).toBe(`/articles/fixture-article#${q.evidence[0]}`);
		expect(after.reveal!.quotes[0]!.text).toBe(
			bank.article.sentences.find((s) => s.id === q.evidence[0])!.text
		);
	});

	it('is null out of range', () => {
		const a = attemptOf(snapshotQuestions(bank), 3, 'each');
		expect(questionView(a, 4)).toBeNull();
		expect(questionView(a, -1)).toBeNull();
	});
});

describe('resultsView', () => {
	it('gives the score and percentage', () => {
		let a = attemptOf(snapshotQuestions(bank), 8, 'end');
		for (let i = 0; i < 4; i++) {
			const q = a.questions[i]!;
			const order = a.optionOrder[i]!;
			const shown = i === 0 ? order.findIndex((o) => o !== q.answer) : order.indexOf(q.answer);
			const r = answer(a, i, shown);
			if (!r.ok) throw new Error(r.message);
			a = r.attempt;
		}
		const results = resultsView(a)!;
		expect(results).toMatchObject({ score: 3, total: 4, percent: 75, finished: true });
		expect(results.questions.map((q) => q.reveal?.correct)).toEqual([false, true, true, true]);
	});
});

describe('sentenceHref', () => {
	it('escapes the slug and id', () => {
		expect(sentenceHref('a b', 's1')).toBe('/articles/a%20b#s1');
	});
});

describe('inQuotes', () => {
	it('puts a sentence in quotation marks, word for word', () => {
		expect(inQuotes('Kim met Putin on Wednesday.')).toBe('“Kim met Putin on Wednesday.”');
	});

	it('lets a sentence that opens with its own quotation mark stand for ours', () => {
		const said = '“Hundreds have been killed,” Royce said.';
		expect(inQuotes(said)).toBe(said);
		expect(inQuotes('"We started well," said Benitez.')).toBe('"We started well," said Benitez.');
	});
});
