import { describe, expect, it } from 'vitest';
import { attempt } from './fixtures.test-helpers';
import { accuracyByType, summarise, toRow } from './history';

describe('history statistics', () => {
	const attempts = [
		attempt('a', '2026-01-10T12:00:00.000Z', [
			['number', true],
			['number', false],
			['cloze', true]
		]),
		attempt('b', '2026-01-12T12:00:00.000Z', [
			['number', true],
			['number', true],
			['number', false],
			['who', false]
		]),
		// Unfinished: in the list, not in the statistics.
		attempt(
			'c',
			'2026-01-13T12:00:00.000Z',
			[
				['number', false],
				['number', null]
			],
			false
		)
	];

	it('gives accuracy by kind of question with human labels', () => {
		const acc = accuracyByType(attempts);
		expect(acc).toEqual([
			{ type: 'cloze', label: 'filling in the missing words', right: 1, total: 1, percent: 100 },
			{ type: 'number', label: 'numbers and dates', right: 3, total: 5, percent: 60 },
			{ type: 'who', label: 'who did what', right: 0, total: 1, percent: 0 }
		]);
	});

	it('lists attempts newest first, with score only when finished', () => {
		const h = summarise(attempts, new Date('2026-01-13T18:00:00Z'), 'UTC');
		expect(h.rows.map((r) => r.id)).toEqual(['c', 'b', 'a']);
		expect(h.rows[0]).toMatchObject({ answered: 1, total: 2 });
		expect(h.rows[0]?.score).toBeUndefined();
		expect(h.rows[1]).toMatchObject({ score: 2, total: 4, percent: 50 });
		expect(h.rows[2]).toMatchObject({ score: 2, total: 3, percent: 67, slug: 'a1' });
	});

	it('charts finished attempts oldest first and averages them', () => {
		const h = summarise(attempts, new Date('2026-01-13T18:00:00Z'), 'UTC');
		expect(h.points.map((p) => p.percent)).toEqual([67, 50]);
		expect(h.finished).toBe(2);
		expect(h.average).toBe(59);
	});

	it('counts the streak from finished quizzes in the player zone', () => {
		const late = attempt('x', '2026-01-15T04:30:00.000Z', [['cloze', true]]);
		const early = attempt('y', '2026-01-15T05:30:00.000Z', [['cloze', true]]);
		const now = new Date('2026-01-15T15:00:00Z');
		expect(summarise([late, early], now, 'America/New_York').streak).toBe(2);
		expect(summarise([late, early], now, 'UTC').streak).toBe(1);
	});

	it('is empty and calm with no attempts', () => {
		const h = summarise([], new Date(), 'UTC');
		expect(h).toMatchObject({ rows: [], points: [], accuracy: [], streak: 0, average: null });
	});

	it('marks a review attempt as such', () => {
		const a = attempt('r', '2026-01-10T12:00:00.000Z', [['cloze', true]]);
		a.source = { kind: 'review' };
		const row = toRow(a);
		expect(row.kind).toBe('review');
		expect(row.slug).toBeUndefined();
	});
});
