/** Internal, for the store's tests: temporary data folders and sample attempts. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Attempt, AttemptQuestion } from '$lib/quiz/types';

const made: string[] = [];

export async function tempDir(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'newsquiz-store-'));
	made.push(dir);
	return dir;
}

export async function removeTempDirs(): Promise<void> {
	await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export function sampleQuestion(n: number): AttemptQuestion {
	return {
		id: `q${n}`,
		type: 'cloze',
		stem: `Question ${n}: Kim met Russian President ____ on Wednesday.`,
		options: ['Vladimir Putin', 'Sergei Shoigu', 'Kim Jong Un', 'Joe Biden'],
		answer: 0,
		evidence: ['s5'],
		explanation: 'The article names the president.',
		difficulty: 0.3,
		article: 'kim-jong-un-russia-visit'
	};
}

/** A new attempt of `questions` questions, none answered. */
export function sampleAttempt(
	playerId: string,
	questions = 10,
	source: Attempt['source'] = { kind: 'quiz', slug: 'kim-jong-un-russia-visit' },
	startedAt = new Date().toISOString()
): Omit<Attempt, 'id'> {
	return {
		playerId,
		playerName: 'Ana',
		source,
		title: 'Kim Jong Un in Russia',
		questions: Array.from({ length: questions }, (_, i) => sampleQuestion(i + 1)),
		optionOrder: Array.from({ length: questions }, () => [2, 0, 3, 1]),
		seed: 42,
		feedback: 'each',
		answers: Array.from({ length: questions }, () => null),
		startedAt
	};
}
