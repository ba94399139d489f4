/**
 * Supported statement: "Which statement is supported by the article?" The key is a sentence of
 * the article (its reporting tail trimmed); each distractor is the same statement with one fact
 * swapped for another of the same kind from the article, checked not to be supported by any
 * sentence.
 */
import type { Analysis, Entity, EntityKind, Mention, SentenceInfo } from '../../01-analysis/types';
import {
	articleAlternatives,
	meets,
	numericDistractors,
	sameSide,
	sideImplied,
	sidesAt,
	sidesOf,
	overlap,
	onTheField,
	roleGroup
} from '../../03-distractors/distractors';
import { hashString, rng } from '../../util/random';
import { closeSentence, containsPhraseCi, contentWords, quotesBalanced } from '../../util/text';
import { impossibleDate } from '../../model/calendar';
import { lexTag } from '../../model/lexicon';
import { fixedByPhrase } from '../../model/numbers';
import { HONORIFICS, STOP_WORDS } from '../../model/words';
import {
	BLANK,
	leansBack,
	quoteTail,
	dropConnective,
	keySpan,
	lowerable,
	shortName,
	trimTail,
	wordsOf
} from '../stem-tools';
import type { Candidate, CandidateMaker } from '../types';
import { isClock, namesAWork } from '../number/number';

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

/** May `alt` stand in for `e` in a statement? Not a place: "fleeing into the United States". */
function sameRole(an: Analysis, e: Entity, alt: Entity): boolean {
	if (e.kind === 'person') {
		const role = roleGroup(an, e);
		// (in a match report, a player of the same side: "Gerrard scored for Liverpool" is true)
		if (onTheField(an, e) && !meets(sidesOf(an, e), sidesOf(an, alt))) return false;
		// (a man for a woman: "…in honour of her father" with Colm Toibin swapped in)
		if (e.gender && alt.gender && e.gender !== alt.gender) return false;
		return role !== undefined && role === roleGroup(an, alt);
	}
	if (e.kind === 'organisation') return e.curated && alt.curated;
	return !['country', 'city', 'place'].includes(e.kind);
}

export const makeStatement: CandidateMaker = (an: Analysis, opts) => {
	const out: Candidate[] = [];
	/** Statements the article makes, and one false twist of some of them (for "NOT" items). */
	const trueOnes: { index: number; text: string }[] = [];
	const falseOnes: FalseOne[] = [];
	for (const s of an.sentences) {
		if (!opts.focus.has(s.index)) continue;
		if (s.pronounStart) continue;
		const first = s.tokens.find((t) => t.word);
		if (!first || !first.cap) continue;
		// a fragment ("The Aviator, Martin Scorsese's biopic of …") is not a statement
		if (!s.tokens.some((t) => t.word && !t.cap && VERB_TAGS.has(lexTag(t.lower) ?? ''))) continue;
		const all = s.mentions.filter((m) => {
			const e = an.entities[m.entity];
			// a person after a role ("North Korean leader Kim") cannot be swapped: the role would lie
			return (
				e && SWAP_KINDS.has(e.kind) && !m.demonym && !m.attributive && m.titleStart === undefined
			);
		});
		// the reporting tail (", RIA news agency reported on Sunday") is not part of the statement
		const cut = trimTail(s, all[0]?.end ?? 0);
		const slots = all.filter((m) => m.end <= cut);
		const text = closeSentence(s.text.slice(0, cut));
		// a short quoted phrase ("called this "morally indefensible"") may stay; a quotation not
		const quoted = [...text.matchAll(/["“]([^"”]*)["”]/g)].map((m) => m[1] ?? '');
		const longQuote = quoted.some((q) => wordsOf(q) > 4);
		if (wordsOf(text) > 30 || wordsOf(text) < 6 || !quotesBalanced(text) || longQuote) continue;
		// "But he broke…", "The firm said…", "the chip": a statement must stand alone
		if (leansBack(an, s.index, dropConnective(text))) continue;
		if (quoteTail(an, s)) continue;
		const options = [
			...slots.map((m) => slotOf(an, s, m, text, cut)),
			...antonymSlots(s, cut, slots)
		].filter((x): x is Slot => x !== undefined);
		const key = dropConnective(text);
		trueOnes.push({ index: s.index, text: key });
		const oneFalse = oneFalseStatement(an, s, cut, text, options);
		if (oneFalse)
			falseOnes.push({
				index: s.index,
				text: dropConnective(oneFalse.text),
				key,
				opposite: oneFalse.opposite
			});
		const made = falseStatements(an, s, cut, text, options);
		if (!made) continue;
		const { swapped } = made;
		const falses = made.falses.map(dropConnective);
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
	return [...out, ...notSupported(an, trueOnes, falseOnes)];
};

/** A false twist of a sentence, for a "NOT supported" item. */
interface FalseOne {
	index: number;
	text: string;
	/** The true sentence it twists. */
	key: string;
	/** Twisted by an opposite ("rose" → "fell"), its people unchanged. */
	opposite: boolean;
}

/**
 * "Which statement is NOT supported by the article?": one false twist of a sentence against
 * three statements the article makes, of like length. The shown statements are chosen at
 * selection from `showsPool` (sentences no other question is about); such an item uses four
 * sentences for one question, so it ranks below the others and fills what they leave.
 */
function notSupported(
	an: Analysis,
	trueOnes: { index: number; text: string }[],
	falseOnes: FalseOne[]
): Candidate[] {
	const out: Candidate[] = [];
	// the people and bodies each sentence names
	const named = an.sentences.map(
		(s) =>
			new Set(
				s.mentions
					.filter((m) => m.kind === 'person' || m.kind === 'organisation')
					.map((m) => m.entity)
			)
	);
	for (const f of falseOnes) {
		const len = f.text.length;
		// an opposite keeps the sentence's people: no shown statement about them ("Saulnier survived
		// an injury scare in his semi-final with Melzer" beside "…but lost to Melzer" tells the
		// twist without the article)
		const own = f.opposite ? (named[f.index] ?? new Set<number>()) : new Set<number>();
		// (each text once: an article that repeats a sentence would show it twice)
		const seen = new Set([f.key, f.text]);
		const once = (text: string) => !seen.has(text) && Boolean(seen.add(text));
		const pool = trueOnes.filter(
			(t) =>
				t.index !== f.index &&
				t.text.length >= len * 0.75 &&
				t.text.length <= len * 1.45 &&
				![...(named[t.index] ?? [])].some((e) => own.has(e)) &&
				once(t.text)
		);
		if (pool.length < 2) continue;
		out.push({
			type: 'statement',
			stem: 'Which statement is NOT supported by the article?',
			key: f.text,
			keyKind: 'statement',
			negative: true,
			distractors: pool.slice(0, 3).map((t) => t.text),
			evidence: [f.index],
			context: f.key,
			fact: `${f.index}:statement`,
			explanation: `The article does not say that; it says ${f.key.charAt(0).toLowerCase() === f.key.charAt(0) ? f.key : lowerIfCommon(an, f.index, f.key)}`,
			score: 0.55,
			difficulty: 0.65,
			shows: pool.slice(0, 3).map((t) => t.index),
			showsPool: pool.map((t) => t.index),
			poolTexts: pool.map((t) => t.text)
		});
	}
	return out;
}

/** One false twist of the sentence: a swapped name, number or opposite. */
function oneFalseStatement(
	an: Analysis,
	s: SentenceInfo,
	cut: number,
	text: string,
	slots: Slot[]
): { text: string; opposite: boolean } | undefined {
	for (const slot of slots) {
		const made = falseStatements(
			an,
			s,
			cut,
			text,
			[{ ...slot, values: slot.values.slice(0, 1) }],
			1
		);
		if (made?.falses[0]) return { text: made.falses[0], opposite: slot.kind === 'opposite' };
	}
	return undefined;
}

/** A place in the sentence that can hold something false, and what it can hold. */
interface Slot {
	start: number;
	end: number;
	kind: 'name' | 'number' | 'opposite';
	values: { text: string; entity?: number }[];
}

/**
 * The false values for the entity or number at mention `m`: other entities of the same kind
 * and role that the article does not tie to this fact, or numbers the article never gives.
 */
function slotOf(
	an: Analysis,
	s: SentenceInfo,
	m: Mention,
	text: string,
	cut: number
): Slot | undefined {
	const e = an.entities[m.entity];
	if (!e) return undefined;
	const span = keySpan(s, m, e);
	if (span.end > cut) return undefined;
	const head = s.text.slice(0, span.start);
	const tail = s.text.slice(span.end, cut);
	const context = `${head} ${tail}`;
	const slot: Slot = { ...span, kind: NUMERIC.has(e.kind) ? 'number' : 'name', values: [] };
	if (NUMERIC.has(e.kind)) {
		if (isClock(s, m) || namesAWork(s, m) || fixedByPhrase(m.text, head, s.text.slice(span.end)))
			return undefined;
		// "$27.5bn (£14.5bn)": neither an amount with its conversion in brackets nor the conversion
		// is swapped (the other tells it); nor one end of a range, nor a count the sentence lists
		// ("two singles, Club Foot and LSF")
		if (
			// ("($1.1m; £690,000)": a conversion in brackets restates the amount before it)
			/\([^)]*$/.test(head) ||
			/^\s*\(\s*[$£€¥]?\d/.test(tail) ||
			// ("from about 10 percent to 11.5 percent": the unit may come between)
			/\d\s*(?:and|to|-|–)\s*$/.test(head) ||
			/\d(?:%| percent| per cent| [a-z]+) (?:and|to) [$£€]?$/.test(head) ||
			/^\s*(?:and|to|-|–)\s*\d/.test(tail) ||
			/^(?:%| percent| per cent| [a-z]+) (?:and|to) (?:about |around )?[$£€]?\d/.test(tail) ||
			/^\s*[\p{L}-]+\s*(?:[-–—(:]|,\s*(?:\p{Lu}|including\b))/u.test(tail) ||
			// "into 2005, even 2006": a neighbouring year tells; "at 1030 GMT": a clock time
			/^,? ?(?:(?:even|or|and|to|-|–) )?(?:1[89]|20)\d\d\b/.test(tail) ||
			/\b(?:1[89]|20)\d\d,? ?(?:(?:even|or|and|to|-|–) )?$/.test(head) ||
			/^\s*(?:gmt|bst|cet|utc|am|pm|hrs|local)\b/i.test(tail)
		)
			return undefined;
		const values = numericDistractors(
			an,
			// the stem with the number blanked, so that "more than 700" is read as a bound
			{ ...numberProbe(s.index, m.text, e.kind, context), stem: `${head}${BLANK}${tail}` },
			rng(hashString(`${s.index}:${m.start}`, 0)),
			3
		);
		slot.values = values.map((v) => ({ text: v }));
		return slot;
	}
	if (e.kind === 'person' && ownStop(s.text.slice(m.end))) return undefined;
	const before = s.tokens[m.token - 1];
	const honorific = before && HONORIFICS.has(before.lower);
	// "Leicester's England centre Ollie Smith": the sentence's own role words would lie about
	// whoever is swapped in
	if (e.kind === 'person' && before?.word && !before.cap && !STOP_WORDS.has(before.lower))
		return undefined;
	const startsWithThe = s.text.slice(span.start, span.end).startsWith('the ');
	// "Scotland duo Gordon Bulloch and Chris Cusiter": only another Scot may stand in
	const sides = e.kind === 'person' ? sidesAt(an, s, m) : new Set<string>();
	if (e.kind === 'person' && sideImplied(s.text)) return undefined;
	// "Yanukovych, 54, a former regional governor from Donetsk…": an apposition tells who the
	// person is, and lies about whoever is swapped in
	if (e.kind === 'person' && apposed(s.text.slice(m.end))) return undefined;
	// "Adele, 20, …, said she had been…": a pronoun after the name takes someone of its sex
	const rest = s.text.slice(m.end, cut);
	const told = /\b(?:she|her|hers|herself)\b/i.test(rest)
		? 'f'
		: /\b(?:he|him|his|himself)\b/i.test(rest)
			? 'm'
			: undefined;
	for (const alt of articleAlternatives(an, e, context, s.index)) {
		if (slot.values.length >= 3) break;
		if (
			(e.kind === 'person' && told !== undefined && alt.gender !== told) ||
			!sameRole(an, e, alt) ||
			!sameSide(an, sides, alt) ||
			s.mentions.some((y) => y.entity === alt.id) ||
			// "the United States's" is not English
			(m.possessive && alt.display.startsWith('the ')) ||
			(honorific && alt.honorific?.toLowerCase() !== before.lower)
		)
			continue;
		// "Chabot told…" meets "Crowley", not "Joe Crowley": a surname alone for a surname alone,
		// and no one whose surname is not sure ("Rehman said…" never meets "Shehbaz Sharif")
		const bare = e.kind === 'person' && !/\s/.test(m.text) && /\s/.test(e.display);
		if (bare && /\s/.test(shortName(alt))) continue;
		let display = honorific || bare ? shortName(alt) : alt.display;
		if (!startsWithThe && display.startsWith('the ') && /\bthe\s*$/i.test(head))
			display = display.slice(4);
		if (span.start === 0) display = display.charAt(0).toUpperCase() + display.slice(1);
		// "Kim Jong Un and Kim Jong Un": the sentence already names the one swapped in
		if (containsPhraseCi(s.text, display) || containsPhraseCi(s.text, shortName(alt))) continue;
		slot.values.push({ text: display, entity: alt.id });
	}
	return slot;
}

/**
 * Words of a movement whose opposite makes a plain false statement ("rose 4%" → "fell 4%").
 * Only forms that stay grammatical whatever follows. No comparisons ("more than a year" →
 * "less than two years" may be true), no negation ("was not published on Wednesday" is true
 * when it was Tuesday), no superlatives ("lost its position as the smallest party").
 */
const OPPOSITES: Record<string, string> = {
	rose: 'fell',
	fell: 'rose',
	risen: 'fallen',
	fallen: 'risen',
	rising: 'falling',
	falling: 'rising',
	increased: 'decreased',
	decreased: 'increased',
	profit: 'loss',
	profits: 'losses',
	loss: 'profit',
	losses: 'profits',
	higher: 'lower',
	lower: 'higher'
};

/** How far after the word its amount may come: "rose 4%", "a pre-tax loss of £5m". */
const AMOUNT_WITHIN = 4;
const AMOUNT_KINDS = new Set(['number', 'money', 'percent']);
const TO_AMOUNT = new Set([
	'by',
	'to',
	'from',
	'of',
	'about',
	'nearly',
	'almost',
	'around',
	'some'
]);

/**
 * @internal Slots for a movement with an opposite: "rose 4%" can hold "fell". Only where an
 * amount follows the word: on new articles every other twist failed its rating — deeds and
 * verdicts ("won", "backed", "allowed", "denied") turned against the headline or the rest of
 * the sentence ("voters, where divorce is allowed, have backed its legalization"; "conceded
 * that his party had won"), and a word of two senses turned into nonsense ("rain rose").
 * Not inside a name or quotation.
 */
/** Words that tell a movement's direction besides the one twisted ("lose population"). */
const DIRECTION =
	/\b(?:los[et]s?|losing|gain(?:s|ed|ing)?|gr[eo]w(?:s|n|ing)?|shr[ai]nk(?:s|ing)?|declin\w*|increas\w*|decreas\w*|drop(?:s|ped|ping)?|slump\w*|surg\w*|record (?:high|low))\b/i;

export function antonymSlots(s: SentenceInfo, cut: number, named: Mention[]): Slot[] {
	const out: Slot[] = [];
	for (const t of s.tokens) {
		const opposite = OPPOSITES[t.text];
		if (!opposite || t.end > cut || named.some((m) => t.start < m.end && t.end > m.start)) continue;
		// the amount follows at once, or after words that lead to it ("fell sharply by 4%";
		// not "rain fell in about five hours")
		const amount = s.mentions.find((m) => AMOUNT_KINDS.has(m.kind) && m.start >= t.end);
		const between = s.tokens.filter((x) => x.start >= t.end && x.end <= (amount?.start ?? 0));
		if (!amount || between.length >= AMOUNT_WITHIN) continue;
		if (!between.every((x) => TO_AMOUNT.has(x.lower) || /^[a-z]+ly$/.test(x.lower))) continue;
		// "the only state to lose population, falling 0.6 percent": another word of the sentence
		// says which way it went
		if (DIRECTION.test(s.text.slice(0, t.start) + s.text.slice(t.end))) continue;
		// "fell three runs short of a century": "fell short" has no opposite
		if (/^\s*(?:\S+\s+){0,2}short\b/.test(s.text.slice(amount.end))) continue;
		out.push({ start: t.start, end: t.end, kind: 'opposite', values: [{ text: opposite }] });
	}
	return out;
}

/**
 * Three (or two) false statements that differ from the key in a way that does not point at it.
 * One slot with three values: each distractor changes that slot. Two slots: the 2×2 design
 * (change one, the other, both): every value then appears in two options of four, so the key
 * is not the one that agrees with all the others. Each statement is checked against the
 * sentences that name a swapped-in entity.
 */
function falseStatements(
	an: Analysis,
	s: SentenceInfo,
	cut: number,
	text: string,
	slots: Slot[],
	min = 2
): { falses: string[]; swapped: number[] } | undefined {
	const build = (changes: { slot: Slot; value: { text: string; entity?: number } }[]) => {
		let out = s.text.slice(0, cut);
		for (const { slot, value } of [...changes].sort((a, b) => b.slot.start - a.slot.start))
			out = out.slice(0, slot.start) + value.text + out.slice(slot.end);
		const statement = closeSentence(out);
		// ("lift off on February 30": a day no month has)
		if (impossibleDate(statement)) return undefined;
		const words = contentWords(statement);
		for (const { value } of changes) {
			const alt = value.entity !== undefined ? an.entities[value.entity] : undefined;
			const supported = [...(alt?.sentences ?? [])].some((i) => {
				const info = an.sentences[i];
				return info !== undefined && overlap(words, info.content) >= 0.7;
			});
			if (supported) return undefined;
		}
		return statement === text ? undefined : statement;
	};
	const usable = slots.filter((x) => x.values.length > 0);
	// one slot, three values
	let best: { falses: string[]; swapped: number[] } | undefined;
	for (const slot of usable) {
		const falses: string[] = [];
		const swapped: number[] = [];
		for (const value of slot.values) {
			const made = build([{ slot, value }]);
			if (made && !falses.includes(made)) {
				falses.push(made);
				swapped.push(value.entity ?? -1);
			}
		}
		if (falses.length >= 3) return { falses: falses.slice(0, 3), swapped: swapped.slice(0, 3) };
		if (falses.length >= min && !best) best = { falses, swapped };
	}
	// two slots, 2×2
	for (const [i, a] of usable.entries()) {
		for (const b of usable.slice(i + 1)) {
			if (a.end > b.start && b.end > a.start) continue;
			const va = a.values[0];
			const vb = b.values[0];
			// "Kim Jong Un and Kim Jong Un": both slots never take the same one
			if (!va || !vb || va.text === vb.text) continue;
			if (va.entity !== undefined && va.entity === vb.entity) continue;
			const made = [build([{ slot: a, value: va }]), build([{ slot: b, value: vb }])];
			const both = build([
				{ slot: a, value: va },
				{ slot: b, value: vb }
			]);
			const falses = [...made, both].filter((x): x is string => x !== undefined);
			if (falses.length === 3 && new Set(falses).size === 3)
				return { falses, swapped: [va.entity ?? -1, vb.entity ?? -1, va.entity ?? -1] };
		}
	}
	return best;
}

/** "The United States…" stays; "During his visit…" becomes "during his visit…". */
function lowerIfCommon(an: Analysis, index: number, text: string): string {
	const s = an.sentences[index];
	const opensWithName = s?.mentions.some(
		(m) => m.start === 0 || (m.start <= 4 && /^the /i.test(text))
	);
	const [first = '', next = ''] = text.match(/[\p{L}']+/gu) ?? [];
	if (opensWithName && !/^The /.test(text)) return text;
	return lowerable(an, first, next) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Does an apposition follow a name: ", 54, a former regional governor", ", the coach,"? */
export const apposed = (after: string) => /^,\s*(?:\d{1,3},\s*)?(?:a|an|the)\s/i.test(after);

/**
 * Does a name end with its own full stop ("Carl Edwards Jr. retired…")? Another name swapped
 * in would keep it: "Anthony Rizzo. retired…".
 */
export const ownStop = (after: string) => /^\.\s+\p{Ll}/u.test(after);

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
