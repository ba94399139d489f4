export const WEEKDAYS = [
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
] as const;

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

const DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_DAY = new RegExp(
	`\\b(${MONTHS.join('|')})\\.? (\\d{1,2})\\b|\\b(\\d{1,2}) (${MONTHS.join('|')})\\b`,
	'g'
);

/** Does the text name a day no month has ("February 30", "31 April")? */
export function impossibleDate(text: string): boolean {
	for (const m of text.matchAll(MONTH_DAY)) {
		const month = (MONTHS as readonly string[]).indexOf(m[1] ?? m[4] ?? '');
		const day = Number(m[2] ?? m[3]);
		if (month >= 0 && (day < 1 || day > (DAYS_IN[month] ?? 31))) return true;
	}
	return false;
}

/** The weekdays some options name and others do not: what a question's options differ in. */
export function daysVaried(options: readonly string[]): string[] {
	const has = (o: string, d: string) => new RegExp(`\\b${d}\\b`, 'i').test(o);
	return WEEKDAYS.filter((d) => options.some((o) => has(o, d)) && !options.every((o) => has(o, d)));
}
