import { stat } from 'node:fs/promises';
import path from 'node:path';
import { StoreInputError } from './errors';
import { readJson, writeJson } from './files';
import { isValidId } from './ids';
import type { KeyedLock } from './lock';
import type { Updater } from './records';

/**
 * One small JSON file, `<dataDir>/<name>.json`, for rarely-written lookups (a join code → an
 * assignment, an e-mail → a teacher). Cached in memory; re-read when another process (say
 * `npm run teacher:add`) has changed the file since.
 */
export interface Table<T> {
	readonly name: string;
	/** The current data (the defaults while the file does not exist). Do not mutate it. */
	read(): Promise<T>;
	/** Read-modify-write under the table's lock; `fn` gets a copy; throw to abort. */
	update(fn: Updater<T>): Promise<T>;
}

interface Cached<T> {
	data: T;
	/** mtime and size of the file the data came from; `null` when there was no file. */
	stamp: string | null;
}

async function stampOf(file: string): Promise<string | null> {
	try {
		const s = await stat(file);
		return `${s.mtimeMs}:${s.size}`;
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw err;
	}
}

/** Internal: made by `Store.table()`, one instance per name. */
export function makeTable<T>(
	dataDir: string,
	name: string,
	defaults: T,
	lock: KeyedLock
): Table<T> {
	if (!isValidId(name)) throw new StoreInputError(`invalid table name: ${name}`);
	const file = path.join(dataDir, `${name}.json`);
	const lockKey = `${name}.json`;
	let cached: Cached<T> | undefined;

	async function load(): Promise<T> {
		const stamp = await stampOf(file);
		if (cached && cached.stamp === stamp) return cached.data;
		const doc = stamp === null ? undefined : await readJson(file);
		const data = doc === undefined ? structuredClone(defaults) : (doc as T);
		cached = { data, stamp: doc === undefined ? null : stamp };
		return data;
	}

	return {
		name,
		read: load,
		async update(fn) {
			return lock.run(lockKey, async () => {
				const draft = structuredClone(await load());
				const next = (await fn(draft)) ?? draft;
				await writeJson(file, next);
				cached = { data: next, stamp: await stampOf(file) };
				return next;
			});
		}
	};
}
