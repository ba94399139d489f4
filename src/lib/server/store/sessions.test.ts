import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashToken, SESSION_DAYS, sessions } from './sessions';
import { openStore } from './store';
import { removeTempDirs, tempDir } from './test-helpers';

afterEach(removeTempDirs);

const DAY = 24 * 60 * 60 * 1000;

async function setup() {
	let t = Date.parse('2026-03-02T08:00:00Z');
	const store = await openStore(await tempDir());
	const clock = { now: () => new Date(t), advance: (ms: number) => (t += ms) };
	return { store, clock, s: sessions(store, clock.now) };
}

describe('teacher sessions', () => {
	it('finds a session by its token and stores only the token’s hash', async () => {
		const { store, s } = await setup();
		const { token, expiresAt } = await s.create('T1');
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(expiresAt.toISOString()).toBe('2026-03-09T08:00:00.000Z');
		expect(await s.find(token)).toMatchObject({ teacherId: 'T1' });
		const dir = path.join(store.dir, 'teacher-sessions');
		const files = await readdir(dir);
		expect(files).toEqual([`${hashToken(token)}.json`]);
		expect(await readFile(path.join(dir, files[0]!), 'utf-8')).not.toContain(token);
	});

	it('gives every session its own token', async () => {
		const { s } = await setup();
		const a = await s.create('T1');
		const b = await s.create('T1');
		expect(a.token).not.toBe(b.token);
	});

	it.each([[undefined], [''], ['short'], ['../../etc/passwd'], ['x'.repeat(43)]])(
		'finds nothing for the token %j',
		async (token) => {
			const { s } = await setup();
			await s.create('T1');
			expect(await s.find(token)).toBeUndefined();
		}
	);

	it(`refuses and deletes a session after ${SESSION_DAYS} days`, async () => {
		const { store, clock, s } = await setup();
		const { token } = await s.create('T1');
		clock.advance(SESSION_DAYS * DAY - 1);
		expect(await s.find(token)).toBeDefined();
		clock.advance(1);
		expect(await s.find(token)).toBeUndefined();
		expect(await readdir(path.join(store.dir, 'teacher-sessions'))).toEqual([]);
	});

	it('signs out', async () => {
		const { s } = await setup();
		const { token } = await s.create('T1');
		await s.remove(token);
		expect(await s.find(token)).toBeUndefined();
	});

	it('sweeps expired sessions and keeps live ones', async () => {
		const { clock, s } = await setup();
		const old = await s.create('T1');
		clock.advance(3 * DAY);
		const fresh = await s.create('T2');
		clock.advance(SESSION_DAYS * DAY - 2 * DAY);
		expect(await s.removeExpired()).toBe(1);
		expect(await s.find(old.token)).toBeUndefined();
		expect(await s.find(fresh.token)).toMatchObject({ teacherId: 'T2' });
	});
});
