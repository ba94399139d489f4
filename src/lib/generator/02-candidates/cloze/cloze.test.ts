import { describe, expect, it } from 'vitest';
import { analysisOf, NEWS } from '../../test-helpers';
import { BLANK } from '../stem-tools';
import { makeCloze } from './cloze';

const an = analysisOf(NEWS);
const focus = new Set(an.sentences.map((s) => s.index));
const cands = makeCloze(an, { maxStemWords: 35, focus });

describe('cloze candidates', () => {
	it('blank exactly one name and fill back to the cited sentence (tail aside)', () => {
		expect(cands.length).toBeGreaterThan(5);
		for (const c of cands) {
			expect(c.stem.split(BLANK).length).toBe(2);
			const s = an.sentences[c.evidence[0] ?? -1];
			const span = c.span;
			expect(s && span).toBeTruthy();
			if (!s || !span || s.pronounStart) continue;
			const filled = c.stem.replace(BLANK, s.text.slice(span.start, span.end)).replace(/\.$/, '');
			expect(s.text.startsWith(filled)).toBe(true);
		}
	});

	it('never blank a name inside another name or the owner of a named product', () => {
		const text = [
			'Microsoft said the Xbox 2 would be shown at the E3 show in May.',
			'Mr Keating described BBC Two as the natural home of the show.',
			"Some details of the chip inside Sony's PlayStation 3 have been revealed.",
			'Sony and IBM have spent four years designing the chip.'
		].join('\n');
		const a = analysisOf(text);
		const made = makeCloze(a, { maxStemWords: 35, focus: new Set([0, 1, 2, 3]) });
		expect(made.some((c) => c.evidence[0] === 1 && c.key === 'BBC')).toBe(false);
		expect(made.some((c) => c.evidence[0] === 2 && c.key === 'Sony')).toBe(false);
		// the same company as the subject of its own sentence is fine
		expect(made.some((c) => c.evidence[0] === 3 && c.key === 'Sony')).toBe(true);
	});

	it('blank "Putin" out of "Kim met Russian President Vladimir Putin on Wednesday…"', () => {
		const c = cands.find((x) => x.key === 'Vladimir Putin');
		expect(c?.stem).toBe(
			`Kim met Russian President ${BLANK} on Wednesday and discussed military matters.`
		);
	});

	it('never blank a demonym or a name used as an adjective ("Russian media", "U.N. sanctions")', () => {
		expect(cands.some((c) => /Russian media/.test(c.stem) && c.key === 'Russia')).toBe(false);
		expect(cands.some((c) => c.key === 'the United Nations' || c.key === 'United Nations')).toBe(
			false
		);
	});

	it('replace an opening "He" by its antecedent and cite both sentences', () => {
		const c = cands.find((x) => x.stem.startsWith('Shoigu visited') && x.key === 'Kim Jong Un');
		expect(c?.stem).toBe(
			`Shoigu visited Pyongyang in July and toured a weapons exhibit with ${BLANK}.`
		);
		expect(c?.evidence).toEqual([7, 6]);
	});

	it('drop a reporting tail (", KCNA said") from the stem', () => {
		const others = cands.filter((c) => c.evidence[0] === 8 && c.key !== 'KCNA');
		expect(others.length).toBeGreaterThan(0);
		for (const c of others) expect(c.stem).not.toContain('KCNA said');
	});

	it('never blank a country or a city (world knowledge, implausible options)', () => {
		const kinds = new Set(cands.map((c) => c.keyKind));
		expect(kinds.has('country')).toBe(false);
		expect(kinds.has('city')).toBe(false);
		expect(kinds.has('person')).toBe(true);
	});
});
