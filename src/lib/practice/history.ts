/**
 * A player's history, computed from their attempts: the list, the chart's points and the
 * accuracy by kind of question. Only finished attempts count; an attempt left half-way is in
 * the list but not in the statistics.
 */
import type { Attempt } from '$lib/quiz/types';
import { typeLabel } from './labels';
import { currentStreak } from './streak';

export interface HistoryRow {
	id: string;
	title: string;
	kind: Attempt['source']['kind'];
	/** The quiz's slug for a quiz attempt. */
	slug?: string;
	startedAt: string;
	finishedAt?: string;
	total: number;
	answered: number;
	score?: number;
	/** 0–100, rounded; only for finished attempts. */
	percent?: number;
}

export interface TypeAccuracy {
	type: string;
	label: string;
	right: number;
	total: number;
	/** 0–100, rounded. */
	percent: number;
}

export interface History {
	/** Newest first. */
	rows: HistoryRow[];
	/** Finished attempts, oldest first: the points of the chart. */
	points: { at: string; percent: number; title: string }[];
	accuracy: TypeAccuracy[];
	streak: number;
	finished: number;
	/** Mean of the finished attempts' percentages, rounded; null when none. */
	average: number | null;
}

const percentOf = (right: number, total: number) =>
	total === 0 ? 0 : Math.round((right / total) * 100);

/** One row per attempt, whatever its state. */
export function toRow(attempt: Attempt): HistoryRow {
	const answered = attempt.answers.filter((a) => a !== null).length;
	const finished = attempt.finishedAt !== undefined && attempt.score !== undefined;
	return {
		id: attempt.id,
		title: attempt.title,
		kind: attempt.source.kind,
		...(attempt.source.kind === 'quiz' ? { slug: attempt.source.slug } : {}),
		startedAt: attempt.startedAt,
		...(attempt.finishedAt ? { finishedAt: attempt.finishedAt } : {}),
		total: attempt.questions.length,
		answered,
		...(finished
			? { score: attempt.score, percent: percentOf(attempt.score ?? 0, attempt.questions.length) }
			: {})
	};
}

/** Right answers over all answered questions of finished attempts, by question type. */
export function accuracyByType(attempts: Attempt[]): TypeAccuracy[] {
	const counts = new Map<string, { right: number; total: number }>();
	for (const attempt of attempts) {
		if (!attempt.finishedAt) continue;
		attempt.questions.forEach((question, i) => {
			const answer = attempt.answers[i];
			if (!answer) return;
			const c = counts.get(question.type) ?? { right: 0, total: 0 };
			c.total++;
			if (answer.correct) c.right++;
			counts.set(question.type, c);
		});
	}
	return [...counts.entries()]
		.map(([type, c]) => ({
			type,
			label: typeLabel(type),
			...c,
			percent: percentOf(c.right, c.total)
		}))
		.sort((a, b) => a.label.localeCompare(b.label));
}

/** Everything `/me` shows, for attempts of one player. */
export function summarise(attempts: Attempt[], now: Date, timeZone: string): History {
	const rows = attempts.map(toRow).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
	const finishedRows = rows.filter((r) => r.percent !== undefined);
	const points = finishedRows
		.map((r) => ({ at: r.finishedAt ?? r.startedAt, percent: r.percent ?? 0, title: r.title }))
		.sort((a, b) => a.at.localeCompare(b.at));
	const average =
		points.length === 0
			? null
			: Math.round(points.reduce((sum, p) => sum + p.percent, 0) / points.length);
	return {
		rows,
		points,
		accuracy: accuracyByType(attempts),
		// A day counts when the player finished a quiz that day.
		streak: currentStreak(
			points.map((p) => p.at),
			now,
			timeZone
		),
		finished: points.length,
		average
	};
}
