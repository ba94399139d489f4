import type { Analysis, EntityKind } from '../01-analysis/types';
import type { QuestionType } from '../types';

/** Where the key sits in its evidence sentence (offsets into the sentence text). */
export interface KeySpan {
	sentence: number;
	start: number;
	end: number;
}

/**
 * A question before distractors, gates and ranking. One shape for all types; `type` says which
 * maker produced it and which gates apply.
 */
export interface Candidate {
	type: QuestionType;
	stem: string;
	key: string;
	/** The entity the key names (entity-keyed types). */
	keyEntity?: number;
	/** `role`: a role phrase ("the Tory leader"), in "who is …?" items. */
	keyKind: EntityKind | 'sentence' | 'statement' | 'role';
	/** Filled by stage 3 for entity-keyed types; by the maker for statement and evidence. */
	distractors: string[];
	/**
	 * For statements: the entity swapped into each distractor (same order). For `what` items:
	 * whose deed or words each distractor is.
	 */
	swapped?: number[];
	/** `what` items: whom the question asks about. */
	subject?: number;
	/** Sentence indices; the first supports the key. */
	evidence: number[];
	span?: KeySpan;
	/** Text of the question's fact without the key, for "is this distractor also true?". */
	context: string;
	/** Identity of the fact, so two questions never ask the same thing. */
	fact: string;
	explanation: string;
	/** Base quality 0–1 from the maker. */
	score: number;
	difficulty: number;
	/** Option texts are drawn from outside the article for this many distractors. */
	external?: number;
	/** Evidence type: every sentence that could be shown; selection picks ones still free. */
	showsPool?: number[];
	/** The blank follows "Mr"/"Ms"…: options are surnames of people with that honorific. */
	honorific?: string;
	/** Texts of the `showsPool` sentences as options ("NOT supported" statements). */
	poolTexts?: string[];
	/** "Which statement is NOT supported…": the key is the false one, the options are true. */
	negative?: boolean;
	/** The stem opens with the sentence before the blanked one, which it leans on. */
	leadIn?: boolean;
	/**
	 * The stem names the key's role ("Who does the article describe as the Tory leader?"): any
	 * person of the article is a fair guess, not only one of the same role.
	 */
	anyRole?: boolean;
	/** Sentences shown as options (evidence type): no other question may use them. */
	shows?: number[];
}

export interface MakerOptions {
	maxStemWords: number;
	/**
	 * Sentences questions may be made from (indices). Long articles are sampled evenly so the
	 * number of candidates, and the cost per word, stays flat.
	 */
	focus: Set<number>;
}

/** A candidate maker for one question type. */
export type CandidateMaker = (analysis: Analysis, options: MakerOptions) => Candidate[];
