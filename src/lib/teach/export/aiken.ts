/**
 * Aiken: the plainest format Moodle imports. One line of question, options `A. …`, then
 * `ANSWER: X`, a blank line between questions. Everything must fit on one line, and Moodle reads
 * a line starting with `A. ` or `A) ` as an option and `ANSWER:` as the key (after trimming it),
 * so a stem that starts that way gets a `Q: ` in front. No feedback: the format has none.
 * See https://docs.moodle.org/en/Aiken_format.
 */
import { oneLine } from './text';
import type { ExportQuiz } from './types';

export const AIKEN_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const LOOKS_LIKE_OPTION_OR_KEY = /^(?:[A-Z][.)]\s|ANSWER:)/i;

export function aikenStem(stem: string): string {
	const line = oneLine(stem);
	return LOOKS_LIKE_OPTION_OR_KEY.test(line) ? `Q: ${line}` : line;
}

export function toAiken(quiz: ExportQuiz): string {
	return quiz.questions
		.map((q) => {
			const lines = [aikenStem(q.stem)];
			q.options.forEach((option, j) => lines.push(`${AIKEN_LETTERS[j]}. ${oneLine(option)}`));
			lines.push(`ANSWER: ${AIKEN_LETTERS[q.answer]}`);
			return lines.join('\n');
		})
		.join('\n\n')
		.concat('\n');
}
