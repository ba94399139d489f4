/**
 * Teacher sessions: the cookie holds a random token; the store keeps only its SHA-256
 * (`teacher-sessions/<hash>.json`), so a copy of the data folder signs nobody in. Sessions
 * expire after `SESSION_DAYS`; an expired one is refused and deleted when seen, and
 * `removeExpired()` sweeps the rest.
 */
import { createHash, randomBytes } from 'node:crypto';
import { getStore } from './index';
import type { Store } from './store';

export const SESSION_DAYS = 7;
const SESSION_MS = SESSION_DAYS * 24 * 60 * 60 * 1000;

export interface SessionRecord {
	/** SHA-256 of the token, hex. */
	id: string;
	teacherId: string;
	createdAt: string;
	expiresAt: string;
}

/** 32 random bytes, base64url: what the cookie holds. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export function sessions(store: Store = getStore(), now: () => Date = () => new Date()) {
	const all = store.records<SessionRecord>('teacher-sessions');

	async function find(token: string | undefined): Promise<SessionRecord | undefined> {
		if (!token || !TOKEN.test(token)) return undefined;
		const id = hashToken(token);
		const session = await all.get(id);
		if (!session) return undefined;
		if (Date.parse(session.expiresAt) <= now().getTime()) {
			await all.remove(id);
			return undefined;
		}
		return session;
	}

	return {
		/** A new session; returns the token for the cookie (never stored) and its expiry. */
		async create(teacherId: string): Promise<{ token: string; expiresAt: Date }> {
			const token = randomBytes(32).toString('base64url');
			const start = now();
			const expiresAt = new Date(start.getTime() + SESSION_MS);
			await all.create({
				id: hashToken(token),
				teacherId,
				createdAt: start.toISOString(),
				expiresAt: expiresAt.toISOString()
			});
			return { token, expiresAt };
		},

		/** The live session of a cookie's token; `undefined` for an unknown, garbled or expired one. */
		find,

		/** Signs out: deletes the session of `token`. */
		async remove(token: string | undefined): Promise<void> {
			if (token && TOKEN.test(token)) await all.remove(hashToken(token));
		},

		/** Deletes every expired session; returns how many. */
		async removeExpired(): Promise<number> {
			let removed = 0;
			const t = now().getTime();
			for (const s of await all.list()) {
				if (Date.parse(s.expiresAt) <= t && (await all.remove(s.id))) removed++;
			}
			return removed;
		}
	};
}

export type Sessions = ReturnType<typeof sessions>;
