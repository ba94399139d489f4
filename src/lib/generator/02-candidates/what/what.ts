/**
 * What: "According to the article, Rohit Gupta _____." — what the article says one person (or
 * one body) did, against what it says others did; and "According to the article, what did Mark
 * Oaten say?" — their words against other speakers' words. The reverse of `who` and
 * `attribution`: the reader must keep apart who did and said what across the article, not find
 * one sentence's missing word.
 *
 * The key is the predicate of a sentence whose subject opens it ("Mr Gupta | says the power of
 * Morquendi's text message blogs was palpable"; a "He…" resolved to the person before counts),
 * a reported clause ("…, Jack Straw said" → "said that …"), or a quotation. The distractors are
 * the same of other subjects of the same sort (people for a person, bodies and countries for a
 * body), each checked not to be said of the key anywhere: never one whose sentence names the
 * key, never one whose words a sentence about the key repeats.
 */
import type { Analysis, Entity, SentenceInfo } from '../../01-analysis/types';
import { overlap, sidesOf } from '../../03-distractors/distractors';
import { isPastTense } from '../../model/lexicon';
import { containsPhraseCi, contentWords, normalise as norm } from '../../util/text';
import { sayings } from '../attribution/attribution';
import { BLANK, dependsOnContext, wordsOf } from '../stem-tools';
import type { Candidate, CandidateMaker } from '../types';
import { genderOf, openingOf, type Gender } from '../who/opening';

/** Options are whole predicates: long enough to say something, short enough to read four. */
const MIN_WORDS = 3;
const MAX_WORDS = 22;
const DISTRACTORS = 3;
const MALE = /\b(?:he|him|his|himself)\b/i;
const FEMALE = /\b(?:she|her|hers|herself)\b/i;
/**
 * "wants it to buy back its own shares" (after "Atticus Capital, holding 2% of Deutsche
 * Boerse,"): "it" may point into words the option leaves out. Only "said it would…" is the
 * subject itself.
 */
const LOOSE_IT = /\b(?:it|they|them|their)\b/i;
const OWN_IT = /^(?:said|says|told \S+|added|announced|warned|claimed|insisted) (?:that )?it\b/i;
/** "is technology correspondent for The World": the byline, not the news. */
const BYLINE = /^(?:is|was) (?:\p{L}+ )?(?:correspondent|reporter|editor)\b/iu;
const THINGS = new Set(['organisation', 'agency', 'country', 'city']);
const PLACES = new Set(['country', 'city', 'place']);

/** Something the article says one subject did or said: an option of a `what` item. */
interface Deed {
	sentence: SentenceInfo;
	entity: Entity;
	/** The option's text: a predicate ("says the power of…"), or a quotation. */
	text: string;
	/** The part of `text` its sentence has word for word. */
	verbatim: string;
	/** A quotation: meets quotations only, under "what did … say?". */
	quoted: boolean;
	words: Set<string>;
	/** An earlier sentence names the subject ("He…" resolved, a quotation that runs on). */
	namedIn?: number;
	/** Whom the option's he/his or she/her makes it fit. */
	gender: Gender;
}

const sortOf = (e: Entity) => (e.kind === 'person' ? 'person' : THINGS.has(e.kind) ? 'thing' : '');
/** "was", "said", "wanted" read as the past; "is", "says", "will" as the present. */
const past = (text: string) => {
	const w = text.split(' ')[0]?.toLowerCase() ?? '';
	return ['was', 'were', 'had'].includes(w) || isPastTense(w) || /[^e]ed$/.test(w);
};

/** Can `text` be read as an option, away from its sentence? */
function usable(subject: Entity, text: string, quoted: boolean): boolean {
	const n = wordsOf(text);
	if (n < MIN_WORDS || n > MAX_WORDS) return false;
	if (/["“”]/.test(text) || BYLINE.test(text)) return false;
	// "is expected to be named chancellor, and William Hague foreign secretary": a second
	// subject whose verb the sentence leaves out
	if (/, and (?:\p{Lu}[\p{L}'-]+ )+\p{Ll}+ \p{Ll}+$/u.test(text) && !quoted) return false;
	if (MALE.test(text) && FEMALE.test(text)) return false;
	// (a quotation already stands alone: its "we", "it" and "them" are the speaker's own)
	if (quoted) return true;
	if (LOOSE_IT.test(text.replace(OWN_IT, ''))) return false;
	return !dependsOnContext(`${subject.display} ${text}`);
}

/**
 * Every predicate, reported clause and quotation of the article's `focus` sentences that could
 * be an option (a long article is sampled, so the pool, and the cost per word, stays flat).
 */
function deeds(an: Analysis, focus: Set<number>): Deed[] {
	const out: Deed[] = [];
	const add = (d: Omit<Deed, 'words' | 'gender'>) => {
		if (!sortOf(d.entity) || !usable(d.entity, d.text, d.quoted)) return;
		// verbatim, so the quoted sentence shows it as it is
		if (!norm(d.sentence.text).includes(norm(d.verbatim))) return;
		const words = contentWords(d.text);
		if (words.size < 2) return;
		const gender = MALE.test(d.text) ? 'm' : FEMALE.test(d.text) ? 'f' : undefined;
		out.push({ ...d, words, gender });
	};
	const done = new Set<number>();
	for (const s of an.sentences) {
		if (s.listLike || !focus.has(s.index)) continue;
		const o = openingOf(an, s, { resolved: true, aside: true });
		if (!o) continue;
		done.add(s.index);
		const { predicate: text, entity } = o;
		const namedIn = o.mention ? undefined : s.index - 1;
		add({ sentence: s, entity, text, verbatim: text, quoted: false, namedIn });
	}
	for (const x of sayings(an)) {
		if (!focus.has(x.sentence.index) || x.sentence.listLike) continue;
		if (!x.quoted && done.has(x.sentence.index)) continue;
		add(x);
	}
	return out.sort((a, b) => a.sentence.index - b.sentence.index);
}

/** The sentences about `key`: those that name it, and those whose "He…" is it. */
function sentencesAbout(an: Analysis, key: Entity): SentenceInfo[] {
	return an.sentences.filter((s) => key.sentences.has(s.index) || s.antecedent === key.id);
}

const PLACES_OF = new WeakMap<Deed, Entity[]>();
/** The countries, cities and places a deed names (by name or demonym). */
function placesOf(an: Analysis, d: Deed): Entity[] {
	let out = PLACES_OF.get(d);
	if (!out) {
		out = an.entities.filter(
			(e) =>
				PLACES.has(e.kind) &&
				[...e.aliases, ...e.demonyms].some((a) => a.length > 1 && containsPhraseCi(d.text, a))
		);
		PLACES_OF.set(d, out);
	}
	return out;
}

/**
 * Could the article say `d` of the key too? Its sentence names the key; a sentence about the
 * key repeats its words; or it names the country the article ties the key to ("is originally
 * from India" for "Indian writer Rohit Gupta").
 */
function trueOf(an: Analysis, key: Entity, about: SentenceInfo[], d: Deed): boolean {
	if (d.entity.id === key.id) return true;
	if ([...key.aliases].some((a) => a.length > 1 && containsPhraseCi(d.sentence.text, a)))
		return true;
	if (about.some((s) => overlap(d.words, s.content) >= 0.5)) return true;
	const sides = sidesOf(an, key);
	return placesOf(an, d).some((p) => sides.has(p.display.replace(/^the /i, '').toLowerCase()));
}

/** The best distractors for `k` from `all`: same sort, same form, not said of the key. */
function distractorsFor(
	an: Analysis,
	k: Deed,
	all: Deed[],
	not: Set<Deed> = new Set()
): Deed[] | undefined {
	const key = k.entity;
	// "his future" among the options of a question about a woman tells them apart
	const known = key.kind === 'person' ? genderOf(an, key.id) : undefined;
	if (k.gender && known && known !== k.gender) return undefined;
	const gender = k.gender ?? known;
	const tense = past(k.text);
	const len = (t: string) => Math.max(t.length, 6);
	const about = sentencesAbout(an, key);
	const pool = all
		.filter(
			(d) =>
				!not.has(d) &&
				d.quoted === k.quoted &&
				sortOf(d.entity) === sortOf(key) &&
				(d.gender === undefined || d.gender === gender) &&
				// "said her freedom was long overdue" (David Cameron, of Aung San Suu Kyi): a he or
				// she that is not the deed's own subject speaks of someone else — maybe the key
				!(d.gender && d.entity.gender && d.gender !== d.entity.gender) &&
				!trueOf(an, key, about, d)
		)
		// the same tense first, then the nearest in length
		.sort(
			(a, b) =>
				Number(past(a.text) !== tense) - Number(past(b.text) !== tense) ||
				Math.abs(a.text.length - k.text.length) - Math.abs(b.text.length - k.text.length) ||
				a.sentence.index - b.sentence.index
		);
	const picked: Deed[] = [];
	for (const d of pool) {
		if (picked.length >= DISTRACTORS) break;
		const texts = [k.text, ...picked.map((p) => p.text)];
		const lens = [...texts, d.text].map(len);
		if (Math.max(...lens) > 2 * Math.min(...lens)) continue;
		// two options with the same words say the same: the reader could not tell them apart
		if (texts.some((p) => overlap(d.words, contentWords(p)) >= 0.7)) continue;
		picked.push(d);
	}
	return picked;
}

export const makeWhat: CandidateMaker = (an: Analysis, opts) => {
	const all = deeds(an, opts.focus);
	const out: Candidate[] = [];
	for (const k of all) {
		const s = k.sentence;
		if (!opts.focus.has(s.index)) continue;
		const first = distractorsFor(an, k, all);
		if (!first) continue;
		// a second set of options, none of the first's: two `what` items of a bank never share
		// an option, and this lets a second one fit beside another
		const second = first.length >= 2 ? distractorsFor(an, k, all, new Set(first)) : undefined;
		for (const [variant, picked] of [first, second].entries()) {
			if (!picked || (variant > 0 && picked.length < 2)) continue;
			out.push(candidate(k, picked, variant));
		}
	}
	return out;
};

/** The `what` item asking for deed `k`, with `picked` as its wrong options. */
function candidate(k: Deed, picked: Deed[], variant: number): Candidate {
	const s = k.sentence;
	const name = k.entity.display;
	const quote = (t: string) => `"${t}"`;
	return {
		type: 'what',
		stem: k.quoted
			? `According to the article, what did ${name} say?`
			: `According to the article, ${name} ${BLANK}.`,
		key: k.quoted ? quote(k.text) : k.text,
		keyKind: 'statement',
		distractors: picked.map((d) => (k.quoted ? quote(d.text) : d.text)),
		subject: k.entity.id,
		swapped: picked.map((d) => d.entity.id),
		evidence: k.namedIn === undefined ? [s.index] : [s.index, k.namedIn],
		context: k.verbatim,
		fact: `what:${s.index}:${k.entity.id}`,
		explanation: k.quoted
			? `The article quotes ${name}: "${k.text}."`
			: `The article says ${name} ${k.text}.`,
		score: 0.8 + Math.min(0.1, k.entity.sentences.size * 0.02) - 0.02 * variant,
		difficulty: 0.5
	};
}
