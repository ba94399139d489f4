/**
 * Numbers and dates: "On which day did Kim meet Russian President Vladimir Putin?", "In which
 * year…", or the sentence with the number blanked. Distractors are numbers of the same form
 * that the article does not give for this fact.
 */
import type { Analysis, Mention, SentenceInfo } from '../../01-analysis/types';
import { infinitive, isPastTense, lexTag } from '../../model/lexicon';
import { fixedByPhrase } from '../../model/numbers';
import { REPORTING_VERBS, STOP_WORDS } from '../../model/words';
import { squash } from '../../util/text';
import { BLANK, blankedStem, prevSentence, says, shortName, wordsOf } from '../stem-tools';
import type { Candidate, CandidateMaker } from '../types';

const NOT_UNIT_TAGS = new Set([
	'Preposition',
	'Conjunction',
	'Determiner',
	'Adverb',
	'Copula',
	'Modal',
	'PastTense',
	'PresentTense',
	'Pronoun'
]);
/** "students" in "900 students"; not "after" in "3 - 1 after extra time". */
const isUnitWord = (w: string) => !STOP_WORDS.has(w) && !NOT_UNIT_TAGS.has(lexTag(w) ?? '');

const NUMBER_KINDS = new Set(['weekday', 'month', 'year', 'number', 'money', 'percent']);
const ASK: Record<string, string> = {
	weekday: 'On which day',
	month: 'In which month',
	year: 'In which year'
};

/**
 * "<Subject> <past verb> … on <Wednesday> [and …|, …|.]" → "On which day did <Subject> <verb> …?"
 * Only for a subject that opens the sentence and a regular clause.
 */
function whenQuestion(
	an: Analysis,
	s: SentenceInfo,
	m: Mention
): { stem: string; statement: string } | undefined {
	const ask = ASK[m.kind];
	if (!ask) return undefined;
	const prep = s.tokens[m.token - 1];
	if (!prep || !['on', 'in'].includes(prep.lower)) return undefined;
	const after = s.tokens[m.tokenEnd];
	if (after && !(after.text === ',' || after.text === '.' || after.lower === 'and'))
		return undefined;
	const firstIdx = s.tokens.findIndex((t) => t.word);
	const subj = s.mentions.find((x) => x.token === firstIdx);
	if (!subj || subj.demonym || subj.possessive || s.pronounStart) return undefined;
	const e = an.entities[subj.entity];
	if (!e || !['person', 'country', 'agency', 'organisation', 'city'].includes(e.kind))
		return undefined;
	const verb = s.tokens[subj.tokenEnd];
	if (!verb || !isPastTense(verb.lower) || REPORTING_VERBS.has(verb.lower)) return undefined;
	const between = s.text.slice(verb.end, prep.start).trimEnd();
	if (/[,;:"“”]/.test(between)) return undefined;
	const name = e.kind === 'person' ? shortName(e) : e.display;
	const subject = e.kind === 'person' ? name : name.replace(/^the /, 'the ');
	return {
		stem: squash(`${ask} did ${subject} ${infinitive(verb.text)}${between}?`),
		statement: squash(`${subject}${s.text.slice(subj.end, m.end)}.`)
	};
}

/** "due at 1330", "at 0930": four digits after "at" that read as a 24-hour time. */
/** "the war film 1917", "the album 21": a number that is a work's title, not an amount or a year. */
export function namesAWork(s: SentenceInfo, m: Mention): boolean {
	const before = s.tokens[m.token - 1]?.lower ?? '';
	return /^(?:film|movie|album|book|novel|song|single|play|musical|documentary|series)$/.test(
		before
	);
}

export function isClock(s: SentenceInfo, m: Mention): boolean {
	if (!/^(?:[01]\d|2[0-3])[0-5]\d$/.test(m.text)) return false;
	// "at 1030", "at about 1900 on Sundays", "at around 2000"
	const before = s.tokens.slice(Math.max(0, m.token - 3), m.token).map((t) => t.lower);
	const at =
		before[before.length - 1] === 'at' ||
		(before[before.length - 2] === 'at' &&
			['about', 'around', 'roughly', 'approximately', 'precisely', 'exactly'].includes(
				before[before.length - 1] ?? ''
			));
	return at || /\b\d{4} (?:GMT|BST)\b/.test(s.text);
}

export const makeNumber: CandidateMaker = (an: Analysis, opts) => {
	const out: Candidate[] = [];
	for (const s of an.sentences) {
		if (!opts.focus.has(s.index)) continue;
		for (const m of s.mentions) {
			const e = an.entities[m.entity];
			if (!e || !NUMBER_KINDS.has(e.kind)) continue;
			// a bare number needs a unit word after it ("900 students"), else it is unclear what it counts
			const unit = s.tokens[m.tokenEnd];
			// (a number of our era is a year: "could stretch into 2005")
			const yearLike = /^(?:1[89]|20)\d\d$/.test(m.text);
			if (e.kind === 'number' && !yearLike && !(unit?.word && isUnitWord(unit.lower))) continue;
			// "at 1030 GMT", "at 5pm", "due at 1330": a clock time, whose neighbours (1760) are no times
			if (unit && /^(?:gmt|bst|cet|utc|et|pt|am|pm|hrs|hours|local)$/i.test(unit.text)) continue;
			if (isClock(s, m) || namesAWork(s, m)) continue;
			if (fixedByPhrase(m.text, s.text.slice(0, m.start), s.text.slice(m.end))) continue;
			// "the 2015 nuclear agreement": a year that names an event is known without the article
			const after = s.tokens[m.tokenEnd];
			const afterThe = s.tokens[m.token - 1]?.lower === 'the' && after?.word && !after.cap;
			if ((e.kind !== 'number' || yearLike) && afterThe) continue;
			// "the 111 helpline", "the 747 jet": a number that names one thing, not a count of them
			if (e.kind === 'number' && afterThe && !/s$/.test(after.lower) && (e.value ?? 0) > 1)
				continue;
			// "$27.5bn (£14.5bn)": the conversion is asked about as the amount it converts
			if (e.kind === 'money' && /\([^)]*$/.test(s.text.slice(0, m.start))) continue;
			const when = whenQuestion(an, s, m);
			const made = when ? undefined : blankedStem(an, s, m.start, m.end);
			// …and left out beside the blank, where it would tell the amount
			const stem = (when?.stem ?? made?.stem)?.replace(
				new RegExp(`${BLANK} \\([^)]*\\d[^)]*\\)`),
				BLANK
			);
			if (!stem || wordsOf(stem) > opts.maxStemWords + 10) continue;
			out.push({
				type: 'number',
				stem,
				key: m.text,
				keyEntity: e.id,
				keyKind: e.kind,
				distractors: [],
				// "The firm…" or "He…" named from the sentence before: that sentence is cited too
				evidence:
					s.antecedent !== undefined && made?.lead
						? [s.index, ...prevSentence(an, s.index, s.antecedent)]
						: made?.also !== undefined
							? [s.index, made.also]
							: [s.index],
				span: { sentence: s.index, start: m.start, end: m.end },
				context: stem.replace(BLANK, ' '),
				fact: `${s.index}:${e.id}`,
				explanation: when
					? `The article says ${when.statement}`
					: says(an, s, stem.replace(BLANK, m.text)),
				score: when ? 0.9 : 0.7,
				difficulty: when ? 0.45 : 0.4
			});
		}
	}
	return out;
};
