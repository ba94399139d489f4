import { NAME_MAX, validateName, type NameResult } from '../../quiz/name';
import type { AttemptSummary, Player } from '$lib/quiz/types';
import { StoreInputError } from './errors';
import { randomId } from './ids';
import type { Records } from './records';

/** A player's file: the player plus a summary of each of their attempts (kept by `attempts`). */
export interface PlayerRecord extends Player {
	attempts: AttemptSummary[];
}

export const PLAYER_NAME_MAX = NAME_MAX;

export type NameCheck = NameResult;

/**
 * Validates a display name: trimmed, 1–40 characters counted as code points (so an emoji or a
 * CJK character is one, whatever its UTF-16 length), any script, no control characters.
 * The rule is the quiz domain's (`$lib/quiz/name`); the store applies it again so that no
 * caller can store a name that skipped it.
 */
export const checkPlayerName: (raw: unknown) => NameCheck = validateName;

function validName(raw: string): string {
	const check = checkPlayerName(raw);
	if (!check.ok) throw new StoreInputError(check.message);
	return check.name;
}

function view(record: PlayerRecord): Player {
	return { id: record.id, name: record.name, createdAt: record.createdAt };
}

export interface Players {
	/** A new player with a random id (32 random bytes, base64url). Throws `StoreInputError` for a bad name. */
	create(name: string): Promise<Player>;
	/** The player, or `undefined` (also for a garbled id). */
	get(id: string): Promise<Player | undefined>;
	/** Renames; `undefined` when there is no such player. Throws `StoreInputError` for a bad name. */
	rename(id: string, name: string): Promise<Player | undefined>;
}

/** Internal: `Store.players`. */
export function makePlayers(all: Records<PlayerRecord>): Players {
	return {
		async create(name) {
			const record: PlayerRecord = {
				id: randomId(32),
				name: validName(name),
				createdAt: new Date().toISOString(),
				attempts: []
			};
			return view(await all.create(record));
		},
		async get(id) {
			const record = await all.get(id);
			return record && view(record);
		},
		async rename(id, name) {
			const valid = validName(name);
			const record = await all.update(id, (p) => {
				p.name = valid;
			});
			return record && view(record);
		}
	};
}
