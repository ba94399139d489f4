/**
 * Supported statement: "Which statement is supported by the article?" The key is a sentence of
 * the article (its reporting tail trimmed); each distractor is the same statement with one fact
 * swapped for another of the same kind from the article, checked not to be supported by any
 * sentence.
 */
import type { Analysis, Entity, EntityKind, Mention, SentenceInfo } from '../../01-analysis/types';
import { articleAlternatives, numericDistractors, overlap } from '../../03-distractors/distractors';
import { hashString, rng } from '../../util/random';
import { contentWords, quotesBalanced, squash } from '../../util/text';
import { lexTag } from '../../model/lexicon';
import { HONORIFICS } from '../../model/words';
import { dropConnective, keySpan, shortName, trimTail, wordsOf } from '../stem-tools';
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
/**
 * Kinds whose swap makes a statement that is plausible and false. People and organisations are
 * swapped only for one of the same role ("coach" for "coach"): a name swapped regardless of its
 * role made absurd or, worse, true statements (a relay team-mate, the victim for the killer).
 */
const SWAP_KINDS = new Set([
	'person',
	'country',
	'city',
	'agency',
	'organisation',
	'weekday',
	'month',
	'year',
	'number',
	'money',
	'percent'
]);
const NUMERIC = new Set(['year', 'number', 'money', 'percent']);

/** The last word of a role ("Liverpool manager" → "manager"), lower case. */
const roleOf = (e: Entity) => e.title?.split(/\s+/).pop()?.toLowerCase();

/** May `alt` stand in for `e` in a statement? */
function sameRole(e: Entity, alt: Entity): boolean {
	if (e.kind === 'person') return roleOf(e) !== undefined && roleOf(e) === roleOf(alt);
	if (e.kind === 'organisation') return e.curated && alt.curated;
	return true;
}

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
		// Every distractor swaps the same slot: with a different slot each, the key would be the
		// one option that agrees with all the others (a giveaway to a test-wise reader).
		let best: { falses: string[]; swapped: number[] } = { falses: [], swapped: [] };
		for (const m of slots) {
			const made = swapSlot(an, s, m, text, cut);
			if (made.falses.length > best.falses.length) best = made;
			if (best.falses.length >= 3) break;
		}
		const { swapped } = best;
		const falses = best.falses.map(dropConnective);
		if (falses.length < 2) continue;
		const key = dropConnective(text);
		out.push({
			type: 'statement',
			stem: 'Which statement is supported by the article?',
			key,
			keyKind: 'statement',
			distractors: falses,
			swapped,
			evidence: [s.index],
			context: key,
			fact: `${s.index}:statement`,
			explanation: `The article says ${key.charAt(0).toLowerCase() === key.charAt(0) ? key : lowerIfCommon(an, s.index, key)}`,
			score: 0.75 + Math.min(0.1, slots.length * 0.03),
			difficulty: 0.6
		});
	}
	return out;
};

/**
 * Up to three false copies of `text` (the sentence up to `cut`), each with the entity or number
 * at mention `m` replaced: another entity of the same kind and role that the article does not
 * tie to this fact, or a number the article never gives.
 */
function swapSlot(
	an: Analysis,
	s: SentenceInfo,
	m: Mention,
	text: string,
	cut: number
): { falses: string[]; swapped: number[] } {
	const falses: string[] = [];
	const swapped: number[] = [];
	const e = an.entities[m.entity];
	if (!e) return { falses, swapped };
	const span = keySpan(s, m, e);
	if (span.end > cut) return { falses, swapped };
	const head = s.text.slice(0, span.start);
	const tail = s.text.slice(span.end, cut);
	const context = `${head} ${tail}`;
	const build = (value: string) => squash(head + value + tail).replace(/[\s,;:.]+$/u, '') + '.';
	if (NUMERIC.has(e.kind)) {
		// "$27.5bn (£14.5bn)": a conversion in brackets, or one end of a range, is never swapped
		if (
			/\(\s*$/.test(head) ||
			/\d\s*(?:and|to|-|–)\s*$/.test(head) ||
			/^\s*(?:and|to|-|–)\s*\d/.test(tail)
		)
			return { falses, swapped };
		const values = numericDistractors(
			an,
			{ ...numberProbe(s.index, m.text, e.kind, context), stem: text },
			rng(hashString(`${s.index}:${m.start}`, 0)),
			3
		);
		for (const v of values) {
			const statement = build(v);
			if (statement === text || falses.includes(statement)) continue;
			falses.push(statement);
			swapped.push(e.id);
		}
		return { falses, swapped };
	}
	const before = s.tokens[m.token - 1];
	const honorific = before && HONORIFICS.has(before.lower);
	const startsWithThe = s.text.slice(span.start, span.end).startsWith('the ');
	for (const alt of articleAlternatives(an, e, context, s.index)) {
		if (falses.length >= 3) break;
		if (
			!sameRole(e, alt) ||
			s.mentions.some((y) => y.entity === alt.id) ||
			// "the United States's" is not English
			(m.possessive && alt.display.startsWith('the ')) ||
			(honorific && alt.honorific?.toLowerCase() !== before.lower)
		)
			continue;
		let display = honorific ? shortName(alt) : alt.display;
		if (!startsWithThe && display.startsWith('the ') && /\bthe\s*$/i.test(head))
			display = display.slice(4);
		if (span.start === 0) display = display.charAt(0).toUpperCase() + display.slice(1);
		const statement = build(display);
		// not supported by any sentence that names the swapped-in entity
		const words = contentWords(statement);
		const supported = [...alt.sentences].some((i) => {
			const info = an.sentences[i];
			return info !== undefined && overlap(words, info.content) >= 0.7;
		});
		if (supported || falses.includes(statement) || statement === text) continue;
		falses.push(statement);
		swapped.push(alt.id);
	}
	return { falses, swapped };
}

/** "The United States…" stays; "During his visit…" becomes "during his visit…". */
function lowerIfCommon(an: Analysis, index: number, text: string): string {
	const s = an.sentences[index];
	const opensWithName = s?.mentions.some(
		(m) => m.start === 0 || (m.start <= 4 && /^the /i.test(text))
	);
	return opensWithName && !/^The /.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The fields `numericDistractors` reads, for a number inside a statement. */
function numberProbe(sentence: number, key: string, kind: EntityKind, context: string): Candidate {
	return {
		type: 'number',
		stem: '',
		key,
		keyKind: kind,
		distractors: [],
		evidence: [sentence],
		context,
		fact: '',
		explanation: '',
		score: 0,
		difficulty: 0
	};
}
