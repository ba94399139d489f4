import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreCorruptError, getStore, initStore, initStoreOrExit } from './index';
import { removeTempDirs, tempDir } from './test-helpers';

afterEach(removeTempDirs);

describe('initStoreOrExit (the server init hook)', () => {
	it('prints one message naming the corrupt file and exits with status 1', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'codes.json');
		await writeFile(file, '{"A":');
		const previous = process.env.NEWSQUIZ_DATA_DIR;
		process.env.NEWSQUIZ_DATA_DIR = dir;
		const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
			throw new Error(`exit ${code}`);
		});
		const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			await expect(initStoreOrExit()).rejects.toThrow('exit 1');
			expect(printed).toHaveBeenCalledTimes(1);
			const message = String(printed.mock.calls[0]?.[0]);
			expect(message.startsWith(`newsquiz cannot start: ${file} is not valid JSON (`)).toBe(true);
		} finally {
			exit.mockRestore();
			printed.mockRestore();
			if (previous === undefined) delete process.env.NEWSQUIZ_DATA_DIR;
			else process.env.NEWSQUIZ_DATA_DIR = previous;
		}
	});
});

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
