/**
 * The generator as the teacher's pages call it. Until `$lib/generator`'s public entry lands, it
 * is looked up with `import.meta.glob` so the app still builds; a missing generator is a clear
 * 503 rather than a crash.
 */
import { error } from '@sveltejs/kit';
import type { Article } from '$lib/article';
import type { Bank } from '$lib/generator/types';
import type { Generate } from '$lib/teach/make';

type GeneratorModule = { generate?: (article: Article, options?: Record<string, unknown>) => Bank };

const modules = import.meta.glob<GeneratorModule>('/src/lib/generator/index.ts', { eager: true });

function generator(): NonNullable<GeneratorModule['generate']> {
	const generate = Object.values(modules)[0]?.generate;
	if (!generate) error(503, 'The question generator is not available on this server yet.');
	return generate;
}

/** The default set of questions for an article. */
export const generateBank: Generate = (article) => generator()(article);

/** More candidates than the default, to offer another question in place of one. */
export function generateMany(article: Article): Bank {
	return generator()(article, { count: 40 });
}
