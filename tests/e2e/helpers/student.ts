/**
 * Helpers for the student's end-to-end tests: the banks the server serves (read from the same
 * questions folder), picking a name, posting forms as a browser would, and an axe scan.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unflatten } from 'devalue';

export interface BankQuestion {
	id: string;
	stem: string;
	options: string[];
	answer: number;
	evidence: string[];
	explanation: string;
}

export interface Bank {
	article: {
		slug: string;
		title: string;
		source: string;
		sentences: { id: string; text: string; paragraph: number }[];
	};
	questions: BankQuestion[];
}

const SEED = 'kim-jong-un-russia-visit';

/** The banks the server under test reads (`NEWSQUIZ_QUESTIONS_DIR`, default `questions`). */
export function banks(): Bank[] {
	const dir = process.env.NEWSQUIZ_QUESTIONS_DIR || 'questions';
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Bank);
}

/** The seed article's bank (or the first bank when the server runs on other questions). */
export function seedBank(): Bank {
	const all = banks();
	const bank = all.find((b) => b.article.slug === SEED) ?? all[0];
	if (!bank) throw new Error('No quiz bank found in the questions folder');
	return bank;
}

/** The bank question shown on the page: same options (in any order) and same stem. */
export function findQuestion(bank: Bank, stemShown: string, optionsShown: string[]): BankQuestion {
	// The shown blank reads "blank"; layout may add or drop white space around it.
	const norm = (s: string) => s.replace(/_{2,}/g, 'blank').replace(/\s+/g, '');
	const sorted = [...optionsShown].sort().join('\u0000');
	const match = bank.questions.find(
		(q) => norm(q.stem) === norm(stemShown) && [...q.options].sort().join('\u0000') === sorted
	);
	if (!match) throw new Error(`Question not in the bank: ${stemShown}`);
	return match;
}

/** Picks a display name on the home page (first visit). */
export async function pickName(page: Page, name: string): Promise<void> {
	await page.goto('/');
	await page.getByLabel('Your display name').fill(name);
	await page.getByRole('button', { name: 'Start playing' }).click();
	await expect(page.getByText(`Playing as ${name}`)).toBeVisible();
}

/** Starts the quiz of `slug` from its landing page; returns the attempt's path `/play/<id>`. */
export async function startQuiz(page: Page, slug: string): Promise<string> {
	await page.goto(`/quiz/${slug}`);
	await page.getByRole('button', { name: /Start (quiz|a new attempt)/ }).click();
	await expect(page).toHaveURL(/\/play\/[\w-]+$/);
	return new URL(page.url()).pathname;
}

/** The options shown for the current question, in display order. */
export async function shownOptions(page: Page): Promise<string[]> {
	return page
		.locator('fieldset label')
		.allInnerTexts()
		.then((t) => t.map((s) => s.trim()));
}

/** The stem as shown (the legend's text; a blank reads "blank"). */
export async function shownStem(page: Page): Promise<string> {
	return (await page.locator('fieldset legend').innerText()).trim();
}

/**
 * Posts a form the way a browser without JavaScript does (same origin, asking for HTML), with
 * the cookies of `request`'s browser context.
 */
export async function postForm(
	request: APIRequestContext,
	baseURL: string,
	path: string,
	form: Record<string, string>
) {
	return request.post(path, {
		form,
		headers: { origin: baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
}

/** Axe scan of the current page: no serious or critical violation. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
	expect(bad, `accessibility of ${what}`).toEqual([]);
}

/**
 * What the server sends the browser for the current page, in every form it takes: the HTML of
 * a fresh request and the page's serialized data (`__data.json`, decoded).
 */
export async function sentToBrowser(page: Page): Promise<{ html: string; data: unknown[] }> {
	const url = new URL(page.url());
	const html = await (await page.request.get(url.pathname + url.search)).text();
	const dataUrl = `${url.pathname.replace(/\/$/, '')}/__data.json${url.search}`;
	const json = (await (await page.request.get(dataUrl)).json()) as {
		nodes: ({ type: string; data: unknown[] } | null)[];
	};
	const data = json.nodes.map((n) => (n?.type === 'data' ? unflatten(n.data) : null));
	return { html, data };
}
