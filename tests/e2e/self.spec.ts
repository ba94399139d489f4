/**
 * Self-testing (issue 5), with JavaScript on and off: add an article, play it, review the
 * mistake until it leaves the due list, export the history, carry it to a fresh browser with
 * the recovery code. Both projects share one server and data folder, so the second project's
 * paste of the same text also checks that it leads to the same quiz.
 */
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	expectAccessible,
	findQuestion,
	pickName,
	postForm,
	shownOptions,
	shownStem,
	type Bank
} from './helpers/student';

// The data folder playwright.config.ts gives the server on this port.
const DATA_DIR = `test-results/e2e-data-${process.env.E2E_PORT ?? 4173}`;

// Days are counted in the browser's zone when a script can tell it: fix it for every machine.
test.use({ timezoneId: 'UTC' });

const HEADLINE = 'Harbour city opens new bridge after six years of work';
const BODY = `The mayor of Porto Alegre, Sebastião Melo, opened the new Guaíba bridge on Tuesday, six years after construction began in 2018.
The bridge is 2.9 kilometres long and cost 650 million reais, according to the state transport department.
About 40,000 vehicles are expected to cross it every day, the department said.
Engineers from the Federal University of Rio Grande do Sul tested the structure for three weeks in March.
Melo said the bridge would "change how people move between the islands and the centre".
Critics, including the local association of fishermen, said the project had taken too long and had cost twice the first estimate.
The old bridge, built in 1958, will stay open for cyclists and pedestrians.
Governor Eduardo Leite, who attended the ceremony, promised a second project on the northern road by 2027.`;

/** The bank the server stored for an added article (the test peeks; the browser never sees it). */
function storedBank(slug: string): Bank {
	const file = join(DATA_DIR, 'articles', `${slug}.json`);
	return (JSON.parse(readFileSync(file, 'utf8')) as { bank: Bank }).bank;
}

function player(info: TestInfo, who: string): string {
	return `${who} ${info.project.name}`;
}

async function addArticle(page: Page): Promise<string> {
	await page.goto('/add');
	await page.getByLabel('Headline').fill(HEADLINE);
	await page.getByLabel('Article text').fill(BODY);
	await page.getByLabel('Source (optional)').first().fill('Test Gazette');
	await page.getByRole('button', { name: 'Make the quiz', exact: true }).click();
	await expect(page).toHaveURL(/\/quiz\/harbour-city-opens-new-bridge-after-[0-9a-f]{10}\?added=/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
	return new URL(page.url()).pathname.split('/')[2] ?? '';
}

/**
 * Answers every question of the attempt on screen, each wrongly when `wrong(i)` says so, using
 * the stored banks to know the key. Ends on the results page.
 */
async function playAll(page: Page, banks: Bank[], wrong: (i: number) => boolean) {
	for (let i = 0; ; i++) {
		if (/\/results$/.test(new URL(page.url()).pathname)) return;
		const stem = await shownStem(page);
		const options = await shownOptions(page);
		const bank = banks.find((b) => {
			try {
				findQuestion(b, stem, options);
				return true;
			} catch {
				return false;
			}
		});
		if (!bank) throw new Error(`question not in any bank: ${stem}`);
		const q = findQuestion(bank, stem, options);
		const key = q.options[q.answer] ?? '';
		const pick = wrong(i) ? (options.find((o) => o !== key) ?? '') : key;
		await page.getByLabel(pick, { exact: true }).check();
		await page.getByRole('button', { name: 'Submit answer' }).click();
		await expect(page.getByText(wrong(i) ? 'Not quite.' : 'Right!')).toBeVisible();
		const next = page.getByRole('link', { name: /Next question|See your results/ });
		await next.click();
		await expect(page).toHaveURL(/\/play\/[\w-]+(\/results)?$/);
	}
}

async function dueOnHome(page: Page): Promise<string> {
	await page.goto('/');
	return (await page.getByTestId('review-due').innerText()).trim();
}

async function freshPage(browser: Browser, info: TestInfo): Promise<Page> {
	const context = await browser.newContext({
		baseURL: info.project.use.baseURL,
		javaScriptEnabled: info.project.use.javaScriptEnabled
	});
	return context.newPage();
}

/**
 * Axe scan of the page on screen. axe is a script: without JavaScript, scan the same
 * server-rendered page in a context where scripts may run but the app's own are blocked.
 */
async function scan(page: Page, browser: Browser, info: TestInfo, what: string) {
	if (info.project.use.javaScriptEnabled) return expectAccessible(page, what);
	// Contexts made in a test inherit the project's options: JavaScript must be asked for.
	const context = await browser.newContext({
		javaScriptEnabled: true,
		timezoneId: 'UTC',
		viewport: page.viewportSize()
	});
	await context.addCookies(await page.context().cookies());
	await context.route('**/_app/immutable/**/*.js', (route) => route.abort());
	const copy = await context.newPage();
	await copy.goto(page.url());
	await expectAccessible(copy, what);
	await context.close();
}

test('paste an article, review a mistake until it leaves the due list, export, recover', async ({
	page,
	browser
}, info) => {
	const name = player(info, 'Self');
	await pickName(page, name);
	await expect(page.getByTestId('review-due')).toHaveText('No mistakes due for review.');

	// 1. Add the article; it is playable at once and in the library with its source.
	const slug = await addArticle(page);
	await expect(page.getByText('Test Gazette')).toBeVisible();
	const bank = storedBank(slug);
	expect(bank.questions.length).toBeGreaterThan(0);
	await page.goto(`/?q=${encodeURIComponent('harbour gazette')}`);
	await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible();
	await page.goto(`/?q=${encodeURIComponent('harbour reuters')}`);
	await expect(page.getByRole('link', { name: HEADLINE })).toHaveCount(0);

	// 2. Play it, the first question wrongly.
	await page.goto(`/quiz/${slug}`);
	await page.getByRole('button', { name: /Start (quiz|a new attempt)/ }).click();
	await expect(page).toHaveURL(/\/play\/[\w-]+$/);
	await playAll(page, [bank], (i) => i === 0);

	// 3. The mistake is due at once.
	expect(await dueOnHome(page)).toMatch(/Review your mistakes: 1 question is due/);
	await page.getByTestId('review-due').click();
	await expect(page).toHaveURL(/\/review$/);
	await expect(page.getByTestId('review-count')).toContainText('1 question is due');
	await scan(page, browser, info, 'the review page');

	// 4. Review it, rightly: it moves to the 1-day box and leaves the due list.
	await page.getByRole('button', { name: 'Start the review' }).click();
	await expect(page).toHaveURL(/\/play\/[\w-]+$/);
	await expect(page.getByText('Review: 1 question', { exact: true })).toBeVisible();
	await playAll(page, [bank], () => false);
	await page.goto('/review');
	await expect(page.getByTestId('review-count')).toContainText('Nothing is due for review.');
	await expect(page.getByTestId('review-count')).toContainText('1 question waits');
	expect(await dueOnHome(page)).toBe('No mistakes due for review.');

	// 5. The history: both attempts, a streak of one day, accuracy by kind.
	await page.goto('/me');
	await expect(page.getByTestId('attempts').locator('tbody tr')).toHaveCount(2);
	await expect(page.getByTestId('streak')).toContainText('1 day in a row');
	await expect(page.getByTestId('accuracy').locator('li').first()).toContainText(/: \d+ %/);
	await scan(page, browser, info, 'the history page');

	// 6. Export it, as JSON and CSV.
	const json = await page.request.get('/me/history.json');
	expect(json.status()).toBe(200);
	expect(json.headers()['content-disposition']).toMatch(/attachment; filename="newsquiz-history-/);
	const history = (await json.json()) as {
		player: { name: string };
		attempts: { source: { kind: string }; answers: { correct: boolean | null }[] }[];
	};
	expect(history.player.name).toBe(name);
	expect(history.attempts.map((a) => a.source.kind)).toEqual(['quiz', 'review']);
	expect(history.attempts[0]?.answers[0]?.correct).toBe(false);
	expect(history.attempts[1]?.answers.map((a) => a.correct)).toEqual([true]);
	const csv = await page.request.get('/me/history.csv');
	expect(csv.headers()['content-type']).toContain('text/csv');
	const lines = (await csv.text()).trimEnd().split('\r\n');
	expect(lines[0]).toMatch(/^attempt,title,started/);
	expect(lines).toHaveLength(1 + bank.questions.length + 1);

	// 7. A recovery code, shown once, makes a fresh browser the same player.
	await page.getByRole('button', { name: 'Make a recovery code' }).click();
	const code = (await page.getByTestId('recovery-code').innerText()).trim();
	expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
	await page.goto('/me');
	await expect(page.getByTestId('recovery-code')).toHaveCount(0);
	await expect(page.getByText(code)).toHaveCount(0);

	const other = await freshPage(browser, info);
	await other.goto('/me/recover');
	await scan(other, browser, info, 'the recovery page');
	await other.getByLabel('Recovery code').fill('AAAAA-AAAAA-AAAAA-AAAAA');
	await other.getByRole('button', { name: 'Use this code' }).click();
	await expect(other.getByRole('alert')).toContainText('does not match any player');
	await other.getByLabel('Recovery code').fill(code.toLowerCase().replaceAll('-', ' '));
	await other.getByRole('button', { name: 'Use this code' }).click();
	await expect(other).toHaveURL(/\/me\?recovered=1$/);
	await expect(other.getByText(`Playing as ${name}`)).toBeVisible();
	await expect(other.getByTestId('attempts').locator('tbody tr')).toHaveCount(2);
	const again = (await (await other.request.get('/me/history.json')).json()) as typeof history;
	expect(again.attempts).toEqual(history.attempts);
	await other.context().close();
});

test('adding: same text twice is the same quiz; clear messages for what cannot work', async ({
	page,
	browser,
	baseURL
}, info) => {
	await pickName(page, player(info, 'Adder'));
	const first = await addArticle(page);
	const second = await addArticle(page);
	expect(second).toBe(first);

	await page.goto('/add');
	await scan(page, browser, info, 'the add page');
	await page.getByLabel('Headline').fill('A very short one');
	await page.getByLabel('Article text').fill('It rained.');
	await page.getByRole('button', { name: 'Make the quiz', exact: true }).click();
	await expect(page.getByTestId('add-error')).toContainText('too short for any question');
	await expect(page.getByLabel('Article text')).toHaveValue('It rained.');

	// An upload over 200 kB, an empty file, a file of another kind.
	const upload = async (name: string, mimeType: string, buffer: Buffer) => {
		await page.goto('/add');
		await page.getByLabel(/^File/).setInputFiles({ name, mimeType, buffer });
		await page.getByRole('button', { name: 'Upload and make the quiz' }).click();
		return page.getByTestId('add-error');
	};
	await expect(
		await upload('big.txt', 'text/plain', Buffer.from(`Big\n\n${'word '.repeat(50_000)}`))
	).toContainText('the limit is 200 kB');
	await expect(await upload('empty.txt', 'text/plain', Buffer.alloc(0))).toContainText(
		'empty or missing'
	);
	await expect(
		await upload('photo.jpg', 'image/jpeg', Buffer.from([0xff, 0xd8, 0xff]))
	).toContainText('not a .txt, .md or .html file');
	// An .md upload with front matter works.
	const md = `---\ntitle: Bridge notes in markdown\nsource: Markdown Wire\n---\n\n${BODY.replace('Tuesday', 'Monday')}\n`;
	await page.goto('/add');
	await page.getByLabel(/^File/).setInputFiles({
		name: 'bridge.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(md)
	});
	await page.getByRole('button', { name: 'Upload and make the quiz' }).click();
	await expect(page).toHaveURL(/\/quiz\/bridge-notes-in-markdown-[0-9a-f]{10}\?added=/);
	await expect(page.getByText('Markdown Wire')).toBeVisible();

	// The built-in seed article, uploaded, leads to its own quiz rather than a copy.
	await page.goto('/add');
	await page.getByLabel(/^File/).setInputFiles('questions/kim-jong-un-russia-visit.md');
	await page.getByRole('button', { name: 'Upload and make the quiz' }).click();
	await expect(page).toHaveURL(/\/quiz\/kim-jong-un-russia-visit\?added=again$/);

	// The status codes, as a browser without JavaScript gets them.
	const res = await postForm(page.request, baseURL ?? '', '/add?/paste', {
		title: 'Short',
		body: 'Too short.'
	});
	expect(res.status()).toBe(422);
	const empty = await postForm(page.request, baseURL ?? '', '/add?/paste', {
		title: 'X',
		body: ''
	});
	expect(empty.status()).toBe(400);
});

test('the player who added an article can remove it; others cannot', async ({
	page,
	browser,
	baseURL
}, info) => {
	await pickName(page, player(info, 'Remover'));
	const text = `${BODY}\nThis copy was added by ${info.project.name} to be removed.`;
	await page.goto('/add');
	await page.getByLabel('Headline').fill(`Removable bridge story ${info.project.name}`);
	await page.getByLabel('Article text').fill(text);
	await page.getByRole('button', { name: 'Make the quiz', exact: true }).click();
	await expect(page).toHaveURL(/\/quiz\/removable-bridge-story/);
	const slug = new URL(page.url()).pathname.split('/')[2] ?? '';

	const stranger = await freshPage(browser, info);
	await pickName(stranger, player(info, 'Stranger'));
	const refused = await postForm(stranger.request, baseURL ?? '', '/add?/remove', { slug });
	expect(refused.status()).toBe(403);
	await stranger.context().close();

	await page.goto('/add');
	await page
		.getByRole('button', { name: `Remove “Removable bridge story ${info.project.name}”` })
		.click();
	await expect(page.getByText('The article was removed from the library.')).toBeVisible();
	const gone = await page.request.get(`/quiz/${slug}`);
	expect(gone.status()).toBe(404);
});

test('the streak counts days in the player’s time zone', async ({ page, browser }, info) => {
	await pickName(page, player(info, 'Zone'));
	await page.goto('/me');
	await expect(page.getByTestId('streak')).toContainText('0 days in a row');
	await expect(page.getByTestId('streak')).toContainText('days in UTC');
	await page.getByLabel('Days for your streak are counted in').fill('America/New_York');
	await page.getByRole('button', { name: 'Save time zone' }).click();
	await expect(page.getByTestId('streak')).toContainText('days in America/New_York');
	await page.getByLabel('Days for your streak are counted in').fill('Mars/Olympus');
	await page.getByRole('button', { name: 'Save time zone' }).click();
	await expect(page.getByRole('alert')).toContainText('not a time zone we know');
	await expect(page.getByTestId('streak')).toContainText('days in America/New_York');

	// The self-testing pages on a 360 px wide screen.
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of ['/', '/add', '/review', '/me', '/me/recover']) {
		await page.goto(path);
		await scan(page, browser, info, `${path} at 360 px`);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, `${path} scrolls sideways at 360 px`).toBeLessThanOrEqual(0);
	}

	// With JavaScript, a tiny script tells the server the browser's zone on the first visit.
	const context = await browser.newContext({
		baseURL: info.project.use.baseURL,
		javaScriptEnabled: info.project.use.javaScriptEnabled,
		timezoneId: 'Asia/Tokyo'
	});
	const tokyo = await context.newPage();
	await pickName(tokyo, player(info, 'Tokyo'));
	await tokyo.goto('/me');
	const zone = info.project.use.javaScriptEnabled ? 'Asia/Tokyo' : 'UTC';
	await expect(tokyo.getByTestId('streak')).toContainText(`days in ${zone}`);
	await context.close();
});
