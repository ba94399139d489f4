/**
 * The review queue, scheduled like Leitner boxes.
 *
 * A question answered wrongly anywhere goes to box 0, due at once: the mistake is fresh and the
 * next review session should offer it. A right answer in review moves it one box up, and each
 * box waits longer before the question is due again (1, 3, 7, 14, 30 days); a wrong answer in
 * review sends it back to box 0. The clock is always passed in, so tests can move it.
 */

/** Days to wait after a right review answer lands the question in box `i + 1`. */
export const INTERVAL_DAYS = [1, 3, 7, 14, 30] as const;

/** The highest box; a question there comes back every 30 days while answered right. */
export const TOP_BOX = INTERVAL_DAYS.length;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface Schedule {
	/** 0 (just missed, due at once) … `TOP_BOX`. */
	box: number;
	/** ISO time from which the question is due for review. */
	due: string;
}

/** Where a question goes after a wrong answer, in a quiz or in review. */
export function afterWrong(now: Date): Schedule {
	return { box: 0, due: now.toISOString() };
}

/** Where a question goes after a right answer in review. */
export function afterRight(current: Schedule, now: Date): Schedule {
	const box = Math.min(current.box + 1, TOP_BOX);
	const days: number = INTERVAL_DAYS[box - 1] ?? 30;
	return { box, due: new Date(now.getTime() + days * DAY_MS).toISOString() };
}

/** Where a question goes after a review answer. */
export function afterReview(current: Schedule, correct: boolean, now: Date): Schedule {
	return correct ? afterRight(current, now) : afterWrong(now);
}

/** True when the question should be offered in a review session at `now`. */
export function isDue(schedule: Schedule, now: Date): boolean {
	return Date.parse(schedule.due) <= now.getTime();
}

/** Due items first by how long they have waited, then by key, so a session is stable. */
export function dueItems<T extends Schedule & { key: string }>(items: T[], now: Date): T[] {
	return items
		.filter((item) => isDue(item, now))
		.sort((a, b) => a.due.localeCompare(b.due) || a.key.localeCompare(b.key));
}
