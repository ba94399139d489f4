/** Display names: 1–40 characters after trimming, any script, counted by code points. */

export const NAME_MAX = 40;

export type NameResult = { ok: true; name: string } | { ok: false; message: string };

// Control characters (tabs, newlines, NUL…) would break lists and CSV exports of names.
const CONTROL = /\p{Cc}/u;

/** Checks a name typed by a player; the message is meant to be shown next to the field. */
export function validateName(raw: unknown): NameResult {
	if (typeof raw !== 'string') return { ok: false, message: 'Please type a name.' };
	const name = raw.normalize('NFC').trim();
	const length = Array.from(name).length;
	if (length === 0) return { ok: false, message: 'Please type a name (at least one character).' };
	if (length > NAME_MAX) {
		return {
			ok: false,
			message: `Your name can be at most ${NAME_MAX} characters long; this one has ${length}.`
		};
	}
	if (CONTROL.test(name)) {
		return { ok: false, message: 'Your name cannot contain line breaks or tabs.' };
	}
	return { ok: true, name };
}
