import { describe, expect, it } from 'vitest';
import type { Sentence } from './types';

describe('article model', () => {
	it('a sentence is a slice of its source', () => {
		const source = 'One. Two.';
		const s: Sentence = { id: 's2', text: 'Two.', paragraph: 0, start: 5, end: 9 };
		expect(source.slice(s.start, s.end)).toBe(s.text);
	});
});
