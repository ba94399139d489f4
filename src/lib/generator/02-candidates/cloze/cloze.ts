/**
 * Cloze: a key phrase of a sentence blanked out ("Kim met _____ on Wednesday…"). The key is a
 * named entity of a kind we can find distractors for; numbers and dates go to the `number` maker.
 */
import type { Analysis } from '../../01-analysis/types';
import { HONORIFICS, STOP_WORDS } from '../../model/words';
import { blankedStem, keySpan, prevSentence, says, shortName, BLANK } from '../stem-tools';
import type { Candidate, CandidateMaker } from '../types';

/**
 * Kinds worth blanking. Not countries or cities: a place slot mostly asks for world knowledge
 * ("___ serial killer Charles Manson") or meets implausible options ("the ruling party of
 * Singapore"); places are asked about in statements and who-questions instead.
 */
const CLOZE_KINDS = new Set(['person', 'agency', 'organisation']);

export const makeCloze: CandidateMaker = (an: Analysis, opts) => {
	const out: Candidate[] = [];
	for (const s of an.sentences) {
		if (!opts.focus.has(s.index)) continue;
		for (const m of s.mentions) {
			const e = an.entities[m.entity];
			if (!e || !CLOZE_KINDS.has(e.kind) || m.demonym || m.attributive) continue;
			// "Ireland lock _____", "_____, vice chairman of…": the stem's own role words describe
			// the key, and would lie about whoever else is offered
			const prev = s.tokens[m.token - 1];
			const next = s.tokens[m.tokenEnd];
			const after = s.tokens[m.tokenEnd + 1];
			if (e.kind === 'person' && prev?.word && !prev.cap && !STOP_WORDS.has(prev.lower)) continue;
			if (e.kind === 'person' && next?.text === ',' && after?.word && !after.cap) continue;
			// "_____ Two" (BBC Two), "_____'s PlayStation 3": a name that is part of another name,
			// or the owner of a named product, is known without the article
			const owner = next?.text === "'s" || next?.text === '’s' ? after : undefined;
			if (e.kind !== 'person' && ((next?.word && next.cap) || owner?.cap)) continue;
			const { start, end } = keySpan(s, m, e);
			const made = blankedStem(an, s, start, end);
			if (!made) continue;
			const filled = s.text.slice(start, end);
			const before = s.tokens[m.token - 1];
			const honorific = before && HONORIFICS.has(before.lower) ? before.text : undefined;
			if (honorific && e.kind !== 'person') continue;
			out.push({
				type: 'cloze',
				stem: made.stem,
				key: honorific
					? shortName(e)
					: e.display.startsWith('the ') && !/^the /i.test(filled)
						? e.display.slice(4)
						: e.display,
				honorific,
				keyEntity: e.id,
				keyKind: e.kind,
				distractors: [],
				evidence:
					s.antecedent !== undefined && made.lead
						? [s.index, ...prevSentence(an, s.index, s.antecedent)]
						: made.also !== undefined
							? [s.index, made.also]
							: [s.index],
				span: { sentence: s.index, start, end },
				context: made.stem.replace(BLANK, ' '),
				fact: `${s.index}:${e.id}`,
				explanation: says(an, s, made.stem.replace(BLANK, filled)),
				score: 0.6 + Math.min(0.2, e.sentences.size * 0.04) + (e.curated ? 0.05 : 0),
				difficulty: 0.35
			});
		}
	}
	return out;
};
