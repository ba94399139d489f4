import { describe, expect, it } from 'vitest';
import type { ClassResults, StudentRow } from '$lib/teach/stats';
import { BOM, csvCell, gradebookCsv, toCsv } from './csv';

describe('csvCell', () => {
	it.each([
		['plain', 'plain'],
		['Zoë 김정은', 'Zoë 김정은'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\rhere', '"cr\rhere"'],
		['=1+2', "'=1+2"],
		['+33 6 12', "'+33 6 12"],
		['-2', "'-2"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tTab', "'\tTab"],
		['\rCR', '"\'\rCR"'],
		['=HYPERLINK("http://evil","x")', '"\'=HYPERLINK(""http://evil"",""x"")"'],
		['a=b', 'a=b'],
		[' =not first', ' =not first'],
		['<script>alert(1)</script>', '<script>alert(1)</script>'],
		['', ''],
		[null, ''],
		[42, '42'],
		[0, '0']
	])('%j → %j', (value, cell) => {
		expect(csvCell(value)).toBe(cell);
	});
});

describe('toCsv', () => {
	it('starts with a BOM and ends every row with CRLF', () => {
		expect(
			toCsv([
				['a', 1],
				['b,c', null]
			])
		).toBe(`${BOM}a,1\r\n"b,c",\r\n`);
	});
});

describe('gradebookCsv', () => {
	const row = (over: Partial<StudentRow>): StudentRow => ({
		attemptId: 'a',
		playerId: 'p',
		name: 'Ana',
		attempt: 1,
		attempts: 1,
		answered: 4,
		total: 4,
		score: 3,
		percent: 75,
		startedAt: '2026-11-28T09:00:00.000Z',
		finishedAt: '2026-11-28T09:04:05.000Z',
		seconds: 245,
		finished: true,
		counted: true,
		...over
	});
	const results = {
		students: [
			row({}),
			row({
				name: "=cmd|' /C calc'!A0",
				answered: 1,
				score: 1,
				percent: 25,
				finished: false,
				finishedAt: null,
				seconds: null
			}),
			row({ name: '<img src=x onerror=alert(1)>', attempt: 2, counted: false })
		]
	} as ClassResults;

	it('writes one row per attempt with neutralised names', () => {
		const lines = gradebookCsv(results).slice(1).split('\r\n');
		expect(lines).toEqual([
			'Name,Attempt,Counted in statistics,Status,Score,Out of,Per cent,Started (UTC),Finished (UTC),Time taken (s)',
			'Ana,1,yes,finished,3,4,75,2026-11-28T09:00:00.000Z,2026-11-28T09:04:05.000Z,245',
			"'=cmd|' /C calc'!A0,1,yes,in progress (1 of 4 answered),1,4,25,2026-11-28T09:00:00.000Z,,",
			'<img src=x onerror=alert(1)>,2,no,finished,3,4,75,2026-11-28T09:00:00.000Z,2026-11-28T09:04:05.000Z,245',
			''
		]);
	});
});
