/**
 * Who / which: the sentence's subject becomes the question word ("Who met Russian President
 * Vladimir Putin on Wednesday?"). Only where the subject opens the sentence (after a role,
 * an honorific or "But") and a verb follows it directly, so the transformation stays
 * grammatical; never a description other people may share ("is a…", "was part of…"), a
 * sentence inside a quotation, or a predicate with words pointing outside it.
 */
import type { Analysis, EntityKind, Mention, SentenceInfo } from '../../01-analysis/types';
import { isPastTense } from '../../model/lexicon';
import { HONORIFICS, REPORTING_VERBS } from '../../model/words';
import { squash } from '../../util/text';
import { keyedBy, trimTail, wordsOf } from '../stem-tools';
import { standsAlone } from '../attribution/stand-alone';
import type { Candidate, CandidateMaker } from '../types';

export const QUESTION_WORD: Partial<Record<EntityKind, string>> = {
	person: 'Who',
	country: 'Which country',
	city: 'Which city',
	agency: 'Which news agency',
	organisation: 'Which organisation'
};

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

const CONNECTIVES = new Set(['and', 'but', 'however', 'meanwhile', 'later', 'yet']);
/** "warned of the risk": a reporting verb that reports no clause. */
const PREPOSITIONS = new Set(['of', 'about', 'against', 'for', 'over', 'on']);
const QUOTE_MARK = /^["“”‘’']$/;
/**
 * Predicates that describe rather than tell what someone did ("is a really likeable guy", "was
 * part of the British quartet"): other people of the article may fit them too.
 */
const DESCRIPTION =
	/^(?:is|was|are|were|has been|had been|will be)(?: also)? (?:a|an|one|part|among|the)\b/i;
/** "…, and the device could be on shop shelves": a second subject and verb joined on. */
const SECOND_CLAUSE =
	/\band (?:the|a|an|it|he|she|they|its|his|her|their) (?:[\w-]+ ){0,2}(?:could|would|will|is|was|are|were|has|had|may|might|can)\b/i;

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

type Gender = 'm' | 'f' | undefined;
const FEMALE_TITLES = new Set(['ms', 'mrs', 'miss', 'dame', 'lady']);
const MALE_TITLES = new Set(['mr', 'sir', 'lord']);

/** What the article shows of a person's gender: an honorific, or "He…"/"She…" resolved to them. */
function genderOf(an: Analysis, id: number): Gender {
	const e = an.entities[id];
	const titles = [e?.honorific ?? ''];
	for (const m of e?.mentions ?? []) {
		titles.push(an.sentences[m.sentence]?.tokens[m.token - 1]?.text ?? '');
	}
	for (const t of titles.map((x) => x.toLowerCase().replace(/\.$/, ''))) {
		if (FEMALE_TITLES.has(t)) return 'f';
		if (MALE_TITLES.has(t)) return 'm';
	}
	for (const s of an.sentences) {
		if (s.antecedent !== id) continue;
		const w = s.tokens.find((t) => t.word)?.lower;
		if (w === 'he' || w === 'his') return 'm';
		if (w === 'she' || w === 'her') return 'f';
	}
	return undefined;
}

/**
 * "Who has set his sights on…?": a he/his in the predicate must not rule out the other people of
 * the article (a woman among the options); "she/her" only when every other person is a woman.
 */
function pronounsFit(an: Analysis, predicate: string, key: number): boolean {
	const male = /\b(?:he|him|his|himself)\b/i.test(predicate);
	const female = /\b(?:she|her|hers|herself)\b/i.test(predicate);
	if (!male && !female) return true;
	if (male && female) return false;
	const others = an.entities.filter((e) => e.kind === 'person' && e.id !== key);
	return others.every((e) => {
		const g = genderOf(an, e.id);
		return male ? g !== 'f' : g === 'f';
	});
}

export const makeWho: CandidateMaker = (an: Analysis, opts) => {
	const out: Candidate[] = [];
	for (const s of an.sentences) {
		if (!opts.focus.has(s.index)) continue;
		if (s.pronounStart) continue;
		const firstIdx = afterConnective(s);
		const opening = s.tokens[firstIdx];
		// a sentence inside a quotation is somebody's opinion ("Morgan Spurlock is a likeable guy")
		if (!opening || QUOTE_MARK.test(opening.text) || /^["“‘]/u.test(s.text.trimStart())) continue;
		// the subject opens the sentence, with any role or honorific in front ("Tory leader
		// Michael Howard", "Mr Blair")
		const m =
			s.mentions.find((x) => titledOpening(s, firstIdx, x)) ??
			s.mentions.find(
				(x) => x.token === firstIdx || (x.token === firstIdx + 1 && opening.lower === 'the')
			);
		if (!m || m.demonym || m.possessive) continue;
		const e = an.entities[m.entity];
		const qw = e && QUESTION_WORD[e.kind];
		if (!e || !qw) continue;
		const verb = s.tokens[m.tokenEnd];
		if (!verb || !verb.word || verb.cap) continue;
		// "said the plan…" is attribution's; "warned of the risks" is a deed
		const also = verb.lower === 'also' ? s.tokens[m.tokenEnd + 1] : undefined;
		const v = also ?? verb;
		const afterVerb = s.tokens[m.tokenEnd + (also ? 2 : 1)];
		if (REPORTING_VERBS.has(v.lower) && !PREPOSITIONS.has(afterVerb?.lower ?? '')) continue;
		if (!(
			AUX.has(v.lower) ||
			isPastTense(v.lower) ||
			/[^e]ed$/.test(v.lower) ||
			/(?:ies|[^s]s)$/.test(v.lower)
		))
			continue;
		const cut = trimTail(s, verb.end);
		let predicate = squash(s.text.slice(verb.start, cut));
		predicate = predicate.replace(/[\s,;:.]+$/u, '');
		// an aside between dashes goes ("…, like the Guildford Four - for which X apologised - as…")
		// (a comma closes it when one opened the phrase before it: "…justice, like the Guildford
		// Four, as a result of…")
		predicate = predicate.replace(/ [-–—] [^-–—]{1,80} [-–—] /u, (_m, at: number) =>
			/,[^,]*$/.test(predicate.slice(0, at)) ? ', ' : ' '
		);
		// "Which organisation has also been granted…?": "also" points at a sentence the question
		// does not show
		predicate = predicate.replace(/\balso /, '');
		if (
			!predicate ||
			(/["“”]/.test(predicate) && (predicate.match(/["“”]/g) ?? []).length % 2 === 1)
		)
			continue;
		if (DESCRIPTION.test(predicate) || SECOND_CLAUSE.test(predicate)) continue;
		const tokens = s.tokens.filter((t) => t.start >= verb.start && t.end <= cut);
		const subject = e.kind === 'person' ? 'person' : 'thing';
		if (!standsAlone(an, s, tokens, { firstPerson: false, itIsSpeaker: false, subject })) continue;
		if (e.kind === 'person' && !pronounsFit(an, predicate, e.id)) continue;
		const stem = `${qw} ${predicate}?`;
		if (wordsOf(stem) > opts.maxStemWords) continue;
		out.push({
			type: 'who',
			stem,
			...keyedBy(s, m, e),
			context: predicate,
			explanation: `The article says ${e.display} ${predicate}.`,
			score: 0.85 + Math.min(0.1, e.sentences.size * 0.02),
			difficulty: 0.4
		});
	}
	return out;
};
