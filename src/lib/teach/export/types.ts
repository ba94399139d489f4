/** What the exporters need of a quiz: its title and questions, and how to link a sentence. */
import type { Question } from '$lib/generator/types';

export type ExportQuestion = Pick<Question, 'id' | 'stem' | 'options' | 'answer' | 'evidence'> & {
	explanation?: string;
	/** Slug of the article the evidence comes from. */
	article?: string;
	/** The evidence sentences' text, in `evidence` order (the first is quoted). */
	quotes?: { id: string; text: string }[];
};

export interface ExportQuiz {
	title: string;
	questions: readonly ExportQuestion[];
	/**
	 * Absolute URL of a sentence on its article page (exports leave the site, so relative links
	 * would break); `null` when the sentence cannot be linked.
	 */
	link: (question: ExportQuestion, sentenceId: string) => string | null;
}

/** `https://host/articles/<slug>#<sentence>`, the sentence highlighted on the article page. */
export function articleSentenceUrl(origin: string, slug: string, sentenceId: string): string {
	return new URL(`/articles/${encodeURIComponent(slug)}#${encodeURIComponent(sentenceId)}`, origin)
		.href;
}

/** The first quoted sentence of a question with its link, if any. */
export function firstQuote(
	quiz: ExportQuiz,
	q: ExportQuestion
): { text: string; url: string | null } | null {
	const quote = q.quotes?.[0];
	if (!quote) return null;
	return { text: quote.text, url: quiz.link(q, quote.id) };
}

/** Lowercase letters, digits and dashes from a title, for a download's file name. */
export function fileStem(title: string): string {
	const stem = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return stem || 'quiz';
}
