import type { Article, Sentence } from '../../article/types';
import type { Token } from '../util/text';

export type EntityKind =
	| 'person'
	| 'country'
	| 'city'
	| 'place'
	| 'agency'
	| 'organisation'
	| 'weekday'
	| 'month'
	| 'year'
	| 'number'
	| 'money'
	| 'percent'
	/** A proper name we could not classify: never a key, never a distractor. */
	| 'name';

/** One occurrence of an entity in a sentence. Offsets are into the sentence text. */
export interface Mention {
	entity: number;
	sentence: number;
	start: number;
	end: number;
	/** `text.slice(start, end)` of the sentence. */
	text: string;
	kind: EntityKind;
	/** Used as an adjective ("Russian", "North Korean"): never blanked. */
	demonym: boolean;
	/** Used like an adjective before a noun ("US court", "Liverpool manager"): never blanked. */
	attributive: boolean;
	/** Followed by a possessive 's. */
	possessive: boolean;
	/** Start of a role phrase in front of a person ("Russian President Vladimir Putin"). */
	titleStart?: number;
	/** Index of the first token of the mention in the sentence's tokens. */
	token: number;
	/** Index after the last token. */
	tokenEnd: number;
}

export interface Entity {
	id: number;
	kind: EntityKind;
	/** How options name it: "Kim Jong Un", "the United States", "Wednesday", "1948". */
	display: string;
	/** Every surface form seen or known (lower case), including the display. */
	aliases: Set<string>;
	/** Demonym forms, lower case ("russian"). */
	demonyms: Set<string>;
	mentions: Mention[];
	/** Indices of sentences that mention it. */
	sentences: Set<number>;
	/** "Mr", "Ms"…: seen right before the name; options after it must share it. */
	honorific?: string;
	/** A person's sex, where the article tells it (honorific, first name, "man", "she"). */
	gender?: 'm' | 'f';
	/** A role phrase seen in front of the name ("Russian President"). */
	title?: string;
	/** Numeric value for years, numbers, money and percentages. */
	value?: number;
	/** From the curated lists (safer to blank and to use as a distractor). */
	curated: boolean;
}

export interface SentenceInfo {
	index: number;
	sentence: Sentence;
	text: string;
	tokens: Token[];
	mentions: Mention[];
	words: number;
	/** Content words, lower case. */
	content: Set<string>;
	/**
	 * A roster or table line ("E Taukafa (Tonga), E Guinazu (Argentina), …") or a bullet's item
	 * ("- A freeze on fuel duty"): no questions.
	 */
	listLike: boolean;
	/** Has a finite verb; a fragment ("The Aviator, Martin Scorsese's biopic of …") has none. */
	hasVerb: boolean;
	/** Opens with a pronoun ("He visited…"). */
	pronounStart: boolean;
	/** The person the opening pronoun refers to, when it can be resolved. */
	antecedent?: number;
}

export interface Analysis {
	article: Article;
	sentences: SentenceInfo[];
	entities: Entity[];
	wordCount: number;
}
