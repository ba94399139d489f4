/**
 * The subject that opens a sentence and what the sentence says it did: "Kim Jong Un | met
 * Russian President Vladimir Putin on Wednesday". Shared by `who` (the subject asked for) and
 * `what` (the predicate asked for). Only where the subject opens the sentence (after a role, an
 * honorific or "But") and a verb follows it directly, so either transformation stays
 * grammatical; never a sentence inside a quotation, or a predicate with words pointing outside it.
 */
import type { Analysis, Entity, Mention, SentenceInfo } from '../../01-analysis/types';
import { isPastTense } from '../../model/lexicon';
import { FEMALE_TITLES, HONORIFICS, MALE_TITLES } from '../../model/words';
import { squash, type Token } from '../../util/text';
import { trimTail } from '../stem-tools';
import { standsAlone } from '../attribution/stand-alone';

const AUX = new Set([
	'has',
	'had',
	'have',
	'will',
	'would',
	'is',
	'was',
	'were',
	'are',
	'could',
	'can',
	'should',
	'may',
	'might',
	'must'
]);

/** An opening phrase may hold a date ("On 4 March, …"), not a name that could be the subject. */
const DATED = new Set(['weekday', 'month', 'year', 'number']);
const CONNECTIVES = new Set(['and', 'but', 'however', 'meanwhile', 'later', 'yet']);
const QUOTE_MARK = /^["“”‘’']$/;
/**
 * "…, and the device could be on shop shelves", "…, and the victory handed Tendulkar…": a second
 * subject and verb joined on.
 */
const SECOND_CLAUSE =
	/\band (?:the|a|an|it|he|she|they|its|his|her|their) (?:[\w-]+ ){0,2}(?:could|would|will|is|was|are|were|has|had|may|might|can|[a-z]{3,}ed)\b/i;

/**
 * ", and in Italy, Spain and Germany", ", and the victory handed Tendulkar": a clause joined on
 * after a comma, which the question would ask about too; not a list's last name ("…, and India")
 * nor a second amount ("scored 500 in reading, …, and 502 in science").
 */
const JOINED = /, (?:and|but|while|whereas) (?!\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)*$|\d)|; /u;

/** Index of the first token after an opening connective ("But", "However,"). */
function afterConnective(s: SentenceInfo): number {
	const first = s.tokens.findIndex((t) => t.word || /\d/.test(t.text) || QUOTE_MARK.test(t.text));
	if (first === -1) return -1;
	if (!CONNECTIVES.has(s.tokens[first]?.lower ?? '')) return first;
	return s.tokens[first + 1]?.text === ',' ? first + 2 : first + 1;
}

/**
 * A person whose honorific or role opens the sentence: "Mr Blair dismissed…", "Tory leader
 * Michael Howard said…" (at most two capitalised words before the role).
 */
function titledOpening(s: SentenceInfo, firstIdx: number, m: Mention): boolean {
	if (m.attributive || m.demonym) return false;
	if (m.token === firstIdx + 1 && HONORIFICS.has(s.tokens[firstIdx]?.lower ?? '')) return true;
	if (m.titleStart === undefined) return false;
	const at = s.tokens.findIndex((t) => t.start === m.titleStart);
	if (at < firstIdx || at - firstIdx > 2) return false;
	return s.tokens.slice(firstIdx, at).every((t) => t.word && t.cap);
}

export type Gender = 'm' | 'f' | undefined;

/**
 * What the article shows of a person's gender: an honorific before any mention, else what the
 * analysis read (a first name, "man"/"woman", "He…"/"She…" resolved to them).
 */
export function genderOf(an: Analysis, id: number): Gender {
	const e = an.entities[id];
	const titles = [e?.honorific ?? ''];
	for (const m of e?.mentions ?? []) {
		titles.push(an.sentences[m.sentence]?.tokens[m.token - 1]?.text ?? '');
	}
	for (const t of titles.map((x) => x.toLowerCase().replace(/\.$/, ''))) {
		if (FEMALE_TITLES.has(t)) return 'f';
		if (MALE_TITLES.has(t)) return 'm';
	}
	return e?.gender;
}

/** "met", "has", "wants": a finite verb (or an auxiliary) right after the subject. */
export function finiteVerb(w: string): boolean {
	return AUX.has(w) || isPastTense(w) || /[^e]ed$/.test(w) || /(?:ies|[^s]s)$/.test(w);
}

export interface Opening {
	/** The subject's mention; absent when the subject is a resolved "He"/"She". */
	mention?: Mention;
	entity: Entity;
	/** The verb (or "also" before it). */
	verb: Token;
	/** The finite verb itself (after any "also"). */
	finite: Token;
	/** What the sentence says of the subject, tidied ("met Putin on Wednesday"). */
	predicate: string;
	/** The predicate's tokens, for checks that it stands alone. */
	tokens: Token[];
}

export interface OpeningOptions {
	/**
	 * A sentence that opens with "He"/"She" resolved by the analysis counts (its subject is the
	 * person of the sentence before).
	 */
	resolved?: boolean;
	/**
	 * Asides are skipped: an aside between commas after the subject ("Mr Raines, head of …,
	 * has taken early retirement"), a short opening phrase ("In December, Deutsche Boerse put…")
	 * and an adverb before the verb ("Cole reportedly met…"). Not for a `who` stem: its
	 * predicate may point into the aside ("Atticus Capital, holding 2% of Deutsche Boerse,
	 * wants it to buy back…").
	 */
	aside?: boolean;
}

/** The opening subject of `s` and its predicate, or `undefined`. */
export function openingOf(
	an: Analysis,
	s: SentenceInfo,
	{ resolved = false, aside = false }: OpeningOptions = {}
): Opening | undefined {
	let firstIdx = afterConnective(s);
	// "In December, Deutsche Boerse…", "Last week, Fannie Mae…": a short phrase before a comma
	if (aside) {
		const comma = s.tokens.findIndex((t, i) => i > firstIdx && t.text === ',');
		const phrase = s.tokens.slice(firstIdx, comma);
		if (
			comma > firstIdx &&
			phrase.length <= 5 &&
			phrase.every((t) => t.word && !finiteVerb(t.lower)) &&
			!s.mentions.some((m) => m.token >= firstIdx && m.token < comma && !DATED.has(m.kind))
		)
			firstIdx = comma + 1;
	}
	const opening = s.tokens[firstIdx];
	// a sentence inside a quotation is somebody's opinion ("Morgan Spurlock is a likeable guy")
	if (!opening || QUOTE_MARK.test(opening.text) || /^["“‘]/u.test(s.text.trimStart()))
		return undefined;
	let mention: Mention | undefined;
	let entity: Entity | undefined;
	let verbAt: number;
	if (s.pronounStart) {
		if (!resolved || s.antecedent === undefined || !['he', 'she'].includes(opening.lower))
			return undefined;
		entity = an.entities[s.antecedent];
		verbAt = firstIdx + 1;
	} else {
		// the subject opens the sentence, with any role or honorific in front ("Tory leader
		// Michael Howard", "Mr Blair")
		mention =
			s.mentions.find((x) => titledOpening(s, firstIdx, x)) ??
			s.mentions.find(
				(x) => x.token === firstIdx || (x.token === firstIdx + 1 && opening.lower === 'the')
			);
		if (!mention || mention.demonym || mention.possessive) return undefined;
		entity = an.entities[mention.entity];
		verbAt = mention.tokenEnd;
		if (aside && s.tokens[verbAt]?.text === ',') {
			const close = s.tokens.findIndex((t, i) => i > verbAt && t.text === ',');
			const between = s.tokens.slice(verbAt + 1, close);
			if (
				close !== -1 &&
				between.length <= 12 &&
				between.every((t) => !QUOTE_MARK.test(t.text)) &&
				finiteVerb(s.tokens[close + 1]?.lower ?? '')
			)
				verbAt = close + 1;
		}
		// "Cole reportedly met…"
		if (aside && /^[a-z]+ly$/.test(s.tokens[verbAt]?.text ?? '')) verbAt++;
	}
	if (!entity) return undefined;
	const verb = s.tokens[verbAt];
	if (!verb || !verb.word || verb.cap) return undefined;
	const finite = verb.lower === 'also' ? s.tokens[verbAt + 1] : verb;
	if (!finite || !finiteVerb(finite.lower)) return undefined;
	// "Apple shares rose…", "Kraft profits fell…": a noun after the name, the verb after it
	// (the lexicon reads "rose" as the flower)
	const after = s.tokens[verbAt + 1]?.lower ?? '';
	if (
		/s$/.test(finite.lower) &&
		!AUX.has(finite.lower) &&
		finite === verb &&
		(isPastTense(after) || /[^e]ed$/.test(after) || AUX.has(after) || after === 'rose')
	)
		return undefined;
	const cut = trimTail(s, verb.end);
	let predicate = squash(s.text.slice(verb.start, cut)).replace(/[\s,;:.]+$/u, '');
	// an aside between dashes goes ("…, like the Guildford Four - for which X apologised - as…")
	// (a comma closes it when one opened the phrase before it: "…justice, like the Guildford
	// Four, as a result of…")
	predicate = predicate.replace(/ [-–—] [^-–—]{1,80} [-–—] /u, (_m, at: number) =>
		/,[^,]*$/.test(predicate.slice(0, at)) ? ', ' : ' '
	);
	// "Which organisation has also been granted…?": "also" points at a sentence the question
	// does not show
	predicate = predicate.replace(/\balso /, '');
	if (!predicate || (predicate.match(/["“”]/g) ?? []).length % 2 === 1) return undefined;
	if (SECOND_CLAUSE.test(predicate) || JOINED.test(predicate)) return undefined;
	const tokens = s.tokens.filter((t) => t.start >= verb.start && t.end <= cut);
	const subject = entity.kind === 'person' ? 'person' : 'thing';
	if (!standsAlone(an, s, tokens, { firstPerson: false, itIsSpeaker: false, subject }))
		return undefined;
	return { mention, entity, verb, finite, predicate, tokens };
}
