/**
 * Moodle GIFT. Every text is HTML (the `[html]` marker), so a stem such as "a < b" shows as
 * written, and then GIFT-escaped: `\` first, then `~ = # { } :`, and line breaks as `\n`.
 * The general feedback (`####`) carries the explanation, the quote and an absolute link to the
 * sentence. See https://docs.moodle.org/en/GIFT_format.
 */
import { inQuotes } from '$lib/quiz/view';
import { escapeHtml, oneLine } from './text';
import { firstQuote, type ExportQuiz } from './types';

/** Text → GIFT text (special characters escaped, line breaks as `\n`). */
export function escapeGift(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/[~=#{}:]/g, (c) => `\\${c}`)
		.replace(/\r\n?|\n/g, '\\n');
}

/** The general feedback as HTML: explanation, “quote”, link. */
export function feedbackHtml(quiz: ExportQuiz, q: ExportQuiz['questions'][number]): string {
	const parts: string[] = [];
	if (q.explanation) parts.push(`<p>${escapeHtml(q.explanation)}</p>`);
	const quote = firstQuote(quiz, q);
	if (quote) {
		parts.push(`<blockquote>${escapeHtml(inQuotes(quote.text))}</blockquote>`);
		if (quote.url) {
			parts.push(`<p><a href="${escapeHtml(quote.url)}">Read the sentence in the article</a></p>`);
		}
	}
	return parts.join('');
}

/**
 * Text → the HTML of a GIFT stem or answer. An answer that starts with `[` would be read as a
 * format marker (`[html]`) and one that starts with `%` as a weight (`%50%`), so a leading `[`
 * or `%` becomes a character reference. (`->`, the matching arrow, is already `-&gt;`.)
 */
function giftHtml(text: string): string {
	return escapeHtml(text).replace(/^[[%]/, (c) => `&#${c.charCodeAt(0)};`);
}

export function toGift(quiz: ExportQuiz): string {
	const out: string[] = [
		`// ${oneLine(quiz.title)}`,
		'// Exported from newsquiz: each key is supported by the quoted sentence of the article.',
		''
	];
	quiz.questions.forEach((q, i) => {
		out.push(`::Q${i + 1}::[html]${escapeGift(giftHtml(q.stem))} {`);
		q.options.forEach((option, j) => {
			out.push(`${j === q.answer ? '=' : '~'}${escapeGift(giftHtml(option))}`);
		});
		const feedback = feedbackHtml(quiz, q);
		if (feedback) out.push(`####[html]${escapeGift(feedback)}`);
		out.push('}', '');
	});
	return out.join('\n');
}
