/**
 * Discrimination of a question: does it separate the students who read well from those who did
 * not? Two classic measures, both from the students' total scores:
 *
 * - the upper–lower index D = p(upper) − p(lower), where the groups are the top and bottom
 *   27 % of the class by total score (Kelley's 27 %), from −1 to 1;
 * - the point-biserial correlation r = (M₁ − M₀) / s · √(p·q) between getting the item right
 *   and the total score (population standard deviation s).
 *
 * Around 0.3 and above a question discriminates well; near 0 it does not; below 0 the better
 * readers miss it more often than the others, which usually means a flawed key or option.
 */

/** A student's total score as a fraction of the questions (0–1), with the attempt's id. */
export interface Scored {
	id: string;
	score: number;
}

/** The share of the class in each of the upper and lower groups. */
export const GROUP_SHARE = 0.27;

/** Students in each of the upper and lower groups; 0 when there are fewer than 2 students. */
export function groupSize(n: number): number {
	if (n < 2) return 0;
	return Math.max(1, Math.round(n * GROUP_SHARE));
}

/**
 * The students ranked by score, best first. Ties are broken by id so that the groups do not
 * depend on the order the attempts came in (the groups of a tied class are arbitrary anyway).
 */
export function ranked(scored: readonly Scored[]): Scored[] {
	return [...scored].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function proportion(
	group: readonly Scored[],
	correct: ReadonlyMap<string, boolean>
): number | null {
	let n = 0;
	let right = 0;
	for (const s of group) {
		const c = correct.get(s.id);
		if (c === undefined) continue;
		n += 1;
		if (c) right += 1;
	}
	return n === 0 ? null : right / n;
}

/**
 * D = p(upper) − p(lower) for one question. `correct` maps attempt id → right or wrong for the
 * students who answered it. `null` with fewer than 2 students or when a group never saw it.
 */
export function discriminationIndex(
	scored: readonly Scored[],
	correct: ReadonlyMap<string, boolean>
): number | null {
	const g = groupSize(scored.length);
	if (g === 0) return null;
	const order = ranked(scored);
	const upper = proportion(order.slice(0, g), correct);
	const lower = proportion(order.slice(order.length - g), correct);
	return upper === null || lower === null ? null : upper - lower;
}

/**
 * Point-biserial correlation of one question with the total score. `null` when it is undefined:
 * fewer than 2 answers, everybody right or everybody wrong, or all totals equal.
 */
export function pointBiserial(
	items: readonly { score: number; correct: boolean }[]
): number | null {
	const n = items.length;
	if (n < 2) return null;
	const right = items.filter((i) => i.correct);
	const wrong = items.filter((i) => !i.correct);
	if (right.length === 0 || wrong.length === 0) return null;
	const mean = (xs: readonly { score: number }[]) =>
		xs.reduce((t, x) => t + x.score, 0) / xs.length;
	const m = mean(items);
	const sd = Math.sqrt(items.reduce((t, x) => t + (x.score - m) ** 2, 0) / n);
	if (sd === 0) return null;
	const p = right.length / n;
	return ((mean(right) - mean(wrong)) / sd) * Math.sqrt(p * (1 - p));
}
