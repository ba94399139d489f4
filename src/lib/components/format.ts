import { MONTHS } from '$lib/generator/model/calendar';

/** Formats an ISO date (`2023-09-17`) as "17 September 2023", the same on server and browser. */
export function formatDate(iso: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	if (!match) return iso;
	const month = MONTHS[Number(match[2]) - 1];
	return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}
