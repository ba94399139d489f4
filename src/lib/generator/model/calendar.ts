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
/** A month as the news writes it: "September", "Sept.", "Aug". */
export const MONTH_NAME = `${MONTHS.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec`;
const MONTH_DAY = new RegExp(
	`\\b(${MONTH_NAME})\\.? (\\d{1,2})\\b|\\b(\\d{1,2}) (${MONTH_NAME})\\b`,
	'g'
);

/** Does the text name a day no month has ("February 30", "31 April", "Sept. 40")? */
export function impossibleDate(text: string): boolean {
	for (const m of text.matchAll(MONTH_DAY)) {
		const name = m[1] ?? m[4] ?? '';
		const month = MONTHS.findIndex((x) => x.startsWith(name.slice(0, 3)));
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
