import { describe, expect, it } from 'vitest';
import { csvField, historyCsv, historyJson } from './export';
import { attempt } from './fixtures.test-helpers';

describe('history export', () => {
	const done = attempt('a', '2026-01-10T12:00:00.000Z', [
		['number', true],
		['cloze', false]
	]);
	const underway = attempt(
		'b',
		'2026-01-11T12:00:00.000Z',
		[
			['who', true],
			['who', null]
		],
		false
	);

	it('exports JSON with every answer, and no key for a question not yet answered', () => {
		const json = historyJson('Ada', [underway, done], new Date('2026-01-12T00:00:00Z'));
		expect(json.format).toBe('newsquiz-history');
		expect(json.player.name).toBe('Ada');
		expect(json.attempts.map((a) => a.id)).toEqual(['a', 'b']);
		expect(json.attempts[0]?.answers[1]).toMatchObject({
			choice: 'wrong one',
			key: 'right',
			correct: false,
			kind: 'filling in the missing words'
		});
		const pending = json.attempts[1]?.answers[1];
		expect(pending).toMatchObject({ key: null, choice: null, correct: null, options: [] });
		expect(JSON.stringify(json.attempts[1]?.answers[1])).not.toContain('right');
	});

	it('exports CSV, one line per answered question', () => {
		const csv = historyCsv([done, underway]);
		const lines = csv.trimEnd().split('\r\n');
		expect(lines[0]).toBe(
			'attempt,title,started,finished,score,total,question,kind,article,choice,key,correct,answered'
		);
		expect(lines).toHaveLength(1 + 2 + 1);
		expect(lines[2]).toContain(',filling in the missing words,a1,wrong one,right,no,');
		expect(lines[3]?.startsWith('b,Quiz b,')).toBe(true);
	});

	it.each([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
		['+1', "'+1"],
		['-2 dead', "'-2 dead"],
		['@cmd', "'@cmd"]
	])('quotes and defuses %j', (value, field) => {
		expect(csvField(value)).toBe(field);
	});

	it('leaves numbers and empty values as they are', () => {
		expect(csvField(-3)).toBe('-3');
		expect(csvField(null)).toBe('');
		expect(csvField(true)).toBe('true');
	});
});
