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

export type QuestionType = 'cloze' | 'who' | 'attribution' | 'number' | 'statement' | 'evidence';

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
	| (QuestionBase & { type: 'attribution' })
	| (QuestionBase & { type: 'number' })
	| (QuestionBase & { type: 'statement' })
	| (QuestionBase & { type: 'evidence' });

export interface Bank {
	article: BankArticle;
	questions: Question[];
}
