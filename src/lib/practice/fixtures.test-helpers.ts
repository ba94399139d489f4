/** Test-only: small attempts built by hand. */
import type { QuestionType } from '$lib/generator/types';
import type { Attempt, AttemptQuestion } from '$lib/quiz/types';

export function question(id: string, type: QuestionType, article = 'a1'): AttemptQuestion {
	return {
		id,
		type,
		stem: `Stem of ${id}?`,
		options: ['right', 'wrong one', 'wrong two'],
		answer: 0,
		evidence: ['s1'],
		explanation: 'Because.',
		difficulty: 0.5,
		article
	};
}

/** An attempt whose answers are `true` (right), `false` (wrong) or `null` (not yet). */
export function attempt(
	id: string,
	startedAt: string,
	questions: [QuestionType, boolean | null][],
	finished = true
): Attempt {
	const qs = questions.map(([type], i) => question(`q${i + 1}`, type));
	const answers = questions.map(([, right]) =>
		right === null ? null : { choice: right ? 0 : 1, correct: right, at: startedAt }
	);
	const score = answers.filter((a) => a?.correct).length;
	return {
		id,
		playerId: 'p1',
		playerName: 'Ada',
		source: { kind: 'quiz', slug: 'a1' },
		title: `Quiz ${id}`,
		questions: qs,
		optionOrder: qs.map(() => [0, 1, 2]),
		seed: 1,
		feedback: 'each',
		answers,
		startedAt,
		...(finished ? { finishedAt: startedAt, score } : {})
	};
}
