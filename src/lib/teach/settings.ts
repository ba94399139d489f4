/**
 * The settings form: title, feedback, attempts allowed, opening and closing time, shuffles.
 * Times come from `<input type="datetime-local">` (no time zone): they are read in the server's
 * time zone, which for a school's laptop is the classroom's.
 */
import { MAX_ATTEMPTS, TITLE_MAX } from './assignment';
import type { AssignmentSettings } from './types';

export interface SettingsInput {
	title: unknown;
	feedback: unknown;
	/** `'1'`, `'n'` or `'unlimited'`. */
	attemptsMode: unknown;
	/** The n of `'n'`. */
	attemptsCount: unknown;
	opensAt: unknown;
	closesAt: unknown;
	shuffleQuestions: unknown;
	shuffleOptions: unknown;
}

export type SettingsField = 'title' | 'feedback' | 'attempts' | 'opensAt' | 'closesAt';
export type SettingsErrors = Partial<Record<SettingsField, string>>;

export type SettingsCheck =
	{ ok: true; title: string; settings: AssignmentSettings } | { ok: false; errors: SettingsErrors };

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** `YYYY-MM-DDTHH:MM` in the server's time zone → ISO; `null` for a malformed or impossible time. */
export function parseLocalTime(raw: string): string | null {
	const m = LOCAL_TIME.exec(raw);
	if (!m) return null;
	const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
	const date = new Date(y, mo - 1, d, h, mi);
	if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
	return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** ISO → the value of a `datetime-local` input in the server's time zone. */
export function toLocalInput(iso: string | null): string {
	if (!iso) return '';
	const d = new Date(iso);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function time(raw: unknown): { value: string | null } | { error: string } {
	const text = typeof raw === 'string' ? raw.trim() : '';
	if (!text) return { value: null };
	const iso = parseLocalTime(text);
	return iso ? { value: iso } : { error: 'Give a date and time such as 2026-03-02 08:30.' };
}

const on = (raw: unknown) => raw === 'on' || raw === 'true' || raw === '1';

export function parseSettings(input: SettingsInput): SettingsCheck {
	const errors: SettingsErrors = {};
	const title = typeof input.title === 'string' ? input.title.replace(/\s+/g, ' ').trim() : '';
	if (!title) errors.title = 'Give the assignment a title.';
	else if (Array.from(title).length > TITLE_MAX)
		errors.title = `Shorten the title to ${TITLE_MAX} characters or fewer.`;

	const feedback = input.feedback === 'end' ? 'end' : input.feedback === 'each' ? 'each' : null;
	if (!feedback) errors.feedback = 'Choose when students see the right answers.';

	let attempts: number | null = 1;
	if (input.attemptsMode === 'unlimited') attempts = null;
	else if (input.attemptsMode === 'n') {
		const n = typeof input.attemptsCount === 'string' ? input.attemptsCount.trim() : '';
		if (!/^\d{1,3}$/.test(n) || Number(n) < 1 || Number(n) > MAX_ATTEMPTS) {
			errors.attempts = `Give a number of attempts from 1 to ${MAX_ATTEMPTS}, or choose unlimited.`;
		} else attempts = Number(n);
	} else if (input.attemptsMode !== '1')
		errors.attempts = 'Choose how many attempts a student has.';

	const opens = time(input.opensAt);
	const closes = time(input.closesAt);
	if ('error' in opens) errors.opensAt = opens.error;
	if ('error' in closes) errors.closesAt = closes.error;
	if (
		'value' in opens &&
		'value' in closes &&
		opens.value &&
		closes.value &&
		Date.parse(closes.value) <= Date.parse(opens.value)
	) {
		errors.closesAt = 'The closing time must come after the opening time.';
	}

	if (Object.keys(errors).length > 0 || !feedback || 'error' in opens || 'error' in closes) {
		return { ok: false, errors };
	}
	return {
		ok: true,
		title,
		settings: {
			feedback,
			attempts,
			opensAt: opens.value,
			closesAt: closes.value,
			shuffleQuestions: on(input.shuffleQuestions),
			shuffleOptions: on(input.shuffleOptions)
		}
	};
}
