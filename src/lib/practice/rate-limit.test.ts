import { describe, expect, it } from 'vitest';
import { takeSlot } from './rate-limit';

const t0 = new Date('2026-01-01T10:00:00.000Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const limit = { max: 3, windowMs: 60 * 60_000 };

describe('takeSlot', () => {
	it('allows up to the limit within the window, then refuses with a wait', () => {
		let times: string[] = [];
		for (const m of [0, 10, 20]) {
			const d = takeSlot(times, at(m), limit);
			expect(d.ok).toBe(true);
			times = d.times;
		}
		const refused = takeSlot(times, at(30), limit);
		expect(refused.ok).toBe(false);
		if (!refused.ok) expect(refused.retryAfterSeconds).toBe(30 * 60);
		expect(refused.times).toHaveLength(3);
	});

	it('frees a slot when the oldest event leaves the window', () => {
		const times = [at(0), at(10), at(20)].map((d) => d.toISOString());
		expect(takeSlot(times, at(59), limit).ok).toBe(false);
		const d = takeSlot(times, at(60), limit);
		expect(d.ok).toBe(true);
		expect(d.times).toEqual([at(10), at(20), at(60)].map((x) => x.toISOString()));
	});

	it('defaults to 10 an hour', () => {
		const times = Array.from({ length: 10 }, (_, i) => at(i).toISOString());
		expect(takeSlot(times.slice(0, 9), at(10)).ok).toBe(true);
		expect(takeSlot(times, at(10)).ok).toBe(false);
	});
});
