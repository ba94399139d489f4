import { describe, expect, it } from 'vitest';
import { leansBack } from './02-candidates/stem-tools';
import { generate } from './index';
import { analysisOf, articleOf } from './test-helpers';

const TEXT = [
	'Japanese communications firm Softbank has widened losses after heavy spending on a new phone service.',
	'The service, dubbed "Otoku", has had 900,000 orders.',
	'Analysts in Tokyo said the spending would hurt profits at Softbank for a year.'
].join('\n');

describe('a lead-in sentence', () => {
	it('resolves "the service" when the text itself spoke of a service before', () => {
		const an = analysisOf(TEXT);
		expect(leansBack(an, 1, 'The service, dubbed "Otoku", has had _____ orders.')).toBe(true);
		expect(
			leansBack(
				an,
				0,
				'Japanese communications firm Softbank has widened losses after heavy spending on a new phone service. The service, dubbed "Otoku", has had _____ orders.'
			)
		).toBe(false);
	});

	it('goes in front of a question that leans on it, which is then asked', () => {
		const { bank } = generate(articleOf(TEXT), { count: 3, types: ['number'] });
		const q = bank.questions.find((x) => x.stem.includes('_____ orders'));
		expect(q?.stem).toBe(
			'Japanese communications firm Softbank has widened losses after heavy spending on a new phone service. The service, dubbed "Otoku", has had _____ orders.'
		);
		expect(q?.evidence).toEqual(['s2', 's1']);
	});
});
