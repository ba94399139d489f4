/**
 * The quiz bank: the generator's output and the contract with the app and with tools outside it.
 * Field names of `BankArticle`, `Question` (id, type, stem, options, answer, evidence,
 * explanation) are read by other tools: never rename them.
 */

export interface BankSentence {
	id: string;
	text: string;
	paragraph: number;
}

export interface BankArticle {
	slug: string;
	title: string;
	source: string;
	url?: string;
	date?: string;
	sentences: BankSentence[];
}

/** Every question type, in the order reports list them. */
export const QUESTION_TYPES = [
	'cloze',
	'who',
	'what',
	'attribution',
	'number',
	'statement',
	'evidence'
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

interface QuestionBase {
	/** Stable within the bank, e.g. `q1`. */
	id: string;
	stem: string;
	/** 2–5 distinct options. */
	options: string[];
	/** Index of the key in `options`. */
	answer: number;
	/** Ids of the sentences that support the key; the first is quoted in the explanation. */
	evidence: string[];
	/** A plain sentence; the app shows the quote and its link beside it. */
	explanation: string;
	/** 0 (easy) – 1 (hard), an estimate. */
	difficulty: number;
}

export type Question =
	| (QuestionBase & { type: 'cloze' })
	| (QuestionBase & { type: 'who' })
	| (QuestionBase & { type: 'what' })
	| (QuestionBase & { type: 'attribution' })
	| (QuestionBase & { type: 'number' })
	| (QuestionBase & { type: 'statement' })
	| (QuestionBase & { type: 'evidence' });

export interface Bank {
	article: BankArticle;
	questions: Question[];
}

/** Why a candidate question was dropped (see `04-gates`). */
export type GateReason =
	| 'key-not-in-evidence'
	| 'distractor-true'
	| 'option-in-stem'
	| 'giveaway'
	| 'option-form'
	| 'duplicate-options'
	| 'pronoun-stem'
	| 'stem-too-long'
	| 'report-date'
	| 'feed'
	| 'outside-knowledge'
	| 'too-few-options'
	| 'ungrammatical'
	/** A kind of question made only when asked for (`nameKeys`, `notSupported`). */
	| 'not-asked';

/** What happened while generating one bank: for the CLI, `npm run eval` and the server. */
export interface GenerationReport {
	words: number;
	sentences: number;
	/** Questions wanted for this length (or `options.count`). */
	target: number;
	/** Candidates made, by type. */
	candidates: Record<QuestionType, number>;
	/** Candidates dropped, by gate. */
	rejected: Partial<Record<GateReason, number>>;
	/** Questions in the bank, by type. */
	selected: Record<QuestionType, number>;
	/** Plain sentences for a person: why the bank is short or empty. */
	notes: string[];
}
