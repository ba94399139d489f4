/**
 * The article model: reading `.txt` / `.md` / `.html`, cleaning feed boilerplate, splitting
 * sentences. Pure TypeScript; the only public entry of `$lib/article`.
 */
export { readArticle, defaultReadOptions, type ReadOptions } from './read-article/readArticle';
export { ArticleError, isArticleError, type ArticleErrorCode } from './errors/ArticleError';
export { slugify } from './slugify/slugify';
export { cleanBody, classifyLine, type CleanOptions, type Cleaning } from './02-clean/clean';
export { splitSentences } from './03-sentences/split';
export type {
	Article,
	ArticleFormat,
	ArticleInput,
	ArticleMeta,
	Drop,
	DropRule,
	Sentence
} from './types';
