import { describe, expect, it } from 'vitest';
import { analysisOf, NEWS } from '../../test-helpers';
import { makeStatement } from './statement';

const an = analysisOf(NEWS);
const cands = makeStatement(an, {
	maxStemWords: 35,
	focus: new Set(an.sentences.map((s) => s.index))
});

describe('supported-statement candidates', () => {
	it('are made', () => {
		expect(cands.length).toBeGreaterThan(0);
	});

	it('have a key that is the cited sentence (reporting tail trimmed)', () => {
		for (const c of cands) {
			const s = an.sentences[c.evidence[0] ?? -1];
			expect(s?.text.startsWith(c.key.replace(/\.$/, ''))).toBe(true);
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
});
