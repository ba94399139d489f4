import { describe, expect, it } from 'vitest';
import { matchesQuery, queryWords, search } from './search';

const kim = { title: 'Kim Jong Un inspects Russian bombers', source: 'Reuters via NDTV' };
const zurich = { title: 'Zürich’s café prices rise', source: 'Le Temps' };

describe('library search', () => {
	it.each([
		['', kim, true],
		['   ', kim, true],
		['kim', kim, true],
		['KIM', kim, true],
		['russian reuters', kim, true],
		['ndtv', kim, true],
		['bomb', kim, true],
		['putin', kim, false],
		['kim putin', kim, false],
		['zurich', zurich, true],
		['cafe', zurich, true],
		['Zürich’s', zurich, true],
		['temps', zurich, true],
		['reuters', zurich, false]
	])('%j in %o → %s', (q, entry, expected) => {
		expect(matchesQuery(entry, q)).toBe(expected);
	});

	it('keeps the order of the entries', () => {
		expect(search([zurich, kim], 'e')).toEqual([zurich, kim]);
		expect(search([zurich, kim], 'russian')).toEqual([kim]);
	});

	it('caps a pasted query', () => {
		expect(queryWords('a '.repeat(500))).toHaveLength(10);
		expect(queryWords('x'.repeat(500))[0]).toHaveLength(40);
	});
});
