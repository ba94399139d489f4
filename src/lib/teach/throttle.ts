/**
 * Slowing down guessing (passwords, join codes): after `free` failures for a key (an account, an
 * address), each further failure locks the key for a window that doubles, from `baseMs` up to
 * `maxMs`. A success resets the key; a key with no failure for `forgetMs` is forgotten. Pure,
 * with an injected clock, so the tests can walk through time.
 */

export interface ThrottleOptions {
	/** Failures allowed before the first lock. */
	free: number;
	/** The first lock's length. */
	baseMs: number;
	/** The longest lock. */
	maxMs: number;
	/** A key with no failure for this long starts afresh. */
	forgetMs: number;
	/** Most keys kept; the least recently failed are dropped first (bounds memory). */
	maxKeys?: number;
	now?: () => number;
}

interface Entry {
	failures: number;
	lastFailure: number;
	lockedUntil: number;
}

export type ThrottleCheck = { ok: true } | { ok: false; retryAfterMs: number };

export class Throttle {
	readonly #options: Required<ThrottleOptions>;
	// Insertion order = order of the last failure, so the first key is the stalest.
	readonly #entries = new Map<string, Entry>();

	constructor(options: ThrottleOptions) {
		this.#options = { maxKeys: 10_000, now: () => Date.now(), ...options };
	}

	#entry(key: string): Entry | undefined {
		const entry = this.#entries.get(key);
		if (entry && this.#options.now() - entry.lastFailure >= this.#options.forgetMs) {
			this.#entries.delete(key);
			return undefined;
		}
		return entry;
	}

	/** Whether `key` may try now; if not, how long until it may. */
	check(key: string): ThrottleCheck {
		const entry = this.#entry(key);
		const wait = entry ? entry.lockedUntil - this.#options.now() : 0;
		return wait > 0 ? { ok: false, retryAfterMs: wait } : { ok: true };
	}

	/** Counts a failure; returns the check that now applies to the key. */
	fail(key: string): ThrottleCheck {
		const { free, baseMs, maxMs, maxKeys, now } = this.#options;
		const t = now();
		const entry = this.#entry(key) ?? { failures: 0, lastFailure: t, lockedUntil: 0 };
		entry.failures += 1;
		entry.lastFailure = t;
		const over = entry.failures - free;
		if (over > 0) entry.lockedUntil = t + Math.min(maxMs, baseMs * 2 ** Math.min(over - 1, 30));
		this.#entries.delete(key);
		this.#entries.set(key, entry);
		while (this.#entries.size > maxKeys) {
			const stalest = this.#entries.keys().next().value as string;
			this.#entries.delete(stalest);
		}
		return this.check(key);
	}

	/** Forgets a key's failures (after a success). */
	reset(key: string): void {
		this.#entries.delete(key);
	}

	/** Keys currently remembered (for tests). */
	get size(): number {
		return this.#entries.size;
	}
}

/** "1 minute", "5 minutes": a wait rounded up to whole minutes, for messages. */
export function minutesText(ms: number): string {
	const minutes = Math.max(1, Math.ceil(ms / 60_000));
	return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
