/**
 * Days with a quiz, counted in the player's own time zone: a quiz at 23:30 in New York and
 * one at 00:30 the next morning are two days there, even though both fall on one UTC day.
 */

/** The time zone used when the player's is unknown or not a real IANA name. */
export const DEFAULT_TIME_ZONE = 'UTC';

/** `zone` if the runtime knows it as a time zone, else UTC. Never throws. */
export function safeTimeZone(zone: string | null | undefined): string {
	if (!zone || zone.length > 64) return DEFAULT_TIME_ZONE;
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: zone });
		return zone;
	} catch {
		return DEFAULT_TIME_ZONE;
	}
}

/** The calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
export function dayKey(at: Date | string, timeZone: string): string {
	const date = typeof at === 'string' ? new Date(at) : at;
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: safeTimeZone(timeZone),
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).formatToParts(date);
	const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
	return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The day before a `YYYY-MM-DD` day, as a calendar day (no time zone involved). */
export function previousDay(day: string): string {
	const d = new Date(`${day}T12:00:00.000Z`);
	d.setUTCDate(d.getUTCDate() - 1);
	return d.toISOString().slice(0, 10);
}

/**
 * The current streak: consecutive days with at least one quiz, ending today — or yesterday,
 * since a streak is not broken until a whole day passes without a quiz.
 */
export function currentStreak(times: (Date | string)[], now: Date, timeZone: string): number {
	const days = new Set(times.map((t) => dayKey(t, timeZone)));
	let day = dayKey(now, timeZone);
	if (!days.has(day)) day = previousDay(day);
	let streak = 0;
	while (days.has(day)) {
		streak++;
		day = previousDay(day);
	}
	return streak;
}
