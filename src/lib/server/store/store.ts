import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Attempt, AttemptSummary } from '$lib/quiz/types';
import { makeAttempts, putSummary, sameSummary, summarize, type Attempts } from './attempts';
import { StoreCorruptError } from './errors';
import { parseJson } from './files';
import { isValidId } from './ids';
import { KeyedLock } from './lock';
import { makePlayers, type PlayerRecord, type Players } from './players';
import { checkRecord, makeRecords, type Records } from './records';
import { makeTable, type Table } from './table';

/** The opened data folder: the primitives, and the namespaces built on them. */
export interface Store {
	/** The data folder (absolute). */
	readonly dir: string;
	/** The record collection `<dir>/<name>/<id>.json` (same instance for the same name). */
	records<T extends { id: string }>(name: string): Records<T>;
	/** The table `<dir>/<name>.json` (same instance for the same name; first `defaults` win). */
	table<T>(name: string, defaults: T): Table<T>;
	readonly players: Players;
	readonly attempts: Attempts;
	/** Keys with a write in flight (0 when idle: the lock map does not leak). */
	readonly pendingLocks: number;
}

/** How many files `openStore` reads at once. */
const OPEN_CONCURRENCY = 64;

async function listDir(dir: string): Promise<{ name: string; isDir: boolean }[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	return entries.map((e) => ({ name: e.name, isDir: e.isDirectory() }));
}

async function forEachLimited<T>(
	items: T[],
	limit: number,
	fn: (item: T) => Promise<void>
): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const item = items[next++] as T;
			await fn(item);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Opens (and on first run creates) the data folder. Reads every file once: a file that exists but
 * does not parse — or a record whose `id` is not its file name — throws `StoreCorruptError`
 * naming it, and nothing is written. Files starting with `.` (the writer's leftover temporary
 * files after a crash) are ignored; the previous good file is used.
 *
 * Then builds the per-assignment index of attempts in memory and restores any attempt summary
 * missing from (or stale in) its player's file, which a crash between the two writes of
 * `attempts.create`/`update` can leave.
 */
export async function openStore(dir: string): Promise<Store> {
	const root = path.resolve(dir);
	await mkdir(root, { recursive: true });

	// 1. Find every file: tables at the top, records one folder down.
	const files: { file: string; collection?: string; id?: string }[] = [];
	for (const entry of await listDir(root)) {
		if (entry.name.startsWith('.')) continue;
		if (!entry.isDir) {
			if (entry.name.endsWith('.json')) files.push({ file: path.join(root, entry.name) });
			continue;
		}
		const sub = path.join(root, entry.name);
		for (const inner of await listDir(sub)) {
			if (inner.isDir || inner.name.startsWith('.') || !inner.name.endsWith('.json')) continue;
			files.push({
				file: path.join(sub, inner.name),
				collection: entry.name,
				id: inner.name.slice(0, -'.json'.length)
			});
		}
	}

	// 2. Read and check each once, keeping only what the indexes need.
	const byAssignment = new Map<string, Set<string>>();
	const summariesByPlayer = new Map<string, AttemptSummary[]>();
	const players = new Map<string, PlayerRecord>();
	await forEachLimited(files, OPEN_CONCURRENCY, async ({ file, collection, id }) => {
		const doc = parseJson(file, await readFile(file, 'utf-8'));
		if (collection === undefined || id === undefined) return;
		if (!isValidId(id)) return; // not a name the store makes: left alone, never read as a record
		checkRecord(file, id, doc);
		if (collection === 'attempts') {
			const attempt = doc as Attempt;
			if (typeof attempt.playerId !== 'string' || !Array.isArray(attempt.questions)) {
				throw new StoreCorruptError(file, 'not an attempt: no playerId or questions');
			}
			if (attempt.source?.kind === 'assignment') {
				const ids = byAssignment.get(attempt.source.id) ?? new Set<string>();
				ids.add(attempt.id);
				byAssignment.set(attempt.source.id, ids);
			}
			const list = summariesByPlayer.get(attempt.playerId) ?? [];
			list.push(summarize(attempt));
			summariesByPlayer.set(attempt.playerId, list);
		} else if (collection === 'players') {
			const player = doc as PlayerRecord;
			if (!Array.isArray(player.attempts)) {
				throw new StoreCorruptError(file, 'not a player: no attempts list');
			}
			players.set(id, player);
		}
	});

	// 3. The store.
	const lock = new KeyedLock();
	const collections = new Map<string, Records<{ id: string }>>();
	const tables = new Map<string, Table<unknown>>();
	function records<T extends { id: string }>(name: string): Records<T> {
		let r = collections.get(name);
		if (!r) collections.set(name, (r = makeRecords<{ id: string }>(root, name, lock)));
		return r as unknown as Records<T>;
	}
	function table<T>(name: string, defaults: T): Table<T> {
		let t = tables.get(name);
		if (!t) tables.set(name, (t = makeTable<unknown>(root, name, defaults, lock)));
		return t as Table<T>;
	}
	const playerRecords = records<PlayerRecord>('players');
	const store: Store = {
		dir: root,
		records,
		table,
		players: makePlayers(playerRecords),
		attempts: makeAttempts(records<Attempt>('attempts'), playerRecords, byAssignment),
		get pendingLocks() {
			return lock.size;
		}
	};

	// 4. Restore summaries a crash may have left out of a player's file.
	for (const [playerId, summaries] of summariesByPlayer) {
		const player = players.get(playerId);
		if (!player) continue;
		const stale = summaries.filter((s) => {
			const kept = player.attempts.find((k) => k.id === s.id);
			return !kept || !sameSummary(kept, s);
		});
		if (stale.length === 0) continue;
		await playerRecords.update(playerId, (p) => {
			for (const s of stale.sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1))) {
				putSummary(p, s);
			}
		});
	}
	return store;
}
