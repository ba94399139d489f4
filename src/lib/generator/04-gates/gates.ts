/**
 * Stage 4, gates: every rule that drops a candidate, each with the reason counted in the report.
 * A gate returns `true` when the candidate passes.
 */
import type { Analysis, Mention, SentenceInfo } from '../01-analysis/types';
import { BLANK, inHeadline, leansBack, quoteTail, wordsOf } from '../02-candidates/stem-tools';
import type { Candidate } from '../02-candidates/types';
import type { GateReason } from '../types';
import { boundOf, supportedElsewhere } from '../03-distractors/distractors';
import { daysVaried, MONTHS, WEEKDAYS } from '../model/calendar';
import { lexTags } from '../model/lexicon';
import { amountOf, NUMBER_WORDS } from '../model/numbers';
import { KNOWLEDGE_FRAMES, REPORTING_VERBS, SUBJECT_PRONOUNS } from '../model/words';
import { containsPhraseCi, contentWords, normalise as norm, quotesBalanced } from '../util/text';

// One list of reasons, kept with the report that counts them.
export type { GateReason } from '../types';

export interface GateOptions {
	minOptions: number;
	maxStemWords: number;
}

export interface Gate {
	reason: GateReason;
	test: (an: Analysis, c: Candidate, opts: GateOptions) => boolean;
}

const ENTITY_TYPES = new Set(['cloze', 'who', 'attribution', 'number']);

/** Text of the question's evidence sentences. */
const evidenceText = (an: Analysis, c: Candidate, first = true) =>
	(first ? c.evidence.slice(0, 1) : c.evidence).map((i) => an.sentences[i]?.text ?? '').join(' ');

export const GATES: Gate[] = [
	{
		reason: 'too-few-options',
		test: (_an, c, o) => c.distractors.length + 1 >= o.minOptions && c.distractors.length <= 4
	},
	{
		reason: 'duplicate-options',
		test: (_an, c) => {
			const all = [c.key, ...c.distractors].map(norm);
			return new Set(all).size === all.length && all.every((x) => x.length > 0);
		}
	},
	{
		reason: 'key-not-in-evidence',
		test: (an, c) => {
			let text = evidenceText(an, c);
			if (c.type === 'evidence') return text.trim() === c.key;
			const said = (t: string) => norm(text).includes(norm(t.replace(/\.$/, '')));
			if (c.type === 'statement' && c.negative) {
				// the key is a twist of its sentence the article never says; every option shown is said
				const everywhere = an.sentences.map((s) => norm(s.text)).join(' | ');
				return (
					!everywhere.includes(norm(c.key.replace(/\.$/, ''))) &&
					c.distractors.every((d) => everywhere.includes(norm(d.replace(/\.$/, ''))))
				);
			}
			if (c.type === 'statement') return said(c.key);
			// ("said that <clause>" for "<clause>, X said": the clause is word for word)
			if (c.type === 'what') return said(c.context);
			// "who is David Davis?": the role, beside the name, as the article writes it
			if (c.keyKind === 'role') {
				const who = c.subject !== undefined ? an.entities[c.subject] : undefined;
				return said(c.context) && !!who && [...who.aliases].some((a) => containsPhraseCi(text, a));
			}
			const e = c.keyEntity !== undefined ? an.entities[c.keyEntity] : undefined;
			// `"…," he said.` with "he" resolved: the sentence before names the speaker
			if (c.type === 'attribution' && c.evidence.length > 1) text = evidenceText(an, c, false);
			if (containsPhraseCi(text, c.key)) return true;
			return !!e && [...e.aliases].some((a) => containsPhraseCi(text, a));
		}
	},
	{
		reason: 'option-in-stem',
		test: (an, c) => {
			if (!ENTITY_TYPES.has(c.type)) return true;
			const e = c.keyEntity !== undefined ? an.entities[c.keyEntity] : undefined;
			const keyForms = e ? [...e.aliases] : [c.key];
			if (keyForms.some((a) => containsPhraseCi(c.stem, a))) return false;
			return c.distractors.every((d) => {
				if (containsPhraseCi(c.stem, d) || containsPhraseCi(c.stem, d.replace(/^the /, '')))
					return false;
				const e = an.entities.find((x) => x.display === d || x.display === `the ${d}`);
				return !e || ![...e.aliases].some((a) => containsPhraseCi(c.stem, a));
			});
		}
	},
	{
		reason: 'distractor-true',
		test: (an, c) => {
			if (!ENTITY_TYPES.has(c.type) || c.keyEntity === undefined) return true;
			const key = an.entities[c.keyEntity];
			if (!key) return false;
			for (const d of c.distractors) {
				if (key.aliases.has(d.toLowerCase()) || key.aliases.has(`the ${d.toLowerCase()}`))
					return false;
				const e = an.entities.find((x) => x.aliases.has(d.toLowerCase()) || x.display === d);
				if (e && supportedElsewhere(an, e, c.context, c.evidence[0] ?? -1)) return false;
				// a distractor named in the key's own sentence may share the fact ("Kim and Shoigu met")
				if (e && c.type !== 'cloze' && e.sentences.has(c.evidence[0] ?? -1)) {
					const s = an.sentences[c.evidence[0] ?? -1];
					const m = s?.mentions.find((x) => x.entity === e.id);
					const k = s?.mentions.find((x) => x.entity === key.id);
					if (
						m &&
						k &&
						Math.abs(m.start - k.start) < 40 &&
						/\band\b/.test(s?.text.slice(Math.min(m.end, k.end), Math.max(m.start, k.start)) ?? '')
					)
						return false;
				}
			}
			return true;
		}
	},
	{
		reason: 'giveaway',
		test: (an, c) => {
			// "306 seats, 20 short of an overall majority", "15 of the past 21 years", "fell 504
			// points, or 4.4 percent, to close at 10,917": another amount beside the one asked may
			// work it out, or rule out the distractors
			const amounts = amountsAsked(an, c);
			if (amounts.some((m) => besideAnother(an, m))) return false;
			// "more than _____ people", "up to _____": the options nest ("more than 200" makes
			// "more than 100" true too), so the key is always the smallest (or the largest)
			const bounded = (m: Mention) =>
				boundOf(an.sentences[m.sentence]?.text.slice(0, m.start) ?? '') !== undefined;
			if (amounts.some(bounded)) return false;
			// "had sold its entire stake by September 2014": a deadline nests too ("by December
			// 2014" is as true), and "before 2010" holds for any later year
			if (
				timesAsked(an, c).some((m) =>
					byTime(an.sentences[m.sentence]?.text.slice(0, m.start) ?? '')
				)
			)
				return false;
			// "the dry season from _____ to June": a month that opens or closes a range of months
			const sentenceOf = (m: Mention) => an.sentences[m.sentence];
			if (timesAsked(an, c).some((m) => m.kind === 'month' && monthRange(sentenceOf(m), m)))
				return false;
			// "each _____ rise in pay costs £700m": a unit, which is 1 whatever the article says
			const unitCost = (m: Mention) =>
				amountOf(m.text) === 1 &&
				/\b(?:each|every)\s*$/i.test(sentenceOf(m)?.text.slice(0, m.start) ?? '');
			if (amounts.some(unitCost)) return false;
			// "included three former presidents, George Bush, Jimmy Carter and Gerald Ford": the
			// list after the count counts itself
			if (amounts.some((m) => countsItsList(an, m) || countsNamesBefore(an, m))) return false;
			// "Jobs, 51, said…", "…died in 2008, aged 28": an age in passing, which the reader may
			// know and the sentence is not about
			const age = (m: Mention) => {
				const text = an.sentences[m.sentence]?.text ?? '';
				const before = text.slice(0, m.start);
				return (
					/\baged\s*$/i.test(before) ||
					(/\p{Lu}[\p{L}'’.-]*,\s*$/u.test(before) && /^\s*,/.test(text.slice(m.end)))
				);
			};
			if (amounts.some(age)) return false;
			// "a category five storm", "weakened to a category three": a step of a fixed scale,
			// whose ends the world knows (no category six) and whose order the sentence may tell
			const scale = (m: Mention) =>
				/\b(?:category|level|force|grade|magnitude|stage|phase|tier|class|division|step)\s*$/i.test(
					an.sentences[m.sentence]?.text.slice(0, m.start) ?? ''
				);
			if (amounts.some(scale)) return false;
			// "401(k) retirement plans": a number that is part of a name
			const named = (m: Mention) =>
				/^\(\p{L}\)/u.test(an.sentences[m.sentence]?.text.slice(m.end) ?? '');
			if (amounts.some(named)) return false;
			// "1,000km (_____ miles)", "600 miles (_____ kilometers)", "_____km (620 miles)",
			// "eight million Swedish kronor (around _____ euros, $906,000)": a conversion works it out
			const converted = (m: Mention) => {
				const text = an.sentences[m.sentence]?.text ?? '';
				return (
					/(?:\d[^\s(]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))(?: [\p{L}.°]+){0,3} ?\(\s*(?:(?:about|around|some|roughly|approximately|nearly|almost|or) )?$/u.test(
						text.slice(0, m.start)
					) ||
					/^(?:\s+[\p{L}.°]+){0,2}\s*\(\s*(?:(?:about|around|some|roughly|approximately|nearly|almost|or) )?[$£€]?\d/u.test(
						text.slice(m.end)
					)
				);
			};
			if (amounts.some(converted)) return false;
			// "Bolt breaks 100 metres world record": an amount the headline shows
			// (with the word after it: "6 December" is not the "6 Music" of the headline)
			const title = an.article.title;
			const withNext = (m: Mention) => {
				const text = an.sentences[m.sentence]?.text ?? '';
				const next = /^\s+(\p{L}+)/u.exec(text.slice(m.end))?.[1];
				return /[\p{L}%$£€]/u.test(m.text) || !next ? m.text : `${m.text} ${next}`;
			};
			// ("$44 billion" under "Musk's $44bn deal": the same figure written otherwise)
			const figures = new Set(title.match(/\d[\d,.]*/g)?.map((d) => d.replace(/,/g, '')) ?? []);
			const figure = (m: Mention) =>
				/[$£€%]|bn|billion|million/i.test(m.text) &&
				figures.has(/\d[\d,.]*/.exec(m.text)?.[0]?.replace(/,/g, '') ?? '');
			if (amounts.some((m) => containsPhraseCi(title, withNext(m)) || figure(m))) return false;
			// ("after deaths of 3 toddlers" over "three toddlers", "death toll rises to 233" over
			// "233 people": the same value in another form; a small one with the word after it)
			const shown = titleValues(title);
			const ordinals = titleOrdinals(title);
			const sameValue = (m: Mention) => {
				const v = amountOf(m.text);
				if (v === undefined) return false;
				// ("tops 308 million" over "308.7 million": the same figure rounded)
				if (v > 1000 && [...shown].some((h) => h > 1000 && Math.abs(v - h) <= h * 0.01))
					return true;
				// ("third straight Melbourne Cup" over "win the Melbourne Cup three times")
				const after = an.sentences[m.sentence]?.text.slice(m.end) ?? '';
				if (ordinals.has(v) && /^\s+times\b/.test(after)) return true;
				if (!shown.has(v)) return false;
				const next = /^[\s-]+(\p{L}{3,})/u.exec(
					an.sentences[m.sentence]?.text.slice(m.end) ?? ''
				)?.[1];
				const words = next === undefined ? [] : [next, next.replace(/s$/, '')];
				return v > 10 || words.some((w) => containsPhraseCi(title, w));
			};
			if (amounts.some(sameValue)) return false;
			if (!ENTITY_TYPES.has(c.type)) return true;
			const key = c.keyEntity !== undefined ? an.entities[c.keyEntity] : undefined;
			if (
				key &&
				[...key.demonyms].some(
					(d) => containsPhraseCi(c.stem, d) || containsPhraseCi(c.stem, `${d}s`)
				)
			)
				return false;
			// "Google to buy YouTube" over "_____ agreed to buy YouTube…": the headline tells who
			// did what the stem asks
			if (key && inHeadline(an, key)) {
				// (its own words, not names: "Russian" in both says nothing)
				const lower = (title.match(/(?<![\p{L}'’])\p{Ll}[\p{L}'’-]*/gu) ?? []).join(' ');
				// (by a common start: "sign" and "signed", "buy" and "buys")
				const headline = [...contentWords(lower)].filter((w) => w.length >= 3);
				const asked = [...contentWords(c.stem)].filter((w) => w.length >= 3);
				const akin = (a: string, b: string) => a.startsWith(b.slice(0, Math.max(3, b.length - 2)));
				if (asked.some((w) => headline.some((t) => akin(w, t) || akin(t, w)))) return false;
			}
			// "_____ is the daughter of … General Aung San" for "Aung San Suu Kyi": two words of
			// the key's name beside the blank
			if (key && (key.kind === 'person' || key.kind === 'organisation')) {
				const words = c.key.split(/\s+/);
				for (let i = 0; i + 1 < words.length; i++)
					if (containsPhraseCi(c.stem, `${words[i]} ${words[i + 1]}`)) return false;
			}
			// article agreement: "an _____" with options that do not all start with a vowel sound
			const art = /\b(?:a|an) _____/i.exec(c.stem);
			if (art && [c.key, ...c.distractors].some((s) => /^the /i.test(s))) return false;
			if (art) {
				const vowel = (s: string) => /^[aeiou]/i.test(s);
				const options = [c.key, ...c.distractors];
				if (!(options.every(vowel) || options.every((s) => !vowel(s)))) return false;
			}
			// "a further _____ hits - Processed Beats and Cutt Off", "produced _____ lambs, Megan and
			// Morag": the list counts itself
			if (
				c.type === 'number' &&
				/_____ [\p{L}-]+(?: [-–—(:]|,? (?:including|namely)\b|, \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*(?:,| and) \p{Lu})/u.test(
					c.stem
				)
			)
				return false;
			// "$27.5bn (£14.5bn)": a conversion next to the blank tells the amount
			if (
				c.keyKind === 'money' &&
				/_____\s*\(\s*[$£€¥]?\d|\d[^\s()]*\s*\(\s*_____|\(\s*_____\s*[;,]|[;,]\s*_____\s*\)/.test(
					c.stem
				)
			)
				return false;
			// "on 22 and _____ June", "from about _____ to $225": the neighbouring number tells
			if (/\d+ (?:and|to|or|-|–) [$£€]?_____|_____ (?:and|to|or|-|–) [$£€]?\d/.test(c.stem))
				return false;
			// "the the"
			if (/\bthe _____/i.test(c.stem) && [c.key, ...c.distractors].some((s) => /^the /i.test(s)))
				return false;
			// "one of four _____, alongside five Springboks and four All Blacks": the counted
			// names beside the blank say what kind it is, and the stem holds the fair options
			const COUNT = '(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)';
			if (
				c.type === 'cloze' &&
				new RegExp(`\\b${COUNT} _____`).test(c.stem) &&
				new RegExp(`\\b${COUNT} \\p{Lu}`, 'u').test(c.stem)
			)
				return false;
			return true;
		}
	},
	{
		reason: 'option-form',
		test: (_an, c) => {
			const options = [c.key, ...c.distractors];
			const lens = options.map((o) => Math.max(o.length, 6));
			if (Math.max(...lens) > 2 * Math.min(...lens)) return false;
			// capitalisation must agree (all proper names, or all not)
			if (c.type !== 'statement' && c.type !== 'evidence' && c.keyKind !== 'role') {
				const caps = options.map((o) => /^(?:the )?[\p{Lu}\d$£€]/u.test(o));
				if (!caps.every((x) => x === caps[0])) return false;
				// no name inside another ("BBC" beside "BBC Radio"): which one is meant?
				const nested = (a: string, b: string) =>
					a !== b && /\p{L}/u.test(a) && containsPhraseCi(b, a.replace(/^the /i, ''));
				if (options.some((a) => options.some((b) => nested(a, b)))) return false;
				// "Abdullatif" among full names: a bare name stands out
				if (c.keyKind === 'person') {
					const single = options.map((o) => !o.includes(' '));
					if (!single.every((x) => x === single[0])) return false;
				}
			}
			return true;
		}
	},
	{
		reason: 'stem-too-long',
		test: (_an, c, o) => {
			const own = c.type === 'evidence' ? c.stem.replace(/^.*?question: /, '') : c.stem;
			return wordsOf(own) <= o.maxStemWords;
		}
	},
	{
		reason: 'pronoun-stem',
		test: (an, c) => {
			// "The firm said…", "the chip", "As a result, it could…": leans on a sentence the
			// reader of the question lacks
			// a stem with a lead-in starts at the sentence before the blanked one
			const at = (c.leadIn ? c.evidence[1] : c.evidence[0]) ?? 0;
			if (
				c.type === 'statement'
					? leansBack(an, at, c.key) ||
						// (a "NOT supported" item's true statements, each where the article has it)
						(c.negative === true &&
							c.distractors.some((t, i) => leansBack(an, c.shows?.[i] ?? at, t)))
					: c.type !== 'evidence' &&
						leansBack(an, at, c.stem, !['number', 'statement'].includes(c.type))
			)
				return false;
			// "…disturbing.” _____ told VOA in a statement.": who said a quotation the stem lacks
			const ev = an.sentences[c.evidence[0] ?? 0];
			if (['cloze', 'who', 'number'].includes(c.type) && ev && quoteTail(an, ev)) return false;
			// a stem that is all quotation, with no one named as saying it
			if (
				/^["“]/.test(c.stem) &&
				/["”][.?!]?$/.test(c.stem.replace(/[.?!]$/, '')) &&
				!/["”],? (?:\S+ ){0,4}(?:said|says|added|told)\b/.test(c.stem)
			)
				return false;
			const first = /^[\p{L}']+/u.exec(c.stem.replace(/^["“]/, ''))?.[0]?.toLowerCase() ?? '';
			if (SUBJECT_PRONOUNS.has(first)) return false;
			const words = (c.stem.match(/[\p{L}']+/gu) ?? []).map((w) => w.toLowerCase());
			// "…, he believed, …": an opinion of someone the stem does not name
			if (/,\s*(?:he|she|they)\s+[a-z]+,/iu.test(c.stem)) return false;
			// "I'd say _____ of the donations…": a quotation whose speaker the stem does not name
			if (c.type === 'cloze' || c.type === 'number') {
				// ("US" in capitals is the country: "bankruptcy protection in the US")
				const firstPerson = (c.stem.match(/[\p{L}']+/gu) ?? []).some((w) =>
					/^(?:I|I'[a-z]+|[Ww]e|[Ww]e'[a-z]+|[Mm]y|[Oo]ur|us|[Mm]e)$/.test(w)
				);
				if (firstPerson && !words.some((w) => REPORTING_VERBS.has(w))) return false;
			}
			return true;
		}
	},
	{
		reason: 'report-date',
		test: (an, c) => {
			// the day of the lead's event is, in a wire story, the day of the report: "The ban came
			// into force on _____", a statement that only changes that day
			const leadDays = an.sentences
				.slice(0, 2)
				.flatMap((x) => x.mentions.filter((m) => m.kind === 'weekday').map((m) => m.text));
			if (leadDays.length > 0 && c.type === 'statement') {
				const told = an.sentences[c.evidence[0] ?? -1]?.text ?? '';
				const options = [c.key, ...c.distractors];
				// (a "NOT supported" twist: a day its sentence does not have, where that sentence
				// or the twist has the lead's day)
				const days = (t: string) => WEEKDAYS.filter((d) => containsPhraseCi(t, d));
				const twisted = days(c.key).filter((d) => !days(told).includes(d));
				const changed = c.negative
					? twisted.length > 0 && [...twisted, ...days(told)].some((d) => leadDays.includes(d))
					: daysVaried(options).some((d) => leadDays.includes(d));
				if (changed) return false;
			}
			if (c.type === 'statement' && !c.negative) {
				// a statement that only changes a day tells its timing as a number question would
				const options = [c.key, ...c.distractors];
				const info = an.sentences[c.evidence[0] ?? -1];
				if (info && daysVaried(options).some((d) => dayByTiming(info, d))) return false;
				// …and one that changes the date of something to come ("is due to be sworn in on
				// January 7")
				if (info && toCome(info.text) && changesDate(c)) return false;
			}
			// "is already the best-selling album of _____", "capped a violent _____ that has seen…":
			// the year or month the report was written in, which its reader knows without it
			const varied = c.type === 'statement' && !c.negative ? periodVaried(c) : undefined;
			const told = an.sentences[c.evidence[0] ?? -1];
			if (varied && told && presentPeriod(an, told, varied)) return false;
			if (!['weekday', 'month', 'year'].includes(String(c.keyKind)) || !c.span) return true;
			const s = an.sentences[c.span.sentence];
			if (!s) return false;
			if (c.keyKind !== 'weekday' && presentPeriod(an, s, c.key, c.span.start)) return false;
			if (c.keyKind === 'weekday' && leadDays.includes(c.key)) return false;
			if (c.keyKind === 'weekday' && dayByTiming(s, c.key)) return false;
			// the month of something to come: "the next rate announcement is due in _____"
			if (c.keyKind === 'month' && toCome(s.text)) return false;
			const reported = (info: SentenceInfo, start: number) => {
				const at = info.tokens.findIndex((t) => t.start === start);
				const before = info.tokens.slice(Math.max(0, at - 4), at).map((t) => t.lower);
				return before.some((w) => REPORTING_VERBS.has(w));
			};
			if (reported(s, c.span.start)) return false;
			// "departed Beijing … Tuesday" when the article has "told reporters Tuesday afternoon":
			// the day someone spoke to the press is the day of the report
			const key = c.keyEntity !== undefined ? an.entities[c.keyEntity] : undefined;
			if (c.keyKind !== 'weekday' || !key) return true;
			return !key.mentions.some((m) => {
				const info = an.sentences[m.sentence];
				return info !== undefined && reported(info, m.start);
			});
		}
	},
	{
		reason: 'feed',
		test: (an, c) => {
			const source = an.article.source.toLowerCase();
			const named = [c.key, ...c.distractors].some(
				(o) =>
					o.length > 2 &&
					source.includes(o.toLowerCase()) &&
					c.type !== 'statement' &&
					c.type !== 'evidence' &&
					// ("told the BBC" in what someone did is no question about the feed)
					c.type !== 'what'
			);
			// "Chabot told _____": the outlet someone spoke to is mostly the publisher itself; nor
			// is it an option elsewhere ("…confirmed to VOA News": "wrote on VOA News")
			const toldUs = c.keyKind === 'agency' && /\btold (?:the )?_____/.test(c.stem);
			const spokenTo = outlets(an);
			const outlet = (o: string) => {
				const name = o.toLowerCase().replace(/^the /, '');
				return spokenTo.some((x) => x === name || x.startsWith(`${name} `));
			};
			if (ENTITY_TYPES.has(c.type) && [c.key, ...c.distractors].some(outlet)) return false;
			return (
				!named &&
				!toldUs &&
				!/\b(?:this story|syndicated feed|click here|newsletter)\b/i.test(c.stem + ' ' + c.key) &&
				// "Clark Boyd is technology correspondent for The World": the byline, not the news
				!/\b(?:is|was) (?:\p{L}+ )?(?:correspondent|reporter|editor)\b/iu.test(c.stem + ' ' + c.key)
			);
		}
	},
	{
		reason: 'outside-knowledge',
		test: (an, c) => {
			// "silver in Sydney in _____", "gold in Athens in _____", the Palme d'Or "in _____":
			// the date of a famous event is the world's knowledge
			if (dateAsked(c) && FAMOUS_EVENTS.test(`${c.stem} ${c.key}`)) return false;
			// "Jobs and Steve Wozniak founded Apple in 1976", "Jesse Owens won four gold medals at
			// the 1936 Games": history the report recalls — which a well-read reader may know
			// without it — not the news it reports
			// (what the question shows: "Which country has gone out of its way to publicise Kim's
			// visit?" asks the news of a sentence that goes on to a country "formed in 1948")
			if (history(an, c.type === 'statement' ? c.key : `${c.stem} ${c.key}`)) return false;
			// "the September _____ attacks": an event the world knows by its date
			if (/\b(?:September|Sept\.?) _____ attacks\b/.test(c.stem)) return false;
			// "the newly enlarged _____ nation EU": how many members a union has
			if (c.type === 'number' && /_____[- ](?:nation|member|country|state)\b/.test(c.stem))
				return false;
			if (c.type !== 'cloze' || !c.span) return true;
			const s = an.sentences[c.span.sentence];
			if (!s) return false;
			const key = c.keyEntity !== undefined ? an.entities[c.keyEntity] : undefined;
			const before = s.text.slice(Math.max(0, c.span.start - 25), c.span.start).toLowerCase();
			// "the war in _____", "the invasion of _____" with a key the article barely mentions
			if (key && key.sentences.size <= 2 && KNOWLEDGE_FRAMES.some((f) => before.endsWith(`${f} `)))
				return false;
			// the maker of a named work ("_____'s Bush-baiting documentary Fahrenheit 9/11") is
			// known to anyone who knows the work
			if (key?.kind === 'person' && /_____['’]s (?:[\p{Ll}-]+ ){0,3}[\p{Lu}\d]/u.test(c.stem))
				return false;
			// a role in front of a person ("Russian President _____") names them for anyone who reads news
			if (key?.kind === 'person') {
				const m = s.mentions.find((x) => x.start === c.span?.start);
				if (m?.titleStart !== undefined) return false;
			}
			return true;
		}
	},
	{
		reason: 'ungrammatical',
		test: (_an, c) =>
			// a stem needs words around its blank ("_____." alone is no question)
			(c.stem.replace(BLANK, ' ').match(/[\p{L}\d]+/gu) ?? []).length >= 4 &&
			quotesBalanced(c.stem) &&
			!c.stem.includes(`${BLANK}${BLANK}`) &&
			// "sold in 2001fetched": a slip in the source
			!/\b(?:19|20)\d\d[a-z]{3,}/.test(c.stem) &&
			// "Benitez added: Benitez said: …" (a slip in the source)
			!/:\s*(?:\S+\s+){1,3}(?:said|added|says):/.test(c.stem.replace(/^.*?question: /, '')) &&
			!/\s[,.]/.test(c.stem.replace(/_____ ?[,.]/g, '')) &&
			// "for a 8.9 percent share": "a" or "an" before an option's number agrees with it
			![c.key, ...c.distractors].some((o) =>
				A_AN_NUMBER.test(c.stem.includes(BLANK) ? c.stem.replace(BLANK, o) : o)
			)
	}
];

/** "a 8.9", "a 11", "an 5": the article disagrees with how the number is said. */
const A_AN_NUMBER =
	/\ba (?:8|11|18)(?![\d,])|\ba 8\d*(?:\.\d+)?\b|\ban (?!8|11(?![\d,])|18(?![\d,]))\d/;

const OUTLETS = new WeakMap<Analysis, string[]>();
const SPOKEN_TO =
	/\b(?:told|tells|confirmed to|said to|spoke to|interview with) (?:the )?((?:[\p{Lu}\d][\p{L}\d.&'-]*\s?)+)/gu;
/**
 * The names that follow "told", "confirmed to", "interview with" in the article (lower case):
 * the outlets people spoke to. Read once per article.
 */
function outlets(an: Analysis): string[] {
	let out = OUTLETS.get(an);
	if (!out) {
		out = [...an.article.body.matchAll(SPOKEN_TO)].map((m) => (m[1] ?? '').trim().toLowerCase());
		OUTLETS.set(an, out);
	}
	return out;
}

/** Events whose dates the world knows: the Olympics (a medal in a host city), a World Cup… */
/** A weekday told by its place in time ("until _____", "last _____"), not by the story. */
const DAY_BEFORE = /\b(?:until|till|by|since|last|next|this|from|before|after)\s*$/i;
/** A day still to come: the report's schedule, not what happened. */
const FUTURE =
	/\b(?:will|won't|shall|would|could|may|might|possible|likely|forecast|plans? to|planned to|(?:is|are|was|were) (?:due|set|expected|scheduled|to)|later this week|next week|tomorrow)\b|'ll\b/i;
/** Is what the text tells (outside its quotations) still to come? ("in May" is no "may") */
const toCome = (text: string) => FUTURE.test(unquoted(text).replace(/(?<!^)\bMay\b/g, ' '));

/** The values of the numbers a headline shows, in figures or words ("3 toddlers", "twelve"). */
function titleValues(title: string): Set<number> {
	const words = [...NUMBER_WORDS.keys()].join('|');
	const found = title.matchAll(
		new RegExp(
			`(?<![\\p{L}\\d.,])(?:\\d[\\d,]*(?:\\.\\d+)?|${words})(?![\\p{L}\\d])(?: ?(?:million|billion|bn|m)\\b)?`,
			'giu'
		)
	);
	// (each as written and without its scale: "308 million" is 308,000,000, and 308)
	const values = [...found].flatMap((x) => [
		amountOf(x[0]),
		amountOf(x[0].split(/ ?(?=[mb])/)[0] ?? '')
	]);
	return new Set(values.filter((v): v is number => v !== undefined));
}

/** "Makybe Diva makes history with third straight Melbourne Cup": the counts ordinals give. */
const ORDINALS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth'
];
const titleOrdinals = (title: string) =>
	new Set(ORDINALS.flatMap((w, i) => (new RegExp(`\\b${w}\\b`, 'i').test(title) ? [i + 1] : [])));

/** The text without its quotations. */
const unquoted = (text: string) => text.replace(/["“][^"”]*(?:["”]|$)/g, ' ');

/** The present: "have yet to score … in 2017", "is already the best-selling album of 2015". */
const NOW = new Set(['is', 'are', 'am', 'has', 'have', 'yet', 'already', 'currently', 'now']);
/** Where a clause of its own begins, reading back from the period. */
const CLAUSE_START = new Set(['which', 'that', 'who', 'when', 'where', 'and', 'but', 'while']);
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Is this month or year, where `s` has it (at `at`, or its first whole word), the time the report
 * was written in: the nearest verb before it in its clause in the present ("are meeting in
 * Honolulu through September 10"), or a present perfect after it ("a violent April that has
 * seen…") — and a year the report's own?
 */
function presentPeriod(an: Analysis, s: SentenceInfo, period: string, at?: number): boolean {
	const where = at ?? new RegExp(`\\b${period}\\b`).exec(s.text)?.index;
	if (where === undefined) return false;
	if (YEAR.test(period) && Number(period) !== presentYear(an)) return false;
	// (a month with its year is a date of the calendar: "since April 2015")
	const after = s.text.slice(where + period.length);
	if (!YEAR.test(period) && /^\s*(?:\d{1,2},?\s+)?(?:19|20)\d\d\b/.test(after)) return false;
	if (/^\s+(?:that|which) (?:has|have)\b/.test(after)) return true;
	const before =
		unquoted(s.text.slice(0, where))
			.split(/[,;:(—–"“”]|\s-\s/)
			.pop() ?? '';
	const words = (before.match(/[\p{L}']+/gu) ?? []).map((w) => w.toLowerCase()).reverse();
	// (a start in the past: "has been threatening … since late October")
	if (/\bsince(?: early| late| mid)?$/.test(words.slice(0, 2).reverse().join(' '))) return false;
	for (const [i, word] of words.entries()) {
		if (NOW.has(word)) return true;
		// (what is due, not what is: "is due to end in February 2018"; but "have yet to score")
		if (word === 'to') return words[i + 1] === 'yet';
		if (CLAUSE_START.has(word) || ['was', 'were', 'had', 'did'].includes(word) || pastForm(word))
			return false;
	}
	return false;
}

/** The year or month a statement's false copies change, as the true one has it. */
function periodVaried(c: Candidate): string | undefined {
	const key = c.key.split(/\s+/).map((w) => w.replace(/[.,;:]$/, ''));
	for (const d of c.distractors) {
		const other = d.split(/\s+/).map((w) => w.replace(/[.,;:]$/, ''));
		if (other.length !== key.length) continue;
		const at = key.findIndex((w, i) => w !== other[i]);
		const word = key[at];
		if (word && (YEAR.test(word) || (MONTHS as readonly string[]).includes(word))) return word;
	}
	return undefined;
}

/** Do a statement's false copies change a month, or a day beside one ("January 7" → "8")? */
function changesDate(c: Candidate): boolean {
	const words = (t: string) => t.split(/\s+/);
	const key = words(c.key);
	return c.distractors.some((d) => {
		const other = words(d);
		if (other.length !== key.length) return false;
		return key.some((w, i) => {
			if (w === other[i]) return false;
			const near = [key[i - 1], w, key[i + 1]].map((x) => (x ?? '').replace(/[.,]$/, ''));
			return near.some((x) => (MONTHS as readonly string[]).includes(x));
		});
	});
}

/** Irregular past forms the lexicon tags otherwise ("lost" as an adjective). */
const PAST_TOO = new Set([
	'lost',
	'left',
	'hit',
	'beat',
	'set',
	'put',
	'cut',
	'quit',
	'rose',
	'read'
]);
const pastForm = (w: string) =>
	w.endsWith('ed') || PAST_TOO.has(w) || lexTags(w).includes('PastTense');

/**
 * The day asked is known from when, not what: a deadline or a count ("until Friday afternoon",
 * "last Tuesday"), a day still to come ("England play Afghanistan on Friday, … will"), or one
 * of a sequence the sentence gives ("By Tuesday …, and on Wednesday …" — Thursday cannot fit).
 */
function dayByTiming(s: SentenceInfo, day: string): boolean {
	const at = s.text.indexOf(day);
	if (at < 0) return false;
	if (DAY_BEFORE.test(s.text.slice(Math.max(0, at - 12), at).replace(/\bon\s*$/i, ''))) return true;
	// (what a quotation says is no timing of the event: `responded on Friday: "…will fly…"`)
	const told = unquoted(s.text);
	if (toCome(s.text)) return true;
	// "The line opens to the public on Wednesday": a day of the schedule, told in the present
	if (!(told.match(/\b[a-z]+\b/g) ?? []).some(pastForm)) return true;
	return WEEKDAYS.some((d) => d !== day && containsPhraseCi(told, d));
}

const FAMOUS_EVENTS = new RegExp(
	[
		"\\b(?:Olympics?|World Cup|Commonwealth Games|Palme d'Or|tsunami)\\b",
		// (a year the world remembers by its disaster: "the COVID-19 pandemic closed borders in
		// 2020", "after Hurricane Katrina in 2005")
		'\\b(?:COVID(?:-19)?|coronavirus pandemic|Hurricanes? (?:Katrina|Sandy|Harvey|Maria|Andrew)|Great Depression|(?:global )?financial crisis)\\b',
		'\\bSeptember 11 attacks\\b',
		// (when a country joined a union is in every atlas: "Malta joined the EU in 2004")
		'\\b(?:joined|joining|join|entered|accession to) the (?:European Union|EU|Nato|NATO|euro|eurozone|United Nations|UN)\\b',
		'\\b(?:gold|silver|bronze)(?: medal)? (?:in|at) (?:Sydney|Athens|Beijing|Atlanta|Barcelona|Seoul)\\b'
	].join('|'),
	'u'
);
const DATE_WORD = new RegExp(`^(?:(?:19|20)\\d\\d|${[...MONTHS, ...WEEKDAYS].join('|')})$`);

/** A year this many years before the report's own is history, not news. */
const HISTORY_YEARS = 10;
const PRESENT = new WeakMap<Analysis, number | undefined>();
/** The report's year: its date's, or else the latest year it names. */
function presentYear(an: Analysis): number | undefined {
	if (PRESENT.has(an)) return PRESENT.get(an);
	const dated = /^(\d{4})/.exec(an.article.date ?? '')?.[1];
	let year = dated ? Number(dated) : undefined;
	if (year === undefined)
		for (const s of an.sentences)
			for (const m of s.mentions) {
				// (a year read as a plain number counts too: "his 2008 season")
				const y = ['year', 'number'].includes(m.kind) ? Number(/^\d{4}$/.exec(m.text)?.[0]) : NaN;
				if (m.kind === 'number' && !(y >= 1900 && y <= 2099)) continue;
				if (y >= 1000 && y <= 2100 && (year === undefined || y > year)) year = y;
			}
	PRESENT.set(an, year);
	return year;
}

/** Amounts, and years: "by _____, or by 2018", "Ashes 2005" in the headline. */
const AMOUNTS = new Set(['number', 'money', 'percent', 'year']);

/**
 * The mentions of `kinds` a question asks for: a number question's key; those a statement's
 * false copies change (a "NOT supported" twist: the one its sentence has otherwise).
 */
function mentionsAsked(an: Analysis, c: Candidate, kinds: Set<string>): Mention[] {
	const s = an.sentences[c.evidence[0] ?? -1];
	if (!s) return [];
	const found = s.mentions.filter((m) => kinds.has(m.kind));
	if (c.type === 'number')
		return found.filter((m) => c.span && m.start < c.span.end && c.span.start < m.end);
	if (c.type !== 'statement') return [];
	const changed = (m: Mention, text: string) => !containsPhraseCi(text, m.text);
	return c.negative
		? found.filter((m) => changed(m, c.key))
		: found.filter((m) => c.distractors.some((d) => changed(m, d)));
}

/** Does a month open or close a range of months: "from January to June", "March-May"? */
function monthRange(s: SentenceInfo | undefined, m: Mention): boolean {
	if (!s) return false;
	const months = MONTHS.join('|');
	return (
		new RegExp(
			`^\\s*(?:to|until|till|through|and|-|–)\\s+(?:early |late |mid-?)?(?:${months})\\b`
		).test(s.text.slice(m.end)) ||
		new RegExp(
			`\\b(?:${months})\\s*(?:to|until|till|through|and|-|–)\\s+(?:early |late |mid-?)?$`
		).test(s.text.slice(0, m.start))
	);
}

/** The amounts a question asks for. */
const amountsAsked = (an: Analysis, c: Candidate) => mentionsAsked(an, c, AMOUNTS);

/** The months and years a question asks for ("by September 2014"). */
const timesAsked = (an: Analysis, c: Candidate) => mentionsAsked(an, c, TIMES);
const TIMES = new Set(['year', 'month']);

/** Does a time follow a word that makes it a bound: "by", "before", "after", "no later than"? */
const TIME_BOUND = new RegExp(
	`\\b(?:by|before|after|no later than|as early as|as late as|prior to)\\s+(?:(?:early|late|mid|the end of|end|the start of|the middle of)[\\s-]+)?(?:(?:\\d{1,2}\\s+)?(?:${MONTHS.join('|')})\\.?\\s+(?:\\d{1,2},?\\s+)?)?$`,
	'i'
);
const byTime = (before: string) => TIME_BOUND.test(before);

/**
 * Does a count stand before a list of as many ("three former presidents, Bush, Carter and Ford",
 * "three Lego figures representing Jupiter, his wife Juno and Galileo")?
 */
function countsItsList(an: Analysis, m: Mention): boolean {
	const text = an.sentences[m.sentence]?.text.slice(m.end) ?? '';
	const head =
		/^((?: [\p{L}-]+){1,7}?)(?:,|:| [-–—(]| (?:representing|including|namely|named|called|comprising|depicting)) ?/u.exec(
			text
		);
	if (!head || /\b(?:is|are|was|were|be|been|has|have|had|said|says)\b/.test(head[1] ?? ''))
		return false;
	// (to the end of the clause; a decimal point is no end: "$14.99 a month")
	const parts = (/^(?:[^;:.()]|\.\d)*/.exec(text.slice(head[0].length))?.[0] ?? '').split(', ');
	// ("…, a health problem suffered by the driver, or human error": "or" ends a list too)
	const and = parts.findIndex((p) => / (?:and|or) /.test(p) || /^(?:and|or) /.test(p));
	if (and === -1) return false;
	return amountOf(m.text) === and + (/^(?:and|or) /.test(parts[and] ?? '') ? 1 : 2);
}

/**
 * "The United States and China, the world's two biggest emitters": the names just before a
 * count that sums them up.
 */
function countsNamesBefore(an: Analysis, m: Mention): boolean {
	const before = an.sentences[m.sentence]?.text.slice(0, m.start) ?? '';
	const at = /, (?:the |both )?(?:[\p{L}'’]+ )?$/u.exec(before);
	if (!at) return false;
	let names = 1;
	for (const [i, w] of before.slice(0, at.index).split(' ').reverse().entries()) {
		if (w === 'and' && i > 0) names++;
		else if (/^(?:\p{Lu}|the$)/u.test(w)) names += i > 0 && w.endsWith(',') ? 1 : 0;
		else break;
	}
	return names >= 2 && amountOf(m.text) === names;
}

/** Words between two amounts that tie them: "15 of the past 21", "504 points, or 4.4 percent, to close at 10,917". */
const TIED =
	/^\s*(?:out )?of(?: (?:the|its|their))?(?: (?:past|last|first|next)| [\p{L}-]+['’]s)?\s*$|^[\s\p{L}-]{0,24},? or (?:about |around )?[$£€]?$|\b(?:close[sd]? at|closing at|up from|down from|compared with|against)\s*$/u;
/** Words after an amount that tie it to another: "20 short of an overall majority". */
const TIED_AFTER =
	/^\s*(?:\p{L}+\s+)?(?:short of|more than|fewer than|less than|ahead of|behind|of them|of whom|of which|of those)\b/u;
/** Words between two amounts, anywhere, that set one against the other: "£20, against a price of £17.99". */
const SET_AGAINST =
	/\b(?:against|compared with|compared to|than|up from|down from|from|to (?:his|her|their|its))\b|\b(?:rais|increas|lift|boost|cut|lower|reduc)\w*(?: \w+)? to\s*[$£€]?$|\b(?:rose|risen|climbed|jumped|soared|gained|fell|fallen|dropped|slipped|slid|sank|plunged|tumbled) to\s*[$£€]?$/;
/** Words that rank one amount above another: "556 points, well ahead of South Korea with 539". */
const RANKED = /\b(?:ahead of|behind|followed by|second-placed|third-placed|runner-up)\b/;

/**
 * Is `m` tied to another amount of its sentence, so that one works out the other or rules out
 * options ("306 seats, 20 short of an overall majority", "15 of the past 21 years")?
 */
function besideAnother(an: Analysis, m: Mention): boolean {
	const s = an.sentences[m.sentence];
	if (!s) return false;
	// a year beside another of its sentence: "by _____, or by 2018 if…" (the concession gives
	// more time), "won the title in _____ and defended it … in 2008" (the order tells)
	if (m.kind === 'year') return s.mentions.some((o) => o !== m && o.kind === 'year');
	// every other figure of the sentence, named an amount or not ("Labour's 46")
	const others = [...s.text.matchAll(/\d[\d,.]*\d|\d/g)]
		.map((x) => ({ start: x.index, end: x.index + x[0].length }))
		.filter((o) => o.end <= m.start || o.start >= m.end)
		// (not a year: "rose 5% from 2004")
		.filter((o) => !/^(?:1[89]|20)\d\d$/.test(s.text.slice(o.start, o.end)));
	if (others.length === 0) return false;
	// "fell $1.12, or 6.4 percent, to $16.34": a change, its share and the level work each other out
	if (
		/\d(?: ?[a-z]+)?,? or (?:about |nearly |almost |some )?\d[\d,.]*\s?(?:%|percent|per cent)/.test(
			s.text
		)
	)
		return true;
	// "AOL shareholders will own about 55 percent … and Time Warner holders about 45 percent":
	// shares of one whole add up to it
	if (m.kind === 'percent') {
		const shares = s.mentions.filter((o) => o.kind === 'percent').map((o) => amountOf(o.text) ?? 0);
		const mine = amountOf(m.text) ?? 0;
		const total = shares.reduce((a, b) => a + b, 0);
		if (
			shares.length >= 2 &&
			(Math.abs(total - 100) <= 2 ||
				shares.some((v) => v !== mine && Math.abs(v + mine - 100) <= 1))
		)
			return true;
	}
	// "1.6 million deaths a year…, about 4,400 a day": one rate in two units works out the other
	const rates = new Set(
		[...s.text.matchAll(/\d\S* (?:[a-z]+ ){0,2}(?:a|per|each) (day|week|month|year)\b/g)].map(
			(x) => x[1]
		)
	);
	if (rates.size >= 2) return true;
	// "47 seats…, one more than Labour's 46"
	if (/\b(?:one|two|three|four|five|\d+) (?:more|fewer|less) than\b/i.test(s.text)) return true;
	if ([m, ...others].some((x) => TIED_AFTER.test(s.text.slice(x.end)))) return true;
	return others.some((o) => {
		const [a, b] = o.start < m.start ? [o, m] : [m, o];
		const between = s.text.slice(a.end, b.start);
		return (
			TIED.test(between) ||
			(between.length <= 80 && SET_AGAINST.test(between)) ||
			(between.length <= 120 && RANKED.test(between))
		);
	});
}

/** Does the text name a year ten years or more before the report's own? */
function history(an: Analysis, text: string): boolean {
	const now = presentYear(an);
	if (now === undefined) return false;
	return (text.match(/\b(?:1\d|20)\d\d\b/g) ?? []).some((y) => now - Number(y) >= HISTORY_YEARS);
}

/** Does the question ask for a year, a month or a day (a statement: one swapped)? */
function dateAsked(c: Candidate): boolean {
	if (c.type === 'number') return ['year', 'month', 'weekday'].includes(String(c.keyKind));
	if (c.type !== 'statement') return false;
	const keyWords = new Set(c.key.split(/[\s,.]+/));
	return c.distractors.some((d) =>
		d.split(/[\s,.]+/).some((w) => DATE_WORD.test(w) && !keyWords.has(w))
	);
}

/** The first gate a candidate fails, or `undefined` when it passes them all. */
export function firstFailure(
	an: Analysis,
	c: Candidate,
	gates: Gate[],
	opts: GateOptions
): GateReason | undefined {
	for (const g of gates) if (!g.test(an, c, opts)) return g.reason;
	return undefined;
}
