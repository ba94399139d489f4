/**
 * Stage 5, ranking and selection: score the gated candidates and pick a varied set — spread
 * over the paragraphs, a mix of types, never two questions on the same fact or sentence, and
 * no question whose answer another question's options show.
 */
import type { Analysis, Entity } from '../01-analysis/types';
import type { Candidate } from '../02-candidates/types';
import { overlap } from '../03-distractors/distractors';
import { containsPhraseCi, contentWords } from '../util/text';

export interface RankOptions {
	/** Questions wanted; `undefined` picks by length (10 from 400 words, fewer below). */
	count?: number;
	/** Candidates scoring below this are never used, even if the bank stays short. */
	minScore: number;
	/**
	 * Two-option questions ("Who said …? Clarke or Davis"), taken only when `candidates` have
	 * nothing more to give, and at most `maxSpare` of them.
	 */
	spare?: Candidate[];
	maxSpare?: number;
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
 * The texts a question shows as the article's own words: its stem and key, and for a "NOT
 * supported" item every true statement it may show (and its key, whose unchanged words are
 * true too).
 */
const shownTrue = (c: Candidate): string[] =>
	c.negative ? [c.stem, c.key, ...c.distractors, ...(c.poolTexts ?? [])] : [c.stem, c.key];

const NAMES = new WeakMap<Candidate, string[]>();
/**
 * The names that answer `b`: any name the article gives its key ("Trump's refusal…" shows
 * "Donald Trump"); for a statement, the names its key has and a false copy lacks ("…after
 * Trump refused…").
 */
function answerNames(an: Analysis, b: Candidate): string[] {
	let names = NAMES.get(b);
	if (names) return names;
	const keyNames = (e: Entity) => [...e.aliases].filter((x) => x.length > 2);
	const entity = b.keyEntity !== undefined ? an.entities[b.keyEntity] : undefined;
	names =
		b.keyKind === 'statement'
			? an.entities
					.filter((e) => e.kind === 'person' || e.kind === 'organisation' || e.kind === 'country')
					.filter((e) => keyNames(e).some((x) => containsPhraseCi(b.key, x)))
					.filter((e) =>
						b.distractors.some((d) => !keyNames(e).some((x) => containsPhraseCi(d, x)))
					)
					.flatMap(keyNames)
			: // (a role as the article writes it: "Democratic Congressman Joe Crowley" shows it)
				[b.key, ...(entity ? keyNames(entity) : []), ...(b.keyKind === 'role' ? [b.context] : [])];
	NAMES.set(b, names);
	return names;
}

const STEMS = new Map<string, Set<string>>();
/** Content-word stems of a text (memoised: the same texts meet in every pair). */
function stems(text: string): Set<string> {
	let out = STEMS.get(text);
	if (!out) {
		if (STEMS.size > 5000) STEMS.clear();
		out = new Set([...contentWords(text)].map((w) => w.slice(0, 5)));
		STEMS.set(text, out);
	}
	return out;
}

/**
 * Does question `a` show `b`'s answer in its stem or its key (which a statement question shows
 * in every option but one)? A wrong option naming it shows nothing — except in a `what` item,
 * whose every option is something the article says (of someone).
 */
function reveals(an: Analysis, a: Candidate, b: Candidate): boolean {
	if (b.keyKind === 'sentence' || b.negative || b.type === 'what') return false;
	// "who is Carlos Criado-Perez?" (the Safeway chief executive) beside "…a strategy launched at
	// Safeway by Mr Criado-Perez": his body shown with him tells his role
	const person =
		b.keyKind === 'role' && b.subject !== undefined ? an.entities[b.subject] : undefined;
	if (person) {
		const bodies = (b.key.match(/\p{Lu}[\p{L}'’&-]+/gu) ?? []).map((w) => w.replace(/['’]s$/, ''));
		const names = [...person.aliases].filter((x) => x.length > 2);
		const withHim = shownTrue(a).filter((t) => names.some((x) => containsPhraseCi(t, x)));
		if (withHim.some((t) => bodies.some((w) => containsPhraseCi(t, w)))) return true;
	}
	const names = answerNames(an, b);
	if (names.length === 0) return false;
	// "According to the article, Kim _____." with its key shows who did it
	const texts = a.type === 'what' ? [`${a.stem} ${a.key}`, ...a.distractors] : shownTrue(a);
	const shown = texts.filter((t) => names.some((x) => containsPhraseCi(t, x)));
	if (shown.length === 0) return false;
	// a date or a number shown anywhere is a hint; a name only with the fact it answers
	if (['weekday', 'month', 'year', 'number', 'money', 'percent'].includes(String(b.keyKind)))
		return true;
	// (word stems: "Trump's refusal to re-certify the deal" shows "_____ refused to certify it")
	const fact = stems(b.keyKind === 'statement' ? b.key : b.context);
	if (shown.some((t) => overlap(fact, stems(t)) >= 0.3)) return true;
	// (a field of meaning: "Khodorkovsky began testimony … in his trial" shows who "pleaded not
	// guilty to the charges")
	const asked = fieldsOf(b.keyKind === 'statement' ? b.key : b.context);
	return asked.size > 0 && shown.some((t) => [...fieldsOf(t)].some((f) => asked.has(f)));
}

/**
 * Small fields of meaning whose words tie two sentences about one person together though they
 * share no word: a trial and a plea, an injury and a hamstring, a resignation and a retirement.
 */
const FIELDS: Record<string, RegExp> = {
	law: /\b(?:trial|court|charges?|charged|guilty|innocent|jail(?:ed)?|prison|testimony|testif(?:y|ied)|fraud|prosecut\w*|verdict|sentenced|accused|convicted|arrest(?:ed)?|lawyers?)\b/i,
	injury: /\b(?:injur\w*|hamstring|ankle|knee|groin|fitness|sidelined)\b/i,
	leaving: /\b(?:resign\w*|retire\w*|stepped down|step down|quit|sacked|fired)\b/i
};
const fieldsOf = (text: string) =>
	new Set(Object.keys(FIELDS).filter((f) => FIELDS[f]?.test(text)));

/**
 * A `what` item whose option another question shows as someone's ("Jobs, 51, said Apple hoped
 * to sell 10 million iPhones" beside "According to the article, Stan Sigman _____." with that
 * deed among the options): the other question tells whose it is.
 */
function showsWhatOption(a: Candidate, b: Candidate): boolean {
	if (a.type !== 'what' || b.type === 'what') return false;
	const shown = shownTrue(b).map(stems);
	return [a.key, ...a.distractors].some((o) => {
		const words = stems(o);
		return words.size > 0 && shown.some((t) => overlap(words, t) >= 0.6);
	});
}

/**
 * Two `what` items on one subject, or with an option in common: the answer of one strikes out
 * options of the other ("says the power of Morquendi's blogs was palpable" is Gupta's, so not
 * Mehta's). Two on other people with no option in common stay apart ("what did Benitez say?"
 * among Irureta's words, "what did Irureta say?" among other words of Benitez's).
 */
function twoWhats(a: Candidate, b: Candidate): boolean {
	if (a.type !== 'what' || b.type !== 'what') return false;
	if (a.subject === b.subject) return true;
	const options = new Set([a.key, ...a.distractors]);
	return [b.key, ...b.distractors].some((o) => options.has(o));
}

/**
 * Two questions with the same answer among mostly the same options ask the same thing twice
 * ("an attempt by oil giant _____ to gain bankruptcy protection", "Which organisation filed
 * for Chapter 11 protection…?", both Yukos among Gazprom and Rosneft).
 */
function repeats(a: Candidate, b: Candidate): boolean {
	if (a.keyKind === 'statement' || a.keyKind === 'sentence') return false;
	const same = a.keyEntity !== undefined ? a.keyEntity === b.keyEntity : a.key === b.key;
	if (!same) return false;
	// "Michael Howard" and "Mr _____" → "Howard": the same people by their last names
	const last = (o: string) => o.split(' ').pop()?.toLowerCase() ?? o;
	const theirs = new Set(b.distractors.map(last));
	const shared = a.distractors.filter((d) => theirs.has(last(d))).length;
	return shared >= Math.min(2, a.distractors.length, b.distractors.length);
}

/**
 * A statement's false copies swap in names ("Scotland duo Gordon Bulloch and Simon Taylor"):
 * another question that shows the true place of one of them ("…Lions candidates such as
 * Scotland pair Simon Taylor and…") strikes that copy out, and the other way round.
 */
function crossHint(an: Analysis, a: Candidate, b: Candidate): boolean {
	if (a.type !== 'statement' || !a.swapped?.length) return false;
	const shown = shownTrue(b).join(' ');
	return a.swapped.some((id) => {
		const e = an.entities[id];
		return (
			e !== undefined && [...e.aliases].some((x) => x.length > 2 && containsPhraseCi(shown, x))
		);
	});
}

const MAX_PER_KEY = 2;
/** How many open candidates a pick is weighed against (bounds the cost on long articles). */
const MAX_COMPARED = 60;

export function select(an: Analysis, candidates: Candidate[], opts: RankOptions): Candidate[] {
	const want = opts.count ?? targetCount(an.wordCount);
	const scored = (list: Candidate[]) =>
		list.map((c, i) => ({ c, i, s: score(c) })).filter((x) => x.s >= opts.minScore);
	const main = scored(candidates);
	const spare = scored(opts.spare ?? []);
	let spares = 0;
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
	// one question must not answer another ("December" in every option of a statement)
	const clash = (c: Candidate, q: Candidate) =>
		reveals(an, c, q) ||
		reveals(an, q, c) ||
		twoWhats(c, q) ||
		showsWhatOption(c, q) ||
		showsWhatOption(q, c) ||
		repeats(c, q) ||
		crossHint(an, c, q) ||
		crossHint(an, q, c);
	const fits = (c: Candidate) => {
		const ev = c.evidence[0] ?? -1;
		if (facts.has(c.fact) || usedSentences.has(ev) || shownSentences.has(ev)) return false;
		return !chosen.some((q) => clash(c, q));
	};
	/** The best candidate of `pool` that fits beside the chosen ones. */
	const pick = (pool: typeof main) => {
		let best: { c: Candidate; i: number; v: number } | undefined;
		// (how many of the others that still fit a candidate would shut out: a statement that
		// swaps in every person of a short article leaves no room for questions on them)
		const open = pool.filter((x) => fits(x.c)).slice(0, MAX_COMPARED);
		const shutOut = (c: Candidate) =>
			open.filter(
				(x) =>
					x.c !== c &&
					(x.c.fact === c.fact || c.evidence.includes(x.c.evidence[0] ?? -1) || clash(c, x.c))
			).length;
		for (const { c, i, s } of pool) {
			const ev = c.evidence[0] ?? -1;
			if (!fits(c)) continue;
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
			v -= 0.08 * shutOut(c);
			if (!best || v > best.v || (v === best.v && i < best.i)) best = { c, i, v };
		}
		return best?.c;
	};
	while (chosen.length < want) {
		let c = pick(main);
		// a two-option question only when nothing better is left
		if (!c && spares < (opts.maxSpare ?? 0)) {
			c = pick(spare);
			if (c) spares++;
		}
		if (!c) break;
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
