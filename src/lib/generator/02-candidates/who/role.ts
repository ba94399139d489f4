/**
 * Who is who: "Who does the article describe as the Liberal Democrat home affairs spokesman?"
 * The role phrase the article puts in front of a name ("Liberal Democrat home affairs spokesman
 * Mark Oaten") becomes the question; the other people of the article are the options. Keeping
 * track of who is who is what a reader of a news report needs first.
 *
 * Only a role that fits one person of the article (never "the coach" of an article with two),
 * of someone the article names in two sentences or more, and never a role that the world knows
 * its holder by ("President", "Prime Minister", "North Korean leader"): those the reader could
 * answer without the article.
 */
import type { Analysis, Entity, Mention, SentenceInfo } from '../../01-analysis/types';
import { lexTags } from '../../model/lexicon';
import { STOP_WORDS } from '../../model/words';
import type { Candidate, CandidateMaker } from '../types';

/** Lower-case words that may open a role phrase: "former Yukos boss", "deputy chief of staff". */
const MODIFIERS = new Set([
	'former',
	'deputy',
	'vice',
	'acting',
	'interim',
	'shadow',
	'assistant',
	'senior',
	'chief',
	'general',
	'managing',
	'executive'
]);

const ROLE_WORD_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'Adjective']);
const VERB_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Modal']);

/** Roles whose holders the world knows: the article is not needed to answer. */
const FAMOUS_HEADS = new Set([
	'president',
	'premier',
	'minister',
	'king',
	'queen',
	'pope',
	'emperor',
	'chancellor',
	'dictator',
	'monarch',
	'prince',
	'princess',
	'ayatollah'
]);

/** Parties: "Tory leader Michael Howard" is a role the article tells. */
const PARTIES = new Set([
	'tory',
	'labour',
	'conservative',
	'liberal',
	'democrat',
	'democratic',
	'republican',
	'green',
	'party',
	'opposition'
]);

interface Role {
	entity: Entity;
	mention: Mention;
	sentence: SentenceInfo;
	/** The phrase as the article writes it: "Liberal Democrat home affairs spokesman". */
	phrase: string;
	/** Its last word, lower case: "spokesman". */
	head: string;
	/** Where the phrase starts in the sentence text. */
	start: number;
}

/** The role phrase in front of mention `m`, with the names and modifiers before its title. */
function roleOf(an: Analysis, s: SentenceInfo, m: Mention): Role | undefined {
	if (m.titleStart === undefined) return undefined;
	const entity = an.entities[m.entity];
	if (!entity) return undefined;
	let first = s.tokens.findIndex((t) => t.start >= (m.titleStart ?? 0));
	if (first === -1) return undefined;
	// "Tory leader", "Yukos chief executive", "former Yukos boss", "Leicester's England centre"
	for (let k = 0; k < 4 && first > 0; k++) {
		const t = s.tokens[first - 1];
		if (!t) break;
		const gap = s.text.slice(t.end, s.tokens[first]?.start ?? t.end);
		if (gap !== ' ' && gap !== '') break;
		const named = s.mentions.some(
			(x) => x.start <= t.start && x.end >= t.end && x.entity !== m.entity && x.kind !== 'person'
		);
		const capital = t.cap && t.word && !STOP_WORDS.has(t.lower);
		if (t.text === "'s" || t.text === '’s') {
			first--;
			continue;
		}
		// "home affairs spokesman": nouns of the role itself
		const noun =
			t.word &&
			!t.cap &&
			!STOP_WORDS.has(t.lower) &&
			(lexTags(t.lower).some((x) => ROLE_WORD_TAGS.has(x)) ||
				(lexTags(t.lower).length === 0 && !/(?:ed|ly|ing)$/.test(t.lower))) &&
			!lexTags(t.lower).some((x) => VERB_TAGS.has(x));
		if (named || capital || noun || (t.word && MODIFIERS.has(t.lower))) first--;
		else break;
	}
	const start = s.tokens[first]?.start ?? m.titleStart;
	let phrase = s.text.slice(start, m.start).trim();
	if (!phrase || /[\d,;:()"“”]/.test(phrase)) return undefined;
	const words = phrase.split(/\s+/);
	const head = (words.at(-1) ?? '').toLowerCase().replace(/\.$/, '');
	if (!/^\p{L}[\p{L}-]+$/u.test(head) || ['mr', 'mrs', 'ms', 'dr', 'sir'].includes(head))
		return undefined;
	// the sentence's first word is capitalised for the sentence, not the role ("Chief executive…")
	if (start === 0 && /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '') && words.length > 1) {
		const opensName = s.mentions.some((x) => x.start === 0 && x.entity !== m.entity);
		if (!opensName && !/^\p{Lu}/u.test(words[1] ?? ''))
			phrase = phrase.charAt(0).toLowerCase() + phrase.slice(1);
	}
	return { entity, mention: m, sentence: s, phrase, head, start };
}

const norm = (phrase: string) =>
	phrase
		.toLowerCase()
		.replace(/^former /, '')
		.replace(/['’]s\b/g, '');

export const makeRole: CandidateMaker = (an: Analysis, opts) => {
	const roles: Role[] = [];
	for (const s of an.sentences) {
		if (s.listLike) continue;
		for (const m of s.mentions) {
			if (m.kind !== 'person') continue;
			const r = roleOf(an, s, m);
			if (r) roles.push(r);
		}
	}
	const people = an.entities.filter((e) => e.kind === 'person' && e.mentions.length > 0);
	const out: Candidate[] = [];
	const asked = new Set<string>();
	for (const r of roles) {
		if (!opts.focus.has(r.sentence.index)) continue;
		const words = r.phrase.split(/\s+/);
		if (FAMOUS_HEADS.has(r.head) || words.some((w) => FAMOUS_HEADS.has(w.toLowerCase()))) continue;
		// a leader of a country or a movement ("North Korean leader", "Nazi leader") is known
		// to the world; of a party in a political report ("Tory leader") the article tells
		if (r.head === 'leader' && !words.some((w) => PARTIES.has(w.toLowerCase()))) continue;
		// "the coach", "the Judge": a bare role word asks too little
		if (words.length < 2) continue;
		// someone the article is about, not one it mentions in passing
		if (r.entity.sentences.size < 2 || people.length < 3) continue;
		// one holder: no one else of the article has that role word, or the phrases differ in
		// more than the word itself ("Tory leader" / "Liberal Democrat leader")
		const same = roles.filter((x) => x.entity.id !== r.entity.id && x.head === r.head);
		if (same.some((x) => x.phrase.split(' ').length < 2)) continue;
		if (same.some((x) => norm(x.phrase) === norm(r.phrase))) continue;
		const key = `${r.entity.id}:${norm(r.phrase)}`;
		if (asked.has(key)) continue;
		asked.add(key);
		// "North Korea's leader", "Leicester's England centre": no "the"
		const possessive = /^(?:\p{Lu}[\p{L}.-]*\s)*\p{Lu}[\p{L}.-]*['’]s /u.test(r.phrase);
		const described = possessive ? r.phrase : `the ${r.phrase}`;
		out.push({
			type: 'who',
			stem: `Who does the article describe as ${described}?`,
			key: r.entity.display,
			keyEntity: r.entity.id,
			keyKind: 'person',
			distractors: [],
			evidence: [r.sentence.index],
			span: { sentence: r.sentence.index, start: r.mention.start, end: r.mention.end },
			context: r.phrase,
			fact: `${r.sentence.index}:role:${r.entity.id}`,
			explanation: `The article describes ${r.entity.display} as ${described}.`,
			score: 0.7,
			difficulty: 0.45,
			anyRole: true
		});
	}
	return out;
};
