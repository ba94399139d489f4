import { describe, expect, it } from 'vitest';
import { generate } from '../../index';
import { analysisOf, articleOf, NEWS } from '../../test-helpers';
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

	it('ask about a question that had too few options of its own', () => {
		// two players and no other person of their kind: "Who will play Tim Henman …?" has no
		// three options, but the article's sentences are options enough
		const text = [
			"Andy Murray will play Tim Henman in the final of the Queen's Club tournament in London on Sunday.",
			'Henman survived an injury scare in his semi-final against the Austrian Jurgen Melzer.',
			'Murray won the last four points of the first-set tie-break before losing the second set.',
			'Henman will move into the top ten of the world rankings for the first time after the final.',
			'The tournament in London has been played on grass courts since the year 1890.'
		].join('\n');
		const { bank, report } = generate(articleOf(text, 'Grass-court season heats up'), {
			types: ['who', 'evidence'],
			count: 5
		});
		expect(report.rejected['too-few-options']).toBeGreaterThan(0);
		expect(bank.questions.some((q) => q.type === 'who')).toBe(false);
		const item = bank.questions.find((q) => q.type === 'evidence');
		expect(item?.stem).toContain('question: Who will play Tim Henman');
		expect(item?.options[item.answer]).toBe(
			"Andy Murray will play Tim Henman in the final of the Queen's Club tournament in London on Sunday."
		);
		expect(item?.options.length).toBeGreaterThanOrEqual(3);
	});
});
