/** @internal Small text helpers shared by the stages. */
import { STOP_WORDS } from '../model/words';

export interface Token {
	text: string;
	lower: string;
	/** Offsets into the sentence text. */
	start: number;
	end: number;
	/** Starts with an upper-case letter. */
	cap: boolean;
	/** A word (letters), as opposed to a number or punctuation. */
	word: boolean;
	/** Followed by a possessive 's (not part of `text`). */
	possessive: boolean;
}

// Acronyms with dots (U.S., U.N.), numbers with separators and units, words with inner hyphens
// or apostrophes, then any other single character. Bounded quantifiers only: this runs on
// untrusted text.
const TOKEN =
	/(?:\p{Lu}\.){2,}|[$£€]?\d[\d,.]*\d%?|[$£€]?\d%?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Splits a sentence into tokens; a trailing possessive 's is split off and flagged. */
export function tokenize(text: string): Token[] {
	const out: Token[] = [];
	for (const m of text.matchAll(TOKEN)) {
		let t = m[0];
		const start = m.index;
		let possessive = false;
		if (/^[\p{L}\p{M}].*['’]s$/u.test(t) && t.length > 2) {
			t = t.slice(0, -2);
			possessive = true;
		} else if (/^[\p{L}\p{M}].*s['’]$/u.test(t) && t.length > 2) {
			t = t.slice(0, -1);
			possessive = true;
		}
		const first = t.charAt(0);
		out.push({
			text: t,
			lower: t.toLowerCase(),
			start,
			end: start + t.length,
			cap: first !== first.toLowerCase() && /\p{Lu}/u.test(first),
			word: /^[\p{L}\p{M}]/u.test(t),
			possessive
		});
	}
	return out;
}

export const wordCount = (text: string): number => (text.match(/\S+/g) ?? []).length;

/** Lower-case content words of a text, without function words. */
export function contentWords(text: string): Set<string> {
	const out = new Set<string>();
	for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
		if (!STOP_WORDS.has(m[0])) out.add(m[0]);
	}
	return out;
}

export const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** Collapses whitespace and trims. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * A sentence cut from an article, closed with one full stop: "…in Geneva," → "…in Geneva.";
 * one that ends a quotation keeps its own ('…had "improved markedly."', never '."."').
 */
export function closeSentence(text: string): string {
	const body = squash(text).replace(/[\s,;:]+$/u, '');
	return /[.!?]["”’']?$/u.test(body) ? body : `${body}.`;
}

/** Lower case, punctuation as single spaces: for "does this text say that?" comparisons. */
export const normalise = (s: string): string =>
	s
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/** True when double quotes (straight or curly) are balanced. */
export function quotesBalanced(s: string): boolean {
	const straight = (s.match(/"/g) ?? []).length;
	const open = (s.match(/“/g) ?? []).length;
	const close = (s.match(/”/g) ?? []).length;
	return straight % 2 === 0 && open === close;
}

/** Escapes a string for use in a RegExp. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word, case-sensitive containment ("Kim" in "Kim met", not in "Kimberley"). */
export function containsPhrase(haystack: string, needle: string): boolean {
	if (!needle || !haystack.includes(needle)) return false;
	return phraseRe(needle, 'u').test(haystack);
}

// Compiled whole-word patterns, memoised (bounded): the gates ask the same needles many times.
const PATTERNS = new Map<string, RegExp>();
function phraseRe(needle: string, flags: string): RegExp {
	const key = `${flags}\u0000${needle}`;
	let re = PATTERNS.get(key);
	if (!re) {
		if (PATTERNS.size > 10_000) PATTERNS.clear();
		re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(needle)}(?![\\p{L}\\p{N}])`, flags);
		PATTERNS.set(key, re);
	}
	return re;
}

/** Case-insensitive whole-word containment. */
export function containsPhraseCi(haystack: string, needle: string): boolean {
	if (!needle || !haystack.toLowerCase().includes(needle.toLowerCase())) return false;
	return phraseRe(needle, 'iu').test(haystack);
}
