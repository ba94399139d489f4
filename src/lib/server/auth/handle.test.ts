import { describe, expect, it } from 'vitest';
import { needsTeacher } from './handle';

describe('needsTeacher', () => {
	it.each([
		['/teach', true],
		['/teach/', true],
		['/teach/new', true],
		['/teach/abc/review', true],
		['/teach/abc/export/csv', true],
		['/teach/signout', true],
		['/teach/signin', false],
		['/teach/signin/', false],
		['/teach/signup', false],
		['/teachers', false],
		['/join/ACDEFG', false],
		['/', false]
	])('%s → %s', (path, expected) => {
		expect(needsTeacher(path)).toBe(expected);
	});
});
