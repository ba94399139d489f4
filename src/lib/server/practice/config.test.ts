import { afterEach, describe, expect, it, vi } from 'vitest';

const env: Record<string, string | undefined> = {};
vi.mock('$env/dynamic/private', () => ({ env }));

const { publicAddEnabled } = await import('./config');

afterEach(() => {
	delete env.NEWSQUIZ_PUBLIC_ADD;
});

describe('NEWSQUIZ_PUBLIC_ADD', () => {
	it.each([
		[undefined, true],
		['', true],
		['on', true],
		['1', true],
		['off', false],
		['OFF', false],
		[' 0 ', false],
		['false', false],
		['no', false]
	])('%j → adding %s', (value, enabled) => {
		env.NEWSQUIZ_PUBLIC_ADD = value;
		expect(publicAddEnabled()).toBe(enabled);
	});

	it('refuses a value it does not understand, naming it', () => {
		env.NEWSQUIZ_PUBLIC_ADD = 'maybe';
		expect(() => publicAddEnabled()).toThrow(
			/NEWSQUIZ_PUBLIC_ADD must be "on" or "off", not "maybe"/
		);
	});
});
