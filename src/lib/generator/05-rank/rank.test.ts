import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../article/index';
import { generate } from '../index';
import { targetCount } from './rank';

const seed = readArticle({
	text: readFileSync('questions/kim-jong-un-russia-visit.md', 'utf8'),
	filename: 'kim-jong-un-russia-visit.md'
});

describe('ranking and selection', () => {
	it.each([
		[0, 0],
		[39, 0],
		[120, 3],
		[389, 9],
		[400, 10],
		[5000, 10]
	])('an article of %i words gets %i questions', (words, n) => {
		expect(targetCount(words)).toBe(n);
	});

	const { bank } = generate(seed);

	it('never asks two questions about the same sentence', () => {
		const first = bank.questions.map((q) => q.evidence[0]);
		expect(new Set(first).size).toBe(first.length);
	});

	it('mixes types and spreads over the paragraphs', () => {
		const types = new Set(bank.questions.map((q) => q.type));
		expect(types.size).toBeGreaterThanOrEqual(4);
		const para = new Map(bank.article.sentences.map((s) => [s.id, s.paragraph]));
		const used = new Set(bank.questions.map((q) => para.get(q.evidence[0] ?? '')));
		expect(bank.questions.length).toBeGreaterThanOrEqual(5);
		expect(used.size).toBeGreaterThanOrEqual(Math.ceil(bank.questions.length * 0.75));
	});

	it('honours count, and never pads beyond the good candidates', () => {
		expect(generate(seed, { count: 3 }).bank.questions).toHaveLength(3);
		const many = generate(seed, { count: 50 }).bank.questions.length;
		expect(many).toBeLessThan(50);
		expect(generate(seed, { count: 50 }).report.notes.join(' ')).toMatch(/not padded/);
	});

	it('keeps the questions in reading order with ids q1…', () => {
		const order = bank.questions.map((q) => Number(q.evidence[0]?.slice(1)));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(bank.questions.map((q) => q.id)).toEqual(bank.questions.map((_, i) => `q${i + 1}`));
	});

	it('gives every question a difficulty in 0–1 and a plain explanation', () => {
		for (const q of bank.questions) {
			expect(q.difficulty).toBeGreaterThanOrEqual(0);
			expect(q.difficulty).toBeLessThanOrEqual(1);
			expect(q.explanation).toMatch(/^(The article says|This sentence answers) /);
		}
	});
});
