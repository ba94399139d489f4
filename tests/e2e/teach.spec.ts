import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';

/**
 * The teacher's side (issue 4, part A): accounts, an assignment from pasted text, review,
 * publish; two students join and answer; another teacher sees nothing of it; hostile text
 * shows as text; no serious accessibility violation on the teacher's pages.
 */

const HEADLINE = 'Pier vote <script>window.__xss=1</script> <img src=x onerror="window.__xss=2">';
const ARTICLE = `Harbor City's council voted on Tuesday to rebuild the old ferry pier, Mayor Elena Ruiz said. The project will cost 42 million dollars and take three years, according to the city's planning office.

Ruiz told reporters that the pier had been closed since 2019, when a storm damaged its wooden supports. "Families have waited too long for this," she said at a news conference in the town hall.

The council approved the plan by seven votes to two. Councillor David Osei, who voted against it, said the money should go to schools instead. Osei argued that the city's budget was already stretched.

A sign on the fence read <img src=x onerror="window.__xss=3"> and <script>window.__xss=4</script> for years.

Engineers from the Northern Coast Authority will start work in March. The authority said the new pier would be made of concrete and steel and would serve 5,000 passengers a day.

Local fishermen welcomed the decision. Maria Santos, who leads the Harbor City Fishing Association, said the pier would bring tourists back to the waterfront. The association has 300 members.

The ferry service to Gull Island will restart when the pier opens in 2027, the mayor said.`;

const STUDENTS = ['<img src=x onerror="window.__xss=5">', 'Bo <script>window.__xss=6</script>'];

const PASSWORD = 'a long enough password';

function unique(prefix: string): string {
	return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@school.test`;
}

/**
 * Goes to a page and, with JavaScript, waits until the app has hydrated (no request in flight),
 * so that typing is not lost to hydration.
 */
async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
}

/**
 * axe runs as a script in the page. Without JavaScript, the same page (same cookies) is scanned
 * in a context where scripts may run but the app's own are blocked, so nothing hydrates.
 */
async function expectAccessible(page: Page, what: string, js: boolean): Promise<void> {
	let target = page;
	const context = js
		? null
		: await page
				.context()
				.browser()!
				.newContext({ javaScriptEnabled: true, storageState: await page.context().storageState() });
	if (context) {
		await context.route('**/_app/immutable/**/*.js', (route) => route.abort());
		target = await context.newPage();
		await target.goto(page.url());
	}
	try {
		const results = await new AxeBuilder({ page: target }).analyze();
		const bad = results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map(
				(v) =>
					`${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
			);
		expect(bad, `accessibility of ${what}`).toEqual([]);
	} finally {
		await context?.close();
	}
}

/** The hostile text is inert: no script element or event handler carries it into the page. */
async function expectNoXss(page: Page): Promise<void> {
	await expect(page.locator('script', { hasText: '__xss' })).toHaveCount(0);
	await expect(page.locator('[onerror]')).toHaveCount(0);
}

async function signUp(page: Page, name: string, email: string): Promise<void> {
	await open(page, '/teach/signup');
	await page.getByLabel('Your name').fill(name);
	await page.getByLabel('E-mail address').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'My assignments' })).toBeVisible();
}

/** A student joins with the code in a fresh browser and answers every question. */
async function studentPlays(
	browser: Browser,
	js: boolean,
	code: string,
	name: string
): Promise<void> {
	const context = await browser.newContext({ javaScriptEnabled: js });
	const page = await context.newPage();
	await open(page, `/join/${code}`);
	await expect(page.getByLabel('Join code')).toHaveValue(code);
	await expectAccessible(page, 'the join page', js);
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page).toHaveURL(/\/play\/[\w-]+$/);
	// Feedback only at the end (set by the teacher): each answer leads straight to the next question.
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText(/^Question 1 of \d+$/);
	const total = Number(/of (\d+)/.exec((await heading.textContent()) ?? '')?.[1]);
	for (let n = 1; n <= total; n++) {
		await expect(heading).toHaveText(`Question ${n} of ${total}`);
		await page.getByRole('radio').first().check();
		await page.getByRole('button', { name: 'Submit answer' }).click();
	}
	await expect(page).toHaveURL(/\/results$/);
	// The header shows the hostile name as text.
	await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
	await expectNoXss(page);

	// One attempt allowed (the default): joining again is refused with a clear message.
	await open(page, `/join/${code}`);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByRole('alert')).toContainText('You have used your attempt');
	await context.close();
}

test('a teacher makes a quiz from pasted text, edits and publishes it; two students join and answer', async ({
	page,
	browser,
	javaScriptEnabled
}) => {
	test.setTimeout(120_000);
	// Everything under /teach needs a teacher.
	await open(page, '/teach/new');
	await expect(page).toHaveURL(/\/teach\/signin\?next=%2Fteach%2Fnew$/);
	await expectAccessible(page, 'the sign-in page', javaScriptEnabled);
	await open(page, '/teach/signup');
	await expectAccessible(page, 'the sign-up page', javaScriptEnabled);

	await signUp(page, 'Ms Okafor', unique('okafor'));
	await expectAccessible(page, 'the list of assignments', javaScriptEnabled);
	await page.getByRole('link', { name: 'New assignment' }).first().click();
	await expectAccessible(page, 'the new-assignment page', javaScriptEnabled);
	await page.getByLabel('Headline').fill(HEADLINE);
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByRole('button', { name: 'Make questions', exact: true }).click();

	await expect(page.getByRole('heading', { level: 1, name: 'Review the questions' })).toBeVisible();
	const id = /\/teach\/([\w-]+)\/review/.exec(page.url())?.[1] ?? '';
	expect(id).not.toBe('');
	await expectAccessible(page, 'the review page', javaScriptEnabled);
	const cards = page.locator('ol.questions > li');
	expect(await cards.count()).toBeGreaterThan(0);

	// A refused save: one option only → a message next to the options, nothing stored.
	const first = cards.first();
	const before = await first.getByLabel('Question', { exact: true }).inputValue();
	for (let i = 1; i < 5; i++) await first.getByLabel(`Option ${i + 1}`, { exact: true }).fill('');
	await first.getByLabel('Option 1 is the right answer').check();
	await first.getByRole('button', { name: 'Save' }).click();
	await expect(
		page
			.locator('ol.questions > li')
			.first()
			.getByText(/Give at least 2 options/)
	).toBeVisible();
	await open(page, `/teach/${id}/review`);
	await expect(cards.first().getByLabel('Question', { exact: true })).toHaveValue(before);

	// An edit of the stem is saved and marked as edited.
	const stem = 'Which official said the council voted to rebuild the pier?';
	await cards.first().getByLabel('Question', { exact: true }).fill(stem);
	await cards.first().getByRole('button', { name: 'Save' }).click();
	await expect(
		page.locator('ol.questions > li').first().getByLabel('Question', { exact: true })
	).toHaveValue(stem);
	await expect(
		page.locator('ol.questions > li').first().getByText('Edited', { exact: true })
	).toBeVisible();

	// Reorder without JavaScript too: the first question moves down.
	const count = await cards.count();
	if (count > 1) {
		await cards.first().getByRole('button', { name: 'Move question 1 down' }).click();
		await expect(cards.nth(1).getByLabel('Question', { exact: true })).toHaveValue(stem);
	}
	// (without JavaScript the move is a form post and a redirect: let the page settle before
	// typing into it, or a late load empties the form under the test on a busy machine)
	await page.waitForLoadState('load');
	await expect(page).toHaveURL(new RegExp(`/teach/${id}/review`));

	// A question by hand must cite a sentence; then it is added at the end.
	const form = page.locator('#new');
	await form
		.getByLabel('Question', { exact: true })
		.fill('How many members does the fishing association have?');
	await form.getByLabel('Option 1', { exact: true }).fill('300');
	await form.getByLabel('Option 2', { exact: true }).fill('3,000');
	await form.getByLabel('Option 1 is the right answer').check();
	await form.getByRole('button', { name: 'Add question' }).click();
	await expect(page.locator('#new').getByText('Choose the sentence of the article')).toBeVisible();
	const evidence = page.locator('#new').getByLabel(/^Evidence/);
	const value = await evidence
		.locator('option', { hasText: 'The association has 300 members.' })
		.getAttribute('value');
	await evidence.selectOption(value ?? '');
	await page.locator('#new').getByRole('button', { name: 'Add question' }).click();
	await expect(cards).toHaveCount(count + 1);
	await expect(cards.last().getByText('Written by you')).toBeVisible();
	await expect(cards.last().getByText('“The association has 300 members.”')).toBeVisible();

	// Regenerate all (after a confirmation): the edit, the order and the hand-written question
	// give way to the generator's set for this article.
	const all = page.locator('#all');
	await all.getByLabel('Yes, replace all the questions').check();
	await all.getByRole('button', { name: 'Regenerate all questions' }).click();
	await expect(page.getByRole('status')).toHaveText(/All questions were replaced/);
	await expect(cards).toHaveCount(count);
	await expect(page.locator('ol.questions').getByText('Written by you')).toHaveCount(0);
	await expect(page.locator('ol.questions').getByText('Edited', { exact: true })).toHaveCount(0);
	for (let i = 0; i < count; i++) {
		await expect(cards.nth(i).getByLabel('Question', { exact: true })).not.toHaveValue(stem);
	}

	// Publish: a code from the alphabet without look-alikes, a link, a QR code.
	await open(page, `/teach/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
	await expectNoXss(page);
	await page.getByRole('button', { name: 'Publish' }).click();
	const codeText = page.locator('#share .code');
	await expect(codeText).toHaveText(/^[ACDEFGHJKMNPQRTWXY34679]{6}$/);
	const code = (await codeText.textContent()) ?? '';
	await expect(page.getByRole('img', { name: /QR code of the join link/ })).toBeVisible();
	await expect(page.getByRole('link', { name: new RegExp(`/join/${code}$`) })).toBeVisible();
	await expectAccessible(page, 'the assignment page', javaScriptEnabled);

	// Settings: a refused time, then feedback only at the end.
	await page.getByLabel('Opens').fill('2030-01-02T10:00');
	await page.getByLabel('Closes').fill('2030-01-01T10:00');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('The closing time must come after the opening time.')).toBeVisible();
	await page.getByLabel('Opens').fill('');
	await page.getByLabel('Closes').fill('');
	await page.getByLabel('only at the end').check();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toHaveText('Settings saved.');
	await expect(page.getByLabel('only at the end')).toBeChecked();

	for (const name of STUDENTS) await studentPlays(browser, javaScriptEnabled, code, name);

	// The article page of a pasted article shows its hostile text as text.
	await open(page, `/articles/t-${id}`);
	await expect(page.getByText('<script>window.__xss=4</script>', { exact: false })).toBeVisible();
	await expectNoXss(page);

	// The results page (part B) lists both students by name, as text.
	await open(page, `/teach/${id}/results`);
	for (const name of STUDENTS)
		await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
	await expectNoXss(page);

	// Close: students get a clear message.
	await open(page, `/teach/${id}`);
	await page.getByRole('button', { name: 'Close to students' }).click();
	await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();
	const late = await browser.newContext({ javaScriptEnabled });
	const latePage = await late.newPage();
	await open(latePage, `/join/${code}`);
	await latePage.getByLabel('Your name').fill('Late Lena');
	await latePage.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(latePage.getByRole('alert')).toContainText('This quiz is closed');
	await late.close();
});

test('another teacher gets a 404 for someone else’s assignment, and nothing of it', async ({
	page,
	browser,
	javaScriptEnabled
}) => {
	await signUp(page, 'Owner', unique('owner'));
	await page.getByRole('link', { name: 'New assignment' }).first().click();
	// From an uploaded file: one too large is refused with a message, a .txt is read.
	await page.getByLabel('Article file').setInputFiles({
		name: 'huge.txt',
		mimeType: 'text/plain',
		buffer: Buffer.alloc(210 * 1024, 'a')
	});
	await page.getByRole('button', { name: 'Upload and make questions' }).click();
	await expect(page.getByText(/“huge\.txt” is 210 kB; the limit is 200 kB/)).toBeVisible();
	await page.getByLabel('Article file').setInputFiles({
		name: 'pier.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(`Owner’s secret quiz\n\n${ARTICLE}`)
	});
	await page.getByRole('button', { name: 'Upload and make questions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Review the questions' })).toBeVisible();
	const id = /\/teach\/([\w-]+)\/review/.exec(page.url())?.[1] ?? '';

	const other = await browser.newContext({ javaScriptEnabled });
	const intruder = await other.newPage();
	await signUp(intruder, 'Intruder', unique('intruder'));
	await expect(intruder.getByText('Owner’s secret quiz')).toHaveCount(0);
	for (const path of [
		`/teach/${id}`,
		`/teach/${id}/review`,
		`/teach/${id}/results`,
		`/teach/${id}/export/csv`
	]) {
		const response = await intruder.request.get(path);
		expect(response.status(), path).toBe(404);
		expect(await response.text(), path).not.toContain('Owner’s secret quiz');
	}
	// Actions too: publishing someone else's assignment is a 404 and changes nothing.
	const post = await intruder.request.post(`/teach/${id}?/publish`, {
		form: {},
		headers: { origin: new URL(page.url()).origin }
	});
	expect(post.status()).toBe(404);
	await other.close();
	await open(page, `/teach/${id}`);
	await expect(page.getByRole('button', { name: 'Publish' })).toBeVisible();
});

test('sign-in refuses a wrong password, then slows down with a clear message', async ({ page }) => {
	const email = unique('locked');
	await signUp(page, 'Locked Out', email);
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(/\/teach\/signin$/);
	await open(page, '/teach');
	await expect(page).toHaveURL(/\/teach\/signin/);
	let last = '';
	for (let i = 0; i < 6; i++) {
		await page.getByLabel('E-mail address').fill(email);
		await page.getByLabel('Password').fill(`wrong password ${i}`);
		await page.getByRole('button', { name: 'Sign in' }).click();
		last = (await page.getByRole('alert').textContent()) ?? '';
	}
	expect(last).toContain('That e-mail address and password do not match');
	// The account is locked now: even the right password waits.
	await page.getByLabel('E-mail address').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toContainText(
		/Too many attempts, try again in \d+ minutes?\./
	);
	await expect(page).toHaveURL(/\/teach\/signin/);
});

test('joining with an unknown or malformed code says so', async ({ page }) => {
	await open(page, '/join');
	await page.getByLabel('Join code').fill('0O1IL0');
	await page.getByLabel('Your name').fill('Ana');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByText(/A join code is 6 letters and digits/)).toBeVisible();
	await page.getByLabel('Join code').fill('QQQQQQ');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByText('No quiz has the code QQQQQQ')).toBeVisible();
});
