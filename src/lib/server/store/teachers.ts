/**
 * Teacher accounts: `teachers/<id>.json`, and the table `teacher-emails.json` (e-mail → id) that
 * keeps e-mails unique. The password is stored as an scrypt hash only.
 */
import type { Teacher } from '$lib/teach/types';
import { StoreInputError } from './errors';
import { randomId } from './ids';
import { getStore } from './index';
import type { Store } from './store';

/** An account with that e-mail exists already. */
export class EmailTakenError extends StoreInputError {
	constructor() {
		super('An account with this e-mail address exists already.');
		this.name = 'EmailTakenError';
	}
}

export interface NewTeacher {
	/** Already normalized (`normalizeEmail`). */
	email: string;
	name: string;
	passwordHash: string;
	now?: Date;
}

export function teachers(store: Store = getStore()) {
	const all = store.records<Teacher>('teachers');
	const emails = store.table<Record<string, string>>('teacher-emails', {});
	return {
		get: (id: string) => all.get(id),

		async byEmail(email: string): Promise<Teacher | undefined> {
			const id = (await emails.read())[email];
			return id === undefined ? undefined : all.get(id);
		},

		/** Creates the account; throws `EmailTakenError` (nothing written) for a known e-mail. */
		async create({ email, name, passwordHash, now = new Date() }: NewTeacher): Promise<Teacher> {
			const teacher: Teacher = {
				id: randomId(16),
				email,
				name,
				passwordHash,
				createdAt: now.toISOString()
			};
			// The record is written under the e-mail table's lock, before the table: a crash in
			// between leaves an unreachable record, never an e-mail pointing at nothing.
			await emails.update(async (table) => {
				if (Object.hasOwn(table, email)) throw new EmailTakenError();
				await all.create(teacher);
				table[email] = teacher.id;
			});
			return teacher;
		},

		/** Sets a new password hash; `undefined` when there is no such teacher. */
		setPasswordHash: (id: string, passwordHash: string) =>
			all.update(id, (t) => {
				t.passwordHash = passwordHash;
			})
	};
}

export type Teachers = ReturnType<typeof teachers>;
