/**
 * Per-key async mutual exclusion. Callers for the same key run one after another, in arrival
 * order; different keys run concurrently. Entries are deleted as soon as a key falls idle, so the
 * map holds only keys with work in flight (it never grows with the number of records).
 */
export class KeyedLock {
	readonly #tails = new Map<string, Promise<void>>();

	/** Runs `fn` once every earlier `run` for `key` has settled; resolves or rejects with `fn`. */
	async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
		const previous = this.#tails.get(key);
		let release!: () => void;
		const mine = new Promise<void>((resolve) => (release = resolve));
		// The tail only ever resolves (never rejects), so a failing `fn` cannot poison the queue.
		const tail = previous ? previous.then(() => mine) : mine;
		this.#tails.set(key, tail);
		try {
			if (previous) await previous;
			return await fn();
		} finally {
			release();
			// Nobody queued behind us: forget the key.
			if (this.#tails.get(key) === tail) this.#tails.delete(key);
		}
	}

	/** Keys with work in flight (for tests: 0 when idle). */
	get size(): number {
		return this.#tails.size;
	}
}
