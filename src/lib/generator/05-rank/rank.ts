/**
 * Stage 5, ranking and selection: score the gated candidates and pick a varied set — spread
 * over the paragraphs, a mix of types, never two questions on the same fact or sentence, and
 * no question whose answer another question's options show.
 */
import type { Analysis } from '../01-analysis/types';
import type { Candidate } from '../02-candidates/types';
import { overlap } from '../03-distractors/distractors';
import { containsPhraseCi, contentWords } from '../util/text';

export interface RankOptions {
	/** Questions wanted; `undefined` picks by length (10 from 400 words, fewer below). */
	count?: number;
	/** Candidates scoring below this are never used, even if the bank stays short. */
	minScore: number;
}

/** Questions for an article of this many words: 10 from 400 words, about one per 40 below. */
export function targetCount(words: number): number {
	if (words >= 400) return 10;
	return Math.max(0, Math.min(10, Math.floor(words / 40)));
}

export function score(c: Candidate, options = c.distractors.length + 1): number {
	let s = c.score;
	if (options >= 4) s += 0.05;
	if (c.external) s -= 0.05 * c.external;
	return s;
}

/** The evidence item's candidate sentences that no chosen question cites. */
function freeShows(c: Candidate, used: Set<number>): number[] {
	return (c.showsPool ?? c.shows ?? []).filter((i) => !used.has(i));
}

/**
 * Does question `a` show `b`'s answer in its stem or its key (which a statement question shows
 * in every option but one)? A wrong option naming it shows nothing — except in a `what` item,
 * whose every option is something the article says (of someone).
 */
function reveals(a: Candidate, b: Candidate): boolean {
	if (b.keyKind === 'statement' || b.keyKind === 'sentence') return false;
	// "According to the article, Kim _____." with its key shows who did it
	const texts = a.type === 'what' ? [`${a.stem} ${a.key}`, ...a.distractors] : [a.stem, a.key];
	const shown = texts.filter((t) => containsPhraseCi(t, b.key));
	if (shown.length === 0) return false;
	// a date or a number shown anywhere is a hint; a name only with the fact it answers
	if (['weekday', 'month', 'year', 'number', 'money', 'percent'].includes(String(b.keyKind)))
		return true;
	const fact = contentWords(b.context);
	return shown.some((t) => overlap(fact, contentWords(t)) >= 0.3);
}

/**
 * Two `what` items with an option in common: the answer of one strikes out an option of the
 * other ("says the power of Morquendi's blogs was palpable" is Gupta's, so not Mehta's).
 */
function shareOptions(a: Candidate, b: Candidate): boolean {
	if (a.type !== 'what' || b.type !== 'what') return false;
	const options = new Set([a.key, ...a.distractors]);
	return [b.key, ...b.distractors].some((o) => options.has(o));
}

const MAX_PER_KEY = 2;

export function select(an: Analysis, candidates: Candidate[], opts: RankOptions): Candidate[] {
	const want = opts.count ?? targetCount(an.wordCount);
	const pool = candidates
		.map((c, i) => ({ c, i, s: score(c) }))
		.filter((x) => x.s >= opts.minScore);
	const chosen: Candidate[] = [];
	const usedSentences = new Set<number>();
	const shownSentences = new Set<number>();
	const facts = new Set<string>();
	const perType = new Map<string, number>();
	const perParagraph = new Map<number, number>();
	const perKey = new Map<number, number>();
	const take = (c: Candidate) => {
		chosen.push(c);
		facts.add(c.fact);
		for (const e of c.evidence) usedSentences.add(e);
		for (const x of c.shows ?? []) shownSentences.add(x);
		const para = an.sentences[c.evidence[0] ?? -1]?.sentence.paragraph ?? 0;
		perType.set(c.type, (perType.get(c.type) ?? 0) + 1);
		perParagraph.set(para, (perParagraph.get(para) ?? 0) + 1);
		if (c.keyEntity !== undefined) perKey.set(c.keyEntity, (perKey.get(c.keyEntity) ?? 0) + 1);
	};
	while (chosen.length < want) {
		let best: { c: Candidate; i: number; v: number } | undefined;
		for (const { c, i, s } of pool) {
			const ev = c.evidence[0] ?? -1;
			if (facts.has(c.fact) || usedSentences.has(ev) || shownSentences.has(ev)) continue;
			// one question must not answer another ("December" in every option of a statement)
			if (chosen.some((q) => reveals(c, q) || reveals(q, c) || shareOptions(c, q))) continue;
			// a name is the answer of two questions at most: five "Yukos" among the same three
			// companies teach the reader to guess
			if (c.keyEntity !== undefined && (perKey.get(c.keyEntity) ?? 0) >= MAX_PER_KEY) continue;
			const shown = c.showsPool ? freeShows(c, usedSentences) : undefined;
			if (shown && shown.length < 2) continue;
			const para = an.sentences[ev]?.sentence.paragraph ?? 0;
			let v = s;
			if (!perType.has(c.type)) v += 0.1;
			v -= 0.2 * (perType.get(c.type) ?? 0);
			v -= 0.1 * (perParagraph.get(para) ?? 0);
			if (c.keyEntity !== undefined) v -= 0.15 * (perKey.get(c.keyEntity) ?? 0);
			if (!best || v > best.v || (v === best.v && i < best.i)) best = { c, i, v };
		}
		if (!best) break;
		const c = best.c;
		if (!c.showsPool) take(c);
		else {
			// an item that shows sentences (evidence, "NOT supported") shows ones no other question
			// is about
			const shows = freeShows(c, usedSentences).slice(0, 3);
			const pool = c.showsPool;
			const text = (i: number) =>
				c.poolTexts?.[pool.indexOf(i)] ?? an.sentences[i]?.text.trim() ?? '';
			take({ ...c, shows, distractors: shows.map(text) });
		}
	}
	// in reading order
	return chosen.sort(
		(a, b) => (a.evidence[0] ?? 0) - (b.evidence[0] ?? 0) || a.type.localeCompare(b.type)
	);
}
