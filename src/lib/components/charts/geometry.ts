/** Axis arithmetic for the SVG charts (pure, tested). */

/** A round upper bound for counts: 1, 2, 5, 10, 20, 50… at least `max` (and at least 1). */
export function niceCeiling(max: number): number {
	if (!(max > 1)) return 1;
	const power = 10 ** Math.floor(Math.log10(max));
	for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
	return 10 * power;
}

/** Whole-number ticks from 0 to `ceiling`, at most `most` + 1 of them. */
export function ticks(ceiling: number, most = 5): number[] {
	const step = Math.max(1, Math.ceil(ceiling / most));
	const out: number[] = [];
	for (let t = 0; t <= ceiling; t += step) out.push(t);
	if (out[out.length - 1] !== ceiling) out.push(ceiling);
	return out;
}

/** "1 student" / "3 students". */
export function students(n: number): string {
	return `${n} ${n === 1 ? 'student' : 'students'}`;
}
