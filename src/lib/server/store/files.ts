/**
 * Internal: the only place that reads and writes files of the data folder.
 * Writes go through lowdb's JSONFile adapter, whose writer (steno) writes `.<name>.tmp` beside
 * the file and renames it over the file: a crash mid-write leaves the previous good file.
 */
import { readFile, stat } from 'node:fs/promises';
import { JSONFile } from 'lowdb/node';
import { StoreCorruptError } from './errors';

/** Parses a JSON document, or throws `StoreCorruptError` naming `file`. */
export function parseJson(file: string, text: string): unknown {
	try {
		return JSON.parse(text);
	} catch (err) {
		const reason = err instanceof Error ? err.message : String(err);
		throw new StoreCorruptError(file, text.trim() === '' ? 'the file is empty' : reason);
	}
}

/** Reads and parses a JSON file; `undefined` when it does not exist. */
export async function readJson(file: string): Promise<unknown> {
	let text: string;
	try {
		text = await readFile(file, 'utf-8');
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw err;
	}
	return parseJson(file, text);
}

/** Atomically replaces `file` with `doc` as pretty JSON (temporary file + rename), awaited. */
export async function writeJson(file: string, doc: unknown): Promise<void> {
	await new JSONFile<unknown>(file).write(doc);
}

export async function exists(file: string): Promise<boolean> {
	try {
		await stat(file);
		return true;
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
		throw err;
	}
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
