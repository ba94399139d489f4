export type ArticleErrorCode =
	'empty' | 'binary' | 'too-large' | 'no-title' | 'unreadable' | 'no-sentences';

/**
 * The only error `readArticle` throws. `message` is meant for the person who supplied the file:
 * it says what is wrong and, where it can, what to do about it.
 */
export class ArticleError extends Error {
	readonly code: ArticleErrorCode;

	constructor(code: ArticleErrorCode, message: string) {
		super(message);
		this.name = 'ArticleError';
		this.code = code;
	}
}

/** Type guard for callers that catch `unknown`. */
export function isArticleError(error: unknown): error is ArticleError {
	return error instanceof ArticleError;
}
