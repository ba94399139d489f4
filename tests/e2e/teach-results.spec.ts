/**
 * The teacher's results and exports, through the real UI: a teacher makes a quiz from pasted
 * text and publishes it, two students (with names that try to inject markup and formulas) join
 * in their own browsers and answer, and the teacher reads the results, downloads the CSV and the
 * quiz exports, and prints the worksheet. JavaScript on and off (the two projects).
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expectAccessible, sentToBrowser } from './helpers/student';

const HEADLINE = 'Kim <img src=x onerror=alert(1)> visits Russia';
// The body of the seed article (after its front matter).
const BODY = readFileSync('questions/kim-jong-un-russia-visit.md', 'utf8')
	.split(/^---$/m)
	.slice(2)
	.join('---')
	.trim();

const ALICE = '<script>alert("a")</script>';
const BOB = '=1+1 <img src=x onerror=alert(2)>';

interface KeyedQuestion {
	stem: string;
	options: string[];
	key: string;
}

/** Letters and digits only: the play page shows a blank as a line read out as "blank". */
const norm = (s: string) =>
	s
		.replace(/_{2,}|blank/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, '')
		.toLowerCase();

/** Any alert means injected script ran: fail the test. */
function forbidDialogs(page: Page) {
	page.on('dialog', (dialog) => {
		throw new Error(`a dialog opened: ${dialog.message()}`);
	});
}

/**
 * Axe scan of the page on screen, also `width` px wide. axe is a script: without JavaScript,
 * scan the same server-rendered page in a context where scripts run but the app's are blocked.
 */
async function scan(page: Page, browser: Browser, javaScriptEnabled: boolean, what: string) {
	let target = page;
	let context: BrowserContext | null = null;
	if (!javaScriptEnabled) {
		context = await browser.newContext({ javaScriptEnabled: true });
		await context.addCookies(await page.context().cookies());
		await context.route('**/_app/immutable/**/*.js', (route) => route.abort());
		target = await context.newPage();
		await target.goto(page.url());
	}
	const size = target.viewportSize();
	await expectAccessible(target, what);
	await target.setViewportSize({ width: 360, height: 800 });
	await expectAccessible(target, `${what} at 360 px`);
	if (size) await target.setViewportSize(size);
	await context?.close();
}

const PASSWORD = 'correct horse battery staple';
// The server's data folder, as playwright.config.ts sets it.
const DATA_DIR = `test-results/e2e-data-${Number(process.env.E2E_PORT ?? 4173)}`;

/**
 * A teacher account made from the shell with `npm run teacher:add` (the server reads new
 * accounts from its data folder), then signed in through the form. Sign-ups through the page
 * are limited per address, and the whole suite shares one server and one address.
 */
async function teacher(page: Page, name: string, email: string) {
	execFileSync(
		'npx',
		['tsx', 'scripts/teacher-add.ts', '--email', email, '--name', name, '--password-stdin'],
		{
			input: `${PASSWORD}\n`,
			env: { ...process.env, NEWSQUIZ_DATA_DIR: DATA_DIR },
			stdio: ['pipe', 'ignore', 'inherit']
		}
	);
	await page.goto('/teach/signin');
	await page.getByLabel('E-mail address').fill(email);
	await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/teach\/?$/);
}

/** Makes and publishes a quiz from pasted text; returns its id and join code. */
async function makeQuiz(page: Page): Promise<{ id: string; code: string }> {
	await page.goto('/teach/new');
	await page.getByLabel('Headline').fill(HEADLINE);
	await page.getByLabel('Article text').fill(BODY);
	await page.getByRole('button', { name: 'Make questions', exact: true }).click();
	await expect(page).toHaveURL(/\/teach\/[\w-]+\/review$/);
	const id = new URL(page.url()).pathname.split('/')[2]!;
	await page.goto(`/teach/${id}`);
	await page.getByRole('button', { name: 'Publish' }).click();
	const code = (await page.locator('p.code').innerText()).trim();
	expect(code).toMatch(/^[A-Z0-9]{6}$/);
	return { id, code };
}

/** The questions and their keys, read off the teacher's worksheet. */
async function readKey(page: Page, id: string): Promise<KeyedQuestion[]> {
	await page.goto(`/teach/${id}/worksheet`);
	const items = page.locator('ol.questions > li');
	const keys = page.locator('section.key ol > li strong');
	const n = await items.count();
	expect(n).toBeGreaterThan(1);
	const out: KeyedQuestion[] = [];
	for (let i = 0; i < n; i++) {
		const item = items.nth(i);
		const options = (await item.locator('ul.options li').allInnerTexts()).map((t) =>
			t.trim().replace(/^[A-Z]\.\s/, '')
		);
		const key = (await keys.nth(i).innerText()).trim().replace(/^[A-Z]\.\s/, '');
		out.push({ stem: (await item.locator('p.stem').innerText()).trim(), options, key });
	}
	return out;
}

/** A student joins with `name` in a browser of their own and answers every question. */
async function play(
	browser: Browser,
	javaScriptEnabled: boolean,
	code: string,
	name: string,
	questions: KeyedQuestion[],
	right: boolean
): Promise<string> {
	const context = await browser.newContext({ javaScriptEnabled });
	const page = await context.newPage();
	forbidDialogs(page);
	await page.goto('/join');
	await page.getByLabel('Join code').fill(code);
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page).toHaveURL(/\/play\/[\w-]+$/);
	for (let n = 1; n <= questions.length; n++) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			`Question ${n} of ${questions.length}`
		);
		const shown = (await page.locator('fieldset label').allInnerTexts()).map((t) => t.trim());
		const stem = norm(await page.locator('fieldset legend').innerText());
		const sorted = [...shown].sort().join('\u0000');
		const q = questions.find(
			(x) => [...x.options].sort().join('\u0000') === sorted && stem.includes(norm(x.stem))
		);
		if (!q) throw new Error(`question not on the worksheet: ${stem}`);
		const choice = right ? q.key : shown.find((o) => o !== q.key)!;
		await page.getByRole('radio', { name: choice, exact: true }).check();
		await page.getByRole('button', { name: 'Submit answer' }).click();
		await page
			.getByRole('link', { name: n === questions.length ? 'See your results' : 'Next question' })
			.click();
	}
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your results');
	const cookie = (await context.cookies()).find((c) => c.name === 'newsquiz_player');
	await context.close();
	if (!cookie) throw new Error('the student has no player cookie');
	return cookie.value;
}

test('the teacher sees both students, downloads the gradebook and the quiz, prints a worksheet', async ({
	page,
	browser,
	javaScriptEnabled
}, testInfo) => {
	test.setTimeout(180_000);
	forbidDialogs(page);
	await teacher(page, 'Ms Okafor', `okafor-${testInfo.project.name}@example.org`);
	const { id, code } = await makeQuiz(page);
	const questions = await readKey(page, id);
	const total = questions.length;

	// Before anyone joins.
	await page.goto(`/teach/${id}/results`);
	await expect(page.getByText('No student has joined yet.')).toBeVisible();

	// Alice answers everything right; the teacher keeps the page open while Bob plays.
	const aliceId = await play(browser, javaScriptEnabled, code, ALICE, questions, true);
	await page.goto(`/teach/${id}/results`);
	await expect(page.getByRole('rowheader', { name: ALICE, exact: true })).toBeVisible();
	const bobId = await play(browser, javaScriptEnabled, code, BOB, questions, false);
	if (javaScriptEnabled) {
		// The live poll brings Bob in without a reload.
		await page.evaluate(() => ((window as { marker?: number }).marker = 7));
		await expect(page.getByRole('rowheader', { name: BOB, exact: true })).toBeVisible({
			timeout: 30_000
		});
		expect(await page.evaluate(() => (window as { marker?: number }).marker)).toBe(7);
	} else {
		await expect(page.getByRole('rowheader', { name: BOB, exact: true })).toHaveCount(0);
		await page.getByRole('link', { name: 'Refresh' }).click();
	}

	// Both students, their names shown as text, never as markup.
	const rows = page.locator('table tbody tr').filter({ has: page.getByRole('rowheader') });
	const alice = rows.filter({ has: page.getByRole('rowheader', { name: ALICE, exact: true }) });
	const bob = rows.filter({ has: page.getByRole('rowheader', { name: BOB, exact: true }) });
	await expect(alice).toContainText(`${total} / ${total}`);
	await expect(alice).toContainText('100 %');
	await expect(bob).toContainText(`0 / ${total}`);
	await expect(bob).toContainText('0 %');
	await expect(page.locator('main img[src="x"]')).toHaveCount(0);
	await expect(page.locator('main script')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Results: ${HEADLINE}`);
	await expect(page.getByText('2 students · 2 finished · 0 still playing')).toBeVisible();
	// A player's id is their cookie: it never reaches the teacher's browser.
	const sent = await sentToBrowser(page);
	for (const id of [aliceId, bobId]) {
		expect(sent.html).not.toContain(id);
		expect(JSON.stringify(sent.data)).not.toContain(id);
	}
	expect(JSON.stringify(sent.data)).toContain(BOB);

	// Every question split the class: 50 % correct, D = 1 − 0 = 1, r = (1 − 0) / 0.5 × √(.5 × .5) = 1.
	const questionRows = page.locator('table:has(caption:text("Each question")) tbody tr');
	await expect(questionRows).toHaveCount(total);
	for (let i = 0; i < total; i++) {
		await expect(questionRows.nth(i)).toContainText('50 %');
		await expect(questionRows.nth(i).locator('td').nth(2)).toHaveText('1.00');
		await expect(questionRows.nth(i).locator('td').nth(3)).toHaveText('1.00');
	}
	// The most missed come with the sentence the class should have read, linked.
	const missed = page.locator('ol.missed > li');
	await expect(missed).toHaveCount(Math.min(3, total));
	await expect(missed.first().locator('blockquote')).toContainText(/\w/);
	await expect(missed.first().getByRole('link', { name: 'See it in the article' })).toHaveAttribute(
		'href',
		/\/articles\/[\w-]+#s\d+$/
	);
	// Charts: an image with a title for each, and the tables beside them.
	await expect(page.getByRole('img', { name: 'Score distribution' })).toBeVisible();
	await expect(page.getByRole('img', { name: 'Per cent correct by question' })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Score distribution' })).toContainText(
		`${total} of ${total}`
	);
	await scan(page, browser, javaScriptEnabled, 'the results page');
	if (javaScriptEnabled && process.env.NEWSQUIZ_SCREENSHOTS) {
		await page.setViewportSize({ width: 1000, height: 900 });
		await page.screenshot({ path: 'docs/screenshots/teach-results.png', fullPage: true });
		await page.setViewportSize({ width: 1280, height: 720 });
	}

	// The gradebook download.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Gradebook (CSV)' }).click()
	]);
	expect(download.suggestedFilename()).toBe(
		'kim-img-src-x-onerror-alert-1-visits-russia-results.csv'
	);
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv.startsWith('\uFEFFName,Attempt,')).toBe(true);
	const lines = csv.slice(1).split('\r\n');
	expect(lines).toHaveLength(4); // header, two students, the empty string after the last CRLF
	expect(
		lines.find((l) => l.startsWith('"<script>alert(""a"")</script>",1,yes,finished,'))
	).toContain(`,${total},${total},100,`);
	// Bob's name starts with "=": neutralised with a leading apostrophe.
	expect(
		lines.find((l) => l.startsWith("'=1+1 <img src=x onerror=alert(2)>,1,yes,finished,"))
	).toContain(`,0,${total},0,`);

	// The quiz exports: right types and file names, the key inside.
	const first = questions[0]!;
	for (const [format, type, needle] of [
		['gift', 'text/plain', `=${first.key.replace(/[~=#{}:\\]/g, (c) => `\\${c}`)}`],
		['xml', 'application/xml', '<answer fraction="100" format="html">'],
		['aiken', 'text/plain', 'ANSWER: ']
	] as const) {
		const response = await page.request.get(`/teach/${id}/export/${format}`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain(type);
		expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="kim-/);
		expect(await response.text()).toContain(needle.replace(/&/g, '&amp;'));
	}
	expect((await page.request.get(`/teach/${id}/export/pdf`)).status()).toBe(404);

	// The worksheet: questions, then the key on a new printed page.
	await page.goto(`/teach/${id}/worksheet`);
	await expect(page.locator('ol.questions > li')).toHaveCount(total);
	await expect(page.locator('section.key blockquote').first()).toContainText(/\w/);
	await page.emulateMedia({ media: 'print' });
	expect(await page.locator('section.key').evaluate((el) => getComputedStyle(el).breakBefore)).toBe(
		'page'
	);
	await expect(page.locator('body > div > header')).toBeHidden();
	await page.emulateMedia({ media: 'screen' });
	await scan(page, browser, javaScriptEnabled, 'the worksheet');

	// A second teacher gets nothing of the first one's.
	const other = await browser.newContext({ javaScriptEnabled });
	const otherPage = await other.newPage();
	await teacher(otherPage, 'Mr Other', `other-${testInfo.project.name}@example.org`);
	for (const path of ['results', 'worksheet', 'export/csv', 'export/gift', 'export/pdf']) {
		const response = await otherPage.request.get(`/teach/${id}/${path}`);
		expect(response.status(), path).toBe(404);
		expect(await response.text()).not.toContain(ALICE.slice(0, 8));
	}
	await other.close();

	// Nobody signed in: sent to sign in, no data.
	const anonymous = await browser.newContext();
	const response = await anonymous.request.get(`/teach/${id}/export/csv`, { maxRedirects: 0 });
	expect([303, 302, 307]).toContain(response.status());
	expect(response.headers()['location']).toContain('/teach/signin');
	await anonymous.close();
});
