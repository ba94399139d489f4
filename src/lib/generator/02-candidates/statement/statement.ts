/**
 * Supported statement: "Which statement is supported by the article?" The key is a sentence of
 * the article (its reporting tail trimmed); each distractor is the same statement with one fact
 * swapped for another of the same kind from the article, checked not to be supported by any
 * sentence.
 */
import type { Analysis } from '../../01-analysis/types';
import { articleAlternatives, overlap } from '../../03-distractors/distractors';
import { contentWords, quotesBalanced, squash } from '../../util/text';
import { lexTag } from '../../model/lexicon';
import { HONORIFICS } from '../../model/words';
import { keySpan, shortName, trimTail, wordsOf } from '../stem-tools';
import type { Candidate, CandidateMaker } from '../types';

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'him', 'them']);
const VERB_TAGS = new Set([
	'PastTense',
	'PresentTense',
	'Copula',
	'Modal',
	'Auxiliary',
	'Infinitive',
	'Verb'
]);
const SWAP_KINDS = new Set([
	'person',
	'country',
	'city',
	'agency',
	'organisation',
	'weekday',
	'month',
	'year'
]);

export const makeStatement: CandidateMaker = (an: Analysis, opts) => {
	const out: Candidate[] = [];
	for (const s of an.sentences) {
		if (!opts.focus.has(s.index)) continue;
		if (s.pronounStart) continue;
		const first = s.tokens.find((t) => t.word);
		if (!first || !first.cap) continue;
		// "But he broke…": a pronoun near the start has no antecedent inside the statement
		const firstName = s.mentions[0]?.start ?? s.text.length;
		if (s.tokens.some((t) => t.start < firstName && PRONOUNS.has(t.lower))) continue;
		// "…, he believed, …": a person the statement does not name
		if (s.tokens.some((t) => ['he', 'she', 'they'].includes(t.lower))) continue;
		// a fragment ("The Aviator, Martin Scorsese's biopic of …") is not a statement
		if (!s.tokens.some((t) => t.word && !t.cap && VERB_TAGS.has(lexTag(t.lower) ?? ''))) continue;
		const all = s.mentions.filter((m) => {
			const e = an.entities[m.entity];
			// a person after a role ("North Korean leader Kim") cannot be swapped: the role would lie
			return (
				e && SWAP_KINDS.has(e.kind) && !m.demonym && !m.attributive && m.titleStart === undefined
			);
		});
		const firstSlot = all[0];
		if (!firstSlot) continue;
		// the reporting tail (", RIA news agency reported on Sunday") is not part of the statement
		const cut = trimTail(s, firstSlot.end);
		const slots = all.filter((m) => m.end <= cut);
		const text = squash(s.text.slice(0, cut)).replace(/[\s,;:.]+$/u, '') + '.';
		if (wordsOf(text) > 30 || wordsOf(text) < 6 || !quotesBalanced(text) || /["“”]/.test(text))
			continue;
		const falses: string[] = [];
		const swapped: number[] = [];
		const used = new Set<number>();
		// swap a different slot for each distractor where possible
		for (let round = 0; round < 6 && falses.length < 3; round++) {
			const m = slots[round % slots.length];
			if (!m) break;
			const e = an.entities[m.entity];
			if (!e) continue;
			const span = keySpan(s, m, e);
			if (span.end > cut) continue;
			const context = s.text.slice(0, span.start) + ' ' + s.text.slice(span.end, cut);
			const alt = articleAlternatives(an, e, context, s.index).find(
				(x) =>
					!used.has(x.id) &&
					!s.mentions.some((y) => y.entity === x.id) &&
					// "the United States's" is not English
					!(m.possessive && x.display.startsWith('the '))
			);
			if (!alt) continue;
			const startsWithThe = s.text.slice(span.start, span.end).startsWith('the ');
			const before = s.tokens[m.token - 1];
			const honorific = before && HONORIFICS.has(before.lower);
			if (honorific && alt.honorific?.toLowerCase() !== before.lower) continue;
			let display = honorific ? shortName(alt) : alt.display;
			if (
				!startsWithThe &&
				display.startsWith('the ') &&
				/\bthe\s*$/i.test(s.text.slice(0, span.start))
			)
				display = display.slice(4);
			if (span.start === 0) display = display.charAt(0).toUpperCase() + display.slice(1);
			const statement =
				squash(s.text.slice(0, span.start) + display + s.text.slice(span.end, cut)).replace(
					/[\s,;:.]+$/u,
					''
				) + '.';
			// not supported by any sentence that names the swapped-in entity
			const words = contentWords(statement);
			const supported = [...alt.sentences].some((i) => {
				const info = an.sentences[i];
				return info !== undefined && overlap(words, info.content) >= 0.7;
			});
			if (supported || falses.includes(statement) || statement === text) continue;
			used.add(alt.id);
			falses.push(statement);
			swapped.push(alt.id);
		}
		if (falses.length < 2) continue;
		out.push({
			type: 'statement',
			stem: 'Which statement is supported by the article?',
			key: text,
			keyKind: 'statement',
			distractors: falses,
			swapped,
			evidence: [s.index],
			context: text,
			fact: `${s.index}:statement`,
			explanation: `The article says ${text.charAt(0).toLowerCase() === text.charAt(0) ? text : lowerIfCommon(an, s.index, text)}`,
			score: 0.75 + Math.min(0.1, slots.length * 0.03),
			difficulty: 0.6
		});
	}
	return out;
};

/** "The United States…" stays; "During his visit…" becomes "during his visit…". */
function lowerIfCommon(an: Analysis, index: number, text: string): string {
	const s = an.sentences[index];
	const opensWithName = s?.mentions.some(
		(m) => m.start === 0 || (m.start <= 4 && /^the /i.test(text))
	);
	return opensWithName && !/^The /.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
