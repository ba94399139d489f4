/**
 * Assignments: `assignments/<id>.json`, and the table `join-codes.json` (code → assignment id).
 * A code is never handed out twice, so it is unique among open assignments and a closed
 * assignment's code still says "closed" rather than "unknown".
 */
import { randomBytes } from 'node:crypto';
import { freshJoinCode } from '../../teach/join-code';
import type { Assignment } from '$lib/teach/types';
import { getStore } from './index';
import type { Updater } from './records';
import type { Store } from './store';

export function assignments(store: Store = getStore(), random = randomBytes) {
	const all = store.records<Assignment>('assignments');
	const codes = store.table<Record<string, string>>('join-codes', {});

	return {
		get: (id: string) => all.get(id),
		create: (a: Assignment) => all.create(a),
		update: (id: string, fn: Updater<Assignment>) => all.update(id, fn),

		/** A teacher's assignments, most recently changed first. */
		async forTeacher(teacherId: string): Promise<Assignment[]> {
			return (await all.list())
				.filter((a) => a.teacherId === teacherId)
				.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
		},

		/**
		 * Whether any assignment quizzes on the library article `slug` (an added article it uses
		 * must not be removed: the evidence links of its questions point at the article's page).
		 */
		async usesArticle(slug: string): Promise<boolean> {
			return (await all.list()).some((a) => a.article.slug === slug);
		},

		/** The assignment a join code belongs to, if any (whatever its status). */
		async byCode(code: string): Promise<Assignment | undefined> {
			const id = (await codes.read())[code];
			if (id === undefined) return undefined;
			const a = await all.get(id);
			return a?.code === code ? a : undefined;
		},

		/** Opens the assignment to students, giving it a join code the first time. */
		async publish(id: string, now = new Date()): Promise<Assignment | undefined> {
			const current = await all.get(id);
			if (!current) return undefined;
			let code = current.code;
			if (!code) {
				await codes.update((table) => {
					code = freshJoinCode((c) => Object.hasOwn(table, c), random);
					table[code] = id;
				});
			}
			return all.update(id, (a) => {
				a.code = code;
				a.status = 'open';
				a.publishedAt ??= now.toISOString();
				a.updatedAt = now.toISOString();
			});
		},

		/** Stops taking answers; the code stays, so students see "closed". */
		close: (id: string, now = new Date()) =>
			all.update(id, (a) => {
				if (a.status === 'open') a.status = 'closed';
				a.updatedAt = now.toISOString();
			})
	};
}

export type Assignments = ReturnType<typeof assignments>;
