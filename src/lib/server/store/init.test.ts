import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreCorruptError, getStore, initStore } from './index';
import { removeTempDirs, tempDir } from './test-helpers';

afterEach(removeTempDirs);

describe('initStore / getStore', () => {
	it('opens NEWSQUIZ_DATA_DIR once, however many places ask; retries after a failure', async () => {
		expect(() => getStore()).toThrow(/initStore/);
		const dir = await tempDir();
		const previous = process.env.NEWSQUIZ_DATA_DIR;
		process.env.NEWSQUIZ_DATA_DIR = dir;
		try {
			await writeFile(path.join(dir, 'broken.json'), '{');
			await expect(initStore()).rejects.toThrow(StoreCorruptError);
			expect(() => getStore()).toThrow();

			await writeFile(path.join(dir, 'broken.json'), '{}');
			const [a, b] = await Promise.all([initStore(), initStore()]);
			expect(a).toBe(b);
			expect(getStore()).toBe(a);
			expect(a.dir).toBe(path.resolve(dir));
			expect(await initStore()).toBe(a);
		} finally {
			if (previous === undefined) delete process.env.NEWSQUIZ_DATA_DIR;
			else process.env.NEWSQUIZ_DATA_DIR = previous;
		}
	});
});
