/**
 * The review queue of each player: every question they answered wrongly, scheduled like Leitner
 * boxes (`$lib/practice/leitner`). One file per player (`reviews/<playerId>.json`) holding a
 * snapshot of each question, so a review plays the question as it was missed even if its
 * article's bank changes or the article is removed.
 */
import { afterReview, afterWrong, dueItems, type Schedule } from '$lib/practice/leitner';
import type { Attempt, AttemptQuestion } from '$lib/quiz/types';
import type { Store } from './store';
import { upsert } from './upsert';

export interface ReviewItem extends Schedule {
	/** `<article slug>:<question id>`. */
	key: string;
	question: AttemptQuestion;
	/** When it was last answered wrongly. */
	missedAt: string;
	/** Review answers given, right or wrong. */
	reviews: number;
}

export interface ReviewQueue {
	/** The player's id. */
	id: string;
	items: ReviewItem[];
}

export function reviewKey(question: Pick<AttemptQuestion, 'article' | 'id'>): string {
	return `${question.article}:${question.id}`;
}

export interface Reviews {
	/** Puts a wrongly answered question in box 0, due at once (a fresh snapshot replaces the old). */
	missed(playerId: string, question: AttemptQuestion, now?: Date): Promise<void>;
	/** Moves a question after a review answer; unknown keys are ignored. */
	reviewed(playerId: string, key: string, correct: boolean, now?: Date): Promise<void>;
	/**
	 * Feeds the queue from one recorded answer of a saved attempt: in a review attempt the answer
	 * moves the question between boxes; in any other, a wrong answer queues it.
	 */
	onAnswer(attempt: Attempt, position: number, now?: Date): Promise<void>;
	/** Due items, longest waiting first. */
	due(playerId: string, now?: Date): Promise<ReviewItem[]>;
	dueCount(playerId: string, now?: Date): Promise<number>;
	/** Every queued item (due or not). */
	all(playerId: string): Promise<ReviewItem[]>;
}

export function reviews(store: Store): Reviews {
	const queues = store.records<ReviewQueue>('reviews');
	const empty = (id: string) => (): ReviewQueue => ({ id, items: [] });
	const items = async (playerId: string) => (await queues.get(playerId))?.items ?? [];

	const api: Reviews = {
		async missed(playerId, question, now = new Date()) {
			const key = reviewKey(question);
			await upsert(queues, playerId, empty(playerId), (q) => {
				const old = q.items.find((i) => i.key === key);
				const item: ReviewItem = {
					key,
					question: structuredClone(question),
					...afterWrong(now),
					missedAt: now.toISOString(),
					reviews: old?.reviews ?? 0
				};
				q.items = [...q.items.filter((i) => i.key !== key), item];
			});
		},

		async reviewed(playerId, key, correct, now = new Date()) {
			await queues.update(playerId, (q) => {
				const item = q.items.find((i) => i.key === key);
				if (!item) return;
				Object.assign(item, afterReview(item, correct, now));
				item.reviews += 1;
				if (!correct) item.missedAt = now.toISOString();
			});
		},

		async onAnswer(attempt, position, now = new Date()) {
			const question = attempt.questions[position];
			const answer = attempt.answers[position];
			if (!question || !answer) return;
			if (attempt.source.kind === 'review') {
				await api.reviewed(attempt.playerId, reviewKey(question), answer.correct, now);
			} else if (!answer.correct) {
				await api.missed(attempt.playerId, question, now);
			}
		},

		async due(playerId, now = new Date()) {
			return dueItems(await items(playerId), now);
		},

		async dueCount(playerId, now = new Date()) {
			return (await api.due(playerId, now)).length;
		},

		all: items
	};
	return api;
}
