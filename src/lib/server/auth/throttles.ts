/**
 * The server's throttles. They live in memory on purpose: they only slow guessing down, so
 * forgetting them on a restart costs little, and a failed guess must not cost a disk write.
 * Keys are an account's e-mail or a client address, never per-user page state.
 */
import { Throttle } from '$lib/teach/throttle';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Sign-in failures per account: 5 free, then 1, 2, 4 … up to 60 minutes. */
export const signInByAccount = new Throttle({
	free: 5,
	baseMs: MINUTE,
	maxMs: 60 * MINUTE,
	forgetMs: DAY
});

/** Sign-in failures per address (one address guessing many accounts): 20 free. */
export const signInByAddress = new Throttle({
	free: 20,
	baseMs: MINUTE,
	maxMs: 60 * MINUTE,
	forgetMs: DAY
});

/** Sign-ups per address: a classroom's shared address may make a few accounts. */
export const signUpByAddress = new Throttle({
	free: 10,
	baseMs: MINUTE,
	maxMs: 60 * MINUTE,
	forgetMs: DAY
});

/** Unknown join codes per address: a class mistypes, a guesser keeps going. */
export const joinByAddress = new Throttle({
	free: 10,
	baseMs: MINUTE,
	maxMs: 30 * MINUTE,
	forgetMs: DAY
});
