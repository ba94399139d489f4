import type { Assignment } from '$lib/teach/types';
import type { Store } from '$lib/server/store';

/**
 * Whether any teacher's assignment (draft, open or closed) was made from the library article
 * `slug`: its evidence links point at `/articles/<slug>`, so the article must stay. Reads every
 * assignment: removing an article is rare.
 */
export async function usedByAssignment(store: Store, slug: string): Promise<boolean> {
	const all = await store.records<Assignment>('assignments').list();
	return all.some((a) => a.article?.from?.kind === 'library' && a.article.from.slug === slug);
}
