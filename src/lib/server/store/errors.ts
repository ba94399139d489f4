import path from 'node:path';

/**
 * A file of the data folder exists but does not parse (or is not the record its name says).
 * The store never overwrites or "repairs" such a file: the server stops and a person decides.
 */
export class StoreCorruptError extends Error {
	/** Absolute path of the offending file. */
	readonly file: string;
	/** Why it was refused, e.g. the JSON parser's message. */
	readonly reason: string;

	constructor(file: string, reason: string) {
		super(`${path.resolve(file)} is not valid JSON (${reason})`);
		this.name = 'StoreCorruptError';
		this.file = path.resolve(file);
		this.reason = reason;
	}
}

/** A caller broke a store rule (an invalid id given to `create`, a duplicate id, a bad name…). */
export class StoreInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'StoreInputError';
	}
}

/**
 * The one line to print when the store cannot be opened at start-up.
 * For a corrupt file: names it and says it was left alone.
 */
export function describeStartupError(err: unknown): string {
	if (err instanceof StoreCorruptError) {
		return (
			`newsquiz cannot start: ${err.file} is not valid JSON (${err.reason}). ` +
			'It has not been changed: fix it or move it out of the data folder, then start again.'
		);
	}
	const message = err instanceof Error ? err.message : String(err);
	return `newsquiz cannot start: the data folder could not be opened (${message}).`;
}
