/**
 * Articles teachers brought (pasted or uploaded) open at `/articles/t-<assignment id>`, so the
 * evidence links of their questions work. They join the quiz library as an unlisted source
 * holding the article only: never the assignment's questions, whose keys stay server-side.
 */
import type { Bank } from '$lib/generator/types';
import { assignmentIdOfSlug, bankArticle } from '$lib/teach/assignment';
import type { LibrarySource } from '$lib/server/library';
import { assignments } from '$lib/server/store/assignments';

export function assignmentArticlesSource(): LibrarySource {
	return {
		name: 'assignment-articles',
		// Unlisted: a class's article is reached from its questions, not from the home page.
		list: async () => [],
		async get(slug: string): Promise<Bank | undefined> {
			const id = assignmentIdOfSlug(slug);
			if (!id) return undefined;
			const a = await assignments().get(id);
			if (!a || a.article.slug !== slug) return undefined;
			return { article: bankArticle(a), questions: [] };
		}
	};
}
