/**
 * The attempt's rules: how an attempt is built (a snapshot with seeded orders) and how an
 * answer changes it. Pure functions: they never touch the store; routes save what they return.
 */
import type { Bank } from '$lib/generator/types';
import { mulberry32, permutation } from './random';
import type { Attempt, AttemptQuestion, AttemptSource } from './types';

export interface StartAttemptInput {
	/** Random, unguessable id (the store validates its characters). */
	id: string;
	player: { id: string; name: string };
	source: AttemptSource;
	title: string;
	/** The questions to play, e.g. `snapshotQuestions(bank)`. */
	questions: AttemptQuestion[];
	seed: number;
	/** Default `'each'`: feedback after every question. */
	feedback?: Attempt['feedback'];
	/** `'shuffled'` (default) mixes the questions; `'given'` keeps the order passed in. */
	order?: 'shuffled' | 'given';
	now?: Date;
}

/** Copies a bank's questions for an attempt, with their article's slug and quoted sentences. */
export function snapshotQuestions(bank: Bank): AttemptQuestion[] {
	const text = new Map(bank.article.sentences.map((s) => [s.id, s.text]));
	return bank.questions.map((q) => ({
		...structuredClone(q),
		article: bank.article.slug,
		quotes: q.evidence.flatMap((id) => {
			const t = text.get(id);
			return t === undefined ? [] : [{ id, text: t }];
		})
	}));
}

/** Builds a new attempt. The seed decides the order of questions and of every question's options. */
export function startAttempt(input: StartAttemptInput): Attempt {
	if (input.questions.length === 0) throw new Error('An attempt needs at least one question.');
	const random = mulberry32(input.seed);
	const questionOrder =
		input.order === 'given'
			? input.questions.map((_, i) => i)
			: permutation(input.questions.length, random);
	const questions = questionOrder.map((i) =>
		structuredClone(input.questions[i] as AttemptQuestion)
	);
	return {
		id: input.id,
		playerId: input.player.id,
		playerName: input.player.name,
		source: input.source,
		title: input.title,
		questions,
		optionOrder: questions.map((q) => permutation(q.options.length, random)),
		seed: input.seed >>> 0,
		feedback: input.feedback ?? 'each',
		answers: questions.map(() => null),
		startedAt: (input.now ?? new Date()).toISOString()
	};
}

/** The position of the first unanswered question; `questions.length` once all are answered. */
export function currentPosition(attempt: Attempt): number {
	const i = attempt.answers.findIndex((a) => a === null);
	return i === -1 ? attempt.questions.length : i;
}

export function isFinished(attempt: Attempt): boolean {
	return currentPosition(attempt) === attempt.questions.length;
}

/** Number of right answers so far. */
export function scoreOf(attempt: Attempt): number {
	return attempt.answers.filter((a) => a?.correct === true).length;
}

/** Whole per cent, rounded half up: 7 of 10 → 70. */
export function percent(score: number, total: number): number {
	return total === 0 ? 0 : Math.round((score / total) * 100);
}

export type AnswerRefusal =
	| { reason: 'finished'; message: string }
	| { reason: 'already-answered'; message: string }
	| { reason: 'not-reached'; message: string }
	| { reason: 'no-such-question'; message: string }
	| { reason: 'no-such-option'; message: string };

export type AnswerResult =
	{ ok: true; attempt: Attempt; correct: boolean } | ({ ok: false } & AnswerRefusal);

/**
 * Records the answer to the question at `position`, where `displayed` is the option's place as
 * the player saw it. Returns a new attempt (the input is not changed) or a refusal: one answer
 * per question, in order, and only among the options shown.
 */
export function answer(
	attempt: Attempt,
	position: number,
	displayed: number,
	now: Date = new Date()
): AnswerResult {
	const total = attempt.questions.length;
	if (!Number.isInteger(position) || position < 0 || position >= total) {
		return {
			ok: false,
			reason: 'no-such-question',
			message: `There is no question ${Number.isInteger(position) ? position + 1 : position} in this quiz.`
		};
	}
	if (isFinished(attempt)) {
		return {
			ok: false,
			reason: 'finished',
			message: 'This quiz is finished; your answers are saved.'
		};
	}
	if (attempt.answers[position] != null) {
		return {
			ok: false,
			reason: 'already-answered',
			message: `You already answered question ${position + 1}; your first answer stands.`
		};
	}
	const current = currentPosition(attempt);
	if (position !== current) {
		return {
			ok: false,
			reason: 'not-reached',
			message: `Answer question ${current + 1} first; question ${position + 1} comes later.`
		};
	}
	const question = attempt.questions[position] as AttemptQuestion;
	const order = attempt.optionOrder[position] ?? [];
	const choice = Number.isInteger(displayed) ? order[displayed] : undefined;
	if (choice === undefined) {
		return {
			ok: false,
			reason: 'no-such-option',
			message: `Choose one of the ${order.length} answers shown.`
		};
	}
	const correct = choice === question.answer;
	const answers = attempt.answers.map((a, i) =>
		i === position ? { choice, correct, at: now.toISOString() } : a
	);
	const next: Attempt = { ...attempt, answers };
	if (answers.every((a) => a !== null)) {
		next.finishedAt = now.toISOString();
		next.score = scoreOf(next);
	}
	return { ok: true, attempt: next, correct };
}
