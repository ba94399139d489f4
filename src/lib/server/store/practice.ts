/**
 * Per-player self-testing data that is not the player's own file: the hash of their recovery
 * code (`practice/<playerId>.json`, with the times of their recent adds for the rate limit) and
 * the lookup from a code's hash to the player (`recovery/<hash>.json`). The code itself is never
 * stored.
 */
import { takeSlot, type RateDecision, type RateLimit } from '$lib/practice/rate-limit';
import { hashRecoveryCode, newRecoveryCode } from '$lib/practice/recovery';
import type { Store } from './store';
import { upsert } from './upsert';

export interface PracticeProfile {
	/** The player's id. */
	id: string;
	recoveryHash?: string;
	recoveryCreatedAt?: string;
	/** Times of recent article adds (pruned to the rate limit's window). */
	adds: string[];
}

interface RecoveryLink {
	/** SHA-256 hex of the canonical code. */
	id: string;
	playerId: string;
}

export interface Practice {
	/**
	 * A new recovery code for the player, to show once. The previous code stops working. Only
	 * the hash is stored.
	 */
	newRecoveryCode(playerId: string, now?: Date): Promise<string>;
	/** When the player's current code was made, or `undefined` when they have none. */
	recoveryCreatedAt(playerId: string): Promise<string | undefined>;
	/** The player a typed code belongs to, or `undefined` (malformed, unknown or replaced). */
	recover(typed: string): Promise<string | undefined>;
	/** Counts one add against the limit, or refuses (nothing counted) when it is reached. */
	takeAddSlot(playerId: string, now?: Date, limit?: RateLimit): Promise<RateDecision>;
}

export function practice(store: Store): Practice {
	const profiles = store.records<PracticeProfile>('practice');
	const links = store.records<RecoveryLink>('recovery');
	const empty = (id: string) => (): PracticeProfile => ({ id, adds: [] });

	return {
		async newRecoveryCode(playerId, now = new Date()) {
			const code = newRecoveryCode();
			const hash = hashRecoveryCode(code) as string;
			await links.create({ id: hash, playerId });
			let old: string | undefined;
			await upsert(profiles, playerId, empty(playerId), (p) => {
				old = p.recoveryHash;
				p.recoveryHash = hash;
				p.recoveryCreatedAt = now.toISOString();
			});
			if (old && old !== hash) await links.remove(old);
			return code;
		},

		async recoveryCreatedAt(playerId) {
			return (await profiles.get(playerId))?.recoveryCreatedAt;
		},

		async recover(typed) {
			const hash = hashRecoveryCode(typed);
			if (!hash) return undefined;
			const link = await links.get(hash);
			if (!link) return undefined;
			// The profile is the truth: a link left by a crash before its removal does not count.
			const profile = await profiles.get(link.playerId);
			return profile?.recoveryHash === hash ? link.playerId : undefined;
		},

		async takeAddSlot(playerId, now = new Date(), limit) {
			let decision: RateDecision | undefined;
			await upsert(profiles, playerId, empty(playerId), (p) => {
				decision = takeSlot(p.adds, now, limit);
				p.adds = decision.times;
			});
			return decision as RateDecision;
		}
	};
}
