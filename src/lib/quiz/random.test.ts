import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32, newSeed, permutation, shuffle } from './random';

describe('mulberry32', () => {
	it('gives the same sequence for the same seed', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const first = Array.from({ length: 20 }, () => a());
		expect(Array.from({ length: 20 }, () => b())).toEqual(first);
	});

	it('gives different sequences for different seeds', () => {
		const a = mulberry32(1);
		const b = mulberry32(2);
		expect(Array.from({ length: 5 }, () => a())).not.toEqual(Array.from({ length: 5 }, () => b()));
	});

	it('stays in [0, 1)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
				const r = mulberry32(seed);
				for (let i = 0; i < 50; i++) {
					const x = r();
					if (!(x >= 0 && x < 1)) return false;
				}
				return true;
			})
		);
	});
});

describe('shuffle', () => {
	it('is a permutation of its input and leaves the input alone', () => {
		fc.assert(
			fc.property(fc.array(fc.string()), fc.integer(), (items, seed) => {
				const copy = [...items];
				const out = shuffle(items, mulberry32(seed));
				expect(items).toEqual(copy);
				expect([...out].sort()).toEqual([...items].sort());
			})
		);
	});

	it('is deterministic for a seed', () => {
		const items = ['a', 'b', 'c', 'd', 'e', 'f'];
		expect(shuffle(items, mulberry32(7))).toEqual(shuffle(items, mulberry32(7)));
	});

	it('does not always return the identity', () => {
		const orders = new Set<string>();
		for (let seed = 0; seed < 50; seed++) orders.add(permutation(4, mulberry32(seed)).join(''));
		expect(orders.size).toBeGreaterThan(10);
	});

	it.each([2, 3, 4, 5])('spreads item 0 over every place among %i', (n) => {
		// The key must not sit in one place: over 2,000 seeds each place gets a fair share.
		const counts = Array.from({ length: n }, () => 0);
		for (let seed = 0; seed < 2000; seed++) {
			const place = permutation(n, mulberry32(seed)).indexOf(0);
			counts[place] = (counts[place] ?? 0) + 1;
		}
		for (const c of counts) {
			expect(c).toBeGreaterThan((2000 / n) * 0.8);
			expect(c).toBeLessThan((2000 / n) * 1.2);
		}
	});
});

describe('newSeed', () => {
	it('returns 32-bit unsigned integers that vary', () => {
		const seeds = new Set(Array.from({ length: 20 }, () => newSeed()));
		expect(seeds.size).toBeGreaterThan(15);
		for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
	});
});
