import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Attempt } from '$lib/quiz/types';
import { StoreInputError } from './errors';
import { openStore, type Store } from './store';
import { removeTempDirs, sampleAttempt, tempDir } from './test-helpers';

afterEach(removeTempDirs);

/** Records answer `i` as a form action would: refuses a second answer to one question. */
function answer(store: Store, attemptId: string, i: number, choice: number) {
	return store.attempts.update(attemptId, (a) => {
		if (a.answers[i] !== null) throw new Error('already answered');
		a.answers[i] = { choice, correct: choice === 0, at: new Date().toISOString() };
		if (a.answers.every((x) => x !== null)) {
			a.finishedAt = new Date().toISOString();
			a.score = a.answers.filter((x) => x?.correct).length;
		}
	});
}

describe('attempts', () => {
	it('creates an attempt and adds its summary to the player file', async () => {
		const dir = await tempDir();
		const store = await openStore(dir);
		const p = await store.players.create('Ana');
		const a = await store.attempts.create(sampleAttempt(p.id, 3));
		expect(a.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(await store.attempts.get(a.id)).toEqual(a);
		const file = JSON.parse(await readFile(path.join(dir, 'players', `${p.id}.json`), 'utf-8'));
		expect(file.attempts).toEqual([
			{ id: a.id, source: a.source, title: a.title, total: 3, startedAt: a.startedAt }
		]);
	});

	it('refuses an attempt for a player that does not exist, storing nothing', async () => {
		const store = await openStore(await tempDir());
		await expect(store.attempts.create(sampleAttempt('ghost'))).rejects.toThrow(StoreInputError);
		expect(await store.records('attempts').ids()).toEqual([]);
	});

	it('records answers and refreshes the summary when the attempt finishes', async () => {
		const store = await openStore(await tempDir());
		const p = await store.players.create('Ana');
		const a = await store.attempts.create(sampleAttempt(p.id, 3));
		await answer(store, a.id, 0, 0);
		await answer(store, a.id, 1, 2);
		expect((await store.attempts.forPlayer(p.id))[0]).not.toHaveProperty('score');
		await answer(store, a.id, 2, 0);
		const [summary] = await store.attempts.forPlayer(p.id);
		expect(summary).toMatchObject({ id: a.id, score: 2, total: 3 });
		expect(summary?.finishedAt).toBeDefined();
	});

	it('a refused answer (throw in fn) writes nothing', async () => {
		const dir = await tempDir();
		const store = await openStore(dir);
		const p = await store.players.create('Ana');
		const a = await store.attempts.create(sampleAttempt(p.id, 2));
		await answer(store, a.id, 0, 1);
		const file = path.join(dir, 'attempts', `${a.id}.json`);
		const before = await readFile(file);
		await expect(answer(store, a.id, 0, 0)).rejects.toThrow('already answered');
		expect(await readFile(file)).toEqual(before);
		expect((await store.attempts.get(a.id))?.answers[0]?.choice).toBe(1);
	});

	it('may not move an attempt to another player', async () => {
		const store = await openStore(await tempDir());
		const p = await store.players.create('Ana');
		const q = await store.players.create('Bo');
		const a = await store.attempts.create(sampleAttempt(p.id, 2));
		await expect(store.attempts.update(a.id, (x) => void (x.playerId = q.id))).rejects.toThrow(
			StoreInputError
		);
		expect((await store.attempts.get(a.id))?.playerId).toBe(p.id);
		expect(await store.attempts.forPlayer(q.id)).toEqual([]);
	});

	it('keeps all 500 answers of 50 attempts × 10 questions answered concurrently', async () => {
		const dir = await tempDir();
		const store = await openStore(dir);
		const players = await Promise.all(
			Array.from({ length: 10 }, (_, i) => store.players.create(`Student ${i}`))
		);
		const attempts = await Promise.all(
			Array.from({ length: 50 }, (_, i) =>
				store.attempts.create(
					sampleAttempt(players[i % 10]!.id, 10, { kind: 'assignment', id: 'class-7b' })
				)
			)
		);
		await Promise.all(
			attempts.flatMap((a, i) =>
				Array.from({ length: 10 }, (_, q) => answer(store, a.id, q, (i + q) % 4))
			)
		);
		expect(store.pendingLocks).toBe(0);

		// Read back from a fresh store, from the files alone.
		const again = await openStore(dir);
		const stored = await again.attempts.forAssignment('class-7b');
		expect(stored).toHaveLength(50);
		for (const [i, a] of attempts.entries()) {
			const s = stored.find((x) => x.id === a.id)!;
			expect(s.answers.map((x) => x?.choice)).toEqual(
				Array.from({ length: 10 }, (_, q) => (i + q) % 4)
			);
			expect(s.score).toBe(s.answers.filter((x) => x?.correct).length);
		}
		// Every player's file has every one of their attempts, finished, with the right score.
		for (const p of players) {
			const summaries = await again.attempts.forPlayer(p.id);
			expect(summaries).toHaveLength(5);
			for (const s of summaries) {
				const full = stored.find((x) => x.id === s.id)!;
				expect(s.score).toBe(full.score);
				expect(s.finishedAt).toBe(full.finishedAt);
			}
		}
	});

	it('lists a player’s attempts newest first', async () => {
		const store = await openStore(await tempDir());
		const p = await store.players.create('Ana');
		const times = [
			'2026-03-01T10:00:00.000Z',
			'2026-03-03T10:00:00.000Z',
			'2026-03-02T10:00:00.000Z'
		];
		const made: Attempt[] = [];
		for (const t of times)
			made.push(await store.attempts.create(sampleAttempt(p.id, 1, undefined, t)));
		expect((await store.attempts.forPlayer(p.id)).map((s) => s.startedAt)).toEqual([
			times[1],
			times[2],
			times[0]
		]);
		expect(await store.attempts.forPlayer('nobody')).toEqual([]);
	});

	it('lists the attempts of one assignment only, oldest first', async () => {
		const store = await openStore(await tempDir());
		const p = await store.players.create('Ana');
		const b = await store.attempts.create(
			sampleAttempt(p.id, 1, { kind: 'assignment', id: 'A' }, '2026-03-02T00:00:00.000Z')
		);
		const a = await store.attempts.create(
			sampleAttempt(p.id, 1, { kind: 'assignment', id: 'A' }, '2026-03-01T00:00:00.000Z')
		);
		await store.attempts.create(sampleAttempt(p.id, 1, { kind: 'assignment', id: 'B' }));
		await store.attempts.create(sampleAttempt(p.id, 1));
		expect((await store.attempts.forAssignment('A')).map((x) => x.id)).toEqual([a.id, b.id]);
		expect(await store.attempts.forAssignment('nope')).toEqual([]);
	});
});
