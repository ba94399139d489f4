import { describe, expect, it } from 'vitest';
import type { Assignment } from '$lib/teach/types';
import {
	assignmentExport,
	assignmentQuestions,
	contentDisposition,
	isExportFormat
} from './assignment';

const assignment = {
	id: 'asg1',
	teacherId: 't1',
	title: 'Kim & Putin "talks"\r\nX-Injected: 1',
	article: {
		slug: 't-asg1',
		title: 'Kim meets Putin',
		source: 'Wire',
		sentences: [
			{ id: 's1', text: 'Kim met Putin on Wednesday.', paragraph: 0 },
			{ id: 's2', text: 'They talked for five hours.', paragraph: 0 }
		],
		from: { kind: 'text' }
	},
	questions: [
		{
			id: 'q2',
			type: 'cloze',
			stem: 'They talked for ____ hours.',
			options: ['five', 'two'],
			answer: 0,
			evidence: ['s2', 'gone'],
			explanation: 'Five hours.',
			difficulty: 0.3,
			origin: 'edited'
		}
	],
	generated: [],
	settings: {
		feedback: 'each',
		attempts: 1,
		opensAt: null,
		closesAt: null,
		shuffleQuestions: true,
		shuffleOptions: true
	},
	status: 'open',
	code: 'ACDEFG',
	createdAt: '2026-11-28T09:00:00.000Z',
	updatedAt: '2026-11-28T09:00:00.000Z',
	publishedAt: null
} satisfies Assignment;

describe('assignment exports', () => {
	it('gives each question its article and the quotes of the evidence that exists', () => {
		expect(assignmentQuestions(assignment)).toEqual([
			{
				id: 'q2',
				stem: 'They talked for ____ hours.',
				options: ['five', 'two'],
				answer: 0,
				evidence: ['s2', 'gone'],
				explanation: 'Five hours.',
				article: 't-asg1',
				quotes: [{ id: 's2', text: 'They talked for five hours.' }]
			}
		]);
	});

	it('links sentences absolutely on the origin', () => {
		const quiz = assignmentExport(assignment, 'http://127.0.0.1:4203');
		expect(quiz.link(quiz.questions[0]!, 's2')).toBe('http://127.0.0.1:4203/articles/t-asg1#s2');
	});

	it('makes a safe download name whatever the title', () => {
		expect(contentDisposition(assignment.title, 'csv')).toBe(
			'attachment; filename="kim-putin-talks-x-injected-1-results.csv"'
		);
		expect(contentDisposition('', 'xml')).toBe('attachment; filename="quiz.moodle.xml"');
	});

	it.each([
		['csv', true],
		['gift', true],
		['xml', true],
		['aiken', true],
		['pdf', false],
		['toString', false],
		['__proto__', false]
	])('format %j known: %j', (name, known) => {
		expect(isExportFormat(name)).toBe(known);
	});
});
