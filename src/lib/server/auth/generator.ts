/** The generator as the teacher's pages call it: the same one as everywhere in newsquiz. */
import type { Article } from '$lib/article';
import { generate } from '$lib/generator';
import type { Bank } from '$lib/generator/types';
import type { Generate } from '$lib/teach/make';

/** The default set of questions for an article. */
export const generateBank: Generate = (article) => generate(article).bank;

/** More candidates than the default, to offer another question in place of one. */
export function generateMany(article: Article): Bank {
	return generate(article, { count: 40 }).bank;
}
