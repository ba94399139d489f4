/**
 * Who / which: the sentence's subject becomes the question word ("Who met Russian President
 * Vladimir Putin on Wednesday?"). Only where the subject opens the sentence (after a role,
 * an honorific or "But") and a verb follows it directly, so the transformation stays
 * grammatical; never a description other people may share ("is a…", "was part of…"), a
 * sentence inside a quotation, or a predicate with words pointing outside it.
 */
import type { Analysis, EntityKind } from '../../01-analysis/types';
import { REPORTING_VERBS } from '../../model/words';
import { keyedBy, wordsOf } from '../stem-tools';
import type { Candidate, CandidateMaker } from '../types';
import { genderOf, openingOf } from './opening';

export const QUESTION_WORD: Partial<Record<EntityKind, string>> = {
	person: 'Who',
	country: 'Which country',
	city: 'Which city',
	agency: 'Which news agency',
	organisation: 'Which organisation'
};

/** "warned of the risk": a reporting verb that reports no clause. */
const PREPOSITIONS = new Set(['of', 'about', 'against', 'for', 'over', 'on']);
/**
 * Predicates that describe rather than tell what someone did ("is a really likeable guy", "was
 * part of the British quartet"): other people of the article may fit them too.
 */
const DESCRIPTION =
	/^(?:is|was|are|were|has been|had been|will be)(?: also)? (?:a|an|one|part|among|the)\b/i;

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
		const o = openingOf(an, s);
		if (!o?.mention) continue;
		const { mention: m, entity: e, predicate } = o;
		const qw = QUESTION_WORD[e.kind];
		if (!qw) continue;
		// "said the plan…" is attribution's; "warned of the risks" is a deed
		const afterVerb = s.tokens[s.tokens.indexOf(o.finite) + 1];
		if (REPORTING_VERBS.has(o.finite.lower) && !PREPOSITIONS.has(afterVerb?.lower ?? '')) continue;
		if (DESCRIPTION.test(predicate)) continue;
		if (e.kind === 'person' && !pronounsFit(an, predicate, e.id)) continue;
		// "Which country had lost to Australia, and their only win…": a team's "their" does not
		// agree with "Which country" ("its way" does)
		if (e.kind !== 'person' && /\b(?:they|their|theirs|them|themselves)\b/i.test(predicate))
			continue;
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
