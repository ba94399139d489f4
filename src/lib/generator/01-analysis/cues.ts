/**
 * @internal Context cues that tell what a capitalised name is: a role noun in front of a person
 * ("midfielder Xabi Alonso"), a word after a club or company ("Liverpool manager", "Yukos
 * shares"), an apposition (", the 31-year-old"; ", the country's largest lender"). Lower case.
 */

/** Role nouns right before a name make it a person ("striker Ann Bell", "producer Jo Mee"). */
export const ROLE_NOUNS = new Set([
	'midfielder',
	'striker',
	'defender',
	'goalkeeper',
	'keeper',
	'winger',
	'forward',
	'full-back',
	'left-back',
	'right-back',
	'centre-back',
	'playmaker',
	'skipper',
	'captain',
	'coach',
	'manager',
	'boss',
	'player',
	'team-mate',
	'teammate',
	'sprinter',
	'athlete',
	'champion',
	'actor',
	'actress',
	'singer',
	'frontman',
	'frontwoman',
	'guitarist',
	'drummer',
	'bassist',
	'vocalist',
	'rapper',
	'musician',
	'comedian',
	'presenter',
	'host',
	'dj',
	'star',
	'director',
	'producer',
	'controller',
	'author',
	'writer',
	'novelist',
	'artist',
	'painter',
	'designer',
	'film-maker',
	'filmmaker',
	'analyst',
	'economist',
	'founder',
	'co-founder',
	'chairman',
	'chairwoman',
	'spokesman',
	'spokeswoman',
	'spokesperson',
	'minister',
	'secretary',
	'president',
	'congressman',
	'congresswoman',
	'senator',
	'lawyer',
	'prosecutor',
	'judge',
	'journalist',
	'reporter',
	'correspondent',
	'editor',
	'blogger',
	'mp',
	'flanker',
	'hooker',
	'scrum-half',
	'fly-half',
	'number-eight',
	'seed',
	'injured',
	'veteran',
	'newcomer'
]);

/** Role nouns that say what someone is after "is"/"was" ("X is technology correspondent for…"). */
export const IS_ROLE_NOUNS = new Set(
	[...ROLE_NOUNS].filter(
		(w) => !['star', 'host', 'champion', 'player', 'seed', 'boss', 'injured'].includes(w)
	)
);

/** Capitalised titles the shared list lacks ("Congressman Joe Crowley"). */
export const EXTRA_TITLES = new Set(['congressman', 'congresswoman', 'controller']);

/**
 * Words right after a name that make it a club or company: "Liverpool manager", "Yukos
 * shares", "Deportivo coach". Not "leader" (parties, countries) nor "singer" (bands are left
 * as plain names).
 */
export const ORG_AFTER = new Set([
	'manager',
	'boss',
	'coach',
	'chairman',
	'striker',
	'midfielder',
	'defender',
	'goalkeeper',
	'winger',
	'team-mate',
	'teammate',
	'fans',
	'shares',
	'shareholders'
]);

/** Heads of an apposition that make the name before it an organisation. */
export const ORG_HEADS = new Set([
	'firm',
	'company',
	'lender',
	'bank',
	'maker',
	'giant',
	'carrier',
	'operator',
	'retailer',
	'insurer',
	'airline',
	'broadcaster',
	'club',
	'side',
	'team',
	'group',
	'conglomerate',
	'manufacturer',
	'provider',
	'supplier',
	'publisher',
	'chain'
]);

/** Heads of an apposition that make the name before it a thing, never a person. */
export const THING_HEADS = new Set([
	'band',
	'album',
	'film',
	'movie',
	'show',
	'programme',
	'program',
	'song',
	'single',
	'game',
	'console',
	'product',
	'device',
	'brand',
	'magazine',
	'newspaper',
	'website'
]);

/** Words that close a person apposition (", the 31-year-old", ", the singer"). */
export const PERSON_HEADS = new Set([
	...ROLE_NOUNS,
	'year-old',
	'head',
	'man',
	'woman',
	'boy',
	'girl'
]);

/** "I'm", "He'll", "We've": a pronoun with a contraction is never a name. */
export const isContraction = (lower: string): boolean =>
	/^(?:i|you|he|she|we|they|it|that|there|who)['’](?:[mds]|ve|ll|re)$/.test(lower);

/** Edit distance of two short words, at most `max` + 1 (bounded work). */
export function editDistance(a: string, b: string, max = 1): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const v = Math.min(
				(prev[j] as number) + 1,
				(cur[j - 1] as number) + 1,
				(prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
			cur.push(v);
			best = Math.min(best, v);
		}
		if (best > max) return max + 1;
		prev = cur;
	}
	return prev[b.length] as number;
}
