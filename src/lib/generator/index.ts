/**
 * The question generator: grounded multiple-choice questions from an article. Pure TypeScript
 * (no Svelte, SvelteKit or storage imports), deterministic and never throwing, so the CLI, the
 * server and the tests share it.
 *
 * Pipeline (one folder per stage): 01-analysis → 02-candidates (one maker per type) →
 * 03-distractors → 04-gates → 05-rank. Every stage is an option with a default.
 */
import { readArticle } from '../article/index';
import type { Article, ArticleInput } from '../article/types';
import { analyse } from './01-analysis/analyse';
import { amountOf } from './model/numbers';
import type { Analysis } from './01-analysis/types';
import { makeAttribution } from './02-candidates/attribution/attribution';
import { makeCloze } from './02-candidates/cloze/cloze';
import { makeEvidence } from './02-candidates/evidence/evidence';
import { makeNumber } from './02-candidates/number/number';
import { makeStatement } from './02-candidates/statement/statement';
import type { Candidate, CandidateMaker } from './02-candidates/types';
import { makeWhat } from './02-candidates/what/what';
import { makeWho } from './02-candidates/who/who';
import { makeRole, makeRoleOf } from './02-candidates/who/role';
import { addDistractors, type DistractorOptions } from './03-distractors/distractors';
import { firstFailure, GATES, type Gate } from './04-gates/gates';
import { select, targetCount, type RankOptions } from './05-rank/rank';
import {
	QUESTION_TYPES,
	type Bank,
	type GateReason,
	type GenerationReport,
	type Question,
	type QuestionType
} from './types';
import { daysVaried, MONTHS, WEEKDAYS } from './model/calendar';
import { hashString, rng, shuffle } from './util/random';

export type * from './types';
export { QUESTION_TYPES } from './types';
export type { Analysis, Entity, EntityKind, Mention, SentenceInfo } from './01-analysis/types';
export type { Candidate, CandidateMaker } from './02-candidates/types';
export type { Gate } from './04-gates/gates';

export interface GeneratorOptions {
	/** Questions wanted; `undefined` picks by length (10 from 400 words, fewer below). */
	count: number | undefined;
	/** Question types to make. */
	types: QuestionType[];
	/** Wanted distractors per question (options = distractors + 1). */
	distractors: number;
	/** Fewer options than this and the question is dropped. */
	minOptions: number;
	/**
	 * Two-option questions a bank may take when it runs out of better ones: who did or said
	 * something, between the article's two people (or bodies) of the same role and side ("Mr
	 * _____ said the security services backed his measures": Clarke or Davis). Names only,
	 * never numbers. Off (0) by default: a strict rating passed 16 of 22 (every question with
	 * more options passed), with one distractor there is no room for a weak one, and a
	 * teacher learns little from a coin toss.
	 */
	pairs: number;
	/**
	 * Cloze and "Who…?" questions whose answer is a person or a company of the article ("_____
	 * made a double save", "Who headed in Riise's cross?"). Off by default: on new articles the
	 * strict ratings of 29 Nov passed 3 of 22 such clozes and 2 of 12 such who-questions — the
	 * article's other people and companies seldom fit the slot ("Deloitte" as a camera retailer, a
	 * manager as a scorer). News agencies, countries, cities and "who is X?" roles stay.
	 */
	nameKeys: boolean;
	/**
	 * "Which statement is NOT supported by the article?" items. Off by default: the same ratings
	 * passed 2 of 9 — the one twisted option is often absurd ("rejected the award") or trivial.
	 */
	notSupported: boolean;
	/**
	 * Questions whose answer is a day of the week ("On which day did Kim meet Putin?"), and
	 * statements that only change one. Off by default: on new articles strict raters failed
	 * nearly all of them as news-feed timing — the day of the report, of a fixture still to
	 * come, of a final "early Tuesday morning" in Japan — even after each such pattern was gated
	 * (held-out sets 2–9 of 29 Nov: 3 of 20 passed; 0 of 12 in sets 5–9).
	 */
	weekdays: boolean;
	maxStemWords: number;
	/** Candidates scoring below this are never used. */
	minScore: number;
	/** Questions are made from at most this many sentences, sampled evenly over the article. */
	maxSentences: number;
	/** Seeds the option order and the choice of curated distractors. */
	seed: number;
	/** Stage 1. */
	analyse: (article: Article) => Analysis;
	/** Stage 2: one maker per type (`evidence` is built from the other types' survivors). */
	makers: Partial<Record<QuestionType, CandidateMaker>>;
	/** Stage 3. */
	addDistractors: (an: Analysis, c: Candidate, opts: DistractorOptions) => Candidate;
	/** Stage 4, in order; the first failure names the reason. */
	gates: Gate[];
	/** Called for every dropped candidate (for `npm run eval -- --rejected` and debugging). */
	onReject?: (candidate: Candidate, reason: GateReason) => void;
	/** Stage 5. */
	select: (an: Analysis, candidates: Candidate[], opts: RankOptions) => Candidate[];
}

export const defaultOptions: GeneratorOptions = {
	count: undefined,
	// `evidence` ("Part B") items are made only when asked for: their inner question copies the
	// key sentence, so the key is the one option that repeats the question's words, and the
	// strict independent rating failed all eleven of them (a reader finds the key without the
	// article). Nor `what` items ("According to the article, X _____." with what others did):
	// on new articles the strict ratings of 29 Nov failed all ten of them — another person's
	// deed pasted onto the subject is seldom a fair guess ("conceded defeat" for the winner)
	types: ['cloze', 'who', 'attribution', 'number', 'statement'],
	distractors: 3,
	minOptions: 3,
	pairs: 0,
	nameKeys: false,
	notSupported: false,
	weekdays: false,
	maxStemWords: 35,
	minScore: 0.5,
	maxSentences: 80,
	seed: 0,
	analyse,
	makers: {
		cloze: makeCloze,
		who: (an, o) => [...makeWho(an, o), ...makeRole(an, o), ...makeRoleOf(an, o)],
		what: makeWhat,
		attribution: makeAttribution,
		number: makeNumber,
		statement: makeStatement
	},
	addDistractors,
	gates: GATES,
	select
};

const zero = (): Record<QuestionType, number> =>
	Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0])) as Record<QuestionType, number>;

/** Is the answer a day of the week, or do the options differ only there? */
function asksWeekday(c: Candidate): boolean {
	if (c.keyKind === 'weekday') return true;
	return c.type === 'statement' && daysVaried([c.key, ...c.distractors]).length > 0;
}

function emptyBank(article: Article): Bank {
	return {
		article: {
			slug: article.slug,
			title: article.title,
			source: article.source,
			...(article.url ? { url: article.url } : {}),
			...(article.date ? { date: article.date } : {}),
			sentences: article.sentences.map((s) => ({ id: s.id, text: s.text, paragraph: s.paragraph }))
		},
		questions: []
	};
}

/**
 * A cloze or number question with the sentence before it in front of its stem, when that
 * sentence stands alone. The gates then judge the two together.
 */
function withLeadIn(an: Analysis, c: Candidate): Candidate | undefined {
	if (c.type !== 'cloze' && c.type !== 'number') return undefined;
	const at = c.evidence[0];
	if (at === undefined || c.evidence.length > 1) return undefined;
	const prev = an.sentences[at - 1];
	const own = an.sentences[at];
	if (!prev || !own) return undefined;
	if (prev.listLike || prev.pronounStart || !/[.!?]["”’']?$/u.test(prev.text.trim()))
		return undefined;
	// (a question that stands alone is preferred)
	const stem = `${prev.text.trim()} ${c.stem}`;
	return { ...c, stem, evidence: [at, prev.index], leadIn: true, score: c.score - 0.05 };
}

/** Evenly spaced sentence indices, at most `max` (all of them for a normal article). */
function focus(an: Analysis, max: number): Set<number> {
	const usable = an.sentences.filter((s) => !s.listLike && s.hasVerb).map((s) => s.index);
	const n = usable.length;
	if (n <= max) return new Set(usable);
	const out = new Set<number>();
	for (let k = 0; k < max; k++) out.add(usable[Math.floor((k * n) / max)] as number);
	return out;
}

/**
 * Two-option questions: names only (a number between two values, or a role between two, is a
 * coin toss).
 */
const PAIR_TYPES = new Set<QuestionType>(['cloze', 'who', 'what', 'attribution']);

function difficulty(an: Analysis, c: Candidate): number {
	let d = c.difficulty;
	if (c.distractors.length === 1) d -= 0.15; // one guess in two
	if (!c.external) d += 0.1; // every distractor is from the article: plausible to a skimmer
	if (c.distractors.length >= 3) d += 0.05;
	const ev = c.evidence[0] ?? 0;
	if (an.sentences.length > 0 && ev > an.sentences.length / 2) d += 0.05;
	if (c.evidence.length > 1) d += 0.1;
	return Math.round(Math.min(1, Math.max(0, d)) * 100) / 100;
}

/** Turns a selected candidate into a bank question with the key at a seeded position. */
function toQuestion(an: Analysis, c: Candidate, n: number, seed: number): Question {
	const random = rng(hashString(`${c.type}|${c.stem}|${c.key}`, seed));
	let options: string[];
	if (c.type === 'number' || c.type === 'evidence') {
		// numbers ascending, days in week order (already), sentences in reading order
		options = [c.key, ...c.distractors];
		if (c.type === 'evidence') {
			const order = [c.evidence[0] ?? 0, ...(c.shows ?? [])];
			options = options
				.map((o, i) => ({ o, k: order[i] ?? 0 }))
				.sort((a, b) => a.k - b.k)
				.map((x) => x.o);
		} else if (['year', 'number', 'money', 'percent'].includes(String(c.keyKind))) {
			options.sort((a, b) => (amountOf(a) ?? 0) - (amountOf(b) ?? 0));
		} else if (c.keyKind === 'weekday' || c.keyKind === 'month') {
			const order: readonly string[] = c.keyKind === 'weekday' ? WEEKDAYS : MONTHS;
			options.sort((a, b) => order.indexOf(a) - order.indexOf(b));
		} else options = shuffle(options, random);
	} else options = shuffle([c.key, ...c.distractors], random);
	const ids = c.evidence.map((i) => an.sentences[i]?.sentence.id ?? '').filter(Boolean);
	return {
		id: `q${n}`,
		type: c.type,
		stem: c.stem,
		options,
		answer: options.indexOf(c.key),
		evidence: ids,
		explanation: c.explanation,
		difficulty: difficulty(an, c)
	} as Question;
}

function run(article: Article, opts: GeneratorOptions): { bank: Bank; report: GenerationReport } {
	const bank = emptyBank(article);
	const an = opts.analyse(article);
	const report: GenerationReport = {
		words: an.wordCount,
		sentences: an.sentences.length,
		target: opts.count ?? targetCount(an.wordCount),
		candidates: zero(),
		rejected: {},
		selected: zero(),
		notes: []
	};
	const gateOpts = { minOptions: opts.minOptions, maxStemWords: opts.maxStemWords };
	const makerOpts = { maxStemWords: opts.maxStemWords, focus: focus(an, opts.maxSentences) };
	const passed: Candidate[] = [];
	// questions whose only fault is too few options still make good inner questions of
	// evidence items, whose options are the article's own sentences
	const askable: Candidate[] = [];
	// …and, with two options, a short bank's last questions (`pairs`)
	const pairs: Candidate[] = [];
	const notCounted = opts.gates.filter((g) => g.reason !== 'too-few-options');
	const reject = (c: Candidate, reason: GateReason) => {
		report.rejected[reason] = (report.rejected[reason] ?? 0) + 1;
		opts.onReject?.(c, reason);
	};
	const NAME_KINDS = new Set(['person', 'organisation']);
	const wanted = (c: Candidate) =>
		(opts.nameKeys ||
			c.anyRole === true ||
			!(['cloze', 'who'].includes(c.type) && NAME_KINDS.has(String(c.keyKind)))) &&
		(opts.notSupported || !c.negative) &&
		(opts.weekdays || !asksWeekday(c));
	// (gated all the same where evidence items may ask them as inner questions)
	const innerAsked = opts.types.includes('evidence');
	const gate = (c: Candidate) => {
		report.candidates[c.type]++;
		if (!innerAsked && !wanted(c)) return reject(c, 'not-asked');
		const withOptions = opts.addDistractors(an, c, {
			distractors: opts.distractors,
			seed: opts.seed
		});
		const reason = firstFailure(an, withOptions, opts.gates, gateOpts);
		// "The service, launched in _____…" leans on the sentence before it: with that sentence
		// in front, the blank stands in a passage a reader can follow
		if (reason === 'pronoun-stem') {
			const led = withLeadIn(an, withOptions);
			if (led && !firstFailure(an, led, opts.gates, gateOpts)) {
				if (wanted(led)) passed.push(led);
				else reject(led, 'not-asked');
				return;
			}
		}
		const onlyFew =
			reason === 'too-few-options' && !firstFailure(an, withOptions, notCounted, gateOpts);
		if (onlyFew) askable.push(withOptions);
		// (a kind made only when asked for may still be an evidence item's inner question)
		if (!wanted(withOptions)) {
			if (!reason) askable.push(withOptions);
			reject(withOptions, reason ?? 'not-asked');
			return;
		}
		if (
			onlyFew &&
			withOptions.distractors.length === 1 &&
			PAIR_TYPES.has(withOptions.type) &&
			withOptions.keyKind !== 'role'
		)
			pairs.push(withOptions);
		else if (reason) reject(withOptions, reason);
		else passed.push(withOptions);
	};
	for (const type of opts.types) {
		const maker = opts.makers[type];
		if (maker) for (const c of maker(an, makerOpts)) gate(c);
	}
	if (opts.types.includes('evidence'))
		for (const c of makeEvidence(an, [...passed, ...askable])) gate(c);
	const chosen = opts.select(an, passed, {
		count: opts.count,
		minScore: opts.minScore,
		spare: pairs,
		maxSpare: opts.pairs
	});
	for (const c of pairs) if (!chosen.includes(c)) reject(c, 'too-few-options');
	bank.questions = chosen.map((c, i) => toQuestion(an, c, i + 1, opts.seed));
	for (const q of bank.questions) report.selected[q.type]++;
	if (an.sentences.length === 0) report.notes.push('The article has no sentences to ask about.');
	else if (report.target === 0)
		report.notes.push(`The article is too short (${an.wordCount} words) for questions.`);
	if (bank.questions.length < report.target) {
		report.notes.push(
			`Only ${bank.questions.length} of ${report.target} questions passed the checks; the bank is not padded with weaker ones.`
		);
	}
	return { bank, report };
}

/**
 * Generates the quiz bank of an article. Never throws: on an internal failure it returns an
 * empty bank with the reason in `report.notes`. Same article and options → identical bank.
 */
export function generate(
	article: Article,
	options: Partial<GeneratorOptions> = {}
): { bank: Bank; report: GenerationReport } {
	const opts: GeneratorOptions = { ...defaultOptions, ...options };
	try {
		return run(article, opts);
	} catch (error) {
		const bank = emptyBank(article);
		return {
			bank,
			report: {
				words: 0,
				sentences: article.sentences?.length ?? 0,
				target: 0,
				candidates: zero(),
				rejected: {},
				selected: zero(),
				notes: [
					`The generator failed on this article: ${(error as Error)?.message ?? String(error)}`
				]
			}
		};
	}
}

/** The bank as committed in `questions/` and printed by the CLI: tab-indented JSON, final newline. */
export function serializeBank(bank: Bank): string {
	return `${JSON.stringify(bank, null, '\t')}\n`;
}

/** Reads an article (`readArticle`) and generates its bank. `ArticleError` propagates for unreadable input. */
export function generateFromText(
	input: ArticleInput,
	options: Partial<GeneratorOptions> = {}
): { article: Article; bank: Bank; report: GenerationReport } {
	const article = readArticle(input);
	return { article, ...generate(article, options) };
}
