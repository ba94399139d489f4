import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreInputError } from './errors';
import { openStore } from './store';
import { removeTempDirs, tempDir } from './test-helpers';

interface Note {
	id: string;
	text: string;
	count: number;
}

afterEach(removeTempDirs);

async function setup() {
	const dir = await tempDir();
	const store = await openStore(dir);
	return { dir, store, notes: store.records<Note>('notes') };
}

describe('records', () => {
	it('creates, reads, updates, lists and removes one file per record', async () => {
		const { dir, notes } = await setup();
		expect(await notes.get('a')).toBeUndefined();
		await notes.create({ id: 'a', text: 'first', count: 0 });
		await notes.create({ id: 'b', text: 'second', count: 0 });
		expect(await notes.get('a')).toEqual({ id: 'a', text: 'first', count: 0 });
		expect(JSON.parse(await readFile(path.join(dir, 'notes', 'a.json'), 'utf-8'))).toEqual({
			id: 'a',
			text: 'first',
			count: 0
		});

		const updated = await notes.update('a', (n) => {
			n.count += 1;
		});
		expect(updated).toEqual({ id: 'a', text: 'first', count: 1 });
		// `fn` may also return a new document.
		await notes.update('b', (n) => ({ ...n, text: 'replaced' }));
		expect((await notes.get('b'))?.text).toBe('replaced');

		expect((await notes.ids()).sort()).toEqual(['a', 'b']);
		expect((await notes.list()).map((n) => n.id).sort()).toEqual(['a', 'b']);
		expect(await notes.remove('a')).toBe(true);
		expect(await notes.remove('a')).toBe(false);
		expect(await notes.get('a')).toBeUndefined();
		expect(await notes.ids()).toEqual(['b']);
	});

	it('refuses to create a record whose id exists, and keeps the first', async () => {
		const { notes } = await setup();
		await notes.create({ id: 'a', text: 'first', count: 0 });
		await expect(notes.create({ id: 'a', text: 'second', count: 0 })).rejects.toThrow(
			StoreInputError
		);
		expect((await notes.get('a'))?.text).toBe('first');
	});

	it('of two concurrent creates with one id, exactly one wins', async () => {
		const { notes } = await setup();
		const results = await Promise.allSettled(
			['x', 'y'].map((text) => notes.create({ id: 'same', text, count: 0 }))
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
	});

	it('updating a missing record returns undefined and creates nothing', async () => {
		const { dir, notes } = await setup();
		expect(await notes.update('nobody', (n) => void (n.count = 1))).toBeUndefined();
		expect(await readdir(dir)).toEqual([]);
	});

	it('an update that throws writes nothing', async () => {
		const { dir, notes } = await setup();
		await notes.create({ id: 'a', text: 'kept', count: 7 });
		const file = path.join(dir, 'notes', 'a.json');
		const before = await readFile(file);
		await expect(
			notes.update('a', (n) => {
				n.text = 'changed';
				n.count = 99;
				throw new Error('already answered');
			})
		).rejects.toThrow('already answered');
		expect(await readFile(file)).toEqual(before);
		expect(await notes.get('a')).toEqual({ id: 'a', text: 'kept', count: 7 });
	});

	it('an update may not change the id', async () => {
		const { notes } = await setup();
		await notes.create({ id: 'a', text: 't', count: 0 });
		await expect(notes.update('a', (n) => ({ ...n, id: 'b' }))).rejects.toThrow(StoreInputError);
		expect(await notes.get('b')).toBeUndefined();
		expect(await notes.get('a')).toEqual({ id: 'a', text: 't', count: 0 });
	});

	it('keeps all of 500 concurrent updates to ONE record', async () => {
		const { store, notes } = await setup();
		await notes.create({ id: 'hot', text: '', count: 0 });
		await Promise.all(
			Array.from({ length: 500 }, () =>
				notes.update('hot', async (n) => {
					await new Promise((resolve) => setImmediate(resolve));
					n.count += 1;
				})
			)
		);
		expect((await notes.get('hot'))?.count).toBe(500);
		expect(store.pendingLocks).toBe(0);
	});

	it.each([
		['a parent path', '../escape'],
		['a nested path', 'a/b'],
		['an absolute path', '/etc/passwd'],
		['a dot', '.'],
		['two dots', '..'],
		['a file extension', 'a.json'],
		['the empty string', ''],
		['a space', 'a b'],
		['a non-ASCII letter', 'é'],
		['a NUL byte', 'a\u0000b'],
		['81 characters', 'x'.repeat(81)]
	])('treats an id with %s as not found, never as a path', async (_, id) => {
		const { dir, notes } = await setup();
		await notes.create({ id: 'a', text: 't', count: 0 });
		expect(await notes.get(id)).toBeUndefined();
		expect(await notes.update(id, (n) => void (n.count = 1))).toBeUndefined();
		expect(await notes.remove(id)).toBe(false);
		await expect(notes.create({ id, text: 'x', count: 0 })).rejects.toThrow(StoreInputError);
		expect(await readdir(dir)).toEqual(['notes']);
		expect(await readdir(path.join(dir, 'notes'))).toEqual(['a.json']);
	});

	it('accepts ids of 1 and 80 safe characters', async () => {
		const { notes } = await setup();
		for (const id of ['Z', 'a_B-9'.repeat(16)]) {
			await notes.create({ id, text: id, count: 0 });
			expect((await notes.get(id))?.text).toBe(id);
		}
	});

	it('ignores leftover temporary files when listing', async () => {
		const { dir, notes } = await setup();
		await notes.create({ id: 'a', text: 't', count: 0 });
		await writeFile(path.join(dir, 'notes', '.a.json.tmp'), '{"id": "a", "te');
		expect(await notes.ids()).toEqual(['a']);
		expect((await notes.list()).map((n) => n.id)).toEqual(['a']);
	});

	it('returns the same instance for the same name', async () => {
		const { store } = await setup();
		expect(store.records('notes')).toBe(store.records('notes'));
	});
});

describe('tables', () => {
	it('reads the defaults until written, then the data, also after reopening', async () => {
		const dir = await tempDir();
		const store = await openStore(dir);
		const codes = store.table<Record<string, string>>('codes', {});
		expect(await codes.read()).toEqual({});
		expect(await readdir(dir)).toEqual([]);
		await codes.update((c) => {
			c.ABC234 = 'assignment-1';
		});
		expect(await codes.read()).toEqual({ ABC234: 'assignment-1' });
		const again = await openStore(dir);
		expect(await again.table('codes', {}).read()).toEqual({ ABC234: 'assignment-1' });
	});

	it('an update that throws changes neither the file nor what read() returns', async () => {
		const dir = await tempDir();
		const codes = (await openStore(dir)).table<Record<string, string>>('codes', {});
		await codes.update((c) => ({ ...c, A: '1' }));
		const before = await readFile(path.join(dir, 'codes.json'));
		await expect(
			codes.update((c) => {
				c.B = '2';
				throw new Error('code taken');
			})
		).rejects.toThrow('code taken');
		expect(await readFile(path.join(dir, 'codes.json'))).toEqual(before);
		expect(await codes.read()).toEqual({ A: '1' });
	});

	it('keeps all of 200 concurrent updates', async () => {
		const codes = (await openStore(await tempDir())).table('counter', { n: 0 });
		await Promise.all(Array.from({ length: 200 }, () => codes.update((c) => void c.n++)));
		expect(await codes.read()).toEqual({ n: 200 });
	});

	it('sees a change made to the file by another process', async () => {
		const dir = await tempDir();
		const codes = (await openStore(dir)).table<Record<string, string>>('codes', {});
		await codes.update((c) => void (c.A = '1'));
		expect(await codes.read()).toEqual({ A: '1' });
		// e.g. `npm run teacher:add` while the server runs
		await writeFile(path.join(dir, 'codes.json'), JSON.stringify({ A: '1', Bee: '22' }));
		expect(await codes.read()).toEqual({ A: '1', Bee: '22' });
	});
});
