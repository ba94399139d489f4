/**
 * Who / which: the sentence's subject becomes the question word ("Who met Russian President
 * Vladimir Putin on Wednesday?"). Only where the subject opens the sentence and a verb follows
 * it directly, so the transformation stays grammatical.
 */
import type { Analysis, EntityKind } from '../../01-analysis/types';
import { isPastTense } from '../../model/lexicon';
import { REPORTING_VERBS } from '../../model/words';
import { squash } from '../../util/text';
import { trimTail, wordsOf } from '../stem-tools';
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

export const makeWho: CandidateMaker = (an: Analysis, opts) => {
	const out: Candidate[] = [];
	for (const s of an.sentences) {
		if (!opts.focus.has(s.index)) continue;
		if (s.pronounStart) continue;
		const firstIdx = s.tokens.findIndex((t) => t.word || /\d/.test(t.text));
		const m = s.mentions.find(
			(x) =>
				x.token === firstIdx || (x.token === firstIdx + 1 && s.tokens[firstIdx]?.lower === 'the')
		);
		if (!m || m.demonym || m.possessive) continue;
		const e = an.entities[m.entity];
		const qw = e && QUESTION_WORD[e.kind];
		if (!e || !qw) continue;
		const verb = s.tokens[m.tokenEnd];
		if (!verb || !verb.word || verb.cap) continue;
		if (REPORTING_VERBS.has(verb.lower)) continue;
		const also = verb.lower === 'also' ? s.tokens[m.tokenEnd + 1] : undefined;
		const v = also ?? verb;
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
		if (
			!predicate ||
			(/["“”]/.test(predicate) && (predicate.match(/["“”]/g) ?? []).length % 2 === 1)
		)
			continue;
		// the person's own name later in the predicate would give the key away or confuse
		const stem = `${qw} ${predicate}?`;
		if (wordsOf(stem) > opts.maxStemWords) continue;
		out.push({
			type: 'who',
			stem,
			key: e.display,
			keyEntity: e.id,
			keyKind: e.kind,
			distractors: [],
			evidence: [s.index],
			span: { sentence: s.index, start: m.start, end: m.end },
			context: predicate,
			fact: `${s.index}:${e.id}`,
			explanation: `The article says ${e.display} ${predicate}.`,
			score: 0.85 + Math.min(0.1, e.sentences.size * 0.02),
			difficulty: 0.4
		});
	}
	return out;
};
