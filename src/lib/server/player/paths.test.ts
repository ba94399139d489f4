import { describe, expect, it } from 'vitest';
import { localPath } from './paths';

describe('localPath', () => {
	it.each([
		['/', '/'],
		['/play/abc?q=2', '/play/abc?q=2'],
		['/quiz/kim-jong-un-russia-visit', '/quiz/kim-jong-un-russia-visit'],
		['/play/abc/results#q3', '/play/abc/results#q3']
	])('keeps the local path %j', (raw, expected) => {
		expect(localPath(raw)).toBe(expected);
	});

	it.each([
		[null],
		[''],
		['https://evil.example/'],
		['//evil.example/path'],
		['/\\evil.example'],
		['javascript:alert(1)'],
		['play/abc'],
		['/a\nb'],
		['/' + 'a'.repeat(600)]
	])('refuses %j', (raw) => {
		expect(localPath(raw, '/home')).toBe('/home');
	});
});
