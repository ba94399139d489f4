/**
 * Class results of an assignment: one row per attempt, item statistics per question (per cent
 * correct, discrimination, option counts), the score distribution and the most-missed
 * questions. Pure: routes pass the assignment's questions and `store.attempts.forAssignment()`.
 *
 * Which attempts count: a student may play several times. The per-student table lists every
 * attempt; the item statistics use ONE attempt per student (the first finished one, else the
 * first one under way), so a student who replays does not weigh twice and the figures describe
 * the class's first reading.
 */
import type { Question } from '$lib/generator/types';
import type { Attempt } from '$lib/quiz/types';
import { discriminationIndex, groupSize, pointBiserial, type Scored } from './discrimination';

/** What the statistics need of a question (an assignment's or an attempt's snapshot). */
export type StatsQuestion = Pick<Question, 'id' | 'stem' | 'options' | 'answer' | 'evidence'> & {
	article?: string;
	quotes?: { id: string; text: string }[];
};

export interface StudentRow {
	attemptId: string;
	playerId: string;
	name: string;
	/** 1-based: this player's n-th attempt at the assignment, by start time. */
	attempt: number;
	/** How many attempts this player has made. */
	attempts: number;
	answered: number;
	/** Questions in this attempt. */
	total: number;
	/** Right answers so far. */
	score: number;
	/** Whole per cent of `total`. */
	percent: number;
	startedAt: string;
	finishedAt: string | null;
	/** Seconds from start to finish; `null` while under way. */
	seconds: number | null;
	finished: boolean;
	/** Whether this attempt is the one the item statistics use for this player. */
	counted: boolean;
}

export interface OptionCount {
	/** Index in the question's `options`. */
	index: number;
	text: string;
	key: boolean;
	count: number;
}

export interface QuestionQuote {
	id: string;
	text: string;
	/** Slug of the article the sentence belongs to, when known. */
	article: string | null;
}

export interface QuestionStats {
	id: string;
	/** 1-based, in the assignment's order. */
	number: number;
	stem: string;
	/** Counted attempts that answered this question. */
	answered: number;
	correct: number;
	/** Whole per cent of `answered`; `null` when nobody answered yet. */
	percentCorrect: number | null;
	/** D = p(upper 27 %) − p(lower 27 %), from finished counted attempts; `null` if too few. */
	discrimination: number | null;
	/** Point-biserial correlation of the item with the score fraction; `null` if undefined. */
	pointBiserial: number | null;
	options: OptionCount[];
	/** Answers to an option the question no longer has (it was edited after they were given). */
	otherCount: number;
	/** The sentence that supports the key (the first evidence sentence). */
	quote: QuestionQuote | null;
}

export interface DistributionBin {
	/** Right answers, 0…total. */
	score: number;
	count: number;
}

export interface ClassResults {
	/** Questions of the assignment. */
	total: number;
	/** Every attempt, by name then attempt number. */
	students: StudentRow[];
	questions: QuestionStats[];
	/** Finished counted attempts by score (scaled to `total` when an attempt had another count). */
	distribution: DistributionBin[];
	/** Up to three questions most often missed (at least one miss), lowest per cent first. */
	mostMissed: QuestionStats[];
	summary: {
		/** Distinct players. */
		students: number;
		/** Players whose counted attempt is finished. */
		finished: number;
		inProgress: number;
		/** Over finished counted attempts, whole per cent; `null` when none. */
		meanPercent: number | null;
		medianPercent: number | null;
		/** Size of each of the upper and lower groups (0 when there are too few students). */
		groupSize: number;
	};
}

/** Whole per cent, rounded half up: 7 of 10 → 70. */
export function wholePercent(part: number, whole: number): number {
	return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

function scoreOf(attempt: Attempt): number {
	return attempt.answers.filter((a) => a?.correct === true).length;
}

function isFinished(attempt: Attempt): boolean {
	return attempt.finishedAt !== undefined && attempt.answers.every((a) => a !== null);
}

function byStart(a: Attempt, b: Attempt): number {
	return a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.id < b.id ? -1 : 1;
}

function secondsBetween(from: string, to: string | undefined): number | null {
	if (to === undefined) return null;
	const ms = Date.parse(to) - Date.parse(from);
	return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 1000) : null;
}

/** The attempt each player is counted with: first finished, else first started. */
function countedAttempts(byPlayer: Map<string, Attempt[]>): Attempt[] {
	return [...byPlayer.values()].map((list) => list.find(isFinished) ?? (list[0] as Attempt));
}

function median(sorted: number[]): number | null {
	if (sorted.length === 0) return null;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[mid] as number)
		: ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The class results of an assignment from its questions (in the assignment's order) and its
 * attempts (any order; attempts of other quizzes must not be passed).
 */
export function classResults(
	questions: readonly StatsQuestion[],
	attempts: readonly Attempt[]
): ClassResults {
	const total = questions.length;
	const sorted = [...attempts].sort(byStart);
	const byPlayer = new Map<string, Attempt[]>();
	for (const a of sorted) {
		const list = byPlayer.get(a.playerId) ?? [];
		list.push(a);
		byPlayer.set(a.playerId, list);
	}
	const counted = countedAttempts(byPlayer);
	const countedIds = new Set(counted.map((a) => a.id));

	const students: StudentRow[] = sorted.map((a) => {
		const list = byPlayer.get(a.playerId) ?? [a];
		const score = scoreOf(a);
		const finished = isFinished(a);
		return {
			attemptId: a.id,
			playerId: a.playerId,
			name: a.playerName,
			attempt: list.indexOf(a) + 1,
			attempts: list.length,
			answered: a.answers.filter((x) => x !== null).length,
			total: a.questions.length,
			score,
			percent: wholePercent(score, a.questions.length),
			startedAt: a.startedAt,
			finishedAt: finished ? (a.finishedAt ?? null) : null,
			seconds: finished ? secondsBetween(a.startedAt, a.finishedAt) : null,
			finished,
			counted: countedIds.has(a.id)
		};
	});
	students.sort(
		(x, y) =>
			x.name.localeCompare(y.name, 'en', { sensitivity: 'base' }) ||
			(x.playerId < y.playerId ? -1 : x.playerId > y.playerId ? 1 : 0) ||
			x.attempt - y.attempt
	);

	const finishedCounted = counted.filter(isFinished);
	const scored: Scored[] = finishedCounted.map((a) => ({
		id: a.id,
		score: a.questions.length === 0 ? 0 : scoreOf(a) / a.questions.length
	}));
	const g = groupSize(scored.length);

	const questionStats: QuestionStats[] = questions.map((q, i) => {
		const options: OptionCount[] = q.options.map((text, index) => ({
			index,
			text,
			key: index === q.answer,
			count: 0
		}));
		let answered = 0;
		let correct = 0;
		let otherCount = 0;
		let snapshotQuote: { id: string; text: string; article: string } | undefined;
		const correctById = new Map<string, boolean>();
		for (const a of counted) {
			const at = a.questions.findIndex((x) => x.id === q.id);
			if (at === -1) continue;
			const held = a.questions[at];
			if (held && !snapshotQuote && held.quotes?.[0]) {
				snapshotQuote = { ...held.quotes[0], article: held.article };
			}
			const given = a.answers[at];
			if (!given || !held) continue;
			answered += 1;
			if (given.correct) correct += 1;
			correctById.set(a.id, given.correct);
			// Match by text: the attempt's snapshot may predate an edit that reordered options.
			const text = held.options[given.choice];
			const option = options.find((o) => o.text === text);
			if (option) option.count += 1;
			else otherCount += 1;
		}
		const items = scored.flatMap((s) => {
			const c = correctById.get(s.id);
			return c === undefined ? [] : [{ score: s.score, correct: c }];
		});
		const ownQuote = q.quotes?.[0];
		const quote: QuestionQuote | null = ownQuote
			? { id: ownQuote.id, text: ownQuote.text, article: q.article ?? null }
			: snapshotQuote
				? { id: snapshotQuote.id, text: snapshotQuote.text, article: snapshotQuote.article }
				: null;
		return {
			id: q.id,
			number: i + 1,
			stem: q.stem,
			answered,
			correct,
			percentCorrect: answered === 0 ? null : wholePercent(correct, answered),
			discrimination: discriminationIndex(scored, correctById),
			pointBiserial: pointBiserial(items),
			options,
			otherCount,
			quote
		};
	});

	const distribution: DistributionBin[] = Array.from({ length: total + 1 }, (_, score) => ({
		score,
		count: 0
	}));
	for (const s of scored) {
		const bin = distribution[Math.round(s.score * total)];
		if (bin) bin.count += 1;
	}

	const mostMissed = questionStats
		.filter((q) => q.answered > 0 && q.correct < q.answered)
		.sort((a, b) => a.correct / a.answered - b.correct / b.answered || a.number - b.number)
		.slice(0, 3);

	const percents = scored.map((s) => s.score * 100).sort((a, b) => a - b);
	const mean =
		percents.length === 0
			? null
			: Math.round(percents.reduce((x, y) => x + y, 0) / percents.length);
	const mid = median(percents);
	return {
		total,
		students,
		questions: questionStats,
		distribution,
		mostMissed,
		summary: {
			students: byPlayer.size,
			finished: finishedCounted.length,
			inProgress: counted.length - finishedCounted.length,
			meanPercent: mean,
			medianPercent: mid === null ? null : Math.round(mid),
			groupSize: g
		}
	};
}
