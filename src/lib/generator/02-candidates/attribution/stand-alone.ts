/**
 * @internal Does a clause or a quotation stand alone in a stem? Words that point outside it
 * ("He played very well", "This is a moral issue", "it's fantastic for Ollie") make a stem a
 * reader cannot understand without the article around it.
 */
import type { Analysis, SentenceInfo } from '../../01-analysis/types';
import type { Token } from '../../util/text';

const FIRST_PERSON = new Set(['i', 'we', 'our', 'my', 'us', 'me', 'ours', 'mine', 'myself']);
const THIRD_SINGULAR = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);
const THIRD_PLURAL = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const DEMONSTRATIVES = new Set(['this', 'these', 'those', 'such']);
const TIME_NOUNS = new Set([
	'year',
	'week',
	'month',
	'season',
	'time',
	'morning',
	'afternoon',
	'evening',
	'weekend',
	'summer',
	'winter',
	'spring',
	'autumn'
]);
/** "It is important to…", "it's frustrating when…": a dummy "it" that points nowhere. */
const DUMMY_IT_VERB = new Set([
	'is',
	'was',
	'will',
	'would',
	'has',
	'had',
	'should',
	'could',
	'can',
	'may',
	'might',
	'must',
	'seems'
]);
const THERE_VERBS = new Set(['is', 'are', 'was', 'were', 'will', 'has', 'have', 'had']);
const DUMMY_IT_LINK = new Set(['to', 'when', 'that', 'if', 'whether', 'how']);
/** "The 31-year-old", "the former", "the latter": a person named only elsewhere. */
const ANAPHORIC = /\b(?:the|a) \d+-year-old\b|\bthe (?:former|latter|pair|duo|trio)\b/i;

export interface StandAloneOptions {
	/** First-person words are allowed (a quotation: the speaker is "I"). */
	firstPerson: boolean;
	/** An opening "it"/"its" may be the speaker itself (an organisation: "Microsoft said it would…"). */
	itIsSpeaker: boolean;
	/**
	 * A who-question's predicate: he/his (for a person) or it/its (otherwise) refer to the
	 * subject the question asks for ("Who has set his sights on…?").
	 */
	subject?: 'person' | 'thing';
}

const GROUP_KINDS = new Set(['organisation', 'country', 'city', 'agency']);
/** A team, country or body named in the clause before offset `at`. */
function groupBefore(an: Analysis, s: SentenceInfo, from: number, at: number): boolean {
	return s.mentions.some(
		(m) => m.start >= from && m.end <= at && GROUP_KINDS.has(an.entities[m.entity]?.kind ?? '')
	);
}

/** "this year", "such as", "such a", "such outstanding players": not pointing back. */
function harmless(tokens: Token[], i: number): boolean {
	const w = (tokens[i] as Token).lower;
	const next = tokens[i + 1]?.lower ?? '';
	if (w === 'this') return TIME_NOUNS.has(next);
	if (w === 'such')
		return ['as', 'a', 'an'].includes(next) || /(?:ing|ful|ous|ive|ble|ic|al|ent|ant)$/.test(next);
	return false;
}

function dummyIt(tokens: Token[], i: number): boolean {
	const t = tokens[i] as Token;
	if (t.lower !== 'it') return false;
	// "it's" is tokenised as "it" with the possessive flag
	const next = t.possessive ? 'is' : tokens[i + 1]?.lower;
	if (!next || !DUMMY_IT_VERB.has(next)) return false;
	const from = t.possessive ? i + 1 : i + 2;
	return tokens.slice(from, from + 6).some((x) => DUMMY_IT_LINK.has(x.lower));
}

/**
 * True when the tokens (a clause or a quotation of `s`) can be read alone: no he/she/they,
 * this/these/such or "it" pointing outside, no "the 31-year-old". A he/she is accepted when the
 * clause itself names exactly one person ("Continuing his train journey, Kim will go…").
 */
export function standsAlone(
	an: Analysis,
	s: SentenceInfo,
	tokens: Token[],
	opts: StandAloneOptions
): boolean {
	const from = tokens[0]?.start ?? 0;
	const to = tokens[tokens.length - 1]?.end ?? 0;
	const people = new Set(
		s.mentions
			.filter((m) => m.start >= from && m.end <= to && an.entities[m.entity]?.kind === 'person')
			.map((m) => m.entity)
	);
	const first = tokens.findIndex((t) => t.word);
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		if (!t.word) continue;
		const w = t.lower;
		// "US" is the country, not "us"
		const acronym = t.text.length > 1 && t.text === t.text.toUpperCase();
		if (!opts.firstPerson && !acronym && (FIRST_PERSON.has(w) || /^(?:i|we)'[a-z]+$/.test(w)))
			return false;
		const ofSubject = opts.subject === 'person' && people.size === 0;
		if (THIRD_SINGULAR.has(w) && people.size !== 1 && !ofSubject) return false;
		// "Liverpool played well and we could not break them down": a team or a body named before
		if ((THIRD_PLURAL.has(w) || /^they'[a-z]+$/.test(w)) && !groupBefore(an, s, from, t.start))
			return false;
		if (DEMONSTRATIVES.has(w) && !harmless(tokens, i)) return false;
		// "Microsoft said it would…": only an opening "it" is the organisation itself
		const self = (opts.itIsSpeaker && i === first) || opts.subject === 'thing';
		if ((w === 'it' || w === 'its') && !self && !dummyIt(tokens, i)) return false;
		// "That is why…", "Then…", "There they were…": an opening that points back
		if (i === first && (w === 'that' || w === 'then')) return false;
		if (i === first && w === 'there' && !THERE_VERBS.has(tokens[i + 1]?.lower ?? '')) return false;
	}
	return !ANAPHORIC.test(s.text.slice(from, to));
}
