/** @internal Helpers shared by the candidate makers: stems with a blank, trimmed clauses. */
import type { Analysis, Entity, Mention, SentenceInfo } from '../01-analysis/types';
import { isCommonWord, isFirstName, isPersonWord, lexTags } from '../model/lexicon';
import { BANKS, PUBLIC_BODY } from '../model/organisations';
import { MONTHS, WEEKDAYS } from '../model/calendar';
import {
	AGENT_NOUNS,
	ANAPHORIC_NOUNS,
	HONORIFICS,
	NOT_NAMES,
	REPORTING_VERBS,
	STOP_WORDS
} from '../model/words';
import {
	closeSentence,
	containsPhraseCi,
	contentWords,
	lowerFirst,
	type Token
} from '../util/text';

export const BLANK = '_____';

const SUBORDINATORS = new Set([
	'despite',
	'although',
	'though',
	'while',
	'whilst',
	'after',
	'before',
	'when',
	'as',
	'if',
	'because',
	'since',
	'during',
	'with',
	'unless',
	'until',
	'once',
	'following',
	'amid',
	'having'
]);

/** Kinds that make good keys (never unknown names or demonyms). */
export const KEY_KINDS = new Set([
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

/** Does the headline name the entity (by any of its names of three letters or more)? */
export const inHeadline = (an: Analysis, e: Entity): boolean =>
	[...e.aliases].some((a) => a.length > 2 && containsPhraseCi(an.article.title, a));

/**
 * The short name the article uses for a person ("Kim", "Shoigu", "Mr Clarke"), else the
 * surname after a first name ("Charles Clarke"), else the full name: the last word of a name
 * may be no name at all ("Kyi" of "Aung San Suu Kyi").
 */
export function shortName(e: Entity): string {
	if (e.kind !== 'person') return e.display;
	const counts = new Map<string, number>();
	for (const m of e.mentions) {
		// ("Mr Clarke" uses "Clarke")
		const bare = m.text.replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady|Dame)\.?\s+/, '');
		if (!bare.includes(' ')) counts.set(bare, (counts.get(bare) ?? 0) + 1);
	}
	let best = '';
	let n = 0;
	for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
	if (best) return best;
	// "Charles Clarke" is Clarke; "Aung San Suu Kyi" is no "Kyi"
	const words = e.display.split(' ');
	return words.length > 1 && isFirstName(words[0]?.toLowerCase() ?? '')
		? (words.at(-1) ?? e.display)
		: e.display;
}

/** Span of the key in the sentence, widened to a leading "the" when the display has one. */
export function keySpan(s: SentenceInfo, m: Mention, e: Entity): { start: number; end: number } {
	let start = m.start;
	const prev = s.tokens[m.token - 1];
	if (e.display.startsWith('the ') && prev && prev.lower === 'the' && prev.end + 1 === m.start) {
		start = prev.start;
	}
	return { start, end: m.end };
}

/** "The Serb", "the Scot", "the Spaniard": someone named before, by a people's name alone. */
const DEMONYM_PERSON =
	/\b[Tt]he (?:Serb|Scot|Swiss|Spaniard|Swede|Dane|Finn|Pole|Briton|Brit|Frenchman|Frenchwoman|Englishman|Englishwoman|Welshman|Irishman|Dutchman|Kiwi|Croat|Czech|Argentine|Brazilian|German|Italian|Russian|American|Australian|Canadian|Japanese|Kenyan|Jamaican|Ethiopian|Austrian|Belgian|Norwegian|Portuguese|Chilean|Colombian|Mexican)(?= (?:had|has|was|is|will|would|said|says|won|lost|beat|led|took|made|added|could)\b)/;

/** Words that open a clause of its own: "said she was delighted". */
const SUBJECT_WORDS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'there', 'that', 'this']);

/**
 * A clause boundary after which the rest is a reporting tail or an aside that can go
 * (", state media said on Sunday", ", KCNA said, quoting…", ", using the initials…").
 */
function isDroppableTail(rest: Token[]): boolean {
	const comma = rest.findIndex((t) => t.text === ',' || t.text === ';');
	const segment = (comma === -1 ? rest : rest.slice(0, comma)).filter((t) => t.word);
	const words = segment.slice(0, 6);
	const first = words[0];
	if (!first) return false;
	if (
		[
			'in',
			'which',
			'who',
			'as',
			'using',
			'quoting',
			'according',
			'while',
			'adding',
			'saying',
			// a clause set against or after the main one: what comes before stays true alone
			// ("Nokia reported a loss of _____ euros, but the Finnish handset maker said…")
			'but',
			'although',
			'though',
			'whereas',
			'after',
			'before',
			'because',
			'despite'
		].includes(first.lower)
	)
		return true;
	if (/ing$/.test(first.lower) && !first.cap) return true;
	// "…in June, and New York City banned smoking…": a clause of its own, with its own subject
	// (not "…eight percent, and Japan six percent", which has no verb)
	if (
		first.lower === 'and' &&
		words[1]?.cap &&
		words.slice(2).some((w) => !w.cap && lexTags(w.lower).some((t) => VERB_TAGS.has(t)))
	)
		return true;
	// "…, state media said on Sunday": a short reporting clause; not "…, says there is…"
	const v = segment.findIndex((w) => REPORTING_VERBS.has(w.lower));
	if (v === -1 || v > 5 || segment.length - v - 1 > 3) return false;
	// ", said Mr Allard" goes; "Deborah Arnott, director of …, said she was delighted" is the
	// sentence's own verb and what she said
	return v > 0 || !segment.slice(1).some((w) => SUBJECT_WORDS.has(w.lower));
}

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Modal', 'Auxiliary', 'Copula']);
/** "fell sharply", "is expected to…", "quickly rose": a clause's verb comes first. */
function opensWithVerb(rest: Token[]): boolean {
	const words = rest.filter((t) => t.word);
	const first = /ly$/.test(words[0]?.lower ?? '') ? words[1] : words[0];
	if (!first || first.cap) return false;
	return (
		lexTags(first.lower).some((t) => VERB_TAGS.has(t)) ||
		/^(?:is|are|was|were|has|have|had|will|would)$/.test(first.lower)
	);
}

/**
 * Cuts a sentence's trailing asides that come after `keepUntil` (an offset that must stay),
 * returning the end offset of the kept text (without the comma).
 */
export function trimTail(s: SentenceInfo, keepUntil: number): number {
	// "Despite the withdrawal of X, who …, three others will play": the main clause comes later
	const first = s.tokens.find((t) => t.word)?.lower ?? '';
	if (SUBORDINATORS.has(first)) return s.text.replace(/[\s.!?]+$/u, '').length;
	const commas = s.tokens
		.map((t, i) => ({ t, i }))
		.filter(({ t }) => t.text === ',' && t.start >= keepUntil);
	// a tail goes only with all that follows it: "Shares of RIM and of Palm, which makes the
	// Treo, fell sharply" keeps its verb
	const droppable = (k: number): boolean => {
		const at = commas[k];
		if (!at || !isDroppableTail(s.tokens.slice(at.i + 1))) return false;
		const next = commas[k + 1];
		if (!next) return true;
		// (what follows the aside: another aside, or the main clause's verb)
		return droppable(k + 1) || !opensWithVerb(s.tokens.slice(next.i + 1));
	};
	for (const [k, { t }] of commas.entries()) {
		if (droppable(k)) return t.start;
	}
	// keep a closing quotation mark, drop the full stop
	return s.text.replace(/[\s.!?]+$/u, '').length;
}

/** The sentence with `start..end` replaced by a blank, its tail trimmed, ending with a full stop. */
const FIRST_PERSON_QUOTE = /^["“](?:[^"”]*\s)?(?:I|I've|I'm|I'd|we|We|we've|our|Our|my|My)\s/u;

export function blankedStem(
	an: Analysis,
	s: SentenceInfo,
	start: number,
	end: number
): { stem: string; lead: string; also?: number } | undefined {
	let cut = trimTail(s, end);
	// `"…I've been trying to get for _____ years…," said Campbell.`: a quotation in the first
	// person keeps the words that say whose it is
	const whole = s.text.replace(/[\s.!?]+$/u, '').length;
	if (cut < whole && FIRST_PERSON_QUOTE.test(s.text.slice(0, cut))) cut = whole;
	let body = s.text.slice(0, start) + BLANK + s.text.slice(end, cut);
	// An opening pronoun is replaced by the person it refers to, when known.
	let lead = '';
	if (s.pronounStart) {
		const first = s.tokens.find((t) => t.word);
		if (!first || s.antecedent === undefined || first.start < (s.tokens[0]?.start ?? 0))
			return undefined;
		const who = an.entities[s.antecedent];
		if (!who || !['he', 'she', 'his', 'her'].includes(first.lower) || start <= first.start)
			return undefined;
		const name = shortName(who);
		const replacement = first.lower === 'his' || first.lower === 'her' ? `${name}'s` : name;
		// ("He also said…" → "Clarke said…": the "also" pointed at the sentence before)
		body = replacement + body.slice(first.end).replace(/^ also(?= )/, '');
		lead = name;
	}
	// "The 51-year-old designer was shot…": the person the sentences before speak of
	// ("The 23-year-old McLaren driver" as a whole: never "Hamilton McLaren driver")
	const aged = /^The \d+-year-old(?: \p{Lu}[\p{L}'’-]*)*(?: ([a-z-]+))?(?=[\s,])/u.exec(body);
	if (aged && / \p{Lu}/u.test(aged[0]) && !aged[1]) return undefined;
	// ("The 850-year-old cathedral's famed organ": a thing's, never "Laurent Ulrich cathedral's")
	if (/^The \d+-year-old [a-z-]+['’]s\b/u.test(body)) return undefined;
	if (aged && start > aged[0].length) {
		const who = agedPerson(an, s, aged[1]);
		if (who === undefined) return undefined;
		body = who.display + body.slice(aged[0].length);
		lead = who.display;
	}
	body = closeSentence(body);
	const named = nameTheFirm(an, s, dropConnective(body));
	return { stem: closeQuote(named.text), lead, also: named.also };
}

/**
 * Who "the 31-year-old" or "the 51-year-old designer" is: the one person the three sentences
 * before name most (and, with a role word, one the article gives that role), named in two
 * sentences or more.
 */
function agedPerson(an: Analysis, s: SentenceInfo, noun: string | undefined): Entity | undefined {
	const near = new Map<number, Entity>();
	for (let i = s.index - 1; i >= Math.max(0, s.index - 3); i--)
		for (const m of an.sentences[i]?.mentions ?? []) {
			const e = an.entities[m.entity];
			if (e?.kind === 'person') near.set(e.id, e);
		}
	const fits = (e: Entity) =>
		!noun ||
		(e.title?.toLowerCase().split(/\s+/).includes(noun) ?? false) ||
		e.mentions.some((m) => an.sentences[m.sentence]?.tokens[m.token - 1]?.lower === noun);
	const ranked = [...near.values()].sort((a, b) => b.sentences.size - a.sentences.size);
	const [top, second] = ranked;
	if (!top || top.sentences.size < 2 || !fits(top)) return undefined;
	if (second && second.sentences.size >= top.sentences.size) return undefined;
	return top;
}

const THE_FIRM = /\b[Tt]he (?:firm|company|group|bank|charity)\b/g;
/** Bodies no "firm" or "company" stands for: "the Unite union", "the Labour Party". */
const NOT_A_FIRM = /^(?:union|trade union|party|government|ministry|council|police|army)\b/i;
/**
 * Is this body no firm of the kind `word` says ("the bank" is a bank)? A public body is none
 * ("The bank will also pay…" after "The Consumer Financial Protection Bureau fined…"), nor one
 * the article calls a union or a party.
 */
function noFirm(an: Analysis, id: number, word: string): boolean {
	const e = an.entities[id];
	if (!e || PUBLIC_BODY.test(e.display) || (word === 'bank' && !BANKS.test(e.display))) return true;
	// (wherever the article writes it, in a mention or not: "Members of the Unite union")
	return an.sentences.some((s) =>
		s.text
			.split(e.display)
			.slice(1)
			.some((after) => NOT_A_FIRM.test(after.trimStart()))
	);
}

/**
 * "The firm had an operating loss…" → "Softbank had an operating loss…": "the firm", "the
 * company" named, when the sentences just before speak of exactly one organisation and this
 * sentence names none before it. `also`: the sentence that names it (cited as evidence too).
 */
export function nameTheFirm(
	an: Analysis,
	s: SentenceInfo,
	text: string
): { text: string; also?: number } {
	const at = text.search(THE_FIRM);
	if (at === -1) return { text };
	const word = text.slice(at + 4).split(/\b/)[0] ?? '';
	const bodyish = (k: string) => k === 'organisation' || k === 'name';
	if (s.mentions.some((m) => bodyish(m.kind) && m.start < at)) return { text };
	// the bodies of the sentences just before, by weight: how often the article names them, and
	// more when the headline does ("Bargain calls widen Softbank loss")
	const orgs = new Map<number, number>();
	for (let i = s.index - 1; i >= Math.max(0, s.index - 3); i--) {
		for (const m of an.sentences[i]?.mentions ?? []) {
			// ("the group" of climbers is no mountain: a group is an organisation by name)
			const fits = word === 'group' ? m.kind === 'organisation' : bodyish(m.kind);
			if (fits && !m.demonym && !orgs.has(m.entity) && !noFirm(an, m.entity, word))
				orgs.set(m.entity, i);
		}
	}
	const title = an.article.title.toLowerCase();
	const weight = (id: number) => {
		const e = an.entities[id];
		if (!e) return 0;
		return e.sentences.size + ([...e.aliases].some((a) => containsPhraseCi(title, a)) ? 2 : 0);
	};
	const ranked = [...orgs.keys()].sort((a, b) => weight(b) - weight(a));
	const [id, second] = ranked;
	// one clear candidate, named in three sentences or in the headline
	if (id === undefined || (second !== undefined && weight(second) >= weight(id)) || weight(id) < 3)
		return { text };
	const also = orgs.get(id);
	const name = an.entities[id]?.display.replace(/^the /, '');
	if (!name) return { text };
	return {
		text: text.replace(THE_FIRM, (_m, offset: number) =>
			offset === 0 ? name.charAt(0).toUpperCase() + name.slice(1) : name
		),
		also
	};
}

const CONNECTIVE =
	/^(?:(?:And|But|Also) |(?:However|Meanwhile|Instead|Still|Yet|Now|Indeed|Moreover|Furthermore|In addition|So|Separately|Elsewhere), )(?=\S)/u;

/** "But the club…" → "The club…": a stem stands alone, without a link to the sentence before. */
export function dropConnective(stem: string): string {
	const m = CONNECTIVE.exec(stem);
	if (!m) return stem;
	const rest = stem.slice(m[0].length);
	return rest.startsWith(BLANK) ? rest : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * `Benitez said: "We started well.` — a quotation that runs on into the next sentence — is
 * closed at the end of the stem. A stem that opens inside a quotation is left as it is (its
 * speaker is not named: the pronoun gate or the quotation check drops it).
 */
export function closeQuote(stem: string): string {
	const marks = stem.match(/["“”]/g) ?? [];
	if (marks.length % 2 === 0 || /^["“]/.test(stem)) return stem;
	const last = Math.max(stem.lastIndexOf('"'), stem.lastIndexOf('“'));
	const opening = last === 0 || /[\s:,(]/.test(stem.charAt(last - 1));
	return opening ? `${stem}"` : stem;
}

/**
 * Does the text lean on a sentence before it? "The firm said…", "The Welsh band…", "The
 * 31-year-old…", or "it"/"they" with no name before them ("As a result, it could…"). Quoted
 * words are not looked at: a quotation may say "we" and "it" of its own.
 */
export function dependsOnContext(
	text: string,
	isTopic: (w: string) => boolean = () => false
): boolean {
	const plain = text.replace(/["“][^"”]*["”]/g, ' " ');
	// "Since then…", "Last week, the firm…": a time or a thing named in an earlier sentence
	if (
		/^(?:Since then|By then|At the time|After that|Before that|Another|Other|The other|Both|In exchange|In return|In response|As a result|By contrast|In contrast|Even so|Despite this|Despite that|On top of that|Unlike|The remaining|The rest|Together(?! with))\b/.test(
			plain
		)
	)
		return true;
	// "The Serb won the first set…", "The Scot said…": a person by a people's name alone
	if (DEMONYM_PERSON.test(plain)) return true;
	// "…has not lost since then", "…when the 50-year-old was…", "…the targets themselves are
	// not.": a time, a person or a verb the sentence before gives
	if (/\bsince then\b|\bthe \d+-year-old\b/i.test(plain)) return true;
	if (
		/\b(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could)(?: not|n't)?[.!?]?$/i.test(
			plain.trim()
		)
	)
		return true;
	// "…, he believed, …": an opinion of someone the text does not name there
	if (/,\s*(?:he|she|they)\s+[a-z]+,/iu.test(plain)) return true;
	const clause = /^[^,]{0,30},\s+the (\S+)/.exec(plain);
	if (clause && ANAPHORIC_NOUNS.has(clause[1] ?? '')) return true;
	if (/^The /.test(plain)) {
		// "The firm", "The Welsh band", "The UK mobile firm": a head noun within three words
		const words = plain.slice(4).split(/[\s,;:]+/, 4);
		for (const [i, w] of words.entries()) {
			// "The summit scheduled for June 12…", "The trial of Mr X…": defined where it stands
			const defined = /^(?:of|which|who|for|[a-z]+ed)$/.test(words[i + 1] ?? '');
			// ("The auction, at Sotheby's…" in a story that opens with the auction: `isTopic`)
			if ((ANAPHORIC_NOUNS.has(w) && !defined && !isTopic(w)) || /^\d+-year-old$/.test(w))
				return true;
			// "The European Council summit": a name
			const next = words[i + 1] ?? '';
			const name = !isDemonymish(w) || /^\p{Lu}\p{Ll}/u.test(next);
			if (i < 3 && /^\p{Lu}\p{Ll}/u.test(w) && name) break;
		}
	}
	// "I'd say 70% of the donations…": a speaker the text does not name
	if (/(?:^|[^\p{L}'’])(?:I|I'd|I'm|I've|we|We|our|Our|my|My)(?![\p{L}'’])/u.test(plain))
		return true;
	const pronoun = /\b(?:it|they|he|she)\b/i.exec(plain);
	if (pronoun) {
		// a name (or the blank, or "Which country") before the pronoun may be what it refers to:
		// "Cairn said it would…", "Mr _____ said he would…"
		const before = plain.slice(0, pronoun.index);
		const words = before.match(/\p{L}[\p{L}.'-]*/gu) ?? [];
		// ("On Monday, he two-putted…": a day names no one)
		const named =
			before.includes(BLANK) ||
			/^(?:Who|Which)\b/.test(before) ||
			words.some(
				(w, i) =>
					/^\p{Lu}/u.test(w) && !CALENDAR.has(w) && (i > 0 || !isCommonWord(w.toLowerCase()))
			);
		if (!named) return true;
	}
	return false;
}

const CALENDAR = new Set<string>([...WEEKDAYS, ...MONTHS]);
const DATED = new Set(['weekday', 'month', 'year', 'number', 'money', 'percent']);

/** Nouns that need no earlier sentence: "the world", "the first time", "the government". */
const GENERIC = new Set([
	'world',
	'point',
	'stage',
	'time',
	'times',
	'year',
	'years',
	'week',
	'weeks',
	'month',
	'months',
	'day',
	'days',
	'end',
	'start',
	'past',
	'future',
	'first',
	'last',
	'same',
	'most',
	'way',
	'rest',
	'top',
	'government',
	'public',
	'internet',
	'economy',
	'country',
	'moment',
	'latest',
	'following',
	'new',
	'next',
	'previous'
]);

/** A figure of some firm or country that the text must name: "Revenue fell…", "Net profit rose…". */
const METRIC =
	/^["“]?(?:(?:net|operating|pre-tax|pretax|quarterly|annual|total|underlying) )?(?:revenues?|profits?|sales|earnings|income|turnover|losses|shares|output|exports|imports|unemployment|inflation)\b/i;

/** A word's rough stem, so "auction" meets "auctioned" and "firms" meets "firm". */
const stemOf = (w: string) => (w.length > 5 ? w.slice(0, 5) : w.replace(/s$/, ''));

const EARLIER = new WeakMap<Analysis, Set<string>[]>();
/** For each sentence, the stems of the words of the title and every sentence before it. */
/** Stems of the headline's words: what the article is about. */
function headlineStems(an: Analysis): Set<string> {
	return new Set([...contentWords(an.article.title)].map(stemOf));
}

const LEAD = new WeakMap<Analysis, Set<string>>();
/** Stems of the words of the article's first two sentences: what the story is about. */
function leadStems(an: Analysis): Set<string> {
	let out = LEAD.get(an);
	if (!out) {
		out = new Set(an.sentences.slice(0, 2).flatMap((s) => [...s.content].map(stemOf)));
		LEAD.set(an, out);
	}
	return out;
}

/** A thing (not a person or a body) the lead speaks of, and the article only ever in the singular. */
function aboutTheLead(an: Analysis, w: string): boolean {
	if (AGENT_NOUNS.has(w) || w.endsWith('s') || !leadStems(an).has(stemOf(w))) return false;
	const plural = new RegExp(`\\b${w}(?:s|es)\\b`, 'i');
	return !plural.test(an.article.body) && !plural.test(an.article.title);
}

function earlierStems(an: Analysis): Set<string>[] {
	let out = EARLIER.get(an);
	if (out) return out;
	out = [];
	const seen = new Set<string>();
	for (const w of contentWords(an.article.title)) seen.add(stemOf(w));
	for (const s of an.sentences) {
		out.push(new Set(seen));
		for (const w of s.content) seen.add(stemOf(w));
	}
	EARLIER.set(an, out);
	return out;
}

/**
 * Does the text, taken from sentence `index`, lean on what came before it? `dependsOnContext`,
 * plus "the chip", "the three firms", "those protests", "that quote" when the article has
 * already spoken of chips, firms, protests or a quote (the reader of the question alone has not),
 * "it"/"they" with no organisation, place or people named before them in the text, and a
 * text that names nothing at all (`blankIsName`: the blank stands for a name).
 */
export function leansBack(an: Analysis, index: number, text: string, blankIsName = false): boolean {
	if (dependsOnContext(text, (w) => index > 1 && aboutTheLead(an, w))) return true;
	const plain = text.replace(/["“][^"”]*["”]/g, ' " ');
	// "Payment levels vary from area to area…": a text that names nothing (no person, body or
	// place; a date does not count) does not say what it is about
	const capitalised = (text.match(/[\p{L}\d][\p{L}\d.'’-]*/gu) ?? []).filter(
		(w, i) =>
			(i > 0 || /-\p{Lu}/u.test(w)) &&
			/^\p{Lu}|-\p{Lu}/u.test(w) &&
			!CALENDAR.has(w.replace(/['’]s$/, ''))
	);
	// a name put in by the stem ("Softbank, a market leader…" for "The firm, …") counts too
	const putIn =
		an.entities.some(
			(e) =>
				!DATED.has(e.kind) &&
				e.kind !== 'name' &&
				e.sentences.size > 0 &&
				containsPhraseCi(text, e.display)
		) ||
		an.entities.some(
			(e) => e.kind === 'name' && e.sentences.size >= 2 && containsPhraseCi(text, e.display)
		) ||
		// "Clarke also said…" of Charles Clarke
		an.entities.some(
			(e) =>
				e.kind === 'person' &&
				e.sentences.size > 0 &&
				[...e.aliases].some((a) => a.length > 3 && containsPhraseCi(text, a))
		);
	const named =
		putIn ||
		(an.sentences[index]?.mentions ?? []).some(
			(m) =>
				!DATED.has(m.kind) &&
				// a capital that only opens the sentence ("Payment levels…") names nothing
				!(m.kind === 'name' && m.start === 0) &&
				containsPhraseCi(text, m.text)
		);
	// ("Payment levels vary…, with some carers getting just _____ a week" in a story that opens
	// with foster carers' pay: what it speaks of, the reader of the article knows)
	const onTopic = () => {
		const stems = [...contentWords(plain)].map(stemOf).filter((w) => !GENERIC.has(w));
		const topic = headlineStems(an);
		// the lead before this sentence (the first sentence, for the second)
		const lead = new Set(
			an.sentences.slice(0, Math.min(index, 2)).flatMap((x) => [...x.content].map(stemOf))
		);
		return (
			index > 0 && (stems.some((w) => topic.has(w)) || stems.filter((w) => lead.has(w)).length >= 2)
		);
	};
	if (capitalised.length === 0 && !named && !(blankIsName && text.includes(BLANK))) {
		// "Revenue fell 4 percent": a company's figure, with no company named
		if (METRIC.test(plain) || !onTopic()) return true;
	}
	const before = earlierStems(an)[index] ?? new Set<string>();
	// ("that" is left out: "said that prices rose" is no pointing back)
	// (a lookahead, so that "the highlights of the sale" also looks at "the sale")
	const topic = headlineStems(an);
	for (const m of plain.matchAll(
		/\b([Tt]he|[Tt]his|[Tt]hese|[Tt]hose)(?=((?: [a-z][a-z-]*(?![\p{L}\d-])){1,4})(\s+\p{Lu})?)/gu
	)) {
		const det = m[1]?.toLowerCase();
		const all = (m[2] ?? '').trim().split(' ');
		const end = all.findIndex((w) => STOP_WORDS.has(w) || REPORTING_VERBS.has(w) || /ed$/.test(w));
		const words = end === -1 ? all.slice(0, 3) : all.slice(0, end);
		// "the summit scheduled for June 12", "the auction of its Yugansk division", "the power
		// to deprive…": defined here
		// (not "The results included a $2.3 billion charge": a verb with its object)
		const next = all[end + 1];
		const object =
			next !== undefined
				? /^(?:a|an|the|its|their|his|her)$/.test(next)
				: /^\s*[$£€\d]/.test(plain.slice((m.index ?? 0) + m[0].length + (m[2] ?? '').length));
		if (
			end !== -1 &&
			end <= 2 &&
			/^(?:of|which|who|that|to|[a-z]+ed)$/.test(all[end] ?? '') &&
			!(/ed$/.test(all[end] ?? '') && object)
		)
			continue;
		// "the clearing firm Clearstream": the name follows
		if (m[3] && all.length <= 3 && end === -1) continue;
		// "Freddie Mac, the country's other largest mortgage firm, …": an apposition to the name
		// before it
		if (/\p{Lu}[\p{L}.'’-]*,\s*$/u.test(plain.slice(0, m.index))) continue;
		const own = (w: string) => det === 'the' && topic.has(stemOf(w));
		// "…a new cut-rate phone service. The service, launched…": spoken of in the text itself
		const told = new Set([...contentWords(plain.slice(0, m.index))].map(stemOf));
		// "this year": a time, not a thing pointed back to
		if (det !== 'the' && GENERIC.has(words[0] ?? '')) continue;
		for (const w of words) {
			if (det !== 'the' && !GENERIC.has(w)) return true;
			// "the firm", "the charity", "the company's board": always someone named before
			// "the three firms" (not "the three months to December")
			const counted = /^(?:two|three|four|five|six|both)$/.test(words[0] ?? '');
			if (counted && !words.some((x) => GENERIC.has(x))) return true;
			// "the chip" in "First look at PlayStation 3 chip": the article's own subject, which
			// the reader of a quiz on it knows
			if (own(w) || told.has(stemOf(w))) continue;
			// "The auction, at Sotheby's, will feature…", "the show" when the article opens with
			// the auction or the show, and never speaks of others ("shows"): what the story is
			// about, a reader of it knows (not "the firm" or "the minister": those name someone)
			if (det === 'the' && index > 1 && aboutTheLead(an, w)) continue;
			if (ANAPHORIC_NOUNS.has(w)) return true;
			if (!GENERIC.has(w) && w.length > 2 && before.has(stemOf(w)) && isNounish(w)) return true;
		}
	}
	// "The Australian actor died…", "the German company": a person or body by a demonym and
	// what they are, named only before
	for (const m of plain.matchAll(/\b[Tt]he (\p{Lu}[\p{L}-]+) ([a-z]+)\b/gu)) {
		const demonym = an.entities.some((e) => e.demonyms.has((m[1] ?? '').toLowerCase()));
		if (demonym && AGENT_NOUNS.has(m[2] ?? '')) return true;
	}
	// "The Cincinnati-based company said…": a body by its home and what it is, named only before
	for (const m of plain.matchAll(/\b[Tt]he \p{Lu}[\p{L}.'’-]*-based ([a-z]+)\b/gu))
		if (AGENT_NOUNS.has(m[1] ?? '')) return true;
	// "That deadline was pushed back…", "…closed the same year": pointing at words before
	if (/^["“]?That\b/.test(plain) || /\bthe same (?!time\b|way\b|as\b)[a-z]+\b/i.test(plain))
		return true;
	// "Wednesday's vote", "Sunday's match": an event of a day spoken of before
	for (const m of plain.matchAll(
		/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|_____)['’]s ([a-z]+)/g
	)) {
		if (ANAPHORIC_NOUNS.has(m[1] ?? '')) return true;
	}
	// "denied that quote on Wednesday": "that" pointing, not "said that prices rose"
	for (const m of plain.matchAll(
		/\bthat ([a-z]+)(?=\s*(?:[,.;:]|$| (?:on|in|at|from|to|by|with|about)\b))/g
	)) {
		const w = m[1] ?? '';
		if ((ANAPHORIC_NOUNS.has(w) || isNounish(w)) && !GENERIC.has(w)) return true;
	}
	// "Kim planned to fly": a short name two people of the article share
	for (const m of plain.matchAll(/\b\p{Lu}\p{Ll}+\b/gu)) {
		const word = m[0].toLowerCase();
		const owners = an.entities.filter(
			(e) => e.kind === 'person' && e.display.toLowerCase().split(' ').includes(word)
		);
		const full = owners.some((e) => containsPhraseCi(plain, e.display));
		if (owners.length > 1 && !full) return true;
	}
	// "King Hussein had named him as his heir", "Ireland introduced a tax on them": an object
	// is never the subject of its own clause, so "him" or "them" needs a second name before it
	const object = /\b(?:him|them)\b/i.exec(plain);
	if (object) {
		const before = plain.slice(0, object.index);
		const names = new Set(
			(an.sentences[index]?.mentions ?? [])
				.filter(
					(m) =>
						!DATED.has(m.kind) &&
						!m.demonym &&
						!(m.kind === 'name' && m.start === 0) &&
						containsPhraseCi(before, m.text)
				)
				.map((m) => m.entity)
		);
		// ("police beat the protesters and detained them": a plural before it)
		const plural =
			object[0].toLowerCase() === 'them' &&
			(before.match(/\b[a-z]{3,}s\b/g) ?? []).some((w) => !/ss$/.test(w) && isNounish(w));
		if (!plural && names.size + (before.includes(BLANK) ? 1 : 0) < 2) return true;
	}
	const pronoun = /\b(?:it|its|they|their|them)\b/i.exec(plain);
	if (pronoun) {
		const s = an.sentences[index];
		const named = (s?.mentions ?? []).some(
			(m) =>
				(['organisation', 'country', 'agency', 'city', 'person'].includes(m.kind) ||
					// "Labour staged … at its own poster launch": a name the article uses again
					(m.kind === 'name' &&
						m.start === 0 &&
						(an.entities[m.entity]?.sentences.size ?? 0) >= 2)) &&
				!m.demonym &&
				containsPhraseCi(plain.slice(0, pronoun.index), m.text)
		);
		const blank = plain.slice(0, pronoun.index).includes(BLANK);
		if (!named && !blank && !/^(?:Which|Who)\b/.test(plain)) return true;
	}
	return false;
}

/** A word that can head a noun phrase (not "said", "quickly", "new"). */
const isNounish = (w: string) => {
	const tags = lexTags(w);
	if (tags.length === 0) return !/(?:ly|ed)$/.test(w);
	return tags.some((t) => ['Noun', 'Singular', 'Plural', 'Uncountable'].includes(t));
};

/** "Welsh", "UK": a capitalised modifier that does not name the thing itself. */
const isDemonymish = (w: string) =>
	/^(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+(?:sh|ese|ian|an|i|ch|ic))$/u.test(w);

/** "The article says …": a plain sentence around a clause of the article. */
export function says(an: Analysis, s: SentenceInfo, clause: string): string {
	let text = clause.trim().replace(/[\s,;:]+$/u, '');
	if (!/[.!?]["”’']?$/u.test(text)) text += '.';
	const [first = '', next = ''] = text.match(/[\p{L}']+/gu) ?? [];
	const named = s.mentions.some((m) => m.start === 0) || HONORIFICS.has(first.toLowerCase());
	// "Separately, former Yukos boss…" made "Former Yukos boss…": the article's own lower case
	const ours =
		!s.text.startsWith(text.slice(0, 12)) && s.text.includes(lowerFirst(text.slice(0, 20)));
	if (ours || (s.text.startsWith(text.slice(0, 12)) && !named && lowerable(an, first, next))) {
		text = lowerFirst(text);
	}
	return `The article says ${text}`;
}

const LOWER = new WeakMap<Analysis, Set<string>>();
/**
 * May a sentence's capitalised first word go lower-case after "The article says"? Only a word
 * of grammar ("The", "During", "Some") or one the article itself writes in lower case
 * ("Shares … shares"): never "Fahrenheit 9/11" or "Arsenal".
 */
export function lowerable(an: Analysis, word: string, next = ''): boolean {
	const w = word.toLowerCase();
	if (!w || /^\p{Lu}{2,}/u.test(word) || word === 'I') return false;
	if (NOT_NAMES.has(w)) return true;
	const tags = lexTags(w);
	// "Shares in…", "Bass player…", "Chief executive…": a common word before a lower-case one
	// (not "Fahrenheit 9/11", not "Top of the Pops")
	if (
		/^\p{Ll}{2,}$/u.test(next) &&
		!STOP_WORDS.has(next) &&
		// "Republican critics", "Welsh band": a name's adjective
		!isDemonymish(word) &&
		tags.some((t) => ['Noun', 'Plural', 'Singular', 'Uncountable', 'Adjective'].includes(t)) &&
		!tags.some((t) => ['ProperNoun', 'Person', 'Place', 'Organization'].includes(t))
	)
		return true;
	if (
		tags.some((t) =>
			['Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'Possessive', 'Adverb'].includes(t)
		)
	)
		return true;
	// "Shares in Cairn Energy…", "Prices of oil…": a plural the lexicon knows, before a
	// preposition (not "Top of the Pops", not "Reuters in")
	if (
		/^(?:in|of|at|for|from|on)$/.test(next) &&
		/[^s]s$/.test(w) &&
		tags.length > 0 &&
		!tags.some((t) => ['ProperNoun', 'Person', 'Place', 'Organization'].includes(t))
	)
		return true;
	let seen = LOWER.get(an);
	if (!seen) {
		seen = new Set();
		for (const x of an.sentences) for (const t of x.tokens) if (t.word && !t.cap) seen.add(t.lower);
		LOWER.set(an, seen);
	}
	return seen.has(w) && !isPersonWord(w);
}

/** Lower-cases the first letter unless the text opens with a name or "I". */
export function clauseStart(s: SentenceInfo, from: number, text: string): string {
	const first = s.tokens.find((t) => t.start >= from && (t.word || /\d/.test(t.text)));
	if (!first) return text;
	const isName =
		s.mentions.some((m) => m.start === first.start && m.kind !== 'name') || first.text === 'I';
	const acronym = /^\p{Lu}{2,}/u.test(first.text);
	return isName || acronym || s.mentions.some((m) => m.start === first.start)
		? text
		: lowerFirst(text);
}

export const wordsOf = (text: string): number => (text.match(/\S+/g) ?? []).length;

/**
 * The fields every question keyed by a name shares: "Who …?", "Who said …?" — the name of
 * mention `m` in sentence `s` is the key, the sentence its evidence.
 */
export function keyedBy(s: SentenceInfo, m: Mention, e: Entity) {
	return {
		key: e.display,
		keyEntity: e.id,
		keyKind: e.kind,
		distractors: [] as string[],
		evidence: [s.index],
		span: { sentence: s.index, start: m.start, end: m.end },
		fact: `${s.index}:${e.id}`
	};
}

/**
 * `…deeply disturbing.” Chabot told VOA in a statement.`: the words after a quotation say who
 * said it, and nothing of their own.
 */
export function quoteTail(an: Analysis, s: SentenceInfo): boolean {
	const before = an.article.body.slice(Math.max(0, s.sentence.start - 3), s.sentence.start);
	if (!/["”]\s*$/u.test(before)) return false;
	// ("Yukos had argued that a US court…" says something of its own)
	if (/["“”:]|\bthat\b/u.test(s.text)) return false;
	const words = s.tokens.filter((t) => t.word);
	const at = words.slice(0, 6).findIndex((t) => REPORTING_VERBS.has(t.lower));
	if (at === -1) return false;
	// nothing said after the verb: "told VOA in a statement on the passage of the resolution",
	// not "said Obama should have been more forceful"
	const VERBISH = /^(?:PastTense|PresentTense|Copula|Modal|Auxiliary|Infinitive|Verb)$/;
	return !words.slice(at + 1).some((t) => !t.cap && lexTags(t.lower).some((x) => VERBISH.test(x)));
}

/** The sentence that names the antecedent of an opening pronoun (the one before). */
export function prevSentence(an: Analysis, index: number, entity: number): number[] {
	const prev = an.sentences[index - 1];
	return prev && prev.mentions.some((m) => m.entity === entity) ? [prev.index] : [];
}
