/**
 * Stage 1, analysis: finds the people, places, organisations, dates and numbers of every
 * sentence and ties each mention to one canonical entity with its aliases. Works sentence by
 * sentence (cost linear in the document) with curated lists and compromise's lexicon used as a
 * dictionary; it never runs a tagger over the whole text.
 */
import type { Article } from '../../article/types';
import { NUMBER_WORDS } from '../model/numbers';
import { MONTHS, WEEKDAYS } from '../model/calendar';
import {
	isCityWord,
	isCommonWord,
	isFirstName,
	isOrgWord,
	isPersonWord,
	isPlaceEnding,
	isPlaceWord,
	lexTag,
	lexTags
} from '../model/lexicon';
import {
	FEMALE_TITLES,
	HONORIFICS,
	MALE_TITLES,
	NAME_CONNECTORS,
	NOT_NAMES,
	ORG_ENDINGS,
	PLACE_ENDINGS,
	REPORTING_VERBS,
	TITLE_HEADS,
	TITLE_WORDS
} from '../model/words';
import { contentWords, tokenize, wordCount, type Token } from '../util/text';
import {
	EXTRA_TITLES,
	IS_ROLE_NOUNS,
	ORG_AFTER,
	ORG_HEADS,
	PERSON_HEADS,
	ROLE_NOUNS,
	THING_HEADS,
	editDistance,
	isContraction
} from './cues';
import { GAZETTEER } from './gazetteer';
import type { Analysis, Entity, EntityKind, Mention, SentenceInfo } from './types';

/** A mention before linking: the entity is named by a key. */
interface RawMention extends Omit<Mention, 'entity'> {
	key: string;
	display: string;
	aliases: string[];
	demonyms: string[];
	curated: boolean;
	title?: string;
	honorific?: string;
	value?: number;
	/** The kind rests on context (a role, an honorific, "X manager"), not on a dictionary guess. */
	strong?: boolean;
}

/** Honorifics that always open a new name ("at GDC Mr Allard" is two names). */
const NAME_BREAKERS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame']);
/** A lone capital letter used as an initial ("J. Allard", "Mr R Sridharan"). */
const isInitial = (t: Token | undefined): boolean =>
	t !== undefined && t.word && /^\p{Lu}$/u.test(t.text) && t.text !== 'A' && t.text !== 'I';
/** An initial followed by a capitalised word, with or without a dot: the start of a name. */
function initialStartsName(tokens: Token[], i: number): boolean {
	const t = tokens[i];
	if (!isInitial(t)) return false;
	let j = i + 1;
	if (tokens[j]?.text === '.' && tokens[j]?.start === t?.end) j++;
	const u = tokens[j];
	// "J. Allard", "R Sridharan"; not "H.Con.Res"
	return u !== undefined && u.word && u.cap && u.start === (tokens[j - 1] as Token).end + 1;
}
/** "Rep. Ed Royce", "Mr. Allard": a short title with a dot, then a name. */
function abbreviatedTitle(tokens: Token[], i: number): boolean {
	const t = tokens[i];
	const dot = tokens[i + 1];
	const u = tokens[i + 2];
	return (
		t !== undefined &&
		t.cap &&
		t.text.length <= 4 &&
		TITLE_WORDS.has(t.lower) &&
		dot?.text === '.' &&
		dot.start === t.end &&
		u !== undefined &&
		u.cap &&
		u.word &&
		u.start === dot.end + 1
	);
}

/** At `j` starts a capitalised title phrase that ends in a head followed by a name ("Judge Ann Lee"). */
function titleRunAt(tokens: Token[], j: number): boolean {
	let k = j;
	while (
		k < Math.min(tokens.length, j + 6) &&
		(tokens[k] as Token).cap &&
		(TITLE_WORDS.has((tokens[k] as Token).lower) || EXTRA_TITLES.has((tokens[k] as Token).lower))
	)
		k++;
	if (k === j) return false;
	const head = (tokens[k - 1] as Token).lower;
	// "Chairman Rep. Ed Royce"
	const dot = tokens[k]?.text === '.' && abbreviatedTitle(tokens, k - 1) ? 1 : 0;
	const after = tokens[k + dot];
	return (
		(TITLE_HEADS.has(head) || EXTRA_TITLES.has(head)) &&
		after !== undefined &&
		after.cap &&
		after.word &&
		after.start === (tokens[k + dot - 1] as Token).end + 1 &&
		!NOT_NAMES.has(after.lower)
	);
}

const WEEKDAY_SET = new Set<string>(WEEKDAYS);
const FINITE_TAGS = new Set([
	'PastTense',
	'PresentTense',
	'Copula',
	'Modal',
	'Auxiliary',
	'Verb',
	'Infinitive'
]);
const YEAR_PREPS = new Set([
	'in',
	'since',
	'of',
	'from',
	'until',
	'by',
	'before',
	'after',
	'early',
	'late',
	'mid',
	'throughout',
	'during',
	'to',
	'and',
	'the',
	'year',
	'as'
]);
const MONTH_SET = new Set<string>(MONTHS);
const SCALE = new Map([
	['million', 1e6],
	['billion', 1e9],
	['trillion', 1e12],
	['bn', 1e9],
	['m', 1e6],
	['thousand', 1e3]
]);

const tokKey = (t: Token): string => (t.possessive ? `${t.text}'s` : t.text).replace(/’/g, "'");

function matchGazetteer(tokens: Token[], i: number) {
	const first = tokens[i];
	if (!first) return undefined;
	const list = GAZETTEER.get(first.text);
	if (!list) return undefined;
	for (const e of list) {
		const n = e.tokens.length;
		let ok = true;
		for (let j = 0; j < n && ok; j++) {
			const tok = tokens[i + j];
			if (!tok) ok = false;
			else if (j < n - 1)
				ok = tokKey(tok) === e.tokens[j] && tok.end <= (tokens[i + j + 1]?.start ?? Infinity);
			else ok = tok.text === e.tokens[j];
		}
		// "US" inside "US-based" or a capitalised word run ("New York" is not "York")
		if (ok) return { entry: e, end: i + n };
	}
	return undefined;
}

/** What only a company has, after its name's "'s": "Deutsche Boerse's supervisory board". */
const COMPANY_HAS = new Set([
	'board',
	'shareholders',
	'shares',
	'management',
	'executives',
	'employees',
	'auditor',
	'subsidiary',
	'takeover',
	'profits',
	'turnover'
]);

/** Words that open a sentence before an amount: "About 50,000 children…", "Some £14m went…". */
const OPENING_QUANTIFIERS = new Set([
	'about',
	'some',
	'around',
	'nearly',
	'almost',
	'only',
	'just',
	'over',
	'more',
	'fewer',
	'less',
	'roughly',
	'approximately'
]);

/** Is this token a word that starts a sentence (or a quotation) rather than a name? */
function isSentenceStart(tokens: Token[], i: number): boolean {
	for (let j = i - 1; j >= 0; j--) {
		const t = tokens[j];
		if (!t) break;
		if (t.word || /\d/.test(t.text)) return false;
		if (t.text === ':' || t.text === ',') return false;
	}
	return true;
}

function looksLikeNameWord(t: Token, atStart: boolean): boolean {
	if (!t.word || !t.cap) return false;
	if (t.text.length === 1 && t.text !== 'I') return false;
	if (NOT_NAMES.has(t.lower) || isContraction(t.lower)) return false;
	// "UK-based", "US-led": an adjective before a name, not part of it
	if (/^\p{Lu}[\p{L}.]*-(?:based|led|owned|born|backed|made|listed)$/u.test(t.text)) return false;
	if (atStart) {
		const tag = lexTag(t.lower);
		if (tag && isCommonWord(t.lower)) return false;
		if (/(?:ing|ed|ly)$/.test(t.lower) && !isPersonWord(t.lower)) return false;
	}
	return true;
}

function numberValue(text: string): number | undefined {
	const n = Number(text.replace(/[$£€,%]/g, ''));
	return Number.isFinite(n) ? n : undefined;
}

function sentenceMentions(text: string, tokens: Token[], sentence: number): RawMention[] {
	const out: RawMention[] = [];
	const n = tokens.length;
	let i = 0;
	const push = (
		from: number,
		to: number,
		kind: EntityKind,
		key: string,
		display: string,
		extra: Partial<RawMention> = {}
	) => {
		const a = tokens[from];
		const b = tokens[to - 1];
		if (!a || !b) return;
		const after = tokens[to];
		const nounTags = ['Singular', 'Plural', 'Noun', 'Actor', 'Uncountable', 'ProperNoun'];
		const attributive =
			kind !== 'person' &&
			!b.possessive &&
			after !== undefined &&
			after.word &&
			!after.cap &&
			after.start <= b.end + 1 &&
			(lexTag(after.lower) === undefined || nounTags.includes(lexTag(after.lower) ?? '')) &&
			!/(?:ed|ing|ly)$/.test(after.lower);
		// "U.S. President Donald Trump": a country before a role is an adjective too
		const beforeRole =
			kind !== 'person' && after !== undefined && after.cap && TITLE_HEADS.has(after.lower);
		out.push({
			attributive: attributive || beforeRole,
			sentence,
			start: a.start,
			end: b.end,
			text: text.slice(a.start, b.end),
			kind,
			demonym: false,
			possessive: b.possessive,
			token: from,
			tokenEnd: to,
			key,
			display,
			aliases: [display.toLowerCase(), text.slice(a.start, b.end).toLowerCase()],
			demonyms: [],
			curated: false,
			...extra
		});
	};
	while (i < n) {
		const t = tokens[i] as Token;
		// 1. curated phrases
		const g = matchGazetteer(tokens, i);
		if (g) {
			const prev = tokens[g.end];
			// Part of a longer capitalised name ("Russia Today", "New Zealand Herald"): leave it to the chunker.
			const glued =
				prev &&
				prev.cap &&
				prev.word &&
				!tokens[g.end - 1]?.possessive &&
				!g.entry.demonym &&
				g.entry.kind !== 'weekday' &&
				!WEEKDAY_SET.has(prev.text) &&
				!MONTH_SET.has(prev.text) &&
				!REPORTING_VERBS.has(prev.lower) &&
				!TITLE_WORDS.has(prev.lower);
			if (!glued) {
				push(i, g.end, g.entry.kind, g.entry.key, g.entry.display, {
					demonym: g.entry.demonym,
					aliases: g.entry.aliases,
					demonyms: g.entry.demonyms,
					curated: true
				});
				i = g.end;
				continue;
			}
		}
		// 2. weekdays and months
		if (WEEKDAY_SET.has(t.text)) {
			push(i, i + 1, 'weekday', `weekday:${t.text}`, t.text, { curated: true });
			i++;
			continue;
		}
		if (MONTH_SET.has(t.text)) {
			const next = tokens[i + 1];
			const prev = tokens[i - 1];
			const dated =
				(next && /^\d/.test(next.text)) ||
				(prev && /^\d{1,2}$/.test(prev.text)) ||
				(prev &&
					['in', 'since', 'until', 'of', 'last', 'next', 'early', 'late', 'mid', 'by'].includes(
						prev.lower
					));
			if (t.text !== 'May' || dated) {
				push(i, i + 1, 'month', `month:${t.text}`, t.text, { curated: true });
				i++;
				continue;
			}
		}
		// 3. numbers, money, percentages, years
		if (/^[$£€]?\d/.test(t.text)) {
			let end = i + 1;
			const cur = /^[$£€]/.test(t.text);
			const value = numberValue(t.text);
			let kind: EntityKind = 'number';
			const next = tokens[end];
			let scale = 1;
			if (
				next &&
				SCALE.has(next.lower) &&
				next.start === t.end + (next.lower.length <= 2 ? 0 : 1) &&
				// "£50m" is money; "100m" without a currency is a distance
				(cur || next.lower.length > 2)
			) {
				scale = SCALE.get(next.lower) ?? 1;
				end++;
			} else if (next && SCALE.has(next.lower) && next.lower.length > 2) {
				scale = SCALE.get(next.lower) ?? 1;
				end++;
			}
			const after = tokens[end];
			if (t.text.endsWith('%')) kind = 'percent';
			else if (after && after.lower === 'per' && tokens[end + 1]?.lower === 'cent') {
				kind = 'percent';
				end += 2;
			} else if (after && after.lower === 'percent') {
				kind = 'percent';
				end++;
			} else if (cur) kind = 'money';
			else if (/^(?:1[5-9]|20)\d\d$/.test(t.text) && scale === 1) {
				// "in 1948", "since 2001", "June 2009"; not "at about 1900 on Sundays" (a time)
				const before = tokens[i - 1];
				const dated =
					before &&
					(YEAR_PREPS.has(before.lower) || MONTH_SET.has(before.text) || before.text === ',');
				kind = dated ? 'year' : 'number';
			}
			// "12th", "20.13secs", "4x100m", "2001fetched": a number glued to letters is not clean
			const glued = tokens[end];
			const clean =
				!(
					glued &&
					glued.start === (tokens[end - 1] as Token).end &&
					/^[\p{L}\d/-]/u.test(glued.text)
				) &&
				!(
					i > 0 &&
					(tokens[i - 1] as Token).end === t.start &&
					/[\p{L}\d/-]$/u.test((tokens[i - 1] as Token).text)
				) &&
				// "11:53 p.m.", "2:06:23": a part of a clock or race time is no quantity
				!/^:\d/.test(text.slice(t.end)) &&
				!/\d:$/.test(text.slice(Math.max(0, t.start - 2), t.start)) &&
				// "2 hours, 39 minutes, 54 seconds": nor are the hours or the seconds of a time told
				// in parts ("3 hours" for a marathon, a second more or less), nor the months of
				// "50 years, 11 months" (never 12); its minutes stay
				!/^ (?:hours?|hrs?),? (?:and )?\d/.test(text.slice(t.end)) &&
				!/\d (?:minutes?|mins?|years?|months?),? (?:and )?$/.test(
					text.slice(Math.max(0, t.start - 16), t.start)
				);
			// "6 Music", "Channel 4": a number inside a name is not a quantity
			const nameAfter =
				tokens[end]?.cap && tokens[end]?.word && !MONTH_SET.has(tokens[end]?.text ?? '');
			// ("About 50,000 children", "Some £14m went…": a sentence's first word is no name)
			const nameBefore =
				i > 0 &&
				(tokens[i - 1] as Token).cap &&
				(tokens[i - 1] as Token).word &&
				!MONTH_SET.has((tokens[i - 1] as Token).text) &&
				!WEEKDAY_SET.has((tokens[i - 1] as Token).text) &&
				!(
					isSentenceStart(tokens, i - 1) && OPENING_QUANTIFIERS.has((tokens[i - 1] as Token).lower)
				);
			if (value !== undefined && clean && !nameAfter && !nameBefore) {
				const full = value * scale;
				const display = text.slice(t.start, (tokens[end - 1] as Token).end);
				push(i, end, kind, `${kind}:${display.toLowerCase()}`, display, { value: full });
			}
			i = end;
			continue;
		}
		// 3b. numbers in words: "two people", "one trillion calculations" (not "one of", "the two")
		const wordValue = NUMBER_WORDS.get(t.text);
		if (wordValue !== undefined) {
			const next = tokens[i + 1];
			const scaled =
				next && next.start === t.end + 1 && next.lower.length > 2 && SCALE.has(next.lower);
			const end = scaled ? i + 2 : i + 1;
			const after = tokens[end];
			const before = tokens[i - 1];
			const spaced = after !== undefined && after.start === (tokens[end - 1] as Token).end + 1;
			if (
				(wordValue > 1 || scaled) &&
				wordValue !== 100 &&
				spaced &&
				after.word &&
				!after.cap &&
				!(before && ['the', 'these', 'those', 'all', 'of', 'or', 'and'].includes(before.lower)) &&
				!(
					after.lower === 'of' ||
					after.lower === 'or' ||
					after.lower === 'and' ||
					after.lower === 'to'
				)
			) {
				const display = text.slice(t.start, (tokens[end - 1] as Token).end);
				const value = wordValue * (scaled ? (SCALE.get(next.lower) ?? 1) : 1);
				push(i, end, 'number', `number:${display.toLowerCase()}`, display, { value });
				i = end;
				continue;
			}
		}
		// 4. capitalised names
		const atStart = isSentenceStart(tokens, i);
		if (looksLikeNameWord(t, atStart) || initialStartsName(tokens, i)) {
			let end = i + 1;
			// bounded: a run of more than six title words is no title
			const allTitles = () =>
				end - i <= 6 &&
				tokens.slice(i, end).every((x) => TITLE_WORDS.has(x.lower) || EXTRA_TITLES.has(x.lower));
			while (end < n) {
				const prevTok = tokens[end - 1] as Token;
				if (prevTok.possessive) break;
				const u = tokens[end] as Token;
				if (u.start > prevTok.end + 1) break;
				// "J. Allard", "John F. Kennedy": an initial's dot stays inside the name
				if (
					u.text === '.' &&
					u.start === prevTok.end &&
					(initialStartsName(tokens, end - 1) || abbreviatedTitle(tokens, end - 1))
				) {
					end++;
					continue;
				}
				// "at GDC Mr Allard", "Texas Judge Ann Lee": an honorific or a title opens a new name
				if (u.cap && (NAME_BREAKERS.has(u.lower) || (titleRunAt(tokens, end) && !allTitles())))
					break;
				if (
					u.cap &&
					u.word &&
					!NOT_NAMES.has(u.lower) &&
					!WEEKDAY_SET.has(u.text) &&
					!MONTH_SET.has(u.text) &&
					!matchGazetteer(tokens, end)?.entry.demonym
				) {
					end++;
					continue;
				}
				const after = tokens[end + 1];
				// "Top of the Pops", "Lord of the Rings"
				const third = tokens[end + 2];
				if (
					u.text === 'of' &&
					after?.text === 'the' &&
					third &&
					third.cap &&
					third.word &&
					!NOT_NAMES.has(third.lower) &&
					!matchGazetteer(tokens, end + 2)
				) {
					end += 3;
					continue;
				}
				// "Research In Motion": a capital "In" between the words of one name
				if (
					u.text === 'In' &&
					after?.cap &&
					after.word &&
					!NOT_NAMES.has(after.lower) &&
					!matchGazetteer(tokens, end + 1)
				) {
					end += 2;
					continue;
				}
				const hasOf = tokens.slice(i, end).some((x) => x.text === 'of' || x.text === 'for');
				if (
					NAME_CONNECTORS.has(u.text) &&
					(u.text !== 'and' || hasOf) &&
					after &&
					after.cap &&
					after.word &&
					!NOT_NAMES.has(after.lower)
				) {
					end += 2;
					continue;
				}
				break;
			}
			classifyChunk(text, tokens, i, end, atStart, push);
			i = end;
			continue;
		}
		i++;
	}
	coordinate(out, tokens);
	return out;
}

/**
 * "John Smit, Cobus Visagie and Victor Matfield": a full name listed beside people is a person
 * too (two or three capitalised words, none a common word or a place or firm ending).
 */
function coordinate(out: RawMention[], tokens: Token[]): void {
	const fullName = (m: RawMention) => {
		if (m.kind !== 'name' || m.curated) return false;
		const parts = m.display.split(' ');
		const last = (parts[parts.length - 1] ?? '').toLowerCase();
		return (
			parts.length >= 2 &&
			parts.length <= 3 &&
			parts.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && (!isCommonWord(w) || isPersonWord(w))) &&
			!ORG_ENDINGS.has(last) &&
			!PLACE_ENDINGS.has(last) &&
			!isOrgWord(last) &&
			!isPlaceEnding(last)
		);
	};
	const listed = (a: RawMention, b: RawMention) => {
		if (b.token <= a.tokenEnd || a.possessive) return false;
		for (let k = a.tokenEnd; k < b.token; k++) {
			const t = tokens[k] as Token;
			if (t.text !== ',' && t.text !== 'and') return false;
		}
		return true;
	};
	const person = (m: RawMention) => m.kind === 'person' && m.display.includes(' ');
	const promote = (m: RawMention) => {
		m.kind = 'person';
		m.key = `person:${m.display}`;
	};
	for (let k = 1; k < out.length; k++) {
		const a = out[k - 1] as RawMention;
		const b = out[k] as RawMention;
		if (person(a) && fullName(b) && listed(a, b)) promote(b);
	}
	for (let k = out.length - 2; k >= 0; k--) {
		const a = out[k] as RawMention;
		const b = out[k + 1] as RawMention;
		if (person(b) && fullName(a) && listed(a, b)) promote(a);
	}
}

type Push = (
	from: number,
	to: number,
	kind: EntityKind,
	key: string,
	display: string,
	extra?: Partial<RawMention>
) => void;

function classifyChunk(
	text: string,
	tokens: Token[],
	from: number,
	to: number,
	atStart: boolean,
	push: Push
): void {
	let i = from;
	// Title words in front of the name: "President Vladimir Putin", "Mr Blair".
	let titled = false;
	let honorific = false;
	let honorificWord: string | undefined;
	const isTitleWord = (t: Token) => TITLE_WORDS.has(t.lower) || EXTRA_TITLES.has(t.lower);
	while (
		i < to - 1 &&
		(isTitleWord(tokens[i] as Token) ||
			((tokens[i] as Token).text === '.' && i > from && abbreviatedTitle(tokens, i - 1)))
	) {
		if (HONORIFICS.has((tokens[i] as Token).lower)) {
			honorific = true;
			honorificWord = (tokens[i] as Token).text;
		}
		i++;
	}
	const lastOfChunk = (tokens[to - 1] as Token).lower;
	// "General Motors" is a company, not General Motors the person
	const orgEnding = ORG_ENDINGS.has(lastOfChunk) || isOrgWord(lastOfChunk);
	const headBefore = tokens[tokens[i - 1]?.text === '.' ? i - 2 : i - 1] as Token | undefined;
	if (
		i > from &&
		headBefore &&
		(TITLE_HEADS.has(headBefore.lower) || EXTRA_TITLES.has(headBefore.lower)) &&
		!(orgEnding && !honorific)
	)
		titled = true;
	else {
		i = from;
		honorific = false;
		honorificWord = undefined;
	}
	// "Congressman Joe Crowley of New York and Representative…": a titled name ends at "of"/"and"
	if (titled || honorific) {
		let c = i;
		while (c < to && !(tokens[c] as Token).word) c++;
		for (; c < to; c++) {
			const t = tokens[c] as Token;
			if (t.word && !t.cap && ['of', 'and', 'for'].includes(t.lower)) break;
		}
		if (c < to && c > i) {
			classifyChunk(text, tokens, from, c, atStart, push);
			let start = c;
			for (let k = c; k <= to; k++) {
				const t = tokens[k];
				if (k === to || (t && t.word && !t.cap && ['of', 'and', 'for', 'the'].includes(t.lower))) {
					if (k > start) classifyChunk(text, tokens, start, k, false, push);
					start = k + 1;
				}
			}
			return;
		}
	}
	// the words of the name; an initial's dot ("J. Allard") is not a word
	const words = tokens.slice(i, to).filter((w) => w.word);
	// "Springboks John Smit", "… and Families Margaret Hodge": a full name after other capitals
	if (!titled && !honorific && words.length >= 3 && words.every((w) => w.cap)) {
		const k = words.findIndex((w, x) => x > 0 && isFirstName(w.lower));
		const rest = words.slice(k);
		const end = rest[rest.length - 1];
		if (
			k > 0 &&
			(rest.length === 2 || rest.length === 3) &&
			end &&
			!words.slice(0, k).some((w) => isFirstName(w.lower)) &&
			!ORG_ENDINGS.has(end.lower) &&
			!PLACE_ENDINGS.has(end.lower) &&
			!isOrgWord(end.lower) &&
			!isPlaceEnding(end.lower) &&
			!rest.slice(1).some((w) => isCommonWord(w.lower) && !isPersonWord(w.lower))
		) {
			let at = i;
			while (at < to && tokens[at] !== rest[0]) at++;
			classifyChunk(text, tokens, from, at, atStart, push);
			classifyChunk(text, tokens, at, to, false, push);
			return;
		}
	}
	// "Vice Chairman of North Korea": what follows the title is not a name
	if (words.length === 0 || !(words[0] as Token).cap) return;
	const last = words[words.length - 1] as Token;
	const name = text.slice((words[0] as Token).start, last.end);
	const lowerWords = words.map((w) => w.lower);
	// a title phrase may also start before the chunk: "North Korean leader", "Russia's defence minister"
	let titleStart: number | undefined;
	if (titled) titleStart = (tokens[from] as Token).start;
	{
		let j = (titled ? from : i) - 1;
		// "Mr. Allard said" at the start of a sentence
		if (tokens[j]?.text === '.' && j > 0 && abbreviatedTitle(tokens, j - 1)) j--;
		let k = j;
		// bounded look-back: a role phrase is a few words ("shadow home secretary")
		while (k >= 0 && k > j - 8 && TITLE_WORDS.has((tokens[k] as Token).lower)) k--;
		if (k < j && TITLE_HEADS.has((tokens[j] as Token).lower)) {
			titled = true;
			titleStart = (tokens[k + 1] as Token).start;
			j = k;
			const dem = tokens[j];
			if (dem && dem.cap && dem.word) {
				const g = matchGazetteer(tokens, j);
				if (g?.entry.kind === 'country') titleStart = dem.start;
			}
			// "North Korean": the demonym may be two tokens
			const dem2 = tokens[j - 1];
			if (dem2 && titleStart !== undefined && dem2.cap) {
				const g2 = matchGazetteer(tokens, j - 1);
				if (g2?.entry.demonym && g2.end === j + 1) titleStart = dem2.start;
			}
		}
	}
	if (titled && titleStart !== undefined) {
		// "Russian President", "North Korean leader", "Russia's defence minister"
		const at = tokens.findIndex((t) => t.start === titleStart);
		for (const back of [1, 2]) {
			const g = at - back >= 0 ? matchGazetteer(tokens, at - back) : undefined;
			if (g && g.end === at && g.entry.kind === 'country') {
				titleStart = (tokens[at - back] as Token).start;
				break;
			}
		}
	}
	let title =
		titled && titleStart !== undefined
			? text.slice(titleStart, (words[0] as Token).start).trim()
			: undefined;
	// "Mr Allard said" at the start of a sentence: "Mr" is an honorific, not a role
	if (
		title &&
		!honorific &&
		title.split(/\s+/).every((w) => HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')))
	) {
		honorific = true;
		honorificWord = title.replace(/\.$/, '');
		title = undefined;
	}
	const next = tokens[to];
	const next2 = tokens[to + 1];
	const reporting = next && REPORTING_VERBS.has(next.lower);
	let kind: EntityKind = 'name';
	const acronym = words.length === 1 && /^\p{Lu}{2,6}$/u.test(last.text);
	// "John F. Kennedy International Airport" is cut at the initial: not a usable name
	const initialCut = last.text.length === 1 && tokens[to]?.text === '.';
	const prevWord = tokens[from - 1]?.lower ?? '';
	// "in Houston"; not "at Tata" (a firm), "at Sotheby's", "in Spring"
	const afterPlacePrep =
		['in', 'near'].includes(prevWord) &&
		!last.possessive &&
		!isCommonWord(last.lower) &&
		// "in Aramaic", "in Danish": a language
		!/(?:ic|ish|ese)$/.test(last.lower);
	const cue = contextCue(tokens, from, to, words, atStart);
	// "The Leonard Cohen Story": a capital "The" inside a sentence opens a title
	const titleCase = tokens[from - 1]?.text === 'The' && !isSentenceStart(tokens, from - 1);
	let strong = false;
	let role: { title?: string; start: number } | undefined;
	if (initialCut || titleCase) kind = 'name';
	else if (titled || honorific) {
		kind = 'person';
		strong = true;
	} else if (next && next.lower === 'news' && next2?.lower === 'agency') kind = 'agency';
	else if (cue) {
		kind = cue.kind;
		strong = true;
		role = cue.role;
	}
	// "Chief Operating Officer of Sony": a role, not a body
	else if (isTitleWord(words[0] as Token) && lowerWords.includes('of')) kind = 'name';
	// "the Committee", "the Network": a generic body word alone names no one body
	else if (words.length === 1 && ORG_ENDINGS.has(last.lower) && !BODIES.has(last.lower))
		kind = 'name';
	else if (ORG_ENDINGS.has(last.lower) || (words.length > 1 && isOrgWord(last.lower)))
		kind = 'organisation';
	else if (words.length === 1 && lexTag(last.lower) === 'Organization') kind = 'organisation';
	else if (words.length > 1 && (PLACE_ENDINGS.has(last.lower) || isPlaceEnding(last.lower)))
		kind = 'place';
	// "the House", "the Park": an ending alone is no place
	else if (words.length === 1 && PLACE_ENDINGS.has(last.lower)) kind = 'name';
	else if (words.length === 1 && isCityWord(last.lower)) kind = 'city';
	else if (words.length === 1 && afterPlacePrep && !acronym) kind = 'place';
	else if (words.length === 1 && isPlaceWord(last.lower)) kind = 'place';
	else if (acronym) kind = 'name';
	else if (
		words.length <= 4 &&
		words.length >= 2 &&
		// "Jean-Michel Basquiat", "Anne-Marie Duff"
		isFirstNameLike(lowerWords[0] as string) &&
		// "U2's Joshua Tree": after a band's or a firm's possessive, a work, not a person
		!afterThingPossessive(tokens, from) &&
		// "Gordon Brown": a capitalised word after a first name is a surname even if "brown" is a word
		!words.slice(0, 1).some((w) => isCommonWord(w.lower) && !isPersonWord(w.lower))
	)
		kind = 'person';
	else if (
		words.length >= 2 &&
		words.length <= 4 &&
		reporting &&
		!words.some((w) => isCommonWord(w.lower))
	)
		kind = 'person';
	// a lone first name ("Chelsea", "Kim") is not enough: it becomes a person only by linking
	// to a full name seen before, or with a role or honorific
	else if (words.length === 1 && lexTag(last.lower) === 'Person' && !atStart) kind = 'person';
	else if (words.length === 1 && lexTag(last.lower) === 'LastName') kind = 'person';
	const key = `${kind === 'name' ? 'name' : kind}:${name}`;
	// "singer Tom Meighan": the role groups people for distractors, but unlike "President"
	// it does not name the person for a reader, so the mention gets no titleStart
	const roleTitle = role?.title && !title ? role.title : undefined;
	push(i, to, kind, key, name, {
		title: honorific ? undefined : (title ?? roleTitle),
		titleStart: title && !honorific ? titleStart : undefined,
		honorific: honorificWord,
		strong
	});
}

/** A first name, or a hyphenated one with a first name in it ("jean-michel"). */
const isFirstNameLike = (w: string): boolean => {
	if (isFirstName(w)) return true;
	if (!w.includes('-')) return false;
	const parts = w.split('-');
	// not "Rolls-Royce": no part is a plural, a verb or an adjective
	const plain = (x: string) =>
		!['Plural', 'PresentTense', 'PastTense', 'Verb', 'Adjective'].includes(lexTag(x) ?? '');
	return parts.every(plain) && parts.some((x) => x.length > 2 && isFirstName(x));
};

/** Single body words that do name one body in a news report ("Parliament", "the Commons"). */
const BODIES = new Set(['parliament', 'commons', 'senate', 'congress', 'police', 'army', 'navy']);

/** Right after a possessive of a name that is not a known country or person ("U2's …"). */
function afterThingPossessive(tokens: Token[], from: number): boolean {
	const p = tokens[from - 1];
	if (!p || !p.possessive || !p.cap) return false;
	if (isPersonWord(p.lower) || isPlaceWord(p.lower)) return false;
	// a country or demonym from the curated lists ("Britain's Tony Blair")
	for (let back = 1; back <= 4 && from - back >= 0; back++) {
		const g = matchGazetteer(tokens, from - back);
		if (g && g.end === from) return false;
	}
	// "Mr Blair's", "Tony Blair's": a person's possessive may be followed by anyone
	const pp = tokens[from - 2];
	if (pp && (HONORIFICS.has(pp.lower) || isFirstName(pp.lower))) return false;
	return /\d/.test(p.text) || !isCommonWord(p.lower);
}

const APPOSITION_STOPS = new Set([
	'of',
	'at',
	'for',
	'in',
	'on',
	'with',
	'who',
	'which',
	'that',
	'and',
	'or',
	'but',
	'is',
	'was',
	'has',
	'had',
	'will'
]);
const PLACE_PREPS = new Set([
	'in',
	'at',
	'on',
	'from',
	'to',
	'for',
	'by',
	'with',
	'near',
	'after',
	'before',
	'during',
	'into',
	'of'
]);

/**
 * What the words around a name say it is: a role noun before it ("midfielder Xabi Alonso"), an
 * initial ("J. Allard"), an apposition (", the 31-year-old" / ", the country's largest lender"),
 * a club or company word after it ("Liverpool manager", "Yukos shares"). Undefined when the
 * context says nothing.
 */
function contextCue(
	tokens: Token[],
	from: number,
	to: number,
	words: Token[],
	atStart: boolean
): { kind: EntityKind; role?: { title?: string; start: number } } | undefined {
	const first = words[0];
	const last = words[words.length - 1];
	if (!first || !last) return undefined;
	const n = words.length;
	const acronym = n === 1 && /^\p{Lu}{2,6}$/u.test(last.text);
	const ending =
		ORG_ENDINGS.has(last.lower) ||
		PLACE_ENDINGS.has(last.lower) ||
		(n > 1 && (isOrgWord(last.lower) || isPlaceEnding(last.lower)));
	const firstName = isFirstNameLike(first.lower);
	const commonInside = words.some((w) => isCommonWord(w.lower) && !isPersonWord(w.lower));
	const personShape =
		n <= 4 &&
		!acronym &&
		!ending &&
		(firstName || !commonInside || words.some((w) => isPersonWord(w.lower)));
	// "Austrian Jurgen Melzer": a nationality before a two- or three-word name
	const strictShape = n >= 2 && n <= 3 && !acronym && !ending && !commonInside;
	// an apposition closed by a comma or the end: ", the 31-year-old,", ", a mortgage firm."
	const appo = apposition(tokens, from, to);
	if (appo === 'thing') return { kind: 'name' };
	// ("GUS, the retail group,": an acronym too)
	if (appo === 'org' && !ending) return { kind: 'organisation' };
	// an apposition is strong enough for a full name with a common word in it ("Jean Lee")
	if (appo === 'person' && (personShape || (n >= 2 && n <= 4 && !acronym && !ending)))
		return { kind: 'person' };
	if (appo === 'who' && personShape && n >= 2 && !commonInside) return { kind: 'person' };
	// "midfielder Xabi Alonso", "fashion designer Gianni Versace"
	const p = tokens[from - 1];
	if (
		p &&
		p.word &&
		(ROLE_NOUNS.has(p.lower) || /-seeded$/.test(p.lower)) &&
		personShape &&
		p.end + 1 === first.start
	) {
		const adjective =
			['injured', 'veteran', 'newcomer', 'seed'].includes(p.lower) || /-seeded$/.test(p.lower);
		return { kind: 'person', role: adjective ? undefined : { title: p.text, start: p.start } };
	}
	// "oil company Rosneft", "gas monopoly Gazprom": a company's kind before its name
	if (
		p &&
		p.word &&
		!p.cap &&
		(ORG_HEADS.has(p.lower) || p.lower === 'monopoly') &&
		p.end + 1 === first.start &&
		n <= 3 &&
		!firstName &&
		!ending
	)
		return { kind: 'organisation' };
	if (strictShape && p?.cap) {
		const g1 = from >= 1 ? matchGazetteer(tokens, from - 1) : undefined;
		const g2 = from >= 2 ? matchGazetteer(tokens, from - 2) : undefined;
		if ((g1?.entry.demonym && g1.end === from) || (g2?.entry.demonym && g2.end === from))
			return { kind: 'person' };
	}
	// "Clark Boyd is technology correspondent for…"
	const verb = tokens[to];
	if (personShape && n >= 2 && verb && (verb.lower === 'is' || verb.lower === 'was')) {
		for (let k = to + 1; k < Math.min(tokens.length, to + 5); k++) {
			const t = tokens[k] as Token;
			if (!t.word || t.cap) break;
			if (IS_ROLE_NOUNS.has(t.lower)) return { kind: 'person' };
		}
	}
	// "J. Allard", "R. Sridharan said"; not a roster's "C Paterson (Scotland)" on its own
	let firstAt = from;
	while (firstAt < to && tokens[firstAt] !== first) firstAt++;
	const dotted = tokens[firstAt + 1]?.text === '.';
	const reports = REPORTING_VERBS.has(tokens[to]?.lower ?? '');
	if (
		n >= 2 &&
		n <= 4 &&
		isInitial(first) &&
		(dotted || reports) &&
		!isCommonWord(last.lower) &&
		!ending
	)
		return { kind: 'person' };
	// "Liverpool manager", "Yukos's chief executive", "shares in Yukos"
	const a = tokens[to];
	const b = tokens[to + 1];
	const close = a !== undefined && a.start - last.end <= (last.possessive ? 3 : 1);
	const orgAfter =
		close &&
		!a.cap &&
		(ORG_AFTER.has(a.lower) || (a.lower === 'chief' && b?.lower === 'executive'));
	const sharesIn =
		tokens[from - 1]?.lower === 'in' &&
		['shares', 'shareholder', 'shareholders', 'stake', 'investor', 'investors'].includes(
			tokens[from - 2]?.lower ?? ''
		);
	// "Deutsche Boerse's supervisory board", "Yukos's management": what a company has
	const owns =
		last.possessive &&
		tokens.slice(to, to + 2).some((t) => !t.cap && t.word && COMPANY_HAS.has(t.lower));
	if (
		(orgAfter || sharesIn || owns) &&
		n <= 4 &&
		!(firstName && n >= 2) &&
		!(atStart && n === 1 && isCommonWord(last.lower))
	)
		return { kind: 'organisation' };
	return undefined;
}

/** The head noun of an apposition after the name, if the apposition is closed. */
function apposition(
	tokens: Token[],
	from: number,
	to: number
): 'person' | 'org' | 'thing' | 'who' | undefined {
	if (tokens[to]?.text !== ',') return undefined;
	// "In Paris, the company said…": an opening adverbial is no apposition
	if (PLACE_PREPS.has(tokens[from - 1]?.lower ?? '')) return undefined;
	const a = tokens[to + 1];
	if (!a) return undefined;
	if (a.lower === 'who') return 'who';
	// ", 31, said"
	if (/^\d\d$/.test(a.text) && Number(a.text) >= 16 && tokens[to + 2]?.text === ',')
		return 'person';
	let head: string | undefined;
	let closed = false;
	for (let k = to + 1; k < Math.min(tokens.length, to + 10); k++) {
		const t = tokens[k] as Token;
		if (t.text === '-' || /^\d/.test(t.text)) continue;
		if (!t.word) {
			closed = t.text === ',' || t.text === '.' || t.text === ';';
			break;
		}
		if (APPOSITION_STOPS.has(t.lower) || REPORTING_VERBS.has(t.lower)) {
			// ", Sotheby's worldwide head of contemporary art"
			closed = t.lower === 'of' || t.lower === 'at';
			break;
		}
		head = t.lower;
		if (k === tokens.length - 1) closed = true;
	}
	if (!closed || !head) return undefined;
	if (PERSON_HEADS.has(head)) return 'person';
	if (ORG_HEADS.has(head)) return 'org';
	if (THING_HEADS.has(head)) return 'thing';
	return undefined;
}

/** Runs stage 1 over an article. */
export function analyse(article: Article): Analysis {
	const sentences: SentenceInfo[] = [];
	const raw: RawMention[] = [];
	article.sentences.forEach((sentence, index) => {
		const tokens = tokenize(sentence.text);
		const mentions = sentenceMentions(sentence.text, tokens, index);
		raw.push(...mentions);
		const firstWord = tokens.find((t) => t.word);
		sentences.push({
			index,
			sentence,
			text: sentence.text,
			tokens,
			mentions: [],
			words: wordCount(sentence.text),
			hasVerb: tokens.some(
				(t) =>
					t.word &&
					!t.cap &&
					(lexTags(t.lower).some((x) => FINITE_TAGS.has(x)) || /[a-z]ed$/.test(t.lower))
			),
			listLike:
				// (a bullet's item leans on the line that leads into the list: "- An extra £2.8bn for
				// the NHS" after "Other measures included:")
				/^[-•*–—] /.test(sentence.text) ||
				(sentence.text.match(/\(/g) ?? []).length >= 3 ||
				(sentence.text.match(/,/g) ?? []).length >= 6 ||
				(sentence.text.match(/[|\t]/g) ?? []).length >= 2,
			content: contentWords(sentence.text),
			pronounStart:
				firstWord !== undefined &&
				firstWord === tokens.find((t) => t.word || /\d/.test(t.text)) &&
				[
					'he',
					'she',
					'they',
					'it',
					'his',
					'her',
					'their',
					'its',
					'this',
					'these',
					'those',
					'we',
					'i'
				].includes(firstWord.lower)
		});
	});
	reconcile(raw);
	const entities = link(raw);
	for (const e of entities) {
		for (const m of e.mentions) sentences[m.sentence]?.mentions.push(m);
	}
	for (const s of sentences) s.mentions.sort((a, b) => a.start - b.start);
	resolvePronouns(sentences, entities);
	for (const e of entities) {
		if (e.kind !== 'person') continue;
		const g = pronounGender(sentences, e.id) ?? genderHint(sentences, entities, e.id);
		if (g) e.gender = g;
	}
	return {
		article,
		sentences,
		entities,
		wordCount: sentences.reduce((n, s) => n + s.words, 0)
	};
}

/** Ties raw mentions to entities: same key, or a person's short name ("Kim", "Shoigu", "Mr Blair"). */
function link(raw: RawMention[]): Entity[] {
	const entities: Entity[] = [];
	const byKey = new Map<string, Entity>();
	const ensure = (m: RawMention, kind: EntityKind, key: string, display: string): Entity => {
		let e = byKey.get(key);
		if (!e) {
			e = {
				id: entities.length,
				kind,
				display,
				aliases: new Set(),
				demonyms: new Set(m.demonyms),
				mentions: [],
				sentences: new Set(),
				curated: m.curated,
				value: m.value
			};
			entities.push(e);
			byKey.set(key, e);
		}
		return e;
	};
	const add = (e: Entity, m: RawMention) => {
		for (const a of m.aliases) e.aliases.add(a);
		for (const d of m.demonyms) e.demonyms.add(d);
		if (m.title && !e.title) e.title = m.title;
		if (m.honorific && !e.honorific) e.honorific = m.honorific;
		e.sentences.add(m.sentence);
		e.mentions.push({
			entity: e.id,
			sentence: m.sentence,
			start: m.start,
			end: m.end,
			text: m.text,
			kind: e.kind,
			demonym: m.demonym,
			possessive: m.possessive,
			attributive: m.attributive,
			titleStart: m.titleStart,
			token: m.token,
			tokenEnd: m.tokenEnd
		});
	};
	// Multi-word people first, so short forms can find them.
	const people = raw.filter((m) => m.kind === 'person' && m.display.includes(' '));
	const byLast = new Map<string, Entity[]>();
	const variants = new Map<string, Entity>();
	for (const m of people) {
		const e =
			samePerson(m, byLast, variants) ?? ensure(m, 'person', `person:${m.display}`, m.display);
		add(e, m);
		const parts = e.display.split(' ');
		const lastWord = parts[parts.length - 1] as string;
		const list = byLast.get(lastWord) ?? [];
		if (!list.includes(e)) list.push(e);
		byLast.set(lastWord, list);
		for (let k = 0; k < parts.length; k++) {
			const pattern = parts.map((w, x) => (x === k ? '*' : w)).join(' ');
			if (!variants.has(pattern)) variants.set(pattern, e);
		}
	}
	// News names a person in full first, then by one name: "Kim" after "Kim Jong Un". A single
	// name seen before the full one ("Kasabian" the band, then "Linda Kasabian") is not linked.
	// a single name used before its namesake's full name is someone else, everywhere
	const firstSingle = new Map<string, number>();
	for (const m of raw) {
		if (!m.display.includes(' ') && !firstSingle.has(m.display))
			firstSingle.set(m.display, m.sentence);
	}
	// people by each word of their name: a lookup per mention, not a scan of every entity
	const byWord = new Map<string, Entity[]>();
	const register = (e: Entity) => {
		if (e.kind !== 'person') return;
		for (const w of new Set(e.display.split(' '))) {
			const list = byWord.get(w) ?? [];
			list.push(e);
			byWord.set(w, list);
		}
	};
	for (const e of entities) register(e);
	const partOf = (word: string, sentence: number): Entity[] =>
		(byWord.get(word) ?? []).filter(
			(e) =>
				e.kind === 'person' &&
				(e.mentions[0]?.sentence ?? Infinity) <= sentence &&
				(e.mentions[0]?.sentence ?? Infinity) <= (firstSingle.get(word) ?? Infinity)
		);
	// "Deportivo" after "Deportivo La Coruna", "Cairn" after "Cairn Energy": a firm's short name
	const byFirstWord = new Map<string, Entity[]>();
	for (const m of raw) {
		if (m.kind === 'person' && m.display.includes(' ')) continue;
		if ((m.kind === 'person' || m.kind === 'name') && !m.display.includes(' ')) {
			const owners = partOf(m.display, m.sentence);
			if (owners.length === 1) {
				add(owners[0] as Entity, m);
				continue;
			}
		}
		// a roster's "C Paterson" after "Chris Paterson"
		if (m.kind === 'name' && /^\p{Lu}\.? \S+$/u.test(m.display)) {
			const owner = samePerson(m, byLast, variants);
			if (owner) {
				add(owner, m);
				continue;
			}
		}
		// "LSE" after "London Stock Exchange": the initials of one body named before
		if (
			(m.kind === 'organisation' || m.kind === 'name') &&
			!m.curated &&
			/^\p{Lu}{2,6}$/u.test(m.display)
		) {
			const owners = entities.filter(
				(e) =>
					(e.kind === 'organisation' || e.kind === 'name') &&
					!e.curated &&
					e.mentions.length > 0 &&
					initialsOf(e.display) === m.display
			);
			const owner = owners[0];
			if (owners.length === 1 && owner) {
				if (m.kind === 'organisation') owner.kind = 'organisation';
				add(owner, m);
				continue;
			}
		}
		if (
			(m.kind === 'organisation' || (m.kind === 'name' && !m.attributive)) &&
			!m.curated &&
			!m.display.includes(' ')
		) {
			const owners = (byFirstWord.get(m.display) ?? []).filter(
				(e) =>
					(e.mentions[0]?.sentence ?? Infinity) <= (firstSingle.get(m.display) ?? Infinity) &&
					(e.kind === 'organisation' || e.kind === 'name')
			);
			const owner = owners[0];
			if (owners.length === 1 && owner) {
				if (m.kind === 'organisation') owner.kind = 'organisation';
				add(owner, m);
				continue;
			}
		}
		// "Apple Computer Inc" beside "Apple Inc": one company, named with and without the
		// words of a company's legal form
		if ((m.kind === 'organisation' || m.kind === 'name') && !m.curated && m.display.includes(' ')) {
			const core = companyCore(m.display);
			const owners = (byFirstWord.get(m.display.split(' ')[0] as string) ?? []).filter(
				(e) => e.display !== m.display && companyCore(e.display) === core
			);
			const owner = owners[0];
			if (owners.length === 1 && owner && core !== m.display) {
				if (m.kind === 'organisation') owner.kind = 'organisation';
				add(owner, m);
				continue;
			}
		}
		const e = ensure(m, m.kind, m.key, m.display);
		if (e.mentions.length === 0) register(e);
		add(e, m);
		if (!m.curated && (e.kind === 'organisation' || e.kind === 'name') && e.display.includes(' ')) {
			const w = e.display.split(' ')[0] as string;
			const list = byFirstWord.get(w) ?? [];
			if (!list.includes(e)) list.push(e);
			byFirstWord.set(w, list);
		}
	}
	// Demonym-only countries keep a display; entities get mentions in document order.
	for (const e of entities) {
		e.mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
		for (const m of e.mentions) m.kind = e.kind;
	}
	return entities;
}

/** Words of a company's legal form, and "Computer" of "Apple Computer Inc". */
const LEGAL_FORM =
	/^(?:Inc|Inc\.|Incorporated|Corp|Corp\.|Corporation|Co|Co\.|Company|Ltd|Limited|plc|PLC|LLC|AG|SA|NV|Group|Holdings|Computer|Computers)$/;
/** "Apple Computer Inc" → "Apple"; a name without such words stays as it is. */
function companyCore(name: string): string {
	const words = name.split(' ');
	const core = words.filter((w) => !LEGAL_FORM.test(w));
	return core.length > 0 && core.length < words.length ? core.join(' ') : name;
}

/** "London Stock Exchange" → "LSE", "Office of Federal Housing Enterprise Oversight" → "OFHEO". */
function initialsOf(name: string): string {
	const words = name.split(/\s+/).filter((w) => !/^(?:of|and|the|for|&)$/i.test(w));
	if (words.length < 2) return '';
	return words.map((w) => w.charAt(0)).join('');
}

/**
 * The person a multi-word name already stands for: "C Paterson" after "Chris Paterson" (an
 * initial), "Kim Young Chol" after "Kim Yong Chol" (one word spelt one letter differently, the
 * others the same).
 */
function samePerson(
	m: RawMention,
	byLast: Map<string, Entity[]>,
	variants: Map<string, Entity>
): Entity | undefined {
	const parts = m.display.split(' ');
	const lastWord = parts[parts.length - 1] as string;
	const initial = /^(\p{Lu})\.?$/u.exec(parts[0] ?? '');
	if (initial && parts.length === 2) {
		const owners = (byLast.get(lastWord) ?? []).filter((e) => {
			const first = e.display.split(' ')[0] ?? '';
			return first.length > 2 && first.startsWith(initial[1] as string);
		});
		return owners.length === 1 ? owners[0] : undefined;
	}
	for (let k = 0; k < parts.length; k++) {
		const pattern = parts.map((w, x) => (x === k ? '*' : w)).join(' ');
		const e = variants.get(pattern);
		if (!e || e.display === m.display) continue;
		const mine = parts[k] as string;
		const theirs = e.display.split(' ')[k] ?? '';
		// "Tim Howard" and "Tom Howard" may be two people: only long words, or three-word names
		const safe = parts.length >= 3 || Math.min(mine.length, theirs.length) >= 6;
		if (safe && mine.length >= 3 && editDistance(mine.toLowerCase(), theirs.toLowerCase()) <= 1)
			return e;
	}
	return undefined;
}

/**
 * One kind per name across the article: "Liverpool manager" makes every "Liverpool" a club;
 * "blogger Morquendi" makes every "Morquendi" a person; names the dictionary guesses
 * differently in different sentences ("at Arsenal", "Arsenal said") and no context settles
 * stay plain names. Linear: one map from display to mentions.
 */
function reconcile(raw: RawMention[]): void {
	const groups = new Map<string, RawMention[]>();
	const open = new Set<EntityKind>(['person', 'name', 'place', 'city', 'organisation']);
	for (const m of raw) {
		if (m.curated || !open.has(m.kind)) continue;
		const g = groups.get(m.display);
		if (g) g.push(m);
		else groups.set(m.display, [m]);
	}
	const set = (m: RawMention, kind: EntityKind) => {
		m.kind = kind;
		m.key = `${kind}:${m.display}`;
	};
	// "Ramdhan Yadav Kotamaraja" … "Mr Kotamaraja": a full name whose surname is a person
	const surnames = new Set<string>();
	for (const m of raw) {
		if (m.kind === 'person' && m.strong && !m.display.includes(' ')) surnames.add(m.display);
	}
	for (const m of raw) {
		if (m.kind !== 'name' || m.curated || !m.display.includes(' ')) continue;
		const parts = m.display.split(' ');
		if (
			parts.length <= 4 &&
			surnames.has(parts[parts.length - 1] as string) &&
			parts.every((w) => /^\p{Lu}/u.test(w) && (!isCommonWord(w) || isPersonWord(w)))
		)
			set(m, 'person');
	}
	for (const g of groups.values()) {
		if (g.length < 2) continue;
		const person = g.some((m) => m.kind === 'person' && m.strong);
		const org = g.some((m) => m.kind === 'organisation' && m.strong);
		if (org && !person) for (const m of g) set(m, 'organisation');
		else if (person && !org) {
			// single names become people; other forms are left to linking
			for (const m of g) if (m.kind !== 'person') set(m, 'person');
		} else if (!person && !org) {
			const kinds = new Set(g.map((m) => (m.kind === 'city' ? 'place' : m.kind)));
			kinds.delete('name');
			if (kinds.size > 1) for (const m of g) set(m, 'name');
			// "Kasabian's Tom Meighan" (left plain) and "Tom Meighan said": one person
			else if (kinds.has('person') && g[0]?.display.includes(' '))
				for (const m of g) set(m, 'person');
			else if (kinds.has('place') && g.some((m) => m.kind === 'city'))
				for (const m of g) if (m.kind === 'place') set(m, 'city');
		}
	}
}

/**
 * Does sentence `s` stand inside a quotation that an earlier sentence of its paragraph opened
 * and did not close? The last quotation mark before it decides: an opening one (after a space,
 * a colon or the paragraph's start) leaves the quotation open.
 */
export function insideQuotation(sentences: SentenceInfo[], s: SentenceInfo): boolean {
	let before = '';
	for (let i = s.index - 1; i >= 0; i--) {
		const p = sentences[i];
		if (!p || p.sentence.paragraph !== s.sentence.paragraph) break;
		before = `${p.text} ${before}`;
	}
	const at = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'), before.lastIndexOf('”'));
	if (at === -1) return false;
	const mark = before.charAt(at);
	if (mark === '”') return false;
	if (mark === '“') return true;
	return at === 0 || /[\s:([—–-]/u.test(before.charAt(at - 1));
}

/** "He visited Pyongyang…": the single person of the sentence before, if there is exactly one. */
function resolvePronouns(sentences: SentenceInfo[], entities: Entity[]): void {
	for (const s of sentences) {
		if (!s.pronounStart) continue;
		// ""She was being swept away," Morquendi's message read": a quotation's "she" is not
		// the person the sentence before names
		if (/^["“‘]/u.test(s.text.trimStart())) continue;
		// `Pires said: "He has been at Arsenal for ever. He is…`: nor one inside a quotation
		// opened in a sentence before
		if (insideQuotation(sentences, s)) continue;
		const first = s.tokens.find((t) => t.word);
		if (!first || !['he', 'she', 'his', 'her'].includes(first.lower)) continue;
		const prev = sentences[s.index - 1];
		if (!prev) continue;
		// "She rose quickly under Helmut Kohl. She became leader…": the pronoun goes on with the
		// sentence before's own subject, not the person that sentence names
		const before = prev.tokens.find((t) => t.word)?.lower;
		if (prev.pronounStart && before && pronounSex(before) === pronounSex(first.lower)) {
			if (prev.antecedent !== undefined) s.antecedent = prev.antecedent;
			continue;
		}
		// "Earlier this year, he survived a struggle with Ferdinand Piëch… His contract…": a
		// he (or she) of the sentence before, not its named person, may be the one meant
		const pronoun = pronounSex(first.lower);
		if (prev.tokens.some((t) => pronounSex(t.lower) === pronoun)) continue;
		const people = new Set(
			prev.mentions.filter((m) => entities[m.entity]?.kind === 'person').map((m) => m.entity)
		);
		const [only] = people;
		// "…an American man, John Yettaw, swam… Her release came…": her is not him
		const other = pronoun === 'm' ? 'f' : 'm';
		if (people.size === 1 && only !== undefined && genderHint(sentences, entities, only) !== other)
			s.antecedent = only;
	}
}

const HE_WORDS = new Set(['he', 'his', 'him', 'himself']);
const SHE_WORDS = new Set(['she', 'her', 'hers', 'herself']);

/** Whose pronoun a word is: "he", "his", "him" a man's; "she", "her" a woman's. */
const pronounSex = (w: string): 'm' | 'f' | undefined =>
	HE_WORDS.has(w) ? 'm' : SHE_WORDS.has(w) ? 'f' : undefined;

/** "She said…" resolved to someone: the pronoun tells. */
function pronounGender(sentences: SentenceInfo[], id: number): 'm' | 'f' | undefined {
	for (const s of sentences) {
		if (s.antecedent !== id) continue;
		const sex = pronounSex(s.tokens.find((t) => t.word)?.lower ?? '');
		if (sex) return sex;
	}
	return undefined;
}

/**
 * What the article tells of a person's sex, if anything: an honorific ("Mr", "Ms"), a first
 * name the lexicon knows ("John", "Irene"), or "man"/"woman" right before the name ("an
 * American man, John Yettaw").
 */
function genderHint(
	sentences: SentenceInfo[],
	entities: Entity[],
	id: number
): 'm' | 'f' | undefined {
	const e = entities[id];
	if (!e) return undefined;
	const honorific = e.honorific?.toLowerCase().replace(/\.$/, '') ?? '';
	if (MALE_TITLES.has(honorific)) return 'm';
	if (FEMALE_TITLES.has(honorific)) return 'f';
	for (const m of e.mentions) {
		const before = sentences[m.sentence]?.text.slice(0, m.start) ?? '';
		if (/\b(?:man|boy|father|son|husband|brother)[,\s]+$/i.test(before)) return 'm';
		if (/\b(?:woman|girl|mother|daughter|wife|sister)[,\s]+$/i.test(before)) return 'f';
	}
	// a first name the lexicon knows, in a name of two words ("John Yettaw"; not "Kim Jong Un",
	// whose "Kim" is no first name)
	const words = e.display.split(' ');
	const tag = words.length === 2 ? lexTag(words[0]?.toLowerCase() ?? '') : undefined;
	if (tag === 'MaleName') return 'm';
	if (tag === 'FemaleName') return 'f';
	return undefined;
}
