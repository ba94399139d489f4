/**
 * Evidence ("Part B"): "Which sentence from the article best supports the answer to this
 * question: …?" The options are sentences of the article; the key is the sentence that the
 * inner question cites, the others are sentences about the same people and places that do not
 * answer it.
 */
import type { Analysis } from '../../01-analysis/types';
import { overlap } from '../../03-distractors/distractors';
import { containsPhraseCi, contentWords, quotesBalanced } from '../../util/text';
import { wordsOf } from '../stem-tools';
import type { Candidate } from '../types';

/** Builds evidence items from already gated questions of other types. */
export function makeEvidence(an: Analysis, inner: Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	for (const q of inner) {
		if (!['who', 'attribution', 'number'].includes(q.type) || q.stem.includes('_')) continue;
		// "Who does the article describe as…?": its sentence holds the role and the name side by
		// side, so matching words finds it
		if (q.anyRole) continue;
		const keyIndex = q.evidence[0];
		if (keyIndex === undefined || q.evidence.length > 1) continue;
		const keySentence = an.sentences[keyIndex];
		if (!keySentence || keySentence.pronounStart) continue;
		const keyText = keySentence.text.trim();
		const len = keyText.length;
		if (wordsOf(keyText) > 40) continue;
		const entities = new Set(keySentence.mentions.map((m) => m.entity));
		const stemWords = contentWords(q.stem);
		// a short question: a long one repeats its sentence, and matching words finds the key
		if (wordsOf(q.stem) > 20) continue;
		const keyForms = keyFormsOf(an, q);
		const others = an.sentences
			.filter((s) => s.index !== keyIndex && !s.pronounStart && !s.listLike && s.hasVerb)
			// lengths near the key's: three of them pass the option-form gate
			.filter(
				(s) => s.text.length >= len * 0.6 && s.text.length <= len * 1.6 && wordsOf(s.text) <= 40
			)
			// a sentence that names the answer beside the question's words may answer it too
			.filter((s) => overlap(stemWords, s.content) < 0.5 && quotesBalanced(s.text))
			.filter(
				(s) =>
					!keyForms.some((k) => containsPhraseCi(s.text, k)) || overlap(stemWords, s.content) < 0.2
			)
			.map((s) => ({
				s,
				shared: s.mentions.filter((m) => entities.has(m.entity)).length,
				words: overlap(stemWords, s.content)
			}))
			// every option is about the same people or things as the question: none is ruled out
			// at a glance
			.filter((x) => x.shared > 0 || x.words > 0)
			.sort(
				(a, b) =>
					b.shared + (b.words > 0 ? 1 : 0) - (a.shared + (a.words > 0 ? 1 : 0)) ||
					a.s.index - b.s.index
			)
			.map((x) => x.s);
		if (others.length < 2) continue;
		out.push({
			type: 'evidence',
			stem: `Which sentence from the article best supports the answer to this question: ${q.stem}`,
			key: keyText,
			keyKind: 'sentence',
			distractors: others.slice(0, 3).map((s) => s.text.trim()),
			evidence: [keyIndex],
			context: keyText,
			fact: `${keyIndex}:evidence`,
			explanation: `This sentence answers the question: ${q.explanation.replace(/^The article says /, 'it says ')}`,
			score: 0.7,
			difficulty: 0.55,
			shows: others.slice(0, 3).map((s) => s.index),
			showsPool: others.map((s) => s.index)
		});
	}
	return out;
}

/** The answer of the inner question in every form the article uses. */
function keyFormsOf(an: Analysis, q: Candidate): string[] {
	const e = q.keyEntity !== undefined ? an.entities[q.keyEntity] : undefined;
	return e ? [q.key, ...e.aliases] : [q.key];
}
