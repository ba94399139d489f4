/**
 * Stage 3, distractors: options of the same kind and form as the key. First the article's own
 * entities tied to other events, then the curated lists; numbers are made near the key's value
 * in the key's format. A distractor that the article supports for the same fact is never used.
 */
import type { Analysis, Entity, EntityKind, Mention, SentenceInfo } from '../01-analysis/types';
import type { Candidate } from '../02-candidates/types';
import { NEWS_AGENCIES } from '../model/agencies';
import { BANKS } from '../model/organisations';
import { impossibleDate, MONTH_NAME, MONTHS, WEEKDAYS } from '../model/calendar';
import { hashString, rng, shuffle } from '../util/random';
import { containsPhraseCi, contentWords } from '../util/text';
import { BLANK, shortName } from '../02-candidates/stem-tools';
import { isFirstName, lexTag, lexTags } from '../model/lexicon';
import { amountOf, NUMBER_WORDS } from '../model/numbers';
import {
	BODY_HEADS,
	FEMALE_TITLES,
	HONORIFICS,
	MALE_TITLES,
	REPORTING_VERBS,
	ROLE_GROUPS,
	POLITICS_WORDS,
	SPORT_WORDS,
	STOP_WORDS
} from '../model/words';

const VERBISH = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary', 'Verb']);
const isVerbLike = (w: string) =>
	REPORTING_VERBS.has(w) || /[a-z]ed$/.test(w) || lexTags(w).some((t) => VERBISH.has(t));

export interface DistractorOptions {
	/** Wanted distractors per question. */
	distractors: number;
	seed: number;
}

/** How much of `context` a sentence repeats (0–1): high means the same predicate. */
export function overlap(context: Set<string>, sentence: Set<string>): number {
	if (context.size === 0) return 0;
	let n = 0;
	for (const w of context) if (sentence.has(w)) n++;
	return n / context.size;
}

/** Would the article support `entity` in place of the key for this fact? */
export function supportedElsewhere(
	an: Analysis,
	entity: Entity,
	context: string | Set<string>,
	keySentence: number
): boolean {
	const ctx = typeof context === 'string' ? contentWords(context) : context;
	for (const s of entity.sentences) {
		if (s === keySentence) continue;
		const info = an.sentences[s];
		if (info && overlap(ctx, info.content) >= 0.5) return true;
	}
	return false;
}

/** Organisations are of many sorts: a party for a party, a curated body for a curated body. */
function sameSort(a: Entity, b: Entity): boolean {
	if (a.kind !== 'organisation') return true;
	if (a.curated || b.curated) return a.curated === b.curated;
	return orgSort(a) === orgSort(b);
}

/**
 * "Premier League" is a league, "Game Developers Conference" a conference; a name with no such
 * head ("Microsoft", "Yukos", "Cairn Energy") is taken for a company: a firm is a fair guess for
 * a firm, never for a league or a court.
 */
export function orgSort(e: Pick<Entity, 'display'>): string {
	// ("new financing from J.P. Morgan Chase & Co. and _____": a lender for a lender)
	if (BANKS.test(e.display)) return 'bank';
	const head = e.display.split(' ').pop()?.toLowerCase() ?? '';
	return BODY_HEADS.get(head) ?? 'company';
}

const AGENCY = new WeakMap<Analysis, Map<number, number>>();
/**
 * 1 for a person who acts in the article (says, does, holds a role), else 0. People who only
 * appear as topics ("a film portraying Hitler") make implausible distractors for an actor.
 */
function agency(an: Analysis, e: Entity): number {
	if (e.kind !== 'person') return 0;
	let cache = AGENCY.get(an);
	if (!cache) {
		cache = new Map();
		AGENCY.set(an, cache);
	}
	let v = cache.get(e.id);
	if (v === undefined) {
		v = e.title || e.honorific ? 1 : 0;
		for (const m of e.mentions) {
			if (v) break;
			const next = an.sentences[m.sentence]?.tokens[m.tokenEnd];
			if (next && next.word && !next.cap && !m.possessive && isVerbLike(next.lower)) v = 1;
		}
		cache.set(e.id, v);
	}
	return v;
}

/** "duo", "pair": words that count people rather than say what they are. */
const GROUP_NOUN = /^(?:duo|pair|trio|quartet|brothers|sisters)$/;

const ROLES = new WeakMap<Analysis, Map<number, string | undefined>>();
/**
 * The role group of a person ("coach", "politician", "musician"): from the role phrase before
 * the name ("Liverpool manager"), else from a lower-case noun right before a mention ("bassist
 * Chris Edwards", "serial killer Andrew Cunanan"). A role noun outside the groups is its own
 * group: a killer is only ever a fair guess for a killer.
 */
export function roleGroup(an: Analysis, e: Entity): string | undefined {
	let cache = ROLES.get(an);
	if (!cache) {
		cache = new Map();
		ROLES.set(an, cache);
	}
	if (cache.has(e.id)) return cache.get(e.id);
	const group = (word: string | undefined) => {
		// "Tory co-chairman", "songwriter/guitarist", "Rep."
		const w = word?.toLowerCase().split('/').pop()?.replace(/\.$/, '').replace(/^co-/, '');
		if (!w || w === 'mr' || w === 'mrs' || w === 'ms' || w === 'dr') return undefined;
		// "Scotland duo", "Scotland pair": how many, not what
		if (GROUP_NOUN.test(w)) return undefined;
		// "former Yukos boss": an executive, unless the boss is a team's ("Blues boss Mourinho")
		if (w === 'boss') return reportKind(an) === 'sport' ? 'coach' : 'executive';
		// "Tory co-chairman Liam Fox", "Committee chairman Barry Sheerman" in a political report
		if (/^chair(?:man|woman)?$/.test(w) && reportKind(an) === 'politics') return 'politician';
		return ROLE_GROUPS[w] ?? (isRoleNoun(w) ? w : undefined);
	};
	let role = group(e.title?.split(/\s+/).pop());
	for (const m of e.mentions) {
		if (role) break;
		const before = an.sentences[m.sentence]?.tokens[m.token - 1];
		// "bassist Chris Edwards"; "Midfielder Igor Biscan…" at the start of a sentence
		if (before?.word && (!before.cap || (m.token === 1 && ROLE_GROUPS[before.lower])))
			role = group(before.text);
	}
	// "Rafael Benitez's side", "Ferguson's men": whose team it is
	if (role === undefined && reportKind(an) === 'sport' && e.mentions.some((m) => teamOf(an, m)))
		role = 'coach';
	// "works by Roy Lichtenstein, Andy Warhol and Henri Matisse": people the article lists
	// together are of a kind
	role ??= listedWith(an).get(e.id);
	// "Brown's Britain, by Robert Peston", "Mr Peston's book": the author of a book; "Michael
	// Moore's Bush-baiting documentary": a film-maker
	if (role === undefined) role = workOf(an, e);
	// in a sports report, the people of no other role are players (not so in a political one:
	// people quoted on opposite sides made the commonest failure of the strict rating)
	const kind = reportKind(an);
	if (role === undefined && kind === 'sport') role = 'player';
	cache.set(e.id, role);
	return role;
}

/** "Benitez's side", "Wenger's men", "Capello's squad": the mention owns a team. */
function teamOf(an: Analysis, m: Mention): boolean {
	const s = an.sentences[m.sentence];
	if (!s || !m.possessive) return false;
	const next = s.tokens.slice(m.tokenEnd, m.tokenEnd + 3).filter((t) => t.word && t.lower !== "'s");
	return /^(?:side|team|men|squad|players)$/.test(next[0]?.lower ?? '');
}

/** Words of a team game: a report with them puts each player on a side. */
const TEAM_GAME =
	/\b(?:goals?|goalkeeper|keeper|striker|midfielder|defender|penalty|penalties|free-kick|half-time|extra time|tries|try-line|scrum|wicket|innings|batsman|bowler)\b/;

const TEAMS = new WeakMap<Analysis, boolean>();
/**
 * A report of a team game — a match between clubs ("Liverpool… Milan"): who did what on the
 * pitch depends on the side, so a player is a fair guess only where the article puts them on
 * the key's side ("Milan keeper Dida" is no guess for a Liverpool goal).
 */
export function teamReport(an: Analysis): boolean {
	let out = TEAMS.get(an);
	if (out === undefined) {
		const hits = new Set(
			an.sentences.flatMap((s) =>
				[...s.text.matchAll(new RegExp(TEAM_GAME, 'gi'))].map((m) => m[0].toLowerCase())
			)
		);
		out = reportKind(an) === 'sport' && hits.size >= 2;
		TEAMS.set(an, out);
	}
	return out;
}

/** A player (or keeper) of a match report, whose side tells what they could have done. */
export function onTheField(an: Analysis, e: Entity): boolean {
	const role = roleGroup(an, e);
	return teamReport(an) && (role === 'player' || role === 'goalkeeper');
}

/** What someone's own work makes them: "Mr Peston's book", "Moore's Bush-baiting documentary". */
const WORKS: [RegExp, string][] = [
	[/^(?:book|books|novel|novels|memoir|biography)$/, 'author'],
	[/^(?:film|films|movie|movies|documentary|biopic)$/, 'film-maker'],
	[/^(?:album|albums|single|singles)$/, 'musician']
];

/**
 * "Mr Peston's book" and "Brown's Britain, by Robert Peston" (an author), "Michael Moore's
 * Bush-baiting documentary" (a film-maker), "the band's album" (a musician): the work that
 * follows a possessive name within three words.
 */
function workOf(an: Analysis, e: Entity): string | undefined {
	for (const m of e.mentions) {
		const s = an.sentences[m.sentence];
		if (!s) continue;
		const before = s.tokens.slice(Math.max(0, m.token - 2), m.token).map((t) => t.text);
		if (before[0] === ',' && before[1] === 'by') return 'author';
		if (!m.possessive) continue;
		const next = s.tokens.slice(m.tokenEnd, m.tokenEnd + 4).filter((t) => t.word);
		for (const t of next.slice(0, 3)) {
			const work = WORKS.find(([re]) => re.test(t.lower));
			if (work) return work[1];
			// ("Bush-baiting", "new" may stand between)
			if (!/^[\p{Ll}-]+$|-/u.test(t.text) && t.lower !== "'s") break;
		}
	}
	return undefined;
}

const KIND = new WeakMap<Analysis, 'sport' | 'politics' | undefined>();
/**
 * A sports report uses at least three different words of sport; a political report three of
 * politics and fewer of sport.
 */
function reportKind(an: Analysis): 'sport' | 'politics' | undefined {
	if (KIND.has(an)) return KIND.get(an);
	const sport = new Set<string>();
	const politics = new Set<string>();
	for (const s of an.sentences)
		for (const w of s.content) {
			if (SPORT_WORDS.has(w)) sport.add(w);
			if (POLITICS_WORDS.has(w)) politics.add(w);
		}
	const kind = sport.size >= 3 ? 'sport' : politics.size >= 3 ? 'politics' : undefined;
	KIND.set(an, kind);
	return kind;
}

const LISTS = new WeakMap<Analysis, Map<number, string>>();
/** People named in a list of three or more ("A, B and C"): each to the first list's id. */
function listedWith(an: Analysis): Map<number, string> {
	let out = LISTS.get(an);
	if (out) return out;
	out = new Map();
	for (const s of an.sentences) {
		const people = s.mentions.filter((m) => m.kind === 'person');
		let run: typeof people = [];
		const flush = () => {
			if (run.length >= 3)
				for (const m of run)
					if (!out?.has(m.entity)) out?.set(m.entity, `list:${s.index}:${run[0]?.start}`);
			run = [];
		};
		for (const m of people) {
			const last = run[run.length - 1];
			if (last && /^\s*(?:,|and|, and)\s*$/.test(s.text.slice(last.end, m.start))) run.push(m);
			else {
				flush();
				run = [m];
			}
		}
		flush();
	}
	LISTS.set(an, out);
	return out;
}

/** A lower-case noun that can name what a person is ("bassist"), not "by", "said", "and". */
function isRoleNoun(w: string): boolean {
	if (STOP_WORDS.has(w) || REPORTING_VERBS.has(w) || w.length < 3) return false;
	const tags = lexTags(w);
	if (tags.some((t) => VERBISH.has(t) || t === 'Preposition' || t === 'Adjective')) return false;
	return tags.includes('Singular') || tags.includes('Noun') || /(?:er|or|ist|ian)$/.test(w);
}

const SPEAKER = new WeakMap<Analysis, Set<number>>();
/** People the article quotes or reports ("X said", "said Mr X", "he told…" after X). */
export function speakers(an: Analysis): Set<number> {
	let out = SPEAKER.get(an);
	if (out) return out;
	out = new Set();
	for (const s of an.sentences) {
		for (const m of s.mentions) {
			if (m.kind !== 'person') continue;
			const next = s.tokens[m.tokenEnd];
			let before = s.tokens[m.token - 1];
			if (before && HONORIFICS.has(before.lower)) before = s.tokens[m.token - 2];
			// "X said", "said Mr X", "X, OFHEO director, said": a reporting verb right after the
			// name or its apposition (no other name between)
			const tail = s.tokens.slice(m.tokenEnd, m.tokenEnd + 6);
			const verb = tail.findIndex((t) => REPORTING_VERBS.has(t.lower));
			const between = s.mentions.some(
				(x) => x !== m && x.token >= m.tokenEnd && verb !== -1 && x.token < m.tokenEnd + verb
			);
			if (
				(next && REPORTING_VERBS.has(next.lower)) ||
				(before && REPORTING_VERBS.has(before.lower)) ||
				(verb !== -1 && !between && tail[0]?.text === ',')
			)
				out.add(m.entity);
		}
		if (s.antecedent !== undefined && s.tokens.some((t) => REPORTING_VERBS.has(t.lower)))
			out.add(s.antecedent);
	}
	SPEAKER.set(an, out);
	return out;
}

/**
 * Is the key a speaker in this question ("_____ said…", "said Mr _____", "Who told…",
 * "According to the article, who…")? Then any other speaker is a fair wrong answer.
 */
function speakerSlot(an: Analysis, c: Candidate): boolean {
	if (c.type === 'attribution') return true;
	if (c.type === 'who') return REPORTING_VERBS.has(c.stem.split(' ')[1]?.toLowerCase() ?? '');
	const s = c.span ? an.sentences[c.span.sentence] : undefined;
	const m = s?.mentions.find(
		(x) => x.start <= (c.span?.start ?? -1) + 5 && x.end >= (c.span?.end ?? 0)
	);
	if (!s || !m) return false;
	const next = s.tokens[m.tokenEnd];
	let before = s.tokens[m.token - 1];
	if (before && HONORIFICS.has(before.lower)) before = s.tokens[m.token - 2];
	return (
		(next !== undefined && REPORTING_VERBS.has(next.lower) && !m.possessive) ||
		(before !== undefined && REPORTING_VERBS.has(before.lower))
	);
}

/**
 * May person `e` stand as a wrong answer for the key person?
 */
/** Countries the article ties to a person: "North Korean leader Kim", "North Korea's Kim". */
function countriesOf(an: Analysis, e: Entity): Entity[] {
	const out = new Set<Entity>();
	for (const m of e.mentions) {
		const s = an.sentences[m.sentence];
		for (const x of s?.mentions ?? []) {
			const country = an.entities[x.entity];
			if (country?.kind !== 'country') continue;
			const before = x.end <= m.start && m.start - x.end <= 25;
			// "Kim Young Chol, the Vice Chairman of North Korea"
			const after =
				x.start >= m.end &&
				x.start - m.end <= 50 &&
				/ of /.test(s?.text.slice(m.end, x.start) ?? '');
			if (before || after) out.add(country);
		}
	}
	return [...out];
}

// ---- sides: the country, team or party the words before a name tie a person to ----------

const NOT_SIDES = new Set<EntityKind>([
	'person',
	'weekday',
	'month',
	'year',
	'number',
	'money',
	'percent'
]);

/**
 * The sides that the words right before mention `m` of a person tie them to, lower case:
 * "Ireland's Brian O'Driscoll" (ireland), "Liverpool manager Rafael Benitez" (liverpool),
 * "Arsenal and England defender Cole" (arsenal, england), "Tory shadow home secretary David
 * Davis" (tory), "North Korean leader Kim" (north korea), "White House Press Secretary Sarah
 * Sanders" (white house press), "Scotland duo Gordon Bulloch and Chris Cusiter" (scotland,
 * for both).
 */
export function sidesAt(an: Analysis, s: SentenceInfo, m: Mention): Set<string> {
	const out = new Set<string>();
	let run: string[] = [];
	const flush = () => {
		if (run.length) out.add(run.reverse().join(' ').toLowerCase());
		run = [];
	};
	let roles = 0;
	for (let i = m.token - 1; i >= 0 && i >= m.token - 8; i--) {
		const t = s.tokens[i];
		if (!t?.word) break;
		const x = s.mentions.find((x) => x !== m && x.token <= i && i < x.tokenEnd);
		if (x) {
			if (NOT_SIDES.has(x.kind)) break;
			// a country by its name ("North Korean" → north korea); other names as written, with
			// the capitals next to them ("Liberal Democrat")
			if (x.kind === 'country') {
				flush();
				out.add((an.entities[x.entity]?.display ?? x.text).replace(/^the /i, '').toLowerCase());
			} else run.push(x.text);
			i = x.token;
			continue;
		}
		const role = ROLE_GROUPS[t.lower] !== undefined || HONORIFICS.has(t.lower);
		// (a capital that only opens the sentence names nothing: "Party president Simon Hughes";
		// "Liberal Democrat home affairs spokesman" does)
		const opening = i === 0 && run.length === 0;
		if (t.cap && !opening && !role && t.text !== 'I' && !STOP_WORDS.has(t.lower)) {
			run.push(t.text);
			continue;
		}
		flush();
		// "Arsenal and England defender Cole"
		if (t.lower === 'and' && out.size > 0) continue;
		// role words: "former", "shadow home secretary", not "including" or "hope"
		const roleWord = role || ((!t.cap || opening) && !/ing$/.test(t.lower) && !isVerbLike(t.lower));
		if (!STOP_WORDS.has(t.lower) && roles < 3 && roleWord) {
			roles++;
			continue;
		}
		break;
	}
	flush();
	// "Scotland duo Gordon Bulloch and Chris Cusiter": the second of a pair has the first's side
	const and = s.tokens[m.token - 1];
	const first = s.mentions.find((x) => x.kind === 'person' && x.tokenEnd === m.token - 1);
	const pair = first && s.tokens[first.token - 1]?.lower;
	if (out.size === 0 && and?.lower === 'and' && first && GROUP_NOUN.test(pair ?? ''))
		return sidesAt(an, s, first);
	return out;
}

const PARTIES = 'Republican|Democrat|Democratic|Tory|Conservative|Labour|Liberal Democrat';
const PARTY_AFTER = new RegExp(`^(?:'s)?,\\s+an?\\s+(${PARTIES})\\b`);
/** "Republican critics said _____ should have been more forceful": someone of another party. */
const CRITICS = new RegExp(`\\b(${PARTIES}) (?:critics|opponents|rivals)\\b`);
/** One name per party: "Democratic" is "democrat", "Conservative" is "tory". */
const partyOf = (word: string) =>
	word
		.toLowerCase()
		.replace(/^democratic$/, 'democrat')
		.replace(/^conservative$/, 'tory');
const PARTY_NAMES = new Set(PARTIES.split('|').map((p) => partyOf(p)));

const PARTY_WORDS = new RegExp(`\\b(${PARTIES})\\b`, 'gi');
/** The parties a text names ("the Republican Representative" → republican). */
export function partiesIn(text: string): Set<string> {
	const found = text.matchAll(PARTY_WORDS);
	return new Set([...found].map((m) => partyOf(m[1] ?? '')));
}

const SIDES = new WeakMap<Analysis, Map<number, Set<string>>>();
/** Every side the article ties person `e` to, over all their mentions. */
export function sidesOf(an: Analysis, e: Entity): Set<string> {
	let cache = SIDES.get(an);
	if (!cache) SIDES.set(an, (cache = new Map()));
	let out = cache.get(e.id);
	if (!out) {
		out = new Set();
		for (const m of e.mentions) {
			const s = an.sentences[m.sentence];
			if (!s) continue;
			for (const side of sidesAt(an, s, m)) out.add(side);
			// "Ed Royce, a Republican from California"
			const party = PARTY_AFTER.exec(s.text.slice(m.end));
			if (party?.[1]) out.add(partyOf(party[1]));
		}
		cache.set(e.id, out);
	}
	return out;
}

/**
 * "Jorge Andrade's early own goal gave Liverpool a 1-0 win": the scorer of an own goal plays
 * for the other side, which the article rarely says of anyone else; a player swapped in may be
 * one of the winners (the strict rating failed Liverpool's own players here). No person slot.
 */
export function sideImplied(text: string): boolean {
	return /\bown[- ]goals?\b/i.test(text);
}

/** The sides stated right before the key person in the key sentence. */
function keySides(an: Analysis, key: Entity, sentence: number): Set<string> {
	const out = new Set<string>();
	const s = an.sentences[sentence];
	for (const m of key.mentions)
		if (s && m.sentence === sentence) for (const side of sidesAt(an, s, m)) out.add(side);
	return out;
}

export const meets = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/**
 * "Ireland's _____", "Tory shadow home secretary _____": when the sentence ties the slot to a
 * side, only people the article ties to that side are fair guesses (a New Zealander is no
 * guess for "Ireland's", a Labour minister none for a Tory).
 */
export function sameSide(an: Analysis, stated: Set<string>, e: Entity): boolean {
	return stated.size === 0 || meets(stated, sidesOf(an, e));
}

/**
 * "Who said: "…our talks with North Korea"?": a North Korean is no fair guess. A person whose
 * own country the quotation speaks of as another party is left out.
 */
function quoteRulesOut(an: Analysis, c: Candidate, e: Entity): boolean {
	const quoted = (c.stem.match(/["“][^"”]*["”]/g) ?? []).join(' ');
	if (!quoted) return false;
	// "We all feel for Warney": the quotation speaks of Shane Warne, who is no one to say it
	const surname = e.kind === 'person' ? (e.display.split(' ').at(-1) ?? '') : '';
	const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	if (surname.length >= 4 && new RegExp(`\\b${escaped}`, 'u').test(quoted)) return true;
	// ""The chancellor has taken note…"": the quotation speaks of the chancellor, Schroeder
	const roles = new Set<string>();
	if (e.title) roles.add(e.title.split(/\s+/).pop()?.toLowerCase() ?? '');
	for (const m of e.mentions) {
		const before = an.sentences[m.sentence]?.tokens[m.token - 1];
		if (before?.word && isRoleNoun(before.lower)) roles.add(before.lower);
	}
	if ([...roles].some((r) => r.length > 2 && containsPhraseCi(quoted, `the ${r}`))) return true;
	return countriesOf(an, e).some((country) =>
		[...country.aliases].some((a) => a.length > 2 && containsPhraseCi(quoted, a))
	);
}

/**
 * "Mr _____": someone the article calls "Mr" too, or names with no honorific at all and a
 * man's first name ("Mark Oaten"); never "Mr Hodge" for the article's "Ms Hodge".
 */
function honorificFits(honorific: string, e: Entity): boolean {
	const h = honorific.toLowerCase().replace(/\.$/, '');
	if (e.honorific) return e.honorific.toLowerCase().replace(/\.$/, '') === h;
	const first = e.display.split(' ')[0]?.toLowerCase() ?? '';
	if (e.display.split(' ').length < 2) return false;
	const tag = lexTag(first);
	return (
		(MALE_TITLES.has(h) && tag === 'MaleName') || (FEMALE_TITLES.has(h) && tag === 'FemaleName')
	);
}

/** Words that tell a person's sex: a stem with one meets options of that sex only. */
const GENDERED =
	/\b(?:he|him|his|himself|she|her|hers|herself|daughter|son|mother|father|wife|husband|sister|brother|widow|widower|actress|actor|businessman|businesswoman|spokesman|spokeswoman|chairman|chairwoman|king|queen|prince|princess|man|woman|boy|girl)\b/i;

function fairPerson(an: Analysis, c: Candidate, key: Entity, e: Entity): boolean {
	if (quoteRulesOut(an, c, e)) return false;
	// Only someone of the same known role: a coach for a coach, a chief executive for a chief
	// executive (not the judge who ruled on his case). Being quoted too is not enough: the
	// author of a book "dismissing tittle tattle in books", a minister arguing against his own
	// plan were the commonest failures of the independent ratings.
	const role = roleGroup(an, key);
	return role !== undefined && roleGroup(an, e) === role;
}

const aliasClash = (a: Entity, b: Entity): boolean => {
	for (const x of a.aliases) if (b.aliases.has(x)) return true;
	return false;
};

/** The curated fallback names: only where any member is a fair guess (days and months). */
function curated(kind: EntityKind, key?: string): readonly string[] {
	// a working day meets working days (court hearings, trading), a weekend day any day
	if (kind === 'weekday')
		return (WEEKDAYS as readonly string[]).indexOf(key ?? '') < 5
			? WEEKDAYS.slice(0, 5)
			: ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday'];
	if (kind === 'month') return MONTHS;
	if (kind === 'agency') return AGENCY_NAMES;
	return [];
}
const AGENCY_NAMES = NEWS_AGENCIES.map((a) => a.name);

/** Article entities that could replace `key` (same kind, not true for this fact), best first. */
export function articleAlternatives(
	an: Analysis,
	key: Entity,
	context: string,
	keySentence: number
): Entity[] {
	const ctx = contentWords(context);
	return an.entities
		.filter(
			(e) =>
				e.id !== key.id &&
				e.kind === key.kind &&
				sameSort(e, key) &&
				e.mentions.length > 0 &&
				!aliasClash(e, key) &&
				!supportedElsewhere(an, e, ctx, keySentence)
		)
		.sort(
			(a, b) => agency(an, b) - agency(an, a) || b.sentences.size - a.sentences.size || a.id - b.id
		);
}

// ---- numbers -------------------------------------------------------------------------------

// (never three times or a third: "$300" beside "$90", "60%" for a 20% fall were no fair guesses)
const FACTORS = [0.5, 2, 1.5, 0.75, 0.6, 1.25];
/** An age asked: "who turns _____", "aged _____", "a _____-year-old", "_____ years old". */
const AGE = /\b(?:turns?|turned|turning|aged|at the age of)\s+_____|_____[- ]years?[- ]old\b/;
/** Words for people counted: a ferry's "475 people" is a whole its "368 people" rescued are part of. */
const PEOPLE =
	/^(?:people|persons|passengers|students|pupils|children|workers|employees|residents|soldiers|troops|miners|crew|members|delegates|voters|prisoners|refugees|migrants|fans|athletes|players)$/;
/** Steps for a key set among like figures: "575" beside "600" and "556". */
const NEAR_FACTORS = [0.85, 1.15, 0.9, 1.1];
/** Factors whose products a reader can see through ("$8.8bn" is twice "$4.4bn"). */
const SIMPLE_FACTORS = [0.25, 0.4, 0.5, 0.6, 0.75, 1.25, 1.5, 2, 2.5, 3, 4, 5];
// near years only: "Cannes in 1994" for a film about 9/11 is no fair guess
const YEAR_STEPS = [-3, -2, -1, 1, 2, 3];
/** "expects to move into the black in 2006": a sentence about the future */
const FUTURE =
	/\b(?:will|would|expects?|expected|plans?|planned|due|scheduled|aims?|hopes?|next|could|by)\b/i;
/** "IBM said it would start producing the chip in early 2005": surely a year to come */
const WILL = /\b(?:will|would|expects?|expected|plans?|planned|due|scheduled|aims?)\b/i;

/** "£44,914" → parts to rebuild the same format with another value. */
function numberParts(text: string) {
	const m = /^(\D*)(\d[\d,]*(?:\.\d+)?)([^\d,].*)?$/su.exec(text);
	if (!m) return undefined;
	const digits = m[2] as string;
	const decimals = digits.includes('.') ? (digits.split('.')[1] as string).length : 0;
	return {
		prefix: m[1] as string,
		value: Number(digits.replace(/,/g, '')),
		suffix: m[3] ?? '',
		decimals,
		commas: digits.includes(',') || Number(digits.replace(/,/g, '')) >= 10000
	};
}

/** Words that make an amount a round guess: "about _____", "more than _____". */
const APPROX =
	/\b(?:about|around|roughly|some|nearly|almost|approximately|more than|over|at least|up to)\s*[$£€]?$/i;

/** The step a round whole number is given in: 40 → 10, 1,100 → 100, 45 → 5, 37 → 1. */
function roundness(v: number): number {
	if (!Number.isInteger(v) || v < 10) return 1;
	let step = 1;
	while (v % (step * 10) === 0) step *= 10;
	return step === 1 && v % 5 === 0 ? 5 : step;
}

/**
 * The start of a range whose end is asked, in the key's own unit: "from 6 million to _____
 * million" → 6, "between 26.6% and _____" → 26.6; `undefined` when the stem has none before
 * the blank.
 */
function rangeStart(head: string, suffix: string): number | undefined {
	const m =
		/(?:^|[\s(])[$£€]?(\d[\d,]*(?:\.\d+)?)(\s?(?:million|billion|bn|m)\b)?(?:%| percent| per cent)?\s?(?:to|-|–|and)\s[$£€]?$/.exec(
			head
		);
	if (!m) return undefined;
	// (the same scale as the key's: "6 million to 7 million", not "6 to 7 million")
	const scale = (x: string) => /^\s?(?:million|billion|bn|m)\b/.exec(x)?.[0].trim() ?? '';
	if (scale(m[2] ?? '') !== scale(suffix)) return undefined;
	return Number((m[1] ?? '').replace(/,/g, ''));
}

/**
 * Neighbours of a small count in its own grain: 50 → 30, 40, 60, 70; 15 → 5, 10, 20, 25;
 * 7 → 5, 6, 8, 9, 10; 28 → 23, 25, 31, 33.
 */
function smallSteps(v: number, bound?: 'above' | 'below'): number[] {
	const deltas =
		v % 10 === 0
			? [-30, -20, -10, 10, 20, 30]
			: v % 5 === 0
				? [-15, -10, -5, 5, 10, 15]
				: v <= 12
					? [-3, -2, -1, 1, 2, 3]
					: [-8, -5, -3, 3, 5, 8];
	// the widest steps only where one side is ruled out ("within _____ days": 10 and 20 only)
	const used = bound ? deltas : deltas.slice(1, -1);
	if (!bound && v <= 12 && v % 5 !== 0) used.push(3);
	return used.map((d) => v + d).filter((x) => x >= 2);
}

/** 44914 → 5, 1.8 → 2, 300 → 1. */
function significantDigits(v: number): number {
	return String(v).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length || 1;
}

function roundTo(v: number, digits: number): number {
	if (v === 0) return 0;
	const p = 10 ** (Math.floor(Math.log10(Math.abs(v))) + 1 - digits);
	return Math.round(v / p) * p;
}

function formatNumber(v: number, decimals: number, commas: boolean): string {
	const fixed = v.toFixed(decimals);
	if (!commas && v < 10000) return fixed;
	const [int, dec] = fixed.split('.');
	const withCommas = (int as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return dec ? `${withCommas}.${dec}` : withCommas;
}

/**
 * Distractors for a number written in words, in words: "three" → "two", "four", "five";
 * "one trillion" → "two trillion", "three trillion". `undefined` when the key is not in words.
 */
function wordNumberDistractors(
	key: string,
	random: () => number,
	bound?: 'above' | 'below'
): string[] | undefined {
	const m = /^([a-z]+)(?: (million|billion|trillion))?$/.exec(key);
	const value = m ? NUMBER_WORDS.get(m[1] as string) : undefined;
	if (!m || value === undefined) return undefined;
	const scale = m[2] ? ` ${m[2]}` : '';
	// the nearest values, by ratio, so that "two" meets "three" and "four", not "fifty"
	const near = [...NUMBER_WORDS]
		.filter(
			([w, v]) =>
				w !== m[1] &&
				v >= 2 &&
				v < 100 &&
				!(bound === 'above' && v <= value) &&
				!(bound === 'below' && v >= value)
		)
		.sort((a, b) => Math.abs(Math.log(a[1] / value)) - Math.abs(Math.log(b[1] / value)))
		.slice(0, 4)
		.map(([w]) => `${w}${scale}`);
	return shuffle(near, random);
}

/**
 * "more than _____ locations", "won the last _____ points": a smaller value would be true as
 * well, so only larger ones may stand; "almost _____ orders", "up to _____", "the world's top _____", "within _____ days":
 * only smaller ones. `undefined`: any value.
 */
export function boundOf(head: string): 'above' | 'below' | undefined {
	const h = head
		.toLowerCase()
		.replace(/[$£€¥]\s*$/u, '')
		.trimEnd();
	if (
		/\b(?:more than|over|at least|above|exceeding|exceeded|exceeds|topped|surpassed|in excess of|upwards of|no fewer than|no less than|a minimum of|beyond|the (?:last|first|past))$/.test(
			h
		)
	)
		return 'above';
	if (
		/\b(?:almost|nearly|up to|less than|fewer than|under|below|within|top|as many as|as much as|as high as|no more than|at most|a maximum of|just short of|capped at)$/.test(
			h
		)
	)
		return 'below';
	return undefined;
}

/**
 * Distractors for a number, a year or an amount, as many below the key as a seeded draw says
 * (and the rest above, nearest first): options are shown in order, so the key must not always
 * come third, or always last (a year before the article's "now").
 */
export function numericDistractors(
	an: Analysis,
	c: Candidate,
	random: () => number,
	want: number
): string[] {
	const pool = numericPool(an, c, random, want + 3);
	const key = amountOf(c.key);
	if (key === undefined || pool.some((x) => amountOf(x) === undefined)) return pool.slice(0, want);
	const near = (a: string, b: string) =>
		Math.abs((amountOf(a) ?? 0) - key) - Math.abs((amountOf(b) ?? 0) - key);
	const below = pool.filter((x) => (amountOf(x) ?? 0) < key).sort(near);
	const above = pool.filter((x) => (amountOf(x) ?? 0) > key).sort(near);
	const n = Math.min(want, pool.length);
	const least = Math.max(0, n - above.length);
	const most = Math.min(n, below.length);
	const under = least + Math.floor(random() * (most - least + 1));
	return [...below.slice(0, under), ...above.slice(0, n - under)];
}

/**
 * What the rest of the article allows a number's options: `band`, the range of the like
 * figures of its sentence ("scored 575 in science… averaged 600 points" leaves no room for
 * 1,100); `whole`, a count no option may reach (368 people rescued of "475 passengers", 10
 * votes of "the 15-member" council); `unit`, the word after the key.
 */
function limitsOf(
	an: Analysis,
	c: Candidate,
	value: number,
	small: boolean
): { band?: [number, number]; whole?: number; unit?: string } {
	const peers = (an.sentences[c.evidence[0] ?? -1]?.mentions ?? [])
		.filter((m) => m.kind === c.keyKind && m.text !== c.key)
		.map((m) => amountOf(m.text) ?? 0)
		.filter((v) => v !== value && v >= value / 3 && v <= value * 3);
	const band: [number, number] | undefined =
		peers.length > 0 && !small
			? [Math.min(value, ...peers) * 0.8, Math.max(value, ...peers) * 1.25]
			: undefined;
	const ev = an.sentences[c.evidence[0] ?? -1];
	const own = ev?.mentions.find((m) => m.text === c.key);
	const unit = own && c.keyKind === 'number' ? ev?.tokens[own.tokenEnd]?.lower : undefined;
	// (people of any name: "368 people" were rescued of "475 passengers and crew")
	const counted = (x: SentenceInfo, m: Mention) =>
		m.kind === 'number' && PEOPLE.test(x.tokens[m.tokenEnd]?.lower ?? '');
	const wholes =
		unit && PEOPLE.test(unit)
			? an.sentences.flatMap((x) =>
					x.mentions
						.filter((m) => counted(x, m))
						.map((m) => amountOf(m.text) ?? 0)
						.filter((v) => v > value)
				)
			: [];
	// (nor more votes than members, nor seats than the house has)
	if (unit && /^(?:votes|seats|members|nations|countries|states|judges|justices)$/.test(unit))
		for (const x of an.article.body.matchAll(/\b(\d{1,4})-(?:member|seat|nation|strong)\b/g))
			if (Number(x[1]) >= value) wholes.push(Number(x[1]) + 1);
	const whole = wholes.length > 0 ? Math.max(...wholes) : undefined;
	return { band, whole, unit };
}

function numericPool(an: Analysis, c: Candidate, random: () => number, want: number): string[] {
	const key = c.key;
	const inArticle = new Set(an.entities.filter((e) => e.kind === c.keyKind).map((e) => e.display));
	const out: string[] = [];
	const ok = (x: string) => x !== key && !out.includes(x) && !containsPhraseCi(c.stem, x);
	// "stretch into 2005": a four-digit number of our era is a year, whatever the analysis said
	if (c.keyKind === 'year' || (c.keyKind === 'number' && /^(?:1[89]|20)\d\d$/.test(key))) {
		const y = Number(key);
		// (other years of the article are not used: "Thatcher's rebate of 2005" was no fair guess)
		const years = an.entities
			.filter((e) => e.kind === 'year' || /^(?:1[89]|20)\d\d$/.test(e.display))
			.map((e) => Number(e.display));
		const latest = Math.max(y, ...years);
		const ahead = FUTURE.test(c.context) && y === latest;
		// the article's "now": its date, or else a year after the latest it mentions — an
		// undated report may be a year later, and a key always at the end of its options
		// (the latest year) was the one a test-wise reader picked
		const dated = Number(/^(\d{4})/.exec(an.article.date ?? '')?.[1] ?? NaN);
		// (only for the latest year itself: "a repair program in July 2017" for an event before
		// a recall of June 2016 is ruled out by the story)
		const now = !Number.isNaN(dated) ? Math.max(latest, dated) : y === latest ? latest + 1 : latest;
		// never a year after that "now", unless the sentence looks ahead; then never one before
		// it. A year something will happen in, before another the article looks ahead to, has no fair neighbour: earlier
		// years are past ("would start producing the chip in early 2002" in 2004), later ones
		// clash with the article's own timeline (a chip made in 2007 for a console due in 2006)
		if (WILL.test(c.context) && y < latest) return out;
		// "a 38 percent increase on 2022", "up from 2019": the year compared with stays on its side
		const against = [...c.context.matchAll(/\b(?:on|from|over|than|with)\s+((?:1[89]|20)\d\d)\b/g)]
			.map((x) => Number(x[1]))
			.filter((x) => x !== y);
		for (const step of shuffle(YEAR_STEPS, random)) {
			const v = String(y + step);
			if (ahead ? step < 0 : y + step > now) continue;
			if (against.some((x) => y + step > x !== y > x)) continue;
			if (out.length < want && ok(v) && !years.includes(y + step)) out.push(v);
		}
		return out;
	}
	const blank = c.stem.indexOf(BLANK);
	const head = blank === -1 ? '' : c.stem.slice(0, blank);
	// ("That figure could rise to _____", after "raised $21.8 billion": a figure it rises to
	// lies above where it was, so options below the key may lie below that too)
	const toward =
		/\b(?:rise|rises|rose|risen|climb|climbs|climbed|grow|grows|grew|increase|increases|increased|swell|swells|swelled|jump|jumps|jumped) to\s*[$£€]?$/i.test(
			head
		)
			? 'above'
			: /\b(?:fall|falls|fell|fallen|drop|drops|dropped|sink|sinks|sank|shrink|shrinks|shrank|decrease|decreases|decreased|slip|slips|slipped) to\s*[$£€]?$/i.test(
						head
				  )
				? 'below'
				: undefined;
	const bound = blank === -1 ? undefined : (boundOf(head) ?? toward);
	const words = wordNumberDistractors(key, random, bound);
	if (words) {
		for (const w of words) if (out.length < want && ok(w) && !inArticle.has(w)) out.push(w);
		return out;
	}
	const parts = numberParts(key);
	if (!parts || parts.value === 0) return out;
	// "on 16 December", "June 12": a day of the month stays a day of the month
	const dayOfMonth =
		c.keyKind === 'number' &&
		parts.value <= 31 &&
		new RegExp(`\\b(?:${MONTH_NAME})\\W*_____|_____\\W*(?:${MONTH_NAME})\\b`).test(c.stem);
	// a share of a vote stays on its side of half: "53 percent supported" a proposal the headline
	// says passed is never "42 percent"
	const vote =
		c.keyKind === 'percent' &&
		parts.value !== 50 &&
		// (not "dropped 1.4%, … than the 0.3% forecast in a Reuters poll": a share of a vote
		// under ten points is a whole one, "a 1% stake")
		(parts.value >= 10 || parts.decimals === 0) &&
		(/\b(?:votes?|voted|voters|ballots?|referendum|poll|elected|won|received|backed|supported|in favou?r|against)\b/i.test(
			c.context
		) ||
			// ("Mahama … received _____" in a report of an election)
			/\b(?:elections?|votes?|referendum|poll|wins|won)\b/i.test(an.article.title));
	// (a small count meets its near neighbours already)
	const small = Number.isInteger(parts.value) && parts.value <= 60 && c.keyKind === 'number';
	const { band, whole, unit: next } = limitsOf(an, c, parts.value, small);
	// "6 million to _____ ounces": a range's end stays on its side of the start
	const from = rangeStart(head, parts.suffix);
	// "a slim majority of _____ seats in the 300-member chamber": more than half of them
	const half = whole !== undefined && /\bmajority\b/i.test(c.context) ? (whole - 1) / 2 : 0;
	// "about _____ people" for 40: as round as the key (30, 50), never 37 or 42; "about
	// 100,000" meets 60,000 (rounded in its own leading place)
	const step = APPROX.test(head) && c.keyKind !== 'percent' ? roundness(parts.value) : 1;
	const grain = (v: number) => Math.min(step, 10 ** Math.floor(Math.log10(v)));
	/** Offers value `v` in the key's own format, on the bound's side. */
	const offer = (v: number, places = parts.decimals, commas = parts.commas) => {
		if (step > 1 && v >= 1) v = Math.round(v / grain(v)) * grain(v);
		if ((bound === 'above' && v <= parts.value) || (bound === 'below' && v >= parts.value)) return;
		if (band && (v < (band[0] ?? 0) || v > (band[1] ?? Infinity))) return;
		if (whole !== undefined && v >= whole) return;
		if (from !== undefined && v > from !== parts.value > from) return;
		if (v <= half) return;
		if (vote && v > 50 !== parts.value > 50) return;
		const text = `${parts.prefix}${formatNumber(v, places, commas)}${parts.suffix}`;
		if (dayOfMonth && impossibleDate(c.stem.replace(BLANK, text))) return;
		if (out.length < want && ok(text) && !inArticle.has(text)) out.push(text);
	};
	// (a share of a vote meets shares a few points off, on its side of half)
	if (vote) {
		for (const d of shuffle([-12, -8, -5, -3, 3, 5, 8, 12], random))
			if (parts.value + d > 0 && parts.value + d < 100) offer(parts.value + d);
		return out;
	}
	// a price meets prices: "$299" → "$249", "$349"; "£9.99" → "£8.99", "£11.99"
	const price = pricePoints(c.keyKind, parts.value, parts.decimals);
	if (price) {
		for (const v of shuffle(price, random)) offer(v);
		return out;
	}
	// memory comes in powers of two: "16GB" meets 8GB and 32GB, never 11GB or 19GB
	const power = Math.log2(parts.value);
	if (
		Number.isInteger(power) &&
		/^\s?(?:[KMGT]B|kilobytes?|megabytes?|gigabytes?|terabytes?)\b/.test(
			parts.suffix || ` ${next ?? ''}`
		)
	) {
		for (const f of shuffle([0.125, 0.25, 0.5, 2, 4, 8], random)) offer(parts.value * f, 0);
		return out;
	}
	// an age meets ages a few years off: "Bellingham, who turns 20", never 10 or 40
	if (c.keyKind === 'number' && Number.isInteger(parts.value) && AGE.test(c.stem)) {
		for (const d of shuffle([-4, -3, -2, -1, 1, 2, 3, 4], random)) offer(parts.value + d);
		return out;
	}
	// a policy rate moves in quarter points: "cut by a quarter point to 3.75%" meets 3.5% and
	// 4.25%, never 3.83%
	if (
		/%|percent|per cent/.test(parts.suffix) &&
		Number.isInteger(parts.value * 4) &&
		/\b(?:interest rates?|(?:deposit|policy|benchmark|lending|bank) rates?|basis points?|quarter(?:-| )point)\b/i.test(
			c.context
		)
	) {
		// (in the key's own places at least: 1.5 meets 1.75 and 2.0, 3.75 meets 4.00)
		const places = (v: number) =>
			Math.max(parts.decimals, Number.isInteger(v) ? 0 : Number.isInteger(v * 2) ? 1 : 2);
		for (const d of shuffle([-0.75, -0.5, -0.25, 0.25, 0.5, 0.75], random))
			if (parts.value + d > 0) offer(parts.value + d, places(parts.value + d));
		return out;
	}
	// a measurement to two places ("9.58 seconds", "1.26%") meets near values: 9.39, 9.77 —
	// not 7.22 or 14.60, which no race or budget comes near
	if (parts.decimals >= 2 && c.keyKind !== 'money') {
		for (const f of shuffle([0.94, 0.96, 0.98, 1.02, 1.04, 1.06], random)) offer(parts.value * f);
		return out;
	}
	// a small count ("from the age of 17", "11 detainees") meets its neighbours, not 4 or 51
	const steps = small
		? smallSteps(parts.value, bound).map((v) => v / parts.value)
		: bound === 'below'
			? [...FACTORS, 0.4, 0.6]
			: bound === 'above'
				? [...FACTORS, 2.5, 4]
				: FACTORS;
	// a precise value (44,914) gets no exact multiples (22,457), which would point at the key
	const precise = significantDigits(parts.value) >= 3;
	// …and options whose last digits differ ("$13.3bn, $21.3bn, $53.3bn" beside "$27.5bn"
	// singled the key out)
	const lastDigit = (x: number) => Math.round(x * 10 ** parts.decimals) % 10;
	const lastDigits = new Set([lastDigit(parts.value)]);
	// (near values last, for a key whose like figures leave the usual steps no room)
	for (const f of [...shuffle(steps, random), ...(band ? NEAR_FACTORS : [])]) {
		let v = parts.value * f;
		if (precise && !small) {
			const jittered = () =>
				roundTo(parts.value * f * (0.93 + random() * 0.14), significantDigits(parts.value));
			v = jittered();
			// (nor a whole "23%" among "11.1%, 13.5%")
			const odd = (x: number) =>
				lastDigits.has(lastDigit(x)) || (parts.decimals > 0 && Number.isInteger(x));
			for (let tries = 0; tries < 8 && odd(v); tries++) v = jittered();
			lastDigits.add(lastDigit(v));
		}
		// a round key (530, £9m) meets round values: 400, not 398; and no value the key times a
		// simple factor ("$6.6bn, $8.8bn, $13bn" are 1.5, 2 and 3 times "$4.4bn": the base
		// they share singles the key out), where the key's digits leave room
		else if (!small) {
			const digits = Math.max(1, significantDigits(parts.value));
			const near = (x: number) => roundTo(x, digits);
			const multiple = (x: number) =>
				digits >= 2 && SIMPLE_FACTORS.some((k) => near(parts.value * k) === x);
			v = near(v);
			for (let tries = 0; tries < 8 && multiple(v); tries++)
				v = near(parts.value * f * (0.9 + random() * 0.2));
		}
		const decimals = parts.decimals;
		// a whole count stays whole ("11 detainees" never becomes "5.5"), money may keep a decimal
		if (decimals === 0 && !Number.isInteger(v)) {
			if (c.keyKind === 'money' && v < 10 && /[mbn]/i.test(parts.suffix))
				v = Math.round(v * 10) / 10;
			else v = Math.round(v);
		}
		// "$1100 million" is written "$1.1bn": a value past its scale's thousand is no option
		if (/^\s*(?:m|mn|million|bn|billion)\b/i.test(parts.suffix) && v >= 1000) continue;
		// "100% of PCs" is no fair guess for 90%: a share stays below the whole
		if (v < 1 || (c.keyKind === 'percent' && parts.value < 100 && v >= 100)) continue;
		if (dayOfMonth && (v > 31 || !Number.isInteger(v))) continue;
		// "$13bn" beside "$4.4bn", not "$13.0bn" (money in pence keeps its "£216.00"); "2,000"
		// where the article writes its thousands so, even when the key is "700"
		const places = Number.isInteger(v) ? (decimals === 1 ? 0 : decimals) : Math.max(decimals, 1);
		offer(v, places, parts.commas || /\d,\d{3}/.test(an.article.body));
	}
	// (a small count under a whole it may not pass — "10 votes" of 15 — meets its near neighbours)
	if (small && whole !== undefined)
		for (const d of shuffle([-3, -2, -1, 1, 2, 3], random))
			if (parts.value + d >= 1) offer(parts.value + d);
	return out;
}

/**
 * Other prices for a price that ends like one (".99", "299", "1,495"), in the same ending:
 * "$151" beside "$299" is no price anyone charges. `undefined` for any other amount.
 */
function pricePoints(
	kind: Candidate['keyKind'],
	value: number,
	decimals: number
): number[] | undefined {
	if (kind !== 'money') return undefined;
	const cents = Math.round(value * 100) % 100;
	if (decimals === 2 && (cents === 99 || cents === 95))
		return [-3, -2, -1, 1, 2, 3].map((d) => value + d).filter((v) => v > 0);
	if (decimals === 0 && value >= 99 && [99, 95, 49].includes(value % 100)) {
		const step = value >= 1000 ? 500 : value >= 200 ? 100 : 50;
		return [-2, -1, 1, 2, 3].map((d) => value + d * step).filter((v) => v > 0);
	}
	return undefined;
}

const KNOWN = new WeakMap<Analysis, Set<string>>();
/** Every alias the article uses (cached per analysis). */
function knownAliases(an: Analysis): Set<string> {
	let known = KNOWN.get(an);
	if (!known) {
		known = new Set(an.entities.flatMap((e) => [...e.aliases]));
		KNOWN.set(an, known);
	}
	return known;
}

// ---- the stage -----------------------------------------------------------------------------

/** Fills `candidate.distractors` for entity- and number-keyed candidates. */
export function addDistractors(an: Analysis, c: Candidate, opts: DistractorOptions): Candidate {
	// (statement, evidence and what items come with their options)
	if (c.type === 'statement' || c.type === 'evidence' || c.type === 'what') return c;
	const random = rng(hashString(c.stem, opts.seed));
	const key = c.keyEntity !== undefined ? an.entities[c.keyEntity] : undefined;
	if (!key) return c;
	if (['year', 'number', 'money', 'percent'].includes(key.kind)) {
		return { ...c, distractors: numericDistractors(an, c, random, opts.distractors) };
	}
	const keySentence = c.evidence[0] ?? -1;
	const usable = (text: string) =>
		text.toLowerCase() !== c.key.toLowerCase() &&
		// ("_____ 30": no February)
		!impossibleDate(c.stem.replace(BLANK, text)) &&
		!key.aliases.has(text.toLowerCase()) &&
		!containsPhraseCi(c.stem, text.replace(/^the /, ''));
	const picked: string[] = [];
	// the stem reads "the _____": options go without their own "the"
	const theInStem = /\bthe _____/i.test(c.stem);
	// an organisation named without "the" in the text ("25 nation EU"): options without it too
	const bareKey = key.kind === 'organisation' && !c.key.startsWith('the ');
	const form = (text: string) => (theInStem || bareKey ? text.replace(/^the /, '') : text);
	// lengths stay within a factor of two of each other (the option-form gate)
	const len = (t: string) => Math.max(t.length, 6);
	const fits = (t: string) => {
		const all = [c.key, ...picked, t].map(len);
		return Math.max(...all) <= 2 * Math.min(...all);
	};
	const inStem = (e: Entity) => [...e.aliases].some((a) => containsPhraseCi(c.stem, a));
	let alternatives = articleAlternatives(an, key, c.context, keySentence);
	const stated = key.kind === 'person' ? keySides(an, key, keySentence) : new Set<string>();
	if (c.anyRole) {
		// a role question meets people of the key's own kind only (a coach for a coach; no
		// player as "the Liverpool manager", no judge as "the former Yukos boss"), and none the
		// article ties to another country ("North Korean leader Kim" as "the White House Press
		// Secretary"; a Democrat stays a fair guess for a House committee's Republican chairman)
		const role = roleGroup(an, key);
		const countries = new Set(
			an.entities.filter((x) => x.kind === 'country').map((x) => x.display.toLowerCase())
		);
		const own = sidesOf(an, key);
		alternatives = alternatives.filter(
			(e) =>
				(role === undefined || roleGroup(an, e) === role) &&
				[...sidesOf(an, e)].every((side) => !countries.has(side) || own.has(side))
		);
	}
	if (key.kind === 'person' && sideImplied(an.sentences[keySentence]?.text ?? ''))
		alternatives = [];
	const criticsOf = key.kind === 'person' ? CRITICS.exec(c.stem)?.[1] : undefined;
	const critics = criticsOf && partyOf(criticsOf);
	const gendered = GENDERED.test(c.stem);
	// A quotation's speaker meets people of the same role first; then, where too few, other
	// people the article quotes or reports: who said what is what the reader is asked to know
	// ("Who said: 'Ending coal is the right thing to do'?" among the premier, the energy
	// minister and the opposition leader who blamed the plan for rising bills).
	// (only a key that is surely a person: "the opposition Progressive Conservatives said…"
	// is a party read as one)
	const surelyPerson = key.gender !== undefined || isFirstName(key.display.split(' ')[0] ?? '');
	const passes =
		key.kind === 'person' && c.type === 'attribution' && surelyPerson ? [false, true] : [false];
	for (const relaxed of passes)
		for (const e of alternatives) {
			if (relaxed && (picked.length >= opts.distractors || !speakers(an).has(e.id))) continue;
			if (relaxed && (quoteRulesOut(an, c, e) || fairPerson(an, c, key, e))) continue;
			if (c.honorific && !honorificFits(c.honorific, e)) continue;
			// never a man for a woman where the stem tells ("_____ is the daughter of General Aung
			// San"), nor a woman for a man
			if (gendered && key.gender && e.gender && key.gender !== e.gender) continue;
			if (key.kind === 'person' && !c.anyRole && !relaxed && !fairPerson(an, c, key, e)) continue;
			// in a match report, only someone the article puts on the key's own side
			if (key.kind === 'person' && onTheField(an, key) && !meets(sidesOf(an, key), sidesOf(an, e)))
				continue;
			// "Ireland's _____": only people of that side
			if (!c.anyRole && c.stem.includes(BLANK) && !sameSide(an, stated, e)) continue;
			// "Republican critics said _____ should have…": their target is of another party, and
			// only someone the article places in one is a fair guess
			if (critics) {
				const parties = [...sidesOf(an, e)].map(partyOf).filter((x) => PARTY_NAMES.has(x));
				if (parties.length === 0 || parties.includes(critics)) continue;
			}
			// a role question meets people of the article who do something in it, not names in
			// passing
			if (c.anyRole && agency(an, e) === 0 && e.sentences.size < 2) continue;
			const text = c.honorific ? shortName(e) : form(e.display);
			if (
				picked.length < opts.distractors &&
				usable(text) &&
				fits(text) &&
				!inStem(e) &&
				!e.aliases.has(c.key.toLowerCase())
			)
				picked.push(text);
		}
	let external = 0;
	// Curated fallbacks only where any member is a fair guess: days, months, and news agencies
	// for an agency that reports ("Which news agency reported…?"). Random countries, cities or
	// bodies from a list were implausible ("a Game Developers Conference in Venezuela",
	// "Reuters" as a broadcaster).
	const fallback =
		['weekday', 'month'].includes(key.kind) || (key.kind === 'agency' && speakerSlot(an, c));
	if (fallback && picked.length < opts.distractors) {
		const known = knownAliases(an);
		for (const name of shuffle([...curated(key.kind, c.key)], random)) {
			const text = form(name);
			if (picked.length >= opts.distractors) break;
			if (
				picked.includes(text) ||
				!usable(text) ||
				!fits(text) ||
				known.has(name.toLowerCase()) ||
				// the publisher is never an option (the feed gate would drop the question)
				an.article.source.toLowerCase().includes(name.toLowerCase()) ||
				known.has(name.replace(/^the /, '').toLowerCase())
			)
				continue;
			picked.push(text);
			external++;
		}
	}
	if (key.kind === 'weekday' || key.kind === 'month') {
		const order: readonly string[] = key.kind === 'weekday' ? WEEKDAYS : MONTHS;
		picked.sort((a, b) => order.indexOf(a) - order.indexOf(b));
	}
	return { ...c, distractors: picked, external };
}
