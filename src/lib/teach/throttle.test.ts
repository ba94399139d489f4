import { describe, expect, it } from 'vitest';
import { minutesText, Throttle } from './throttle';

const MIN = 60_000;

function clock(start = 0) {
	let t = start;
	return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('Throttle', () => {
	it('allows the free failures, then locks for a doubling window up to the maximum', () => {
		const c = clock();
		const th = new Throttle({
			free: 3,
			baseMs: MIN,
			maxMs: 8 * MIN,
			forgetMs: 24 * 60 * MIN,
			now: c.now
		});
		expect(th.fail('a')).toEqual({ ok: true });
		expect(th.fail('a')).toEqual({ ok: true });
		expect(th.fail('a')).toEqual({ ok: true });
		expect(th.fail('a')).toEqual({ ok: false, retryAfterMs: MIN });
		c.advance(MIN);
		expect(th.check('a')).toEqual({ ok: true });
		expect(th.fail('a')).toEqual({ ok: false, retryAfterMs: 2 * MIN });
		c.advance(2 * MIN);
		expect(th.fail('a')).toEqual({ ok: false, retryAfterMs: 4 * MIN });
		c.advance(4 * MIN);
		expect(th.fail('a')).toEqual({ ok: false, retryAfterMs: 8 * MIN });
		c.advance(8 * MIN);
		expect(th.fail('a')).toEqual({ ok: false, retryAfterMs: 8 * MIN });
	});

	it('counts down while locked', () => {
		const c = clock();
		const th = new Throttle({
			free: 0,
			baseMs: 10 * MIN,
			maxMs: 10 * MIN,
			forgetMs: 60 * MIN,
			now: c.now
		});
		th.fail('a');
		c.advance(3 * MIN);
		expect(th.check('a')).toEqual({ ok: false, retryAfterMs: 7 * MIN });
	});

	it('keeps keys apart', () => {
		const c = clock();
		const th = new Throttle({ free: 1, baseMs: MIN, maxMs: MIN, forgetMs: 60 * MIN, now: c.now });
		th.fail('a');
		th.fail('a');
		expect(th.check('a').ok).toBe(false);
		expect(th.check('b').ok).toBe(true);
	});

	it('forgets after a success', () => {
		const c = clock();
		const th = new Throttle({ free: 1, baseMs: MIN, maxMs: MIN, forgetMs: 60 * MIN, now: c.now });
		th.fail('a');
		th.reset('a');
		expect(th.fail('a')).toEqual({ ok: true });
	});

	it('forgets a key after a quiet period', () => {
		const c = clock();
		const th = new Throttle({ free: 1, baseMs: MIN, maxMs: MIN, forgetMs: 60 * MIN, now: c.now });
		th.fail('a');
		c.advance(60 * MIN);
		expect(th.fail('a')).toEqual({ ok: true });
	});

	it('keeps at most maxKeys keys, dropping the stalest', () => {
		const c = clock();
		const th = new Throttle({
			free: 0,
			baseMs: MIN,
			maxMs: MIN,
			forgetMs: 60 * MIN,
			maxKeys: 2,
			now: c.now
		});
		th.fail('a');
		th.fail('b');
		th.fail('c');
		expect(th.size).toBe(2);
		expect(th.check('a').ok).toBe(true);
		expect(th.check('c').ok).toBe(false);
	});
});

describe('minutesText', () => {
	it.each([
		[1, '1 minute'],
		[MIN, '1 minute'],
		[MIN + 1, '2 minutes'],
		[15 * MIN, '15 minutes']
	])('%d ms → %s', (ms, text) => {
		expect(minutesText(ms)).toBe(text);
	});
});
