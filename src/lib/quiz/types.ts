/**
 * The quiz domain's records. An attempt is a snapshot: it holds the questions it is played
 * with, so that editing or regenerating a bank never changes an attempt under way.
 * These records are server-only: pages receive views made by `$lib/quiz` (no key before the
 * answer is in).
 */
import type { Question } from '$lib/generator/types';

export interface Player {
	/** Random, unguessable; also the value of the httpOnly player cookie. */
	id: string;
	/** 1–40 characters, trimmed, any script. */
	name: string;
	createdAt: string;
}

/** A sentence quoted as evidence, copied into the attempt so the quote never drifts. */
export interface Quote {
	/** Sentence id, the HTML id on `/articles/<article>`. */
	id: string;
	text: string;
}

/**
 * A question as an attempt holds it: the bank's question plus the slug of its article and,
 * since the quote is part of the snapshot, the text of its evidence sentences (in `evidence`
 * order). Build these with `snapshotQuestions(bank)` from `$lib/quiz`.
 */
export type AttemptQuestion = Question & { article: string; quotes?: Quote[] };

export type AttemptSource =
	{ kind: 'quiz'; slug: string } | { kind: 'assignment'; id: string } | { kind: 'review' };

export interface AnswerRecord {
	/** Index into the question's `options` (original order, not display order). */
	choice: number;
	correct: boolean;
	/** ISO time. */
	at: string;
}

export interface Attempt {
	id: string;
	playerId: string;
	/** The display name when the attempt started (shown in class results). */
	playerName: string;
	source: AttemptSource;
	/** Shown on the results page and in histories. */
	title: string;
	/** In play order. */
	questions: AttemptQuestion[];
	/** Per question: display position → index in `options`. */
	optionOrder: number[][];
	/** The seed the shuffles were made from. */
	seed: number;
	/** Feedback after each question, or only on the results page. */
	feedback: 'each' | 'end';
	/** One per question, `null` until answered. */
	answers: (AnswerRecord | null)[];
	startedAt: string;
	finishedAt?: string;
	/** Number of right answers, set when the attempt finishes. */
	score?: number;
}

export interface AttemptSummary {
	id: string;
	source: AttemptSource;
	title: string;
	total: number;
	startedAt: string;
	finishedAt?: string;
	score?: number;
}
