import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreInputError } from './errors';
import { checkPlayerName } from './players';
import { openStore } from './store';
import { removeTempDirs, tempDir } from './test-helpers';

afterEach(removeTempDirs);

describe('checkPlayerName', () => {
	it.each([
		['a plain name', 'Ana', 'Ana'],
		['surrounding spaces trimmed', '   Ana Lima  ', 'Ana Lima'],
		['one character', 'x', 'x'],
		['40 characters', 'a'.repeat(40), 'a'.repeat(40)],
		['40 characters after trimming', `  ${'a'.repeat(40)}\t`, 'a'.repeat(40)],
		['Korean', '김정은', '김정은'],
		['40 CJK characters', '北'.repeat(40), '北'.repeat(40)],
		['40 emoji (80 UTF-16 units)', '😀'.repeat(40), '😀'.repeat(40)],
		['Arabic', 'سارة', 'سارة'],
		['accents, composed (NFC)', 'Jose\u0301', 'José'],
		['HTML-looking text (escaped when shown)', '<script>x</script>', '<script>x</script>']
	])('accepts %s', (_, raw, name) => {
		expect(checkPlayerName(raw)).toEqual({ ok: true, name });
	});

	it.each([
		['empty', ''],
		['spaces only', '     '],
		['tabs and newlines only', '\t\n '],
		['41 characters', 'a'.repeat(41)],
		['41 CJK characters', '北'.repeat(41)],
		['41 emoji', '😀'.repeat(41)],
		['a line break inside', 'Ana\nLima'],
		['a NUL byte', 'Ana\u0000'],
		['not a string', 42],
		['missing', undefined]
	])('refuses %s with a message', (_, raw) => {
		const result = checkPlayerName(raw);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
	});

	it('counts code points, not UTF-16 units', () => {
		// 20 emoji are 40 UTF-16 units but 20 characters; 41 CJK are 41 units and too long.
		expect(checkPlayerName('🎉'.repeat(20) + 'a'.repeat(20)).ok).toBe(true);
		expect(checkPlayerName('🎉'.repeat(21) + 'a'.repeat(20)).ok).toBe(false);
	});
});

describe('players', () => {
	it('creates a player with a random 32-byte base64url id, and gets it back', async () => {
		const dir = await tempDir();
		const store = await openStore(dir);
		const a = await store.players.create('  Ana  ');
		const b = await store.players.create('Ana');
		expect(a.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(Buffer.from(a.id, 'base64url')).toHaveLength(32);
		expect(a.id).not.toBe(b.id);
		expect(a.name).toBe('Ana');
		expect(await store.players.get(a.id)).toEqual(a);
		const file = JSON.parse(await readFile(path.join(dir, 'players', `${a.id}.json`), 'utf-8'));
		expect(file).toMatchObject({ id: a.id, name: 'Ana', attempts: [] });
	});

	it('refuses a bad name and stores nothing', async () => {
		const dir = await tempDir();
		const store = await openStore(dir);
		await expect(store.players.create('   ')).rejects.toThrow(StoreInputError);
		await expect(store.players.create('a'.repeat(41))).rejects.toThrow(StoreInputError);
		expect(await store.records('players').ids()).toEqual([]);
	});

	it('renames, validating the new name', async () => {
		const store = await openStore(await tempDir());
		const p = await store.players.create('Ana');
		expect(await store.players.rename(p.id, ' 김정은 ')).toEqual({ ...p, name: '김정은' });
		await expect(store.players.rename(p.id, '')).rejects.toThrow(StoreInputError);
		expect((await store.players.get(p.id))?.name).toBe('김정은');
		expect(await store.players.rename('no-such-player', 'Bo')).toBeUndefined();
	});

	it('a garbled cookie value is simply no player', async () => {
		const store = await openStore(await tempDir());
		for (const id of ['', '../../etc/passwd', 'x'.repeat(500), '%00', 'unknown-but-valid']) {
			expect(await store.players.get(id)).toBeUndefined();
		}
	});
});
