import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { practice } from './practice';
import { openStore } from './store';
import { removeTempDirs, tempDir } from './test-helpers';

afterEach(removeTempDirs);

describe('recovery codes in the store', () => {
	it('finds the player from the code, typed loosely, and stores only a hash', async () => {
		const dir = await tempDir();
		const p = practice(await openStore(dir));
		const code = await p.newRecoveryCode('player-1');
		expect(await p.recover(code)).toBe('player-1');
		expect(await p.recover(code.toLowerCase().replaceAll('-', ' '))).toBe('player-1');
		expect(await p.recover('00000-00000-00000-00000')).toBeUndefined();
		expect(await p.recover('not a code')).toBeUndefined();
		expect(await p.recoveryCreatedAt('player-1')).toBeTruthy();

		const plain = code.replaceAll('-', '');
		for (const folder of ['practice', 'recovery']) {
			for (const file of await readdir(path.join(dir, folder))) {
				expect(await readFile(path.join(dir, folder, file), 'utf-8')).not.toContain(plain);
			}
		}
	});

	it('a new code replaces the old one', async () => {
		const p = practice(await openStore(await tempDir()));
		const first = await p.newRecoveryCode('player-1');
		const second = await p.newRecoveryCode('player-1');
		expect(await p.recover(first)).toBeUndefined();
		expect(await p.recover(second)).toBe('player-1');
	});
});

describe('add rate limit in the store', () => {
	it('counts adds per player and refuses past the limit', async () => {
		const p = practice(await openStore(await tempDir()));
		const limit = { max: 2, windowMs: 60_000 };
		const now = new Date('2026-01-01T00:00:00Z');
		expect((await p.takeAddSlot('a', now, limit)).ok).toBe(true);
		expect((await p.takeAddSlot('a', now, limit)).ok).toBe(true);
		const refused = await p.takeAddSlot('a', now, limit);
		expect(refused.ok).toBe(false);
		expect((await p.takeAddSlot('b', now, limit)).ok).toBe(true);
		expect((await p.takeAddSlot('a', new Date(now.getTime() + 60_000), limit)).ok).toBe(true);
	});
});
