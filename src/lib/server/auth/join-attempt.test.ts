import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bank } from '$lib/generator/types';
import { draftAssignment } from '$lib/teach/assignment';
import type { Assignment } from '$lib/teach/types';
import { openStore, type Store } from '$lib/server/store';
import { joinAttempt } from './join-attempt';

const bank: Bank = {
	article: {
		slug: 'ignored',
		title: 'Kim Jong Un in Russia',
		source: 'Reuters',
		sentences: [
			{ id: 's1', text: 'Kim Jong Un arrived in Russia on Tuesday.', paragraph: 0 },
			{ id: 's2', text: 'The talks lasted four hours.', paragraph: 1 }
		]
	},
	questions: [
		{
			id: 'q1',
			type: 'cloze',
			stem: 'Kim Jong Un arrived in ____ on Tuesday.',
			options: ['Russia', 'China', 'Japan'],
			answer: 0,
			evidence: ['s1'],
			explanation: 'The article says where he arrived.',
			difficulty: 0.2
		}
	]
};

const dirs: string[] = [];
afterEach(async () => {
	await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function setUp(attempts: number | null): Promise<{ store: Store; a: Assignment }> {
	const dir = await mkdtemp(path.join(tmpdir(), 'newsquiz-join-'));
	dirs.push(dir);
	const store = await openStore(dir);
	const a = draftAssignment({ id: 'A1', teacherId: 'T1', bank, from: { kind: 'text' } });
	a.status = 'open';
	a.settings.attempts = attempts;
	return { store, a };
}

async function finish(store: Store, id: string) {
	await store.attempts.update(id, (t) => {
		t.finishedAt = new Date().toISOString();
		t.score = 0;
	});
}

const AT_ONCE = 8;

describe('joinAttempt: check the limit + create the attempt, under one lock', () => {
	it('joins posted at the same instant for a 1-attempt assignment make exactly one attempt', async () => {
		const { store, a } = await setUp(1);
		const player = await store.players.create('Ana');
		const results = await Promise.all(
			Array.from({ length: AT_ONCE }, () => joinAttempt(store, a, player))
		);
		const mine = await store.attempts.forAssignment(a.id);
		expect(mine).toHaveLength(1);
		// Every post lands in that one attempt: one started it, the others resume it.
		const ids = results.map((r) => (r.ok ? r.attempt.id : null));
		expect(new Set(ids)).toEqual(new Set([mine[0]?.id]));
		expect(results.filter((r) => r.ok && !r.resumed)).toHaveLength(1);
		expect((await store.attempts.forPlayer(player.id)).map((s) => s.id)).toEqual([mine[0]?.id]);
	});

	it('once the attempt is finished, joins at the same instant are all refused', async () => {
		const { store, a } = await setUp(1);
		const player = await store.players.create('Ana');
		const first = await joinAttempt(store, a, player);
		if (!first.ok) throw new Error('the first join was refused');
		await finish(store, first.attempt.id);
		const results = await Promise.all(
			Array.from({ length: AT_ONCE }, () => joinAttempt(store, a, player))
		);
		expect(results.every((r) => !r.ok && r.used === 1 && r.last?.id === first.attempt.id)).toBe(
			true
		);
		expect(await store.attempts.forAssignment(a.id)).toHaveLength(1);
	});

	it('with 2 attempts allowed and one finished, concurrent joins add exactly one more', async () => {
		const { store, a } = await setUp(2);
		const player = await store.players.create('Ana');
		const first = await joinAttempt(store, a, player);
		if (!first.ok) throw new Error('the first join was refused');
		await finish(store, first.attempt.id);
		await Promise.all(Array.from({ length: AT_ONCE }, () => joinAttempt(store, a, player)));
		expect(await store.attempts.forAssignment(a.id)).toHaveLength(2);
	});

	it('different players joining at once each get their own attempt', async () => {
		const { store, a } = await setUp(1);
		const players = await Promise.all(['Ana', 'Ben', 'Chen'].map((n) => store.players.create(n)));
		const results = await Promise.all(
			players.flatMap((p) => [joinAttempt(store, a, p), joinAttempt(store, a, p)])
		);
		expect(results.every((r) => r.ok)).toBe(true);
		const all = await store.attempts.forAssignment(a.id);
		expect(all.map((t) => t.playerId).sort()).toEqual(players.map((p) => p.id).sort());
		expect(store.pendingLocks).toBe(0);
	});
});
