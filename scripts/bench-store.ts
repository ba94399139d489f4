/**
 * `npm run bench:store [-- --runs 7 --answers 2000 --history 100000]`
 *
 * Answers recorded per second by the store (one `attempts.update` per answer, 50 in flight at a
 * time), median of several runs, against an empty store and against one already holding
 * `--history` answers; plus the start-up (open) time of that big store. Temp folders only.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openStore, randomId, type Store } from '../src/lib/server/store/index';
import type { PlayerRecord } from '../src/lib/server/store/players';
import { sampleAttempt } from '../src/lib/server/store/test-helpers';
import { summarize } from '../src/lib/server/store/attempts';
import type { Attempt } from '../src/lib/quiz/types';

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '7' },
		answers: { type: 'string', default: '2000' },
		history: { type: 'string', default: '100000' }
	}
});
const RUNS = Math.max(5, Number(values.runs));
const ANSWERS = Number(values.answers);
const HISTORY = Number(values.history);
const CONCURRENCY = 50;
const QUESTIONS = 10;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Runs `fn` over `items` with at most `limit` in flight. */
async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(limit, items.length) }, async () => {
			while (next < items.length) await fn(items[next++]!);
		})
	);
}

/** One run: fresh attempts (not timed), then ANSWERS answers, 50 at a time (timed). */
async function run(store: Store, playerIds: string[]): Promise<number> {
	const attempts: Attempt[] = [];
	for (let i = 0; i < ANSWERS / QUESTIONS; i++) {
		const source = { kind: 'assignment', id: `bench-${i % 20}` } as const;
		attempts.push(
			await store.attempts.create(
				sampleAttempt(playerIds[i % playerIds.length]!, QUESTIONS, source)
			)
		);
	}
	// Each of the 50 workers plays its own attempts question by question, like a class.
	const jobs = attempts.flatMap((a) =>
		Array.from({ length: QUESTIONS }, (_, q) => ({ id: a.id, q }))
	);
	const started = performance.now();
	await pool(jobs, CONCURRENCY, async ({ id, q }) => {
		await store.attempts.update(id, (a) => {
			if (a.answers[q] !== null) throw new Error('already answered');
			a.answers[q] = { choice: q % 4, correct: q % 4 === 0, at: new Date().toISOString() };
			if (a.answers.every((x) => x !== null)) {
				a.finishedAt = new Date().toISOString();
				a.score = a.answers.filter((x) => x?.correct).length;
			}
		});
	});
	const seconds = (performance.now() - started) / 1000;
	return jobs.length / seconds;
}

interface Target {
	label: string;
	store: Store;
	playerIds: string[];
	rates: number[];
}

async function target(label: string, store: Store): Promise<Target> {
	const players = await Promise.all(
		Array.from({ length: 30 }, (_, i) => store.players.create(`Bench ${i}`))
	);
	const playerIds = players.map((p) => p.id);
	await run(store, playerIds); // warm-up, not counted
	return { label, store, playerIds, rates: [] };
}

function report(t: Target): number {
	const m = median(t.rates);
	console.log(
		`  ${t.label.padEnd(28)} ${fmt(m).padStart(7)} answers/s   (runs: ${t.rates.map(fmt).join(', ')})`
	);
	return m;
}

/** Writes a store holding `answers` answered questions straight to disk (no store calls). */
async function writeBigStore(dir: string, answers: number) {
	const attemptsDir = path.join(dir, 'attempts');
	const playersDir = path.join(dir, 'players');
	await mkdir(attemptsDir, { recursive: true });
	await mkdir(playersDir, { recursive: true });
	const nAttempts = Math.ceil(answers / QUESTIONS);
	const nPlayers = Math.max(1, Math.ceil(nAttempts / 20));
	const players: PlayerRecord[] = Array.from({ length: nPlayers }, (_, i) => ({
		id: randomId(32),
		name: `Student ${i}`,
		createdAt: new Date(Date.UTC(2025, 8, 1)).toISOString(),
		attempts: []
	}));
	const day = 86_400_000;
	const attempts = Array.from({ length: nAttempts }, (_, i) => {
		const player = players[i % nPlayers]!;
		const start = Date.UTC(2025, 8, 1) + Math.floor((i / nAttempts) * 300) * day;
		const a: Attempt = {
			id: randomId(16),
			...sampleAttempt(
				player.id,
				QUESTIONS,
				i % 2 ? { kind: 'assignment', id: `as-${i % 200}` } : { kind: 'quiz', slug: 'kim' },
				new Date(start).toISOString()
			)
		};
		a.answers = a.answers.map((_, q) => ({
			choice: (i + q) % 4,
			correct: (i + q) % 4 === 0,
			at: new Date(start + q * 20_000).toISOString()
		}));
		a.finishedAt = new Date(start + QUESTIONS * 20_000).toISOString();
		a.score = a.answers.filter((x) => x?.correct).length;
		player.attempts.push(summarize(a));
		return a;
	});
	await pool(attempts, 64, (a) =>
		writeFile(path.join(attemptsDir, `${a.id}.json`), JSON.stringify(a, null, 2))
	);
	await pool(players, 64, (p) =>
		writeFile(path.join(playersDir, `${p.id}.json`), JSON.stringify(p, null, 2))
	);
	return { nAttempts, nPlayers };
}

const root = await mkdtemp(path.join(tmpdir(), 'newsquiz-bench-store-'));
try {
	console.log(
		'newsquiz store benchmark: one JSON file per attempt (lowdb JSONFile, atomic writes)'
	);
	console.log(
		`answers recorded per second: ${fmt(ANSWERS)} answers per run, ${CONCURRENCY} at a time, ` +
			`median of ${RUNS} runs (after one warm-up run)\n`
	);

	const bigDir = path.join(root, 'big');
	let t = performance.now();
	const { nAttempts, nPlayers } = await writeBigStore(bigDir, HISTORY);
	const writeSeconds = (performance.now() - t) / 1000;
	t = performance.now();
	const big = await openStore(bigDir);
	const openSeconds = (performance.now() - t) / 1000;

	const targets = [
		await target('empty store', await openStore(path.join(root, 'empty'))),
		await target(`store of ${fmt(HISTORY)} answers`, big)
	];
	// Alternate the two stores run by run, so a busy moment of the machine hits both alike.
	for (let i = 0; i < RUNS; i++) {
		for (const x of targets) x.rates.push(await run(x.store, x.playerIds));
	}
	const [empty, full] = targets.map(report) as [number, number];

	console.log(
		`\n  ratio big/empty: ${(full / empty).toFixed(2)} (1.00 = recording does not slow down with history)`
	);
	console.log(
		`  start-up: openStore() of ${fmt(HISTORY)} answers (${fmt(nAttempts)} attempt files, ` +
			`${fmt(nPlayers)} player files) took ${openSeconds.toFixed(2)} s ` +
			`(generated in ${writeSeconds.toFixed(1)} s)`
	);
	t = performance.now();
	await openStore(bigDir);
	console.log(
		`  start-up again (+${fmt(RUNS * ANSWERS + ANSWERS)} answers): ${((performance.now() - t) / 1000).toFixed(2)} s`
	);
	console.log(
		'\n  For scale: one lowdb file rewritten per answer fell from 669 to 262 answers/s by 10,000.'
	);
} finally {
	await rm(root, { recursive: true, force: true });
}
