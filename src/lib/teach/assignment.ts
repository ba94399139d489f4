/**
 * The assignment's rules: building one from a generated bank, the teacher's edits to its
 * questions, its settings, whether a student may join now, and the attempt a student gets.
 * Pure: routes load the record, call these, and save what they return.
 */
import type { Bank, BankArticle, Question } from '$lib/generator/types';
import { startAttempt } from '$lib/quiz/attempt';
import type { Attempt, AttemptQuestion } from '$lib/quiz/types';
import type {
	Assignment,
	AssignmentArticle,
	AssignmentQuestion,
	AssignmentSettings
} from './types';
import type { ValidQuestion } from './validate';

export const TITLE_MAX = 120;
export const MAX_ATTEMPTS = 50;
export const MAX_QUESTIONS = 40;

export const DEFAULT_SETTINGS: AssignmentSettings = {
	feedback: 'each',
	attempts: 1,
	opensAt: null,
	closesAt: null,
	shuffleQuestions: true,
	shuffleOptions: true
};

/** The slug of a teacher-made article's page: `/articles/t-<assignment id>`. */
export function teacherArticleSlug(assignmentId: string): string {
	return `t-${assignmentId}`;
}

/** The assignment id in a slug made by `teacherArticleSlug`, else `null`. */
export function assignmentIdOfSlug(slug: string): string | null {
	return slug.startsWith('t-') && slug.length > 2 ? slug.slice(2) : null;
}

export interface NewAssignment {
	id: string;
	teacherId: string;
	bank: Bank;
	from: AssignmentArticle['from'];
	now?: Date;
}

/** A draft assignment of a generated bank: its questions as generated, default settings. */
export function draftAssignment({
	id,
	teacherId,
	bank,
	from,
	now = new Date()
}: NewAssignment): Assignment {
	const article: AssignmentArticle = {
		...structuredClone(bank.article),
		slug: from.kind === 'library' ? from.slug : teacherArticleSlug(id),
		from
	};
	const at = now.toISOString();
	return {
		id,
		teacherId,
		title: Array.from(bank.article.title.trim() || 'Untitled article')
			.slice(0, TITLE_MAX)
			.join(''),
		article,
		questions: bank.questions.map((q) => ({ ...structuredClone(q), origin: 'generated' })),
		generated: structuredClone(bank.questions),
		settings: { ...DEFAULT_SETTINGS },
		status: 'draft',
		code: null,
		createdAt: at,
		updatedAt: at,
		publishedAt: null
	};
}

/** The article as a bank's article (for `/articles/<slug>` and the exports). */
export function bankArticle(a: Assignment): BankArticle {
	const { from: _from, ...article } = a.article;
	return structuredClone(article);
}

/** The questions as an attempt snapshots them: each with its article's slug and quoted sentences. */
export function toAttemptQuestions(a: Assignment): AttemptQuestion[] {
	const text = new Map(a.article.sentences.map((s) => [s.id, s.text]));
	return a.questions.map(({ origin: _origin, ...q }) => ({
		...structuredClone(q),
		article: a.article.slug,
		quotes: q.evidence.flatMap((id) => {
			const t = text.get(id);
			return t === undefined ? [] : [{ id, text: t }];
		})
	}));
}

export type EditResult = { ok: true; assignment: Assignment } | { ok: false; message: string };

function indexOf(a: Assignment, questionId: string): number {
	return a.questions.findIndex((q) => q.id === questionId);
}

function touched(a: Assignment, questions: AssignmentQuestion[], now: Date): Assignment {
	return { ...a, questions, updatedAt: now.toISOString() };
}

const NO_SUCH = 'That question is no longer in this assignment; the page has been refreshed.';

/** Saves a validated edit of a question (its explanation is kept unless the key changed). */
export function editQuestion(
	a: Assignment,
	questionId: string,
	value: ValidQuestion,
	now = new Date()
): EditResult {
	const i = indexOf(a, questionId);
	const old = a.questions[i];
	if (!old) return { ok: false, message: NO_SUCH };
	const same =
		old.stem === value.stem &&
		old.answer === value.answer &&
		old.evidence[0] === value.evidence &&
		old.options.length === value.options.length &&
		old.options.every((o, j) => o === value.options[j]);
	if (same) return { ok: true, assignment: a };
	const keyKept = old.options[old.answer] === value.options[value.answer];
	const next: AssignmentQuestion = {
		...old,
		stem: value.stem,
		options: value.options,
		answer: value.answer,
		evidence: [value.evidence],
		explanation: keyKept && old.evidence[0] === value.evidence ? old.explanation : '',
		origin: old.origin === 'manual' ? 'manual' : 'edited'
	};
	return { ok: true, assignment: touched(a, a.questions.with(i, next), now) };
}

function freshId(a: Assignment): string {
	const used = new Set([...a.questions.map((q) => q.id), ...a.generated.map((q) => q.id)]);
	let n = used.size + 1;
	while (used.has(`q${n}`)) n++;
	return `q${n}`;
}

/** Adds a question written by hand at the end. */
export function addQuestion(a: Assignment, value: ValidQuestion, now = new Date()): EditResult {
	if (a.questions.length >= MAX_QUESTIONS) {
		return { ok: false, message: `An assignment can have at most ${MAX_QUESTIONS} questions.` };
	}
	const q: AssignmentQuestion = {
		id: freshId(a),
		type: 'evidence',
		stem: value.stem,
		options: value.options,
		answer: value.answer,
		evidence: [value.evidence],
		explanation: '',
		difficulty: 0.5,
		origin: 'manual'
	};
	return { ok: true, assignment: touched(a, [...a.questions, q], now) };
}

export function deleteQuestion(a: Assignment, questionId: string, now = new Date()): EditResult {
	const i = indexOf(a, questionId);
	if (i === -1) return { ok: false, message: NO_SUCH };
	if (a.questions.length === 1) {
		return { ok: false, message: 'An assignment needs at least one question: add another first.' };
	}
	return { ok: true, assignment: touched(a, a.questions.toSpliced(i, 1), now) };
}

/** Moves a question one place up (-1) or down (+1); a move past either end changes nothing. */
export function moveQuestion(
	a: Assignment,
	questionId: string,
	by: -1 | 1,
	now = new Date()
): EditResult {
	const i = indexOf(a, questionId);
	if (i === -1) return { ok: false, message: NO_SUCH };
	const j = i + by;
	if (j < 0 || j >= a.questions.length) return { ok: true, assignment: a };
	const questions = [...a.questions];
	[questions[i], questions[j]] = [
		questions[j] as AssignmentQuestion,
		questions[i] as AssignmentQuestion
	];
	return { ok: true, assignment: touched(a, questions, now) };
}

/** Puts back the generator's version of an edited question. */
export function restoreQuestion(a: Assignment, questionId: string, now = new Date()): EditResult {
	const i = indexOf(a, questionId);
	if (i === -1) return { ok: false, message: NO_SUCH };
	const original = a.generated.find((q) => q.id === questionId);
	if (!original)
		return {
			ok: false,
			message: 'This question was written by hand: it has no generated original.'
		};
	const q: AssignmentQuestion = { ...structuredClone(original), origin: 'generated' };
	return { ok: true, assignment: touched(a, a.questions.with(i, q), now) };
}

function stemKey(stem: string): string {
	return stem.toLocaleLowerCase('en').replace(/\W+/g, ' ').trim();
}

/**
 * Replaces a question with another generated one (from `candidates`, a larger run of the
 * generator on the same article) that asks something the assignment does not ask yet.
 */
export function regenerateQuestion(
	a: Assignment,
	questionId: string,
	candidates: readonly Question[],
	now = new Date()
): EditResult {
	const i = indexOf(a, questionId);
	if (i === -1) return { ok: false, message: NO_SUCH };
	const asked = new Set(a.questions.map((q) => stemKey(q.stem)));
	const usedEvidence = new Set(a.questions.flatMap((q, j) => (j === i ? [] : [q.evidence[0]])));
	const fresh = candidates.filter((c) => !asked.has(stemKey(c.stem)));
	const pick = fresh.find((c) => !usedEvidence.has(c.evidence[0])) ?? fresh[0];
	if (!pick) {
		return {
			ok: false,
			message: 'The generator has no other question for this article: edit this one or write one.'
		};
	}
	const id = freshId(a);
	const q: AssignmentQuestion = { ...structuredClone(pick), id, origin: 'generated' };
	return {
		ok: true,
		assignment: {
			...touched(a, a.questions.with(i, q), now),
			generated: [...a.generated, { ...structuredClone(pick), id }]
		}
	};
}

function sameQuestion(a: Question, b: Question): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Replaces every question (edited, added by hand or not) with a fresh run of the generator on
 * the article (`bank`, the same call that made the assignment). The generated originals are
 * kept, so "restore" still works: a question the assignment already had as an original keeps
 * its id; any other gets an id never used in this assignment, so an id always names one
 * question (results of earlier attempts stay apart).
 */
export function regenerateAll(
	a: Assignment,
	bank: readonly Question[],
	now = new Date()
): EditResult {
	const fresh = bank.slice(0, MAX_QUESTIONS);
	if (fresh.length === 0) {
		return {
			ok: false,
			message:
				'The generator made no question for this article this time: your questions are unchanged.'
		};
	}
	const generated = [...a.generated];
	const used = new Set([...a.questions.map((q) => q.id), ...generated.map((q) => q.id)]);
	let n = used.size + 1;
	const questions = fresh.map((pick): AssignmentQuestion => {
		const known = generated.find((g) => g.id === pick.id);
		if (known && sameQuestion(known, pick)) {
			return { ...structuredClone(pick), origin: 'generated' };
		}
		while (used.has(`q${n}`)) n++;
		const id = `q${n}`;
		used.add(id);
		generated.push({ ...structuredClone(pick), id });
		return { ...structuredClone(pick), id, origin: 'generated' };
	});
	return { ok: true, assignment: { ...touched(a, questions, now), generated } };
}

export type Availability =
	| { open: true }
	| { open: false; reason: 'draft' | 'closed' | 'not-yet' | 'ended'; message: string };

function when(iso: string): string {
	return new Date(iso).toLocaleString('en-GB', {
		dateStyle: 'medium',
		timeStyle: 'short'
	});
}

/** Whether students may start the assignment at `now`, with the message to show if not. */
export function availability(a: Assignment, now = new Date()): Availability {
	if (a.status === 'draft') {
		return { open: false, reason: 'draft', message: 'This quiz has not been published yet.' };
	}
	if (a.status === 'closed') {
		return {
			open: false,
			reason: 'closed',
			message: 'This quiz is closed: your teacher is no longer taking answers.'
		};
	}
	const { opensAt, closesAt } = a.settings;
	if (opensAt && now.getTime() < Date.parse(opensAt)) {
		return { open: false, reason: 'not-yet', message: `This quiz opens on ${when(opensAt)}.` };
	}
	if (closesAt && now.getTime() >= Date.parse(closesAt)) {
		return { open: false, reason: 'ended', message: `This quiz closed on ${when(closesAt)}.` };
	}
	return { open: true };
}

/** Attempts the player has left (`null` = unlimited). */
export function attemptsLeft(a: Assignment, made: number): number | null {
	return a.settings.attempts === null ? null : Math.max(0, a.settings.attempts - made);
}

export interface AttemptFor {
	id: string;
	player: { id: string; name: string };
	seed: number;
	now?: Date;
}

/** The attempt a student plays: the questions, shuffled as the settings say, feedback as set. */
export function assignmentAttempt(a: Assignment, input: AttemptFor): Attempt {
	const attempt = startAttempt({
		id: input.id,
		player: input.player,
		source: { kind: 'assignment', id: a.id },
		title: a.title,
		questions: toAttemptQuestions(a),
		seed: input.seed,
		feedback: a.settings.feedback,
		order: a.settings.shuffleQuestions ? 'shuffled' : 'given',
		now: input.now
	});
	if (!a.settings.shuffleOptions) {
		attempt.optionOrder = attempt.questions.map((q) => q.options.map((_, i) => i));
	}
	return attempt;
}
