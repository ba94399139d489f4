import type { QuestionType } from '$lib/generator/types';

/** What each kind of question tests, in words a player understands. */
export const TYPE_LABELS: Record<QuestionType, string> = {
	cloze: 'filling in the missing words',
	who: 'who did what',
	what: 'what someone did',
	attribution: 'who said it',
	number: 'numbers and dates',
	statement: 'true or false statements',
	evidence: 'finding the evidence'
};

/** The human label of a question type; an unknown type keeps its own name. */
export function typeLabel(type: string): string {
	return (TYPE_LABELS as Record<string, string>)[type] ?? type;
}
