/**
 * Attribution: who said or reported something ("According to the article, who told Russian
 * media that Moscow is discussing joint military exercises with North Korea?", "Which news
 * agency reported that Kim will go to several food enterprises?").
 */
import type { Analysis, Mention, SentenceInfo } from '../../01-analysis/types';
import { REPORTING_VERBS } from '../../model/words';
import { quotesBalanced, squash, type Token } from '../../util/text';
import { clauseStart, wordsOf } from '../stem-tools';
import type { Candidate, CandidateMaker } from '../types';

const PAST: Record<string, string> = {
	says: 'said',
	tells: 'told',
	reports: 'reported',
	adds: 'added'
};
const FIRST_PERSON = new Set(['i', 'we', 'our', 'my', 'us', 'me', 'ours', 'mine']);
const SPEAKER_KINDS = new Set(['person', 'agency', 'organisation']);

function questionWord(kind: string): string {
	if (kind === 'agency') return 'which news agency';
	if (kind === 'organisation') return 'which organisation';
	return 'who';
}

/** "said", "told Russian media", "reported" (a date after the verb is dropped). */
function verbPhrase(s: SentenceInfo, v: number, end: number): string {
	const verb = s.tokens[v] as Token;
	const word = PAST[verb.lower] ?? verb.lower;
	if (word !== 'told') return word;
	// the object of "told": words up to the end or the next comma
	const obj: string[] = [];
	for (let i = v + 1; i < s.tokens.length; i++) {
		const t = s.tokens[i] as Token;
		if (!t.word || t.start >= end) break;
		if (t.lower === 'on' && /day$/.test(s.tokens[i + 1]?.lower ?? '')) break;
		obj.push(t.text);
	}
	return obj.length > 0 && obj.length <= 4 ? `told ${obj.join(' ')}` : '';
}

function clauseFits(s: SentenceInfo, from: number, to: number): boolean {
	const words = s.tokens.filter((t) => t.start >= from && t.end <= to);
	if (words.filter((t) => t.word).length < 4) return false;
	// first-person words outside quotes cannot be reported as they are
	const text = s.text.slice(from, to);
	if (!/["“”]/.test(text) && words.some((t) => FIRST_PERSON.has(t.lower))) return false;
	return quotesBalanced(text);
}

function speakerAt(s: SentenceInfo, an: Analysis, endToken: number): Mention | undefined {
	// "<speaker> said" or "<speaker> news agency said"
	for (const m of s.mentions) {
		const e = an.entities[m.entity];
		if (!e || !SPEAKER_KINDS.has(e.kind) || m.demonym) continue;
		if (m.tokenEnd === endToken) return m;
		const a = s.tokens[m.tokenEnd];
		const b = s.tokens[m.tokenEnd + 1];
		if (m.tokenEnd + 2 === endToken && a?.lower === 'news' && b?.lower === 'agency') return m;
	}
	return undefined;
}

export const makeAttribution: CandidateMaker = (an: Analysis, opts) => {
	const out: Candidate[] = [];
	for (const s of an.sentences) {
		if (!opts.focus.has(s.index)) continue;
		s.tokens.forEach((t, v) => {
			if (!REPORTING_VERBS.has(t.lower)) return;
			const m = speakerAt(s, an, v);
			if (!m) return;
			const e = an.entities[m.entity];
			if (!e) return;
			const speakerStart = Math.min(m.titleStart ?? m.start, m.start);
			let clause: string;
			let clauseFrom: number;
			let verbEnd: number;
			// A: "<clause>, <speaker> said…"
			const comma = s.tokens[s.tokens.findIndex((x) => x.start >= speakerStart) - 1];
			// the comma that ends the reported clause; up to three descriptor words ("Russia's",
			// "state", "the") may sit between it and the speaker
			const lastComma = [...s.tokens]
				.reverse()
				.find((x) => x.end <= speakerStart && x.text === ',');
			const between = lastComma
				? s.tokens.filter((x) => x.start > lastComma.start && x.end <= speakerStart)
				: [];
			const before = lastComma && between.filter((x) => x.word).length <= 3 ? lastComma : undefined;
			if (before && m.start > 0) {
				// descriptors between the comma and the speaker ("Russia's", "state") belong to the speaker
				const commaTok = [...s.tokens]
					.reverse()
					.find((x) => x.end <= speakerStart && x.text === ',');
				if (!commaTok) return;
				clauseFrom = s.tokens.find((x) => x.word || /[\d"“]/.test(x.text))?.start ?? 0;
				// a quotation closed after the comma: ‘…security," KCNA reported’
				const closing = s.tokens[s.tokens.indexOf(commaTok) + 1];
				const quote = closing && /^["”]$/.test(closing.text) ? closing.text : '';
				clause = s.text.slice(clauseFrom, commaTok.start) + quote;
				if (!clauseFits(s, clauseFrom, quote ? (closing as Token).end : commaTok.start)) return;
				verbEnd = s.text.length;
				const after = s.tokens.slice(v + 1).find((x) => x.text === ',' || x.text === '.');
				if (after) verbEnd = after.start;
			} else if (
				m.start === (s.tokens.find((x) => x.word)?.start ?? -1) ||
				(comma === undefined && m.start === 0)
			) {
				// B: "<speaker> said (that) <clause>."
				let from = v + 1;
				const vp0 = verbPhrase(s, v, s.text.length);
				if (vp0.startsWith('told')) from += vp0.split(' ').length - 1;
				if (s.tokens[from]?.lower === 'on' && /day$/.test(s.tokens[from + 1]?.lower ?? ''))
					from += 2;
				if (s.tokens[from]?.lower === 'that') from++;
				const first = s.tokens[from];
				if (!first || !first.word) return;
				clauseFrom = first.start;
				const end = s.text.replace(/[\s.!?]+$/u, '').length;
				clause = s.text.slice(clauseFrom, end);
				if (!clauseFits(s, clauseFrom, end)) return;
				verbEnd = first.start;
			} else return;
			const vp = verbPhrase(s, v, verbEnd);
			if (!vp) return;
			clause = squash(clause)
				.replace(/,(["”])$/u, '$1')
				.replace(/[,;:]+$/u, '');
			clause = clauseStart(s, clauseFrom, clause);
			const qw = questionWord(e.kind);
			const stem = `According to the article, ${qw} ${vp} that ${clause}?`;
			if (wordsOf(stem) > opts.maxStemWords) return;
			if (!quotesBalanced(stem)) return;
			out.push({
				type: 'attribution',
				stem,
				key: e.display,
				keyEntity: e.id,
				keyKind: e.kind,
				distractors: [],
				evidence: [s.index],
				span: { sentence: s.index, start: m.start, end: m.end },
				context: `${vp} ${clause}`,
				fact: `${s.index}:${e.id}`,
				explanation: `The article says ${e.display} ${vp} that ${clause}.`,
				score: 0.85 + (e.kind === 'agency' ? 0.05 : 0),
				difficulty: 0.5
			});
		});
	}
	return out;
};
