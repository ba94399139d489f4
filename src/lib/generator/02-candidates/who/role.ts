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
import { partiesIn, sidesOf } from '../../03-distractors/distractors';
import { COUNTRIES } from '../../model/countries';
import { lexTags } from '../../model/lexicon';
import { STOP_WORDS } from '../../model/words';
import { inHeadline, wordsOf } from '../stem-tools';
import type { Candidate, CandidateMaker } from '../types';
import { genderOf } from './opening';

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
	// "ISAF spokesman Major General Josef Blotz": the rank is part of his name, not the role
	phrase = phrase.replace(RANK_AFTER_ROLE, '');
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

/** A rank or an honorific after a role word ("spokesman Major General"). */
const RANK_AFTER_ROLE =
	/(?<=\p{Ll}) (?:(?:Major|Lieutenant|Brigadier|Colonel|General|Captain|Admiral|Commander|Sergeant|Corporal|Professor|Dr|Sir|Lord|Lady|Dame)\.? ?)+$/u;

const norm = (phrase: string) =>
	phrase
		.toLowerCase()
		.replace(/^former /, '')
		.replace(/['’]s\b/g, '');

/** Every role phrase the article puts in front of a name. */
function titleRoles(an: Analysis): Role[] {
	const roles: Role[] = [];
	for (const s of an.sentences) {
		if (s.listLike) continue;
		for (const m of s.mentions) {
			if (m.kind !== 'person') continue;
			const r = roleOf(an, s, m);
			if (r) roles.push(r);
		}
	}
	return roles;
}

/**
 * A role the world knows its holder by ("Russian President", "Japanese Prime Minister"), or a
 * leader of a country or a movement ("North Korean leader", "Nazi leader"; of a party in a
 * political report, "Tory leader", the article tells). A word of a name is no office ("Premier
 * League spokesman").
 */
function famous(r: Role): boolean {
	const words = r.phrase.split(/\s+/);
	const office = words.some(
		(w, i) =>
			FAMOUS_HEADS.has(w.toLowerCase().replace(/\.$/, '')) && !/^\p{Lu}/u.test(words[i + 1] ?? '')
	);
	return office || (r.head === 'leader' && !words.some((w) => PARTIES.has(w.toLowerCase())));
}

export const makeRole: CandidateMaker = (an: Analysis, opts) => {
	const roles = titleRoles(an);
	const people = an.entities.filter((e) => e.kind === 'person' && e.mentions.length > 0);
	const out: Candidate[] = [];
	const asked = new Set<string>();
	for (const r of roles) {
		if (!opts.focus.has(r.sentence.index)) continue;
		const words = r.phrase.split(/\s+/);
		if (famous(r)) continue;
		// "the coach", "the Judge": a bare role word asks too little; "the Chief Executive" of
		// which body, it does not say
		if (words.length < 2 || bare(r) || verbal(r)) continue;
		// someone the article is about, not one it mentions in passing
		if (r.entity.sentences.size < 2 || people.length < 3) continue;
		// (but not its headline's own protagonist, whose role the story takes as known)
		if (inHeadline(an, r.entity)) continue;
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
			// (one who-is-who question a bank: two would tell each other's people apart)
			fact: 'roles',
			explanation: `The article describes ${r.entity.display} as ${described}.`,
			score: 0.7,
			difficulty: 0.45,
			anyRole: true
		});
	}
	return out;
};

/** Words that make a role a woman's or a man's: never offered for someone of the other. */
const WOMAN =
	/\b(?:spokeswoman|chairwoman|businesswoman|actress|mother|wife|daughter|sister|queen|princess)\b/i;
const MAN = /\b(?:spokesman|chairman|businessman|actor|father|husband|son|brother|king|prince)\b/i;
/** Heads that all mean "the one in charge": "Blues boss" and "chief executive" may be one job. */
const IN_CHARGE = new Set([
	'boss',
	'chief',
	'head',
	'director',
	'chairman',
	'chairwoman',
	'president',
	'leader',
	'manager',
	'coach'
]);
/** "chief executive" is in charge too; "chief financial officer" is not. */
const inCharge = (r: Role) => IN_CHARGE.has(r.head) || /\bchief executive$/i.test(r.phrase);
/** The capitalised words that say of what a role is ("Liverpool manager", "Tory leader"). */
const qualifiers = (r: Role) =>
	new Set(r.phrase.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/.test(w)));
/**
 * Could two roles be one job in other words? Both in charge, and not of two named things
 * ("Blues boss" beside "chief executive"; not "Liverpool manager" beside "Deportivo coach").
 */
function sameJob(a: Role, b: Role): boolean {
	if (!inCharge(a) || !inCharge(b)) return false;
	const qa = qualifiers(a);
	const qb = qualifiers(b);
	if (qa.size === 0 || qb.size === 0) return true;
	return [...qa].some((w) => qb.has(w));
}

/**
 * "Tobias Meyer, Sotheby's worldwide head of contemporary art, said…", "Tim Dams, the news
 * editor of trade magazine Screen International.": a role set off by commas after a name.
 */
function appositiveRoles(an: Analysis): Role[] {
	const out: Role[] = [];
	for (const s of an.sentences) {
		if (s.listLike) continue;
		for (const m of s.mentions) {
			const entity = an.entities[m.entity];
			if (m.kind !== 'person' || !entity) continue;
			const after = s.text.slice(m.end);
			const a = /^, ((?:the |a |an )?[^,;:()"“”]{3,80}?)(?:,|\.$|\.["”]?$)/u.exec(after);
			if (!a?.[1]) continue;
			const phrase = a[1].trim();
			const words = phrase.split(/\s+/);
			if (words.length < 2 || words.length > 10) continue;
			// "Mr Allard, who heads…", "…, said", "…, one of four Wallabies", "its president"
			if (
				/^(?:who|which|where|when|whose|and|but|or|said|says|one|its|his|her|their|the organisation's|the company's|the firm's|the group's)\b/i.test(
					phrase
				)
			)
				continue;
			// "…, the blogging world found out", "…, despite claims…": a clause, not a role
			// ("John Thain, will join the bank's management": no role)
			const verb = (w: string) =>
				/^(?:is|was|were|are|has|had|have|said|says|told|will|would|can|could|may|might|must|shall|should)$/i.test(
					w
				) ||
				lexTags(w.toLowerCase()).some(
					(t) => t === 'PastTense' || t === 'PresentTense' || t === 'Modal'
				);
			const linking = lexTags((words[0] ?? '').toLowerCase()).some((t) =>
				/^(?:Preposition|Conjunction|Adverb)$/.test(t)
			);
			if (words.some(verb) || linking) continue;
			// a role opens with an article, a possessive name ("Sotheby's") or a lower-case word
			const possessive = /^\p{Lu}[\p{L}.-]*['’]s /u.test(phrase);
			if (!/^(?:the|a|an) /.test(phrase) && !possessive && !/^\p{Ll}/u.test(phrase)) continue;
			const head = (
				phrase.match(/\b([\p{Ll}-]+)(?: (?:of|for|in|at|from)\b.*)?$/u)?.[1] ?? ''
			).toLowerCase();
			if (!head || STOP_WORDS.has(head)) continue;
			out.push({ entity, mention: m, sentence: s, phrase, head, start: m.end + 2 });
		}
	}
	return out;
}

/** The option a role makes after "is": "the Tory leader", "Sotheby's worldwide head of…". */
function asOption(r: Role): string {
	const p = r.phrase.replace(/ (?:Rep|Sen|Gen|Lt|Col|Maj|Capt)\.?$/u, '');
	if (/^(?:the|a|an) /.test(p) || /^\p{Lu}[\p{L}.-]*['’]s /u.test(p)) return p;
	return `the ${p}`;
}

/**
 * "According to the article, who is David Davis?" — the reverse of `makeRole`: the key is the
 * role the article gives someone ("the Tory shadow home secretary"), the distractors the roles
 * it gives other people. Only roles of one holder each, none the world knows its holder by,
 * none that could be the key's own job in other words ("Blues boss" beside "chief executive"),
 * and none of a woman for a man.
 */
/** Country names and demonyms, lower-case: "Ivory Coast", "Ivorian". */
const NATIONS = COUNTRIES.flatMap((c) => [c.name, ...c.demonyms, ...c.aliases]).map((x) =>
	x.toLowerCase()
);

/**
 * A role that tells a nationality or a national side ("the Italian director", "the Ivory Coast
 * captain"): for a famous person the world knows it, and it says nothing of their part in the
 * story.
 */
function national(r: Role): boolean {
	const phrase = ` ${r.phrase.toLowerCase().replace(/['’]s\b/g, '')} `;
	if (NATIONS.some((n) => phrase.includes(` ${n} `))) return true;
	// (and what the lexicon knows: "Zambia", "Ivory Coast", "Ivorian")
	const words = phrase.trim().split(/\s+/);
	return words.some((w, i) =>
		[w, `${w} ${words[i + 1] ?? ''}`].some((x) =>
			lexTags(x).some((t) => t === 'Country' || t === 'Demonym')
		)
	);
}

/** Words of a job alone, which say whose job it is nowhere: "general secretary", "chief executive". */
const JOB_WORDS = new Set([
	'general',
	'secretary',
	'chief',
	'executive',
	'chairman',
	'chairwoman',
	'chair',
	'director',
	'managing',
	'deputy',
	'vice',
	'head',
	'spokesman',
	'spokeswoman',
	'spokesperson',
	'officer',
	'senior',
	'former',
	'acting',
	'interim'
]);

/** "the general secretary", "the Chief Executive": of which body, the role does not say. */
function bare(r: Role): boolean {
	return r.phrase
		.toLowerCase()
		.split(/\s+/)
		.every((w) => JOB_WORDS.has(w) || /^(?:the|a|an)$/.test(w));
}

/**
 * "the speaking to reporters at the company's headquarters", "the over his party's U-turn": a
 * verb's or a preposition's phrase, no role.
 */
const verbal = (r: Role): boolean =>
	/^(?:(?:the|a|an) )?(?:[a-z]+ing|over|for|in|on|at|to|with|from|by|of|after|before|against|about|into|under)\b/i.test(
		r.phrase
	);

export const makeRoleOf: CandidateMaker = (an: Analysis, opts) => {
	const roles = [...appositiveRoles(an), ...titleRoles(an)];
	// one holder per role: "the coach" of an article with two is no answer
	const holders = new Map<string, Set<number>>();
	for (const r of roles) {
		const k = norm(asOption(r));
		holders.set(k, (holders.get(k) ?? new Set()).add(r.entity.id));
	}
	const usable = roles.filter(
		(r) =>
			!famous(r) &&
			!national(r) &&
			!bare(r) &&
			!verbal(r) &&
			(holders.get(norm(asOption(r)))?.size ?? 0) === 1 &&
			// "the captain", "the Judge": a bare role word says too little
			r.phrase.split(/\s+/).filter((w) => !/^(?:the|a|an)$/i.test(w)).length >= 2
	);
	const byPerson = new Map<number, Role[]>();
	for (const r of usable) byPerson.set(r.entity.id, [...(byPerson.get(r.entity.id) ?? []), r]);
	const out: Candidate[] = [];
	for (const [id, own] of byPerson) {
		const r = own[0] as Role;
		const person = r.entity;
		if (!opts.focus.has(r.sentence.index) || person.sentences.size < 2) continue;
		// "According to the article, who is Mark Zuckerberg?" under "Facebook shares fall on
		// debut": the headline's protagonist is someone readers know already
		if (inHeadline(an, person)) continue;
		const gender = genderOf(an, id);
		const key = asOption(r);
		const ownOptions = new Set(own.map((x) => norm(asOption(x))));
		const distractors: string[] = [];
		const swapped: number[] = [];
		for (const [other, theirs] of byPerson) {
			if (other === id || distractors.length >= 3) continue;
			const d = theirs.find((x) => {
				const text = asOption(x);
				if (ownOptions.has(norm(text))) return false;
				if (own.some((o) => sameJob(o, x))) return false;
				// "the Republican Representative" for Ed Royce, "a Republican from California":
				// a party's role only for someone the article puts in another party
				const parties = partiesIn(text);
				if (parties.size > 0) {
					const known = [...sidesOf(an, person)].flatMap((x) => [...partiesIn(x)]);
					if (known.length === 0 || known.some((p) => parties.has(p))) return false;
				}
				if ((gender === 'm' && WOMAN.test(text)) || (gender === 'f' && MAN.test(text)))
					return false;
				// lengths within a factor of two (the option-form gate)
				const lens = [key, ...distractors, text].map((t) => Math.max(t.length, 6));
				return Math.max(...lens) <= 2 * Math.min(...lens);
			});
			if (!d) continue;
			distractors.push(asOption(d));
			swapped.push(other);
		}
		const stem = `According to the article, who is ${person.display}?`;
		if (wordsOf(stem) > opts.maxStemWords) continue;
		out.push({
			type: 'who',
			stem,
			key,
			keyKind: 'role',
			distractors,
			swapped,
			subject: id,
			evidence: [r.sentence.index],
			// (the role as the article writes it: the key may add a "the")
			context: r.phrase,
			fact: 'roles',
			explanation: `The article describes ${person.display} as ${key}.`,
			score: 0.72,
			difficulty: 0.5
		});
	}
	return out;
};
