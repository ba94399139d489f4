/**
 * What a page may see of an attempt. The attempt record holds every key; these views are the
 * only way its questions reach a page, and a question's key, explanation and evidence appear
 * only once that question is answered (and, when feedback comes at the end, once the attempt
 * is finished), "so that people can't cheat by peeking at the JavaScript".
 */
import { currentPosition, isFinished, percent, scoreOf } from './attempt';
import type { Attempt, AttemptQuestion } from './types';

export interface OptionView {
	/** The option's place as shown, the value the form posts. */
	value: number;
	text: string;
}

/**
 * A sentence of the article in quotation marks, as the explanation quotes it: `“…”`, unless it
 * opens with its own quotation mark (`"Hundreds have been killed," Royce said.`), which then
 * stands for ours — never `““Hundreds…`. The words stay verbatim.
 */
export function inQuotes(text: string): string {
	return /^["“‘']/.test(text) ? text : `“${text}”`;
}

export interface QuoteView {
	/** Sentence id. */
	id: string;
	/** Slug of the article it is from. */
	article: string;
	text: string;
	/** `/articles/<slug>#<sentence id>` */
	href: string;
}

/** Everything about a question that is only shown after it is answered. */
export interface RevealView {
	correct: boolean;
	/** Shown place of the key. */
	key: number;
	keyText: string;
	explanation: string;
	quotes: QuoteView[];
}

export interface QuestionView {
	position: number;
	/** 1-based, for "Question 3 of 10". */
	number: number;
	total: number;
	stem: string;
	options: OptionView[];
	answered: boolean;
	/** Shown place of the player's choice, once answered. */
	choice: number | null;
	choiceText: string | null;
	/** `null` until the answer may be shown. */
	reveal: RevealView | null;
}

export interface PlayView {
	id: string;
	title: string;
	total: number;
	/** Position of the next question to answer (`total` when finished). */
	current: number;
	answeredCount: number;
	finished: boolean;
	feedback: Attempt['feedback'];
}

export interface ResultsView extends PlayView {
	score: number;
	percent: number;
	questions: QuestionView[];
}

/** The link to a sentence on its article page. */
export function sentenceHref(slug: string, sentenceId: string): string {
	return `/articles/${encodeURIComponent(slug)}#${encodeURIComponent(sentenceId)}`;
}

/** May the key of the question at `position` be shown? */
export function isRevealed(attempt: Attempt, position: number): boolean {
	if (attempt.answers[position] == null) return false;
	return attempt.feedback === 'each' || isFinished(attempt);
}

function reveal(q: AttemptQuestion, order: number[], correct: boolean): RevealView {
	return {
		correct,
		key: order.indexOf(q.answer),
		keyText: q.options[q.answer] ?? '',
		explanation: q.explanation,
		quotes: (q.quotes ?? []).map((quote) => ({
			id: quote.id,
			article: q.article,
			text: quote.text,
			href: sentenceHref(q.article, quote.id)
		}))
	};
}

/** The view of one question; `null` when `position` is out of range. */
export function questionView(attempt: Attempt, position: number): QuestionView | null {
	const q = attempt.questions[position];
	const order = attempt.optionOrder[position];
	if (!q || !order) return null;
	const given = attempt.answers[position] ?? null;
	const choice = given === null ? null : order.indexOf(given.choice);
	return {
		position,
		number: position + 1,
		total: attempt.questions.length,
		stem: q.stem,
		options: order.map((i, value) => ({ value, text: q.options[i] ?? '' })),
		answered: given !== null,
		choice,
		choiceText: given === null ? null : (q.options[given.choice] ?? null),
		reveal: given !== null && isRevealed(attempt, position) ? reveal(q, order, given.correct) : null
	};
}

/** The attempt's progress, without any question. */
export function playView(attempt: Attempt): PlayView {
	const current = currentPosition(attempt);
	return {
		id: attempt.id,
		title: attempt.title,
		total: attempt.questions.length,
		current,
		answeredCount: attempt.answers.filter((a) => a !== null).length,
		finished: current === attempt.questions.length,
		feedback: attempt.feedback
	};
}

/** The results page: score and every question revealed; `null` while the attempt is under way. */
export function resultsView(attempt: Attempt): ResultsView | null {
	if (!isFinished(attempt)) return null;
	const score = scoreOf(attempt);
	const total = attempt.questions.length;
	return {
		...playView(attempt),
		score,
		percent: percent(score, total),
		questions: attempt.questions.map((_, i) => questionView(attempt, i) as QuestionView)
	};
}
