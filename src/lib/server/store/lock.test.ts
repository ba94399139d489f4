import { describe, expect, it } from 'vitest';
import { KeyedLock } from './lock';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('KeyedLock', () => {
	it('runs work for one key one at a time, in arrival order', async () => {
		const lock = new KeyedLock();
		const log: string[] = [];
		let inside = 0;
		let most = 0;
		await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				lock.run('k', async () => {
					inside++;
					most = Math.max(most, inside);
					await tick();
					log.push(`job${i}`);
					inside--;
				})
			)
		);
		expect(most).toBe(1);
		expect(log).toEqual(Array.from({ length: 20 }, (_, i) => `job${i}`));
	});

	it('runs different keys concurrently', async () => {
		const lock = new KeyedLock();
		let inside = 0;
		let most = 0;
		await Promise.all(
			['a', 'b', 'c'].map((key) =>
				lock.run(key, async () => {
					inside++;
					most = Math.max(most, inside);
					await tick();
					inside--;
				})
			)
		);
		expect(most).toBe(3);
	});

	it('a failing job rejects its caller only, and the next job still runs', async () => {
		const lock = new KeyedLock();
		const failing = lock.run('k', async () => {
			throw new Error('boom');
		});
		const next = lock.run('k', async () => 'ran');
		await expect(failing).rejects.toThrow('boom');
		await expect(next).resolves.toBe('ran');
	});

	it('forgets idle keys, so the map does not grow with the number of keys', async () => {
		const lock = new KeyedLock();
		await Promise.all(Array.from({ length: 1000 }, (_, i) => lock.run(`k${i % 37}`, tick)));
		expect(lock.size).toBe(0);
		const pending = lock.run('x', tick);
		expect(lock.size).toBe(1);
		await pending;
		expect(lock.size).toBe(0);
	});
});
