/**
 * A sliding-window limit, e.g. 10 articles an hour per player. Pure: the caller keeps the
 * times (in the store) and passes the clock.
 */

export interface RateLimit {
	max: number;
	windowMs: number;
}

export const ADD_LIMIT: RateLimit = { max: 10, windowMs: 60 * 60 * 1000 };

export type RateDecision =
	{ ok: true; times: string[] } | { ok: false; times: string[]; retryAfterSeconds: number };

/**
 * Decide whether one more event is allowed at `now`. `times` are the earlier events (ISO);
 * the result's `times` are the ones still inside the window, plus `now` when allowed.
 */
export function takeSlot(times: string[], now: Date, limit: RateLimit = ADD_LIMIT): RateDecision {
	const since = now.getTime() - limit.windowMs;
	const recent = times.filter((t) => Date.parse(t) > since).sort();
	if (recent.length >= limit.max) {
		const oldest = Date.parse(recent[recent.length - limit.max] ?? now.toISOString());
		const retryAfterSeconds = Math.max(
			1,
			Math.ceil((oldest + limit.windowMs - now.getTime()) / 1000)
		);
		return { ok: false, times: recent, retryAfterSeconds };
	}
	return { ok: true, times: [...recent, now.toISOString()] };
}
