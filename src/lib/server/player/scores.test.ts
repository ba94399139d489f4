import { describe, expect, it } from 'vitest';
import type { AttemptSummary } from '$lib/quiz/types';
import { bestByQuiz } from './scores';

const summary = (over: Partial<AttemptSummary>): AttemptSummary => ({
	id: 'a',
	source: { kind: 'quiz', slug: 'story' },
	title: 'Story',
	total: 10,
	startedAt: '2026-01-01T00:00:00Z',
	...over
});

describe('bestByQuiz', () => {
	it('keeps the best finished score of each quiz', () => {
		const best = bestByQuiz([
			summary({ score: 6, finishedAt: 'x' }),
			summary({ score: 8, finishedAt: 'x' }),
			summary({ score: 7, finishedAt: 'x' }),
			summary({ source: { kind: 'quiz', slug: 'other' }, total: 4, score: 1, finishedAt: 'x' })
		]);
		expect(best.get('story')).toEqual({ score: 8, total: 10, percent: 80 });
		expect(best.get('other')).toEqual({ score: 1, total: 4, percent: 25 });
	});

	it('ignores attempts under way and attempts that are not quizzes', () => {
		const best = bestByQuiz([
			summary({ score: undefined }),
			summary({ source: { kind: 'review' }, score: 10, finishedAt: 'x' }),
			summary({ source: { kind: 'assignment', id: 'x' }, score: 10, finishedAt: 'x' })
		]);
		expect(best.size).toBe(0);
	});
});
