/**
 * Checking the shape of a quiz bank read from JSON, so a bad file is refused at start-up with a
 * message naming it, instead of breaking a page in front of a student.
 */
import { QUESTION_TYPES as TYPES, type Bank, type QuestionType } from '$lib/generator/types';

export class BankError extends Error {
	constructor(
		readonly file: string,
		readonly problem: string
	) {
		super(`${file}: ${problem}`);
		this.name = 'BankError';
	}
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** The first problem found in `data`, or `null` when it is a usable bank. */
export function bankProblem(data: unknown): string | null {
	if (!isObj(data)) return 'the file is not a JSON object';
	const article = data.article;
	if (!isObj(article)) return '"article" is missing';
	if (!isText(article.slug) || !/^[a-z0-9][a-z0-9-]*$/.test(article.slug)) {
		return '"article.slug" must be lowercase letters, digits and dashes';
	}
	for (const key of ['title', 'source'] as const) {
		if (!isText(article[key])) return `"article.${key}" is missing`;
	}
	if (article.date !== undefined && typeof article.date !== 'string') {
		return '"article.date" must be a string';
	}
	if (!Array.isArray(article.sentences) || article.sentences.length === 0) {
		return '"article.sentences" must be a non-empty list';
	}
	const ids = new Set<string>();
	for (const [i, s] of article.sentences.entries()) {
		if (!isObj(s) || !isText(s.id) || typeof s.text !== 'string') {
			return `sentence ${i + 1} needs an "id" and a "text"`;
		}
		if (!Number.isInteger(s.paragraph) || (s.paragraph as number) < 0) {
			return `sentence ${s.id} needs a "paragraph" number`;
		}
		if (ids.has(s.id)) return `sentence id ${s.id} appears twice`;
		ids.add(s.id);
	}
	if (!Array.isArray(data.questions)) return '"questions" must be a list';
	const qids = new Set<string>();
	for (const [i, q] of data.questions.entries()) {
		const where = `question ${i + 1}`;
		if (!isObj(q) || !isText(q.id)) return `${where} needs an "id"`;
		if (qids.has(q.id)) return `question id ${q.id} appears twice`;
		qids.add(q.id);
		if (!TYPES.includes(q.type as QuestionType)) return `${where} has an unknown "type"`;
		if (!isText(q.stem)) return `${where} needs a "stem"`;
		const options = q.options;
		if (!Array.isArray(options) || options.length < 2 || options.length > 5) {
			return `${where} needs 2 to 5 "options"`;
		}
		if (!options.every(isText)) return `${where} has an empty option`;
		if (new Set(options).size !== options.length) return `${where} repeats an option`;
		if (
			!Number.isInteger(q.answer) ||
			(q.answer as number) < 0 ||
			(q.answer as number) >= options.length
		) {
			return `${where}: "answer" must be the index of one of its options`;
		}
		if (!Array.isArray(q.evidence) || q.evidence.length === 0) {
			return `${where} needs "evidence" (sentence ids)`;
		}
		for (const id of q.evidence) {
			if (typeof id !== 'string' || !ids.has(id))
				return `${where} cites unknown sentence ${String(id)}`;
		}
		if (typeof q.explanation !== 'string') return `${where} needs an "explanation"`;
	}
	return null;
}

/** Parses and checks a bank file's text; throws `BankError` naming `file` when it is unusable. */
export function parseBank(text: string, file: string): Bank {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		throw new BankError(file, `not valid JSON (${(e as Error).message})`);
	}
	const problem = bankProblem(data);
	if (problem) throw new BankError(file, problem);
	return data as Bank;
}
