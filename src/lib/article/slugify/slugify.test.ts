import { describe, expect, it } from 'vitest';
import { slugify } from './slugify';

describe('slugify', () => {
	it.each([
		['Kim Jong Un inspects Russian bombers', 'kim-jong-un-inspects-russian-bombers'],
		["Russia's RIA: a 'fresh heyday'?", 'russias-ria-a-fresh-heyday'],
		['  Café au lait — Zürich 2023  ', 'cafe-au-lait-zurich-2023'],
		['kim-jong-un-russia-visit', 'kim-jong-un-russia-visit'],
		['U.S. and U.N.', 'u-s-and-u-n']
	])('%s → %s', (title, slug) => {
		expect(slugify(title)).toBe(slug);
	});

	it('cuts long titles at a word boundary, at most 80 characters', () => {
		const slug = slugify('word '.repeat(40));
		expect(slug.length).toBeLessThanOrEqual(80);
		expect(slug.endsWith('word')).toBe(true);
	});

	it('gives titles without Latin letters a stable hash', () => {
		expect(slugify('金正恩访问俄罗斯')).toMatch(/^article-[0-9a-f]{8}$/);
		expect(slugify('金正恩访问俄罗斯')).toBe(slugify('金正恩访问俄罗斯'));
		expect(slugify('金正恩访问俄罗斯')).not.toBe(slugify('普京'));
	});
});
