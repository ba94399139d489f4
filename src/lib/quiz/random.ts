/**
 * Seeded randomness for attempts. An attempt keeps its seed, so the same attempt always shows
 * the same order of questions and options (a reload never reshuffles).
 */

/** A 32-bit seed from the platform's cryptographic generator (unguessable order per attempt). */
export function newSeed(): number {
	const [value] = crypto.getRandomValues(new Uint32Array(1));
	return value ?? 0;
}

/**
 * mulberry32: a tiny, fast PRNG with good enough statistics for shuffling.
 * Returns floats in [0, 1); the same seed always gives the same sequence.
 */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates: a uniformly random permutation of `0 … n-1` drawn from `random`. */
export function permutation(n: number, random: () => number): number[] {
	const order = Array.from({ length: n }, (_, i) => i);
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j] as number, order[i] as number];
	}
	return order;
}

/** A shuffled copy of `items` (the input is left as it is). */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
	return permutation(items.length, random).map((i) => items[i] as T);
}
