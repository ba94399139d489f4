import nlp from 'compromise';

/**
 * compromise's word lexicon, used as a plain dictionary (word → tag). We never run its tagger
 * on the document: a lookup is O(1), while its whole-document methods are quadratic.
 */
interface CompromiseModel {
	one: { lexicon: Record<string, string | string[] | undefined> };
	two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
}

const model = nlp.model() as unknown as CompromiseModel;
const LEXICON = model.one.lexicon;
const ORG_WORDS = model.two.orgWords ?? {};
const PLACE_WORDS = model.two.placeWords ?? {};

/** The lexicon's tag for a lower-case word, if any. */
export function lexTag(word: string): string | undefined {
	const tag = LEXICON[word.toLowerCase()];
	return typeof tag === 'string' ? tag : Array.isArray(tag) ? tag[0] : undefined;
}

/** Every tag the lexicon gives a word ("was" → Copula, PastTense). */
export function lexTags(word: string): string[] {
	const tag = LEXICON[word.toLowerCase()];
	return typeof tag === 'string' ? [tag] : Array.isArray(tag) ? tag : [];
}

const PERSON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'Address']);

export const isPersonWord = (w: string): boolean => PERSON_TAGS.has(lexTag(w) ?? '');
export const isFirstName = (w: string): boolean =>
	['FirstName', 'MaleName', 'FemaleName'].includes(lexTag(w) ?? '');
export const isPlaceWord = (w: string): boolean => PLACE_TAGS.has(lexTag(w) ?? '');
export const isCityWord = (w: string): boolean => lexTag(w) === 'City';
export const isOrgWord = (w: string): boolean =>
	lexTag(w) === 'Organization' || Object.hasOwn(ORG_WORDS, w.toLowerCase());
export const isPlaceEnding = (w: string): boolean => Object.hasOwn(PLACE_WORDS, w.toLowerCase());
/** True for words the lexicon knows as ordinary (not proper) words. */
export const isCommonWord = (w: string): boolean => {
	const tag = lexTag(w);
	return (
		tag !== undefined && !PERSON_TAGS.has(tag) && !PLACE_TAGS.has(tag) && tag !== 'Organization'
	);
};
export const isPastTense = (w: string): boolean => lexTag(w) === 'PastTense';

/** The base form of a past-tense verb ("met" → "meet"), via compromise on one word. */
export function infinitive(past: string): string {
	const known = INFINITIVES.get(past);
	if (known !== undefined) return known;
	const out = nlp(past).verbs().toInfinitive().text() || past;
	// a pure function of the word: memoised, bounded
	if (INFINITIVES.size > 5000) INFINITIVES.clear();
	INFINITIVES.set(past, out);
	return out;
}
const INFINITIVES = new Map<string, string>();
