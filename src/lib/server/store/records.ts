import { mkdir, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { StoreCorruptError, StoreInputError } from './errors';
import { exists, isPlainObject, readJson, writeJson } from './files';
import { isValidId } from './ids';
import type { KeyedLock } from './lock';

/** `fn` of an update: mutate `doc` and/or return the new doc; throw to abort (nothing written). */
export type Updater<T> = (doc: T) => T | void | Promise<T | void>;

/**
 * A collection of records, one JSON file each: `<dataDir>/<name>/<id>.json`.
 * Ids must match `ID_PATTERN`; any other id is simply "not found" for reads, updates and removes
 * (never turned into a path), and refused by `create`.
 */
export interface Records<T extends { id: string }> {
	readonly name: string;
	/** The record, or `undefined` (also for an invalid id). */
	get(id: string): Promise<T | undefined>;
	/** Writes a new record; throws `StoreInputError` for an invalid or existing id. */
	create(doc: T): Promise<T>;
	/**
	 * Read-modify-write under the record's lock: `fn` gets a fresh copy read from disk.
	 * Returns the written record, or `undefined` when there is none with that id.
	 * `after` (optional) runs after the write while the lock is still held.
	 */
	update(
		id: string,
		fn: Updater<T>,
		options?: { after?: (next: T, previous: T) => Promise<void> }
	): Promise<T | undefined>;
	/** Deletes the record's file; `false` when there was none. */
	remove(id: string): Promise<boolean>;
	/** Every record (reads every file: for small collections). */
	list(): Promise<T[]>;
	/** Every record id (a directory listing; no file is read). */
	ids(): Promise<string[]>;
}

/** A record's file must hold an object whose `id` is its file name. */
export function checkRecord(file: string, id: string, doc: unknown): void {
	if (!isPlainObject(doc)) throw new StoreCorruptError(file, 'expected a JSON object');
	if (doc.id !== id) throw new StoreCorruptError(file, `expected "id": "${id}" as in its name`);
}

/** Internal: made by `Store.records()`, one instance per name. */
export function makeRecords<T extends { id: string }>(
	dataDir: string,
	name: string,
	lock: KeyedLock
): Records<T> {
	if (!isValidId(name)) throw new StoreInputError(`invalid collection name: ${name}`);
	const dir = path.join(dataDir, name);
	const fileOf = (id: string) => path.join(dir, `${id}.json`);
	const lockKey = (id: string) => `${name}/${id}`;
	let madeDir: Promise<unknown> | undefined;

	async function read(id: string): Promise<T | undefined> {
		const file = fileOf(id);
		const doc = await readJson(file);
		if (doc === undefined) return undefined;
		checkRecord(file, id, doc);
		return doc as T;
	}

	async function ids(): Promise<string[]> {
		let names: string[];
		try {
			names = await readdir(dir);
		} catch (err) {
			if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
			throw err;
		}
		// Leftover `.x.json.tmp` files of a crash are not records.
		return names
			.filter((n) => n.endsWith('.json'))
			.map((n) => n.slice(0, -'.json'.length))
			.filter(isValidId);
	}

	return {
		name,
		ids,

		async get(id) {
			if (!isValidId(id)) return undefined;
			// No lock: writes replace the file by a rename, so a reader sees the old or the new.
			return read(id);
		},

		async create(doc) {
			const id = doc.id;
			if (!isValidId(id)) throw new StoreInputError(`invalid ${name} id: ${String(id)}`);
			return lock.run(lockKey(id), async () => {
				madeDir ??= mkdir(dir, { recursive: true }).catch((err: unknown) => {
					madeDir = undefined; // try again next time (say, after a permissions fix)
					throw err;
				});
				await madeDir;
				if (await exists(fileOf(id))) throw new StoreInputError(`${name}/${id} already exists`);
				await writeJson(fileOf(id), doc);
				return doc;
			});
		},

		async update(id, fn, options) {
			if (!isValidId(id)) return undefined;
			return lock.run(lockKey(id), async () => {
				const current = await read(id);
				if (current === undefined) return undefined;
				const previous = structuredClone(current);
				const next = (await fn(current)) ?? current;
				if (!isPlainObject(next) || next.id !== id) {
					throw new StoreInputError(`an update of ${name}/${id} may not change its id`);
				}
				await writeJson(fileOf(id), next);
				if (options?.after) await options.after(next, previous);
				return next;
			});
		},

		async remove(id) {
			if (!isValidId(id)) return false;
			return lock.run(lockKey(id), async () => {
				try {
					await unlink(fileOf(id));
					return true;
				} catch (err) {
					if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
					throw err;
				}
			});
		},

		async list() {
			const docs = await Promise.all((await ids()).map((id) => read(id)));
			return docs.filter((doc) => doc !== undefined);
		}
	};
}
