/**
 * Checking a question a teacher saved (edited or written by hand). Pure: the route passes the
 * form's fields and the article's sentence ids, and shows each message next to its field.
 */

export const STEM_MAX = 300;
export const OPTION_MAX = 150;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 5;

/** The form's fields as posted: option slots in order (empty ones allowed), the key's slot. */
export interface QuestionInput {
	stem: unknown;
	/** Up to `MAX_OPTIONS` slots; blank slots are dropped. */
	options: unknown[];
	/** The slot (0-based, as a string or number) of the right answer. */
	answer: unknown;
	/** A sentence id of the article. */
	evidence: unknown;
}

export interface ValidQuestion {
	stem: string;
	options: string[];
	/** Index of the key in `options` (after blank slots are dropped). */
	answer: number;
	evidence: string;
}

export type QuestionField = 'stem' | 'options' | 'answer' | 'evidence';

/** One message per field that is wrong, for the form. */
export type QuestionErrors = Partial<Record<QuestionField, string>>;

export type QuestionCheck =
	{ ok: true; value: ValidQuestion } | { ok: false; errors: QuestionErrors };

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function clean(raw: unknown): string {
	return typeof raw === 'string' ? raw.normalize('NFC').replace(/\s+/g, ' ').trim() : '';
}

function length(text: string): number {
	return Array.from(text).length;
}

/** How two options compare for "distinct": case, spacing and final punctuation ignored. */
function sameness(option: string): string {
	return option.toLocaleLowerCase('en').replace(/[.!?]+$/, '');
}

/**
 * Checks a question: a stem of 1–`STEM_MAX` characters; `MIN_OPTIONS`–`MAX_OPTIONS` distinct
 * non-empty options of at most `OPTION_MAX` characters; exactly one key, on a non-empty option;
 * evidence that is a sentence of this article.
 */
export function validateQuestion(
	input: QuestionInput,
	sentenceIds: ReadonlySet<string> | readonly string[]
): QuestionCheck {
	const errors: QuestionErrors = {};
	const ids = sentenceIds instanceof Set ? sentenceIds : new Set(sentenceIds as readonly string[]);

	const rawStem = typeof input.stem === 'string' ? input.stem : '';
	const stem = clean(rawStem);
	if (!stem) errors.stem = 'Write the question.';
	else if (length(stem) > STEM_MAX)
		errors.stem = `Shorten the question to ${STEM_MAX} characters or fewer (it has ${length(stem)}).`;
	else if (CONTROL.test(rawStem))
		errors.stem = 'The question contains invisible control characters.';

	const slots = input.options.slice(0, MAX_OPTIONS).map(clean);
	const extra = input.options.slice(MAX_OPTIONS).some((o) => clean(o) !== '');
	const filled = slots.flatMap((text, slot) => (text ? [{ text, slot }] : []));
	const seen = new Map<string, number>();
	let duplicate: string | null = null;
	for (const { text } of filled) {
		const key = sameness(text);
		if (seen.has(key)) duplicate ??= text;
		seen.set(key, 1);
	}
	const tooLong = filled.find((o) => length(o.text) > OPTION_MAX);
	if (extra) errors.options = `Give at most ${MAX_OPTIONS} options.`;
	else if (filled.length < MIN_OPTIONS)
		errors.options = `Give at least ${MIN_OPTIONS} options (this has ${filled.length}).`;
	else if (tooLong)
		errors.options = `Shorten option “${Array.from(tooLong.text).slice(0, 30).join('')}…” to ${OPTION_MAX} characters or fewer.`;
	else if (duplicate !== null)
		errors.options = `Two options say “${duplicate}”: every option must be different.`;
	else if (input.options.some((o) => typeof o === 'string' && CONTROL.test(o)))
		errors.options = 'An option contains invisible control characters.';

	const answerSlot =
		typeof input.answer === 'number'
			? input.answer
			: typeof input.answer === 'string' && /^\d{1,2}$/.test(input.answer)
				? Number(input.answer)
				: null;
	const keyIndex = filled.findIndex((o) => o.slot === answerSlot);
	if (answerSlot === null) errors.answer = 'Mark exactly one option as the right answer.';
	else if (keyIndex === -1) errors.answer = 'The option marked as the right answer is empty.';

	const evidence = typeof input.evidence === 'string' ? input.evidence : '';
	if (!evidence) errors.evidence = 'Choose the sentence of the article that supports the answer.';
	else if (!ids.has(evidence))
		errors.evidence = 'That sentence is not in this article: choose one from the list.';

	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		value: { stem, options: filled.map((o) => o.text), answer: keyIndex, evidence }
	};
}
