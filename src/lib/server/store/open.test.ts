import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreCorruptError, describeStartupError } from './errors';
import { openStore } from './store';
import { removeTempDirs, sampleAttempt, tempDir } from './test-helpers';

afterEach(removeTempDirs);

/** Opens `dir` expecting a StoreCorruptError, and returns it. */
async function refused(dir: string): Promise<StoreCorruptError> {
	const err = await openStore(dir).then(
		() => undefined,
		(e: unknown) => e
	);
	expect(err).toBeInstanceOf(StoreCorruptError);
	return err as StoreCorruptError;
}

describe('openStore', () => {
	it('creates the data folder on first run', async () => {
		const dir = path.join(await tempDir(), 'nested', 'data');
		const store = await openStore(dir);
		expect((await stat(dir)).isDirectory()).toBe(true);
		expect(store.dir).toBe(path.resolve(dir));
	});

	it.each([
		['a record cut off mid-write', 'players/abc.json', '{"id": "abc", "name": "An'],
		['an empty record file', 'attempts/xyz.json', ''],
		['a table with a trailing comma', 'codes.json', '{"ABC234": "a1",}\n'],
		['a record that is not an object', 'notes/n1.json', '[1, 2, 3]'],
		['a record whose id is not its name', 'notes/n1.json', '{"id": "n2"}'],
		['binary garbage', 'notes/n1.json', '\u0000\u0001\u00ff{']
	])('refuses %s and leaves it byte-for-byte untouched', async (_, name, content) => {
		const dir = await tempDir();
		// A good file beside it, so the store has something to read first.
		await openStore(dir).then((s) => s.players.create('Ana'));
		const file = path.join(dir, name);
		await mkdir(path.dirname(file), { recursive: true });
		await writeFile(file, content);
		const before = await readFile(file);
		const beforeStat = await stat(file);

		const err = await refused(dir);
		expect(err.file).toBe(path.resolve(file));
		expect(await readFile(file)).toEqual(before);
		expect((await stat(file)).mtimeMs).toBe(beforeStat.mtimeMs);
		// Nothing was written next to it either (no temporary file, no "repaired" copy).
		expect((await readdir(path.dirname(file))).filter((n) => n.startsWith('.'))).toEqual([]);
		// And it stays refused: opening again does not "fix" it.
		expect((await refused(dir)).file).toBe(path.resolve(file));
	});

	it('describes a corrupt file in one message that names it', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'codes.json');
		await writeFile(file, '{"A": ');
		const message = describeStartupError(await refused(dir));
		expect(message).toMatch(
			/^newsquiz cannot start: .*codes\.json is not valid JSON \(.+\)\. It has not been changed: fix it or move it out of the data folder, then start again\.$/
		);
		expect(message).toContain(path.resolve(file));
	});

	it('a corrupt file found after start-up is refused, not overwritten', async () => {
		const dir = await tempDir();
		const store = await openStore(dir);
		const player = await store.players.create('Ana');
		const file = path.join(dir, 'players', `${player.id}.json`);
		await writeFile(file, '{"id": "');
		await expect(store.players.get(player.id)).rejects.toThrow(StoreCorruptError);
		await expect(store.players.rename(player.id, 'Bo')).rejects.toThrow(StoreCorruptError);
		expect(await readFile(file, 'utf-8')).toBe('{"id": "');
	});

	it('ignores a leftover temporary file from a crash and uses the previous good file', async () => {
		const dir = await tempDir();
		const store = await openStore(dir);
		const player = await store.players.create('Ana');
		// steno writes `.<name>.tmp` and renames it; a crash before the rename leaves it behind.
		const tmp = path.join(dir, 'players', `.${player.id}.json.tmp`);
		await writeFile(tmp, '{"id": "half-writ');
		await writeFile(path.join(dir, '.codes.json.tmp'), '{');

		const again = await openStore(dir);
		expect(await again.players.get(player.id)).toEqual(player);
		// The next write replaces the leftover.
		await again.players.rename(player.id, 'Bo');
		expect((await again.players.get(player.id))?.name).toBe('Bo');
	});

	it('restores an attempt summary that a crash left out of the player file', async () => {
		const dir = await tempDir();
		const store = await openStore(dir);
		const player = await store.players.create('Ana');
		const attempt = await store.attempts.create(sampleAttempt(player.id, 3));
		await store.attempts.update(attempt.id, (a) => {
			a.score = 2;
			a.finishedAt = new Date().toISOString();
		});
		// Simulate the crash: the player file as it was before the summary was written.
		const file = path.join(dir, 'players', `${player.id}.json`);
		const doc = JSON.parse(await readFile(file, 'utf-8'));
		await writeFile(file, JSON.stringify({ ...doc, attempts: [] }));

		const again = await openStore(dir);
		const summaries = await again.attempts.forPlayer(player.id);
		expect(summaries).toHaveLength(1);
		expect(summaries[0]).toMatchObject({ id: attempt.id, score: 2, total: 3 });
	});

	it('reads a store of many files (every one once) and finds assignments again', async () => {
		const dir = await tempDir();
		const store = await openStore(dir);
		const player = await store.players.create('Ana');
		for (let i = 0; i < 150; i++) {
			await store.attempts.create(
				sampleAttempt(player.id, 2, { kind: 'assignment', id: `as${i % 3}` })
			);
		}
		const again = await openStore(dir);
		expect(await again.attempts.forAssignment('as1')).toHaveLength(50);
		expect(await again.attempts.forPlayer(player.id)).toHaveLength(150);
	});
});
