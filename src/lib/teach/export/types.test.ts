import { describe, expect, it } from 'vitest';
import { articleSentenceUrl, fileStem } from './types';

describe('articleSentenceUrl', () => {
	it('is absolute and encoded', () => {
		expect(articleSentenceUrl('https://a.example:8443', 'kim putin', 's1')).toBe(
			'https://a.example:8443/articles/kim%20putin#s1'
		);
	});
});

describe('fileStem', () => {
	it.each([
		['Kim & Putin: "talks"', 'kim-putin-talks'],
		['Zoë’s café', 'zoe-s-cafe'],
		['김정은', 'quiz'],
		['../../etc/passwd', 'etc-passwd'],
		['a'.repeat(80), 'a'.repeat(60)]
	])('%j → %j', (title, stem) => {
		expect(fileStem(title)).toBe(stem);
	});
});
