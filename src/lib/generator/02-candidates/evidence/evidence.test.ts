import { describe, expect, it } from 'vitest';
import { analysisOf, NEWS } from '../../test-helpers';
import { makeWho } from '../who/who';
import { makeEvidence } from './evidence';

const an = analysisOf(NEWS);
const focus = new Set(an.sentences.map((s) => s.index));
const inner = makeWho(an, { maxStemWords: 35, focus });
const cands = makeEvidence(an, inner);

describe('evidence ("Part B") candidates', () => {
	it('ask which sentence supports the answer to another question', () => {
		expect(cands.length).toBeGreaterThan(0);
		for (const c of cands) {
			expect(c.stem).toMatch(
				/^Which sentence from the article best supports the answer to this question: .+\?$/
			);
		}
	});

	it('have the cited sentence as key and other sentences of the article as distractors', () => {
		const texts = an.sentences.map((s) => s.text.trim());
		for (const c of cands) {
			expect(c.key).toBe(an.sentences[c.evidence[0] ?? -1]?.text.trim());
			for (const d of c.distractors) expect(texts).toContain(d);
			expect(c.distractors).not.toContain(c.key);
		}
	});

	it('choose distractor sentences about the same people or places', () => {
		for (const c of cands) {
			const key = an.sentences[c.evidence[0] ?? -1];
			const ents = new Set(key?.mentions.map((m) => m.entity));
			for (const i of c.shows ?? []) {
				expect(an.sentences[i]?.mentions.some((m) => ents.has(m.entity))).toBe(true);
			}
		}
	});
});
