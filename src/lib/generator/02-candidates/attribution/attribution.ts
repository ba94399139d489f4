/**
 * Attribution: who said or reported something.
 *
 * - Direct quotations: `"We started well," Benitez said.`, `"…," said Mr Allard.`,
 *   `Benitez said: "We started well.` → `Who said: "We started well"?`
 * - Reported speech: `<clause>, Sergei Shoigu told Russian media.`, `<clause>, said Mr Allard.`,
 *   `Tony Blair said (that) <clause>.` → "According to the article, who told Russian media that
 *   Moscow is discussing joint military exercises with North Korea?"
 *
 * Only where the speaker is a named person or organisation right next to the reporting verb,
 * and the quoted or reported words stand alone (no he/it/this pointing outside them).
 */
import type { Analysis, Entity, Mention, SentenceInfo } from '../../01-analysis/types';
import { REPORTING_VERBS } from '../../model/words';
import { quotesBalanced, squash, upperFirst, type Token } from '../../util/text';
import { clauseStart, keyedBy, wordsOf } from '../stem-tools';
import type { Candidate, CandidateMaker } from '../types';
import { standsAlone } from './stand-alone';

const SPEAKER_KINDS = new Set(['person', 'agency', 'organisation']);
/** Verbs that introduce a quotation besides the reporting verbs. */
const QUOTE_VERBS = new Set([
	...REPORTING_VERBS,
	'admitted',
	'admits',
	'conceded',
	'concedes',
	'recalled',
	'stressed',
	'explains',
	'insists',
	'warns',
	'claims',
	'argues',
	'continued'
]);
/** Reporting verbs that say no more than "said": a stem uses "said" instead. */
const PLAIN = new Set([
	'said',
	'says',
	'added',
	'adds',
	'stated',
	'explained',
	'explains',
	'noted',
	'continued',
	'admitted',
	'admits',
	'conceded',
	'concedes',
	'recalled',
	'stressed'
]);
/** Verbs that report speech without "that" only when followed by a clause (not "warned of"). */
const SAY_NO_THAT = new Set(['said', 'says', 'told', 'tells', 'added', 'adds']);
/** Words that open a clause as its subject: "added it was…", "added there would be…". */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this']);
const CONNECTIVES = new Set(['and', 'but', 'however', 'meanwhile', 'later', 'also', 'yet']);
const AUX = new Set(['has', 'had', 'have']);
/** Words that join clauses: never part of a speaker's description. */
const LINKS = new Set([
	'and',
	'but',
	'or',
	'who',
	'which',
	'that',
	'while',
	'as',
	'when',
	'after',
	// "critics in Congress said": the speaker is not Congress
	'in',
	'of',
	'at',
	'from',
	'for',
	'with',
	'by',
	'on',
	'among'
]);
/** Wire services that report stories rather than make news: never a key. */
const WIRE_SERVICES =
	/^(?:the )?(?:reuters|associated press|ap|afp|agence france-presse|bbc|voa)\b/i;
const QUOTE_MARK = /^["“”]$/;
const MAX_QUOTE_WORDS = 28;

function questionWord(kind: string): string {
	if (kind === 'agency') return 'which news agency';
	if (kind === 'organisation') return 'which organisation';
	return 'who';
}

const isWordLike = (t: Token | undefined) => !!t && (t.word || /\d/.test(t.text));

/** Start offset of the speaker with any role words in front ("Tigers coach John Wells"). */
function speakerStart(s: SentenceInfo, m: Mention): number {
	return Math.min(m.titleStart ?? m.start, m.start);
}

/** The speaker entity of a mention, when it can be a key. */
function speakerEntity(an: Analysis, m: Mention | undefined): Entity | undefined {
	if (!m || m.demonym || m.possessive) return undefined;
	const e = an.entities[m.entity];
	// "BBC spokeswoman said": the speaker is the spokeswoman (but "RIA news agency said" is RIA)
	if (m.attributive && e?.kind !== 'agency') return undefined;
	if (!e || !SPEAKER_KINDS.has(e.kind)) return undefined;
	const source = an.article.source.toLowerCase();
	if (
		WIRE_SERVICES.test(e.display) ||
		(e.display.length > 2 && source.includes(e.display.toLowerCase()))
	)
		return undefined;
	return e;
}

/**
 * The speaker of the verb at token `end`: the mention right before it ("John Wells told"), with
 * "has" between ("Michael Howard has claimed"), or before a short description in commas
 * ("Tony Hunter, the organisation's president, said", "Armando Falcon, OFHEO director said").
 */
function mentionEndingAt(an: Analysis, s: SentenceInfo, end: number): Mention | undefined {
	let at = AUX.has(s.tokens[end - 1]?.lower ?? '') ? end - 1 : end;
	// "Russia's RIA news agency reported"
	if (s.tokens[at - 2]?.lower === 'news' && s.tokens[at - 1]?.lower === 'agency') at -= 2;
	const direct = s.mentions.find((m) => m.tokenEnd === at);
	if (direct) return direct;
	const descEnd = s.tokens[at - 1]?.text === ',' ? at - 1 : at;
	for (let j = descEnd - 1; j >= Math.max(0, descEnd - 8); j--) {
		if (s.tokens[j]?.text !== ',') continue;
		const m = s.mentions.find((x) => x.tokenEnd === j);
		const from = s.tokens[j + 1];
		const to = s.tokens[descEnd - 1];
		if (!m || !from || !to || an.entities[m.entity]?.kind !== 'person') return undefined;
		return shortDescription(an, s, from.start, to.end) ? m : undefined;
	}
	return undefined;
}

/**
 * Tokens between `from` and `to` (offsets) are a short description of the speaker ("Tigers
 * coach", "WRU general manager"): at most five words, no comma, no other person.
 */
function shortDescription(an: Analysis, s: SentenceInfo, from: number, to: number): boolean {
	const between = s.tokens.filter((t) => t.start >= from && t.end <= to);
	if (between.some((t) => t.text === ',' || QUOTE_MARK.test(t.text) || LINKS.has(t.lower)))
		return false;
	if (between.filter((t) => t.word).length > 5) return false;
	return !s.mentions.some(
		(m) => m.start >= from && m.end <= to && an.entities[m.entity]?.kind === 'person'
	);
}

/** "said", "told Russian media" (the object of "told": one to four words). */
function verbPhrase(s: SentenceInfo, v: number, objectEnd: number): string {
	const verb = s.tokens[v] as Token;
	if (PLAIN.has(verb.lower)) return 'said';
	if (verb.lower === 'tells' || verb.lower === 'told') {
		const obj = s.tokens.slice(v + 1, objectEnd);
		if (obj.length === 0 || obj.length > 4 || !obj.every((t) => t.word || t.text === '.'))
			return '';
		return `told ${obj.map((t) => t.text).join(' ')}`;
	}
	const past: Record<string, string> = {
		reports: 'reported',
		warns: 'warned',
		insists: 'insisted',
		claims: 'claimed',
		argues: 'argued'
	};
	return past[verb.lower] ?? verb.lower;
}

/** The quotation's first sentence: tokens up to a full stop followed by a capital. */
function firstSentence(tokens: Token[]): Token[] | undefined {
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		if (/^[.!?]$/.test(t.text)) {
			if (t.text !== '.') return undefined; // a question or an exclamation: not a stem
			const next = tokens[i + 1];
			if (!next || next.cap) return tokens.slice(0, i);
		}
	}
	return tokens;
}

interface Quote {
	tokens: Token[];
	text: string;
}

/** The quotation from token `from` to token `to` (exclusive), trimmed to a stand-alone sentence. */
function quoteAt(
	an: Analysis,
	s: SentenceInfo,
	from: number,
	to: number,
	speakerKind: string
): Quote | undefined {
	let tokens = s.tokens.slice(from, to);
	// "But we knew…": a link to the words before
	while (tokens[0] && CONNECTIVES.has(tokens[0].lower) && tokens[0].cap) tokens = tokens.slice(1);
	const cut = firstSentence(tokens);
	if (!cut) return undefined;
	tokens = cut;
	while (tokens.length > 0 && /^[,;:.\-–—]$/.test((tokens[tokens.length - 1] as Token).text))
		tokens = tokens.slice(0, -1);
	const first = tokens[0];
	const last = tokens[tokens.length - 1];
	if (!first || !last || !first.cap) return undefined;
	const words = tokens.filter((t) => t.word).length;
	if (words < 4 || words > MAX_QUOTE_WORDS) return undefined;
	if (tokens.some((t) => QUOTE_MARK.test(t.text) || t.text === "'" || t.text === '‘'))
		return undefined;
	const opts = { firstPerson: true, itIsSpeaker: speakerKind !== 'person' };
	if (!standsAlone(an, s, tokens, opts)) return undefined;
	const text = upperFirst(squash(s.text.slice(first.start, last.end)));
	return { tokens, text };
}

interface Found {
	speaker: Mention;
	entity: Entity;
	verb: string;
	quote: Quote;
}

/** `"…," Benitez said.` / `"…," said Mr Allard.` / `"…," Tigers coach John Wells told X.` */
function quoteFirst(an: Analysis, s: SentenceInfo): Found | undefined {
	let open = s.tokens.findIndex((t) => t.word || QUOTE_MARK.test(t.text));
	if (open === -1) return undefined;
	if (
		CONNECTIVES.has(s.tokens[open]?.lower ?? '') &&
		QUOTE_MARK.test(s.tokens[open + 1]?.text ?? '')
	)
		open++;
	if (!QUOTE_MARK.test(s.tokens[open]?.text ?? '')) return undefined;
	// the closing mark right after a comma: ‘"…," he said’
	const close = s.tokens.findIndex(
		(t, i) => i > open + 1 && QUOTE_MARK.test(t.text) && s.tokens[i - 1]?.text === ','
	);
	if (close === -1) return undefined;
	const after = s.tokens[close + 1];
	if (!after) return undefined;
	let speaker: Mention | undefined;
	let v = -1;
	if (QUOTE_VERBS.has(after.lower)) {
		// ‘"…," said WRU general manager Steve Lewis.’
		v = close + 1;
		speaker = s.mentions.find(
			(m) =>
				m.token > v &&
				SPEAKER_KINDS.has(an.entities[m.entity]?.kind ?? '') &&
				shortDescription(an, s, (s.tokens[v] as Token).end, speakerStart(s, m))
		);
		// the speaker ends the sentence or is followed by a comma (", vice president of…")
		const next = speaker ? s.tokens[speaker.tokenEnd] : undefined;
		if (speaker && next && next.text !== ',' && next.text !== '.') return undefined;
	} else {
		// ‘"…," Tigers coach John Wells told BBC Radio Leicester.’
		for (let k = close + 1; k < Math.min(s.tokens.length, close + 10); k++) {
			if (!QUOTE_VERBS.has(s.tokens[k]?.lower ?? '')) continue;
			const m = mentionEndingAt(an, s, k);
			if (m && shortDescription(an, s, after.start, speakerStart(s, m))) {
				speaker = m;
				v = k;
			}
			break;
		}
	}
	const entity = speakerEntity(an, speaker);
	if (!speaker || !entity) return undefined;
	const verbTok = s.tokens[v] as Token;
	// the object of "told" runs to the next comma, "on Tuesday" or the end
	let objectEnd = v + 1;
	if (verbTok.lower === 'told' || verbTok.lower === 'tells') {
		while (
			objectEnd < s.tokens.length &&
			isWordLike(s.tokens[objectEnd]) &&
			!['on', 'in', 'at', 'after', 'before', 'during', 'following', 'as'].includes(
				s.tokens[objectEnd]?.lower ?? ''
			)
		)
			objectEnd++;
	}
	const verb = verbPhrase(s, v, objectEnd);
	if (!verb) return undefined;
	const quote = quoteAt(an, s, open + 1, close, entity.kind);
	return quote && { speaker, entity, verb, quote };
}

/** The words before the speaker are nothing, a connective or a clause ending with a comma. */
function openingBefore(an: Analysis, s: SentenceInfo, at: number): boolean {
	const before = s.tokens.filter((t) => t.end <= at);
	if (before.length === 0) return true;
	const words = before.filter((t) => t.word);
	if (words.length === 1 && CONNECTIVES.has((words[0] as Token).lower)) return true;
	// "But Liberal Democrat leader Charles Kennedy told…": a description of the speaker
	const first = words[0];
	const from = first && CONNECTIVES.has(first.lower) ? words[1] : first;
	if (first && from && before[0] === first && shortDescription(an, s, from.start, at)) return true;
	const last = before[before.length - 1] as Token;
	const prev = before[before.length - 2];
	return last.lower === 'and' && prev?.text === ',';
}

/** `Benitez said: "We started at a very high tempo…` (the quotation may run on). */
function colonQuote(an: Analysis, s: SentenceInfo): Found | undefined {
	for (const { speaker, entity, verb, colon } of colonSpeakers(an, s)) {
		let close = s.tokens.findIndex((t, i) => i > colon + 1 && QUOTE_MARK.test(t.text));
		if (close === -1) close = s.tokens.length;
		const quote = quoteAt(an, s, colon + 2, close, entity.kind);
		if (quote) return { speaker, entity, verb, quote };
	}
	return undefined;
}

/** Every `<speaker> <verb>: "` of the sentence, with the colon's token index. */
function* colonSpeakers(an: Analysis, s: SentenceInfo) {
	for (let v = 1; v < s.tokens.length; v++) {
		const verbTok = s.tokens[v] as Token;
		if (!QUOTE_VERBS.has(verbTok.lower)) continue;
		let colon = v + 1;
		while (colon < s.tokens.length && colon - v <= 5 && isWordLike(s.tokens[colon])) colon++;
		if (s.tokens[colon]?.text !== ':' || !QUOTE_MARK.test(s.tokens[colon + 1]?.text ?? ''))
			continue;
		const speaker = mentionEndingAt(an, s, v);
		const entity = speakerEntity(an, speaker);
		if (!speaker || !entity || !openingBefore(an, s, speakerStart(s, speaker))) continue;
		const verb = verbPhrase(s, v, colon);
		if (verb) yield { speaker, entity, verb, colon };
	}
}

function directCandidate(an: Analysis, s: SentenceInfo, maxWords: number): Candidate | undefined {
	const found = quoteFirst(an, s) ?? colonQuote(an, s);
	if (!found) return undefined;
	const { speaker: m, entity: e, verb, quote } = found;
	const qw = upperFirst(questionWord(e.kind));
	const stem = `${qw} ${verb}: "${quote.text}"?`;
	if (wordsOf(stem) > maxWords) return undefined;
	return {
		type: 'attribution',
		stem,
		...keyedBy(s, m, e),
		context: quote.text,
		explanation: `The article quotes ${e.display}: "${quote.text}."`,
		score: 0.85,
		difficulty: 0.5
	};
}

// ---- reported speech ----------------------------------------------------------------------

interface Reported {
	speaker: Mention;
	entity: Entity;
	verb: string;
	/** The reported clause, offsets into the sentence text. */
	from: number;
	to: number;
}

/** `<clause>, Sergei Shoigu told Russian media.` / `<clause>, said Mr Allard.` */
function clauseFirst(an: Analysis, s: SentenceInfo): Reported | undefined {
	const start = s.tokens.findIndex((t) => isWordLike(t) || QUOTE_MARK.test(t.text));
	if (start === -1 || QUOTE_MARK.test(s.tokens[start]?.text ?? '')) return undefined;
	// the last comma that is followed by "[description] speaker verb" or "verb [description] speaker"
	for (let c = s.tokens.length - 1; c > start; c--) {
		if (s.tokens[c]?.text !== ',') continue;
		// a quotation closed after the comma: ‘…security," KCNA reported’
		const closing = QUOTE_MARK.test(s.tokens[c + 1]?.text ?? '') ? 1 : 0;
		const after = s.tokens[c + 1 + closing];
		if (!after) continue;
		let speaker: Mention | undefined;
		let v = -1;
		let end = s.tokens.length;
		if (QUOTE_VERBS.has(after.lower)) {
			v = c + 1 + closing;
			speaker = s.mentions.find(
				(m) => m.token > v && shortDescription(an, s, after.end, speakerStart(s, m))
			);
			const next = speaker ? s.tokens[speaker.tokenEnd] : undefined;
			if (speaker && next && next.text !== ',' && next.text !== '.') return undefined;
		} else {
			for (let k = c + 2 + closing; k < Math.min(s.tokens.length, c + 10); k++) {
				if (!QUOTE_VERBS.has(s.tokens[k]?.lower ?? '')) continue;
				const m = mentionEndingAt(an, s, k);
				if (m && shortDescription(an, s, after.start, speakerStart(s, m))) {
					speaker = m;
					v = k;
				}
				break;
			}
			if (!speaker) continue;
			// only a short tail after the verb ("on Sunday", "in her ruling"), never a clause
			if (s.tokens.slice(v + 1).some((t) => t.text === ':' || QUOTE_MARK.test(t.text)))
				return undefined;
			const comma = s.tokens.findIndex((t, i) => i > v && (t.text === ',' || t.text === '.'));
			if (comma !== -1) end = comma;
			const tail = s.tokens.slice(v + 1, end).filter((t) => t.word);
			if (tail.length > 6 || tail.some((t) => REPORTING_VERBS.has(t.lower))) return undefined;
			// after a comma only a participle ("…, KCNA said, quoting him as…")
			const rest = s.tokens.slice(end + 1).find((t) => t.word);
			if (s.tokens[end]?.text === ',' && rest && !(/ing$/.test(rest.lower) && !rest.cap))
				return undefined;
		}
		const entity = speakerEntity(an, speaker);
		if (!speaker || !entity) return undefined;
		const verbTok = s.tokens[v] as Token;
		let objectEnd = v + 1;
		if (verbTok.lower === 'told' || verbTok.lower === 'tells') {
			objectEnd = end;
			const on = s.tokens.findIndex(
				(t, i) => i > v && i < end && ['on', 'in', 'at', 'after', 'during'].includes(t.lower)
			);
			if (on !== -1) objectEnd = on;
		}
		const verb = verbPhrase(s, v, objectEnd);
		if (!verb) return undefined;
		return {
			speaker,
			entity,
			verb,
			from: (s.tokens[start] as Token).start,
			to: closing ? (s.tokens[c + 1] as Token).end : (s.tokens[c] as Token).start
		};
	}
	return undefined;
}

/** Words that open an adjunct between a reporting verb and its "that": "said in a statement that". */
const ADJUNCT_STARTS = new Set(['in', 'on', 'at', 'to', 'during', 'after', 'via', 'through']);

/** `Tony Blair said (that) <clause>.`, `But Mr Straw told MPs that <clause>.` */
function speakerFirst(an: Analysis, s: SentenceInfo): Reported | undefined {
	for (const m of s.mentions) {
		const at = speakerStart(s, m);
		if (!openingBefore(an, s, at) || s.tokens.slice(0, m.token).some((t) => t.text === ','))
			continue;
		let v = m.tokenEnd;
		if (AUX.has(s.tokens[v]?.lower ?? '')) v++;
		const verbTok = s.tokens[v];
		if (!verbTok || !REPORTING_VERBS.has(verbTok.lower)) return undefined;
		const entity = speakerEntity(an, m);
		if (!entity) return undefined;
		let from = v + 1;
		if (verbTok.lower === 'told' || verbTok.lower === 'tells') {
			// "told MPs that …": the object must be closed by "that"
			const that = s.tokens.findIndex((t, i) => i > v + 1 && i <= v + 5 && t.lower === 'that');
			if (that === -1) return undefined;
			from = that;
		}
		const verb = verbPhrase(s, v, from);
		if (!verb) return undefined;
		if (s.tokens[from]?.lower === 'on' && /day$/.test(s.tokens[from + 1]?.lower ?? '')) from += 2;
		// "said in a statement sent to news organizations that …", "had said repeatedly during
		// the campaign that …": the adjunct goes with the verb
		const adverb = /^[a-z]{3,}ly$/.test(s.tokens[from]?.text ?? '');
		if (ADJUNCT_STARTS.has(s.tokens[from]?.lower ?? '') || adverb) {
			const that = s.tokens.findIndex((t, i) => i > from && i <= from + 8 && t.lower === 'that');
			if (that !== -1) from = that;
		}
		if (s.tokens[from]?.lower === 'that') from++;
		else if (!SAY_NO_THAT.has(verbTok.lower)) return undefined; // "warned of the risk…"
		const first = s.tokens[from];
		if (!first || !first.word) return undefined;
		// "Crespo added a second shortly before half-time": without "that", "added" reports
		// speech only before a clause's own subject ("He added it was…", "…added Kraft would…")
		if (
			(verbTok.lower === 'added' || verbTok.lower === 'adds') &&
			s.tokens[v + 1]?.lower !== 'that' &&
			!first.cap &&
			!CLAUSE_SUBJECTS.has(first.lower)
		)
			return undefined;
		return {
			speaker: m,
			entity,
			verb,
			from: first.start,
			to: s.text.replace(/[\s.!?]+$/u, '').length
		};
	}
	return undefined;
}

/** The reported clause of `s` when it stands alone, tidied for a stem. */
function reportedClause(
	an: Analysis,
	s: SentenceInfo,
	found: Reported | undefined
): string | undefined {
	if (!found) return undefined;
	const { entity: e, from, to } = found;
	// "…would act quickly to calm markets, and the Bank of Korea called an emergency meeting":
	// a clause of someone else joined on is the reporter's narration, not what was said
	const joined = /,\s+and\s+(?:the\s+)?\p{Lu}/u.exec(s.text.slice(from, to));
	const end = joined ? from + joined.index : to;
	const tokens = s.tokens.filter((t) => t.start >= from && t.end <= end);
	if (tokens.filter((t) => t.word).length < 4) return undefined;
	const raw = s.text.slice(from, end);
	if (!quotesBalanced(raw)) return undefined;
	const opts = { firstPerson: false, itIsSpeaker: e.kind !== 'person' };
	if (!standsAlone(an, s, tokens, opts)) return undefined;
	const clause = squash(raw)
		.replace(/,(["”])$/u, '$1')
		.replace(/[,;:]+$/u, '');
	return clauseStart(s, from, clause);
}

function reportedCandidate(an: Analysis, s: SentenceInfo, maxWords: number): Candidate | undefined {
	const found = clauseFirst(an, s) ?? speakerFirst(an, s);
	const clause = reportedClause(an, s, found);
	if (!found || !clause) return undefined;
	const { speaker: m, entity: e, verb } = found;
	const stem = `According to the article, ${questionWord(e.kind)} ${verb} that ${clause}?`;
	if (wordsOf(stem) > maxWords || !quotesBalanced(stem)) return undefined;
	return {
		type: 'attribution',
		stem,
		...keyedBy(s, m, e),
		context: `${verb} ${clause}`,
		explanation: `The article says ${e.display} ${verb} that ${clause}.`,
		score: 0.85 + (e.kind === 'agency' ? 0.05 : 0),
		difficulty: 0.5
	};
}

/** What someone said, in their words or reported (for `what` items). */
export interface Saying {
	sentence: SentenceInfo;
	entity: Entity;
	/** The quotation, or "said that <clause>". */
	text: string;
	/** The part of `text` the sentence has word for word. */
	verbatim: string;
	quoted: boolean;
	/** A quotation that runs on from an earlier sentence: the one that names the speaker. */
	namedIn?: number;
}

/** `…," said X` / `…," X added` / `…," she told…`: the sentence says who speaks. */
const REPORTED_BY =
	/["”],?\s+(?:(?:\p{Lu}[\p{L}.'-]*|he|she|they|it)\s+){0,4}(?:said|says|added|adds|told|tells|explained)\b/u;
const quoteMarks = (text: string) => (text.match(/["“”]/g) ?? []).length;

/**
 * Every quotation and reported clause of the article whose speaker is named beside it, and
 * the sentences of a quotation that runs on after `Benitez said: "…` (`"We were very good
 * defensively…"` is Benitez's too, until the article speaks in its own words again).
 */
export function sayings(an: Analysis): Saying[] {
	const out: Saying[] = [];
	// the speaker of the quotation still open, and where they are named
	let speaker: { entity: Entity; at: number } | undefined;
	let open = false;
	for (const s of an.sentences) {
		const raw = s.text.trim();
		const opensQuote = /^(?:(?:And|But) )?["“]/u.test(raw);
		const inside = opensQuote || open;
		open = opensQuote ? quoteMarks(raw) % 2 === 1 : open !== (quoteMarks(raw) % 2 === 1);
		const direct = quoteFirst(an, s) ?? colonQuote(an, s);
		if (direct) {
			const { entity, quote } = direct;
			out.push({ sentence: s, entity, text: quote.text, verbatim: quote.text, quoted: true });
			speaker = { entity, at: s.index };
			continue;
		}
		// `Benitez said: "…` whose own words do not stand alone still names who speaks on
		const named = [...colonSpeakers(an, s)].pop();
		if (named) {
			speaker = { entity: named.entity, at: s.index };
			continue;
		}
		if (!inside) speaker = undefined;
		else if (speaker && !REPORTED_BY.test(raw)) {
			const from = opensQuote ? s.tokens.findIndex((t) => QUOTE_MARK.test(t.text)) + 1 : 0;
			const close = s.tokens.findIndex((t, i) => i >= from && QUOTE_MARK.test(t.text));
			const to = close === -1 ? s.tokens.length : close;
			const quote = quoteAt(an, s, from, to, speaker.entity.kind);
			if (quote)
				out.push({
					sentence: s,
					entity: speaker.entity,
					text: quote.text,
					verbatim: quote.text,
					quoted: true,
					namedIn: speaker.at
				});
			continue;
		}
		const found = clauseFirst(an, s) ?? speakerFirst(an, s);
		const clause = reportedClause(an, s, found);
		if (!found || !clause) continue;
		const text = `${found.verb} that ${clause}`;
		out.push({ sentence: s, entity: found.entity, text, verbatim: clause, quoted: false });
	}
	return out;
}

export const makeAttribution: CandidateMaker = (an: Analysis, opts) => {
	const out: Candidate[] = [];
	for (const s of an.sentences) {
		if (!opts.focus.has(s.index)) continue;
		const c =
			directCandidate(an, s, opts.maxStemWords) ?? reportedCandidate(an, s, opts.maxStemWords);
		if (c) out.push(c);
	}
	return out;
};
