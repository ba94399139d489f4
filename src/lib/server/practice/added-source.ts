import type { LibrarySource } from '$lib/server/library';
import { getStore } from '$lib/server/store';
import { articles } from '$lib/server/store/articles';

/** Articles players added, as a source of the quiz library (registered in the `init` hook). */
export function addedArticlesSource(): LibrarySource {
	return {
		name: 'added',
		async list() {
			const added = articles(getStore());
			const banks = await Promise.all((await added.list()).map((e) => added.get(e.slug)));
			return banks.flatMap((a) => (a ? [a.bank] : []));
		},
		async get(slug) {
			const added = articles(getStore());
			// Only what the index lists: a removed article's file left by a crash stays hidden.
			if (!(await added.list()).some((e) => e.slug === slug)) return undefined;
			return (await added.get(slug))?.bank;
		}
	};
}
