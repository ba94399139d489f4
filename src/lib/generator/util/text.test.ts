import { describe, expect, it } from 'vitest';
import { closeSentence } from './text';

describe('closeSentence', () => {
	it.each([
		['Talks resume in Geneva,', 'Talks resume in Geneva.'],
		['Talks  resume in Geneva ;', 'Talks resume in Geneva.'],
		['Talks resume in Geneva.', 'Talks resume in Geneva.'],
		['Did talks resume?', 'Did talks resume?'],
		[
			'The bank said the outlook had "improved markedly."',
			'The bank said the outlook had "improved markedly."'
		],
		['The bank called the outlook "improved"', 'The bank called the outlook "improved".']
	])('%s → %s', (text, closed) => {
		expect(closeSentence(text)).toBe(closed);
	});
});
