import { describe, expect, it } from 'vitest';
import { splitLines, trimRange } from './lines';

describe('splitLines', () => {
	it.each<[string, string, string[]]>([
		['LF', 'a\nb', ['a', 'b']],
		['CRLF counts once', 'a\r\nb\r\n', ['a', 'b', '']],
		['lone CR', 'a\rb', ['a', 'b']],
		['Unicode line and paragraph separators', 'a\u2028b\u2029c\u0085d', ['a', 'b', 'c', 'd']],
		['vertical tab and form feed', 'a\u000bb\fc', ['a', 'b', 'c']],
		['blank lines stay', 'a\n\n\nb', ['a', '', '', 'b']],
		['no break', 'abc', ['abc']],
		['empty', '', ['']]
	])('%s', (_name, text, expected) => {
		expect(splitLines(text).map((l) => text.slice(l.start, l.end))).toEqual(expected);
	});

	it('reads only the given part', () => {
		const text = 'skip\nkeep\r\nthis';
		expect(splitLines(text, 5).map((l) => text.slice(l.start, l.end))).toEqual(['keep', 'this']);
	});
});

describe('trimRange', () => {
	it('trims Unicode spaces, tabs, no-break spaces and a BOM', () => {
		const text = '\ufeff\u00a0 \tKim met Putin.\u2003 ';
		const range = trimRange(text, { start: 0, end: text.length });
		expect(text.slice(range.start, range.end)).toBe('Kim met Putin.');
	});

	it('leaves an empty range for a blank line', () => {
		const range = trimRange('   ', { start: 0, end: 3 });
		expect(range.end - range.start).toBe(0);
	});
});
