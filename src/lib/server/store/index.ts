/**
 * The store: the only module that touches the data folder (lowdb JSON files). See
 * docs/STORE.md for the layout. Server code calls `getStore()` (after `initStore()` ran in the
 * `init` hook); tests and scripts open their own folder with `openStore(dir)`.
 */
import { describeStartupError } from './errors';
import { openStore, type Store } from './store';

export { openStore, type Store } from './store';
export { StoreCorruptError, StoreInputError, describeStartupError } from './errors';
export { ID_PATTERN, isValidId, randomId } from './ids';
export type { Records, Updater } from './records';
export type { Table } from './table';
export type { Players, PlayerRecord, NameCheck } from './players';
export { checkPlayerName, PLAYER_NAME_MAX } from './players';
export type { Attempts } from './attempts';

let opening: Promise<Store> | undefined;
let opened: Store | undefined;

/** The data folder: `NEWSQUIZ_DATA_DIR`, or `./data`. */
export function dataDir(): string {
	return process.env.NEWSQUIZ_DATA_DIR || './data';
}

/**
 * Opens the store of `dataDir()` once; later calls (from anywhere) get the same store.
 * Rejects with `StoreCorruptError` for a corrupt file (a later call tries again).
 */
export function initStore(): Promise<Store> {
	opening ??= openStore(dataDir()).then(
		(store) => (opened = store),
		(err: unknown) => {
			opening = undefined;
			throw err;
		}
	);
	return opening;
}

/** The store opened by `initStore()`; throws when it has not been opened yet. */
export function getStore(): Store {
	if (!opened) throw new Error('The store is not open yet: call initStore() first (hooks init).');
	return opened;
}

/**
 * For the server's `init` hook: opens the store, or prints the one-line reason and exits with
 * status 1 (a corrupt file must stop the server, and adapter-node would otherwise print a stack).
 */
export async function initStoreOrExit(): Promise<Store> {
	try {
		return await initStore();
	} catch (err) {
		console.error(describeStartupError(err));
		process.exit(1);
	}
}
