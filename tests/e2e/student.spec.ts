import { expect, test, type Page } from '@playwright/test';
import {
	expectAccessible,
	findQuestion,
	pickName,
	postForm,
	seedBank,
	sentToBrowser,
	shownOptions,
	shownStem,
	startQuiz
} from './helpers/student';

const bank = seedBank();
const slug = bank.article.slug;
const total = bank.questions.length;

/** Checks that nothing sent for the current (unanswered) question gives its key away. */
async function expectKeyHidden(page: Page, explanation: string, evidence: string[]) {
	const { html, data } = await sentToBrowser(page);
	const live = await page.content();
	for (const [where, text] of [
		['server HTML', html],
		['page in the browser', live],
		['__data.json', JSON.stringify(data)]
	] as const) {
		expect(text, where).not.toContain(explanation);
		expect(text, where).not.toMatch(/keyText|"reveal":\{|"correct"|"answer"|"evidence"/);
		for (const id of evidence) expect(text, where).not.toContain(`#${id}"`);
	}
	// The question as serialized: exactly the fields of an unanswered question, nothing more.
	const pageData = data[1] as { question: Record<string, unknown> };
	expect(Object.keys(pageData.question).sort()).toEqual(
		[
			'answered',
			'choice',
			'choiceText',
			'number',
			'options',
			'position',
			'reveal',
			'stem',
			'total'
		].sort()
	);
	expect(pageData.question.reveal).toBeNull();
	for (const option of pageData.question.options as Record<string, unknown>[]) {
		expect(Object.keys(option).sort()).toEqual(['text', 'value']);
	}
}

test('a student takes the whole seed quiz, follows a quote to the article and gets the right score', async ({
	page,
	javaScriptEnabled
}) => {
	await pickName(page, 'Ada Lovelace');
	await page.getByRole('link', { name: bank.article.title }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.article.title);
	await expect(page.getByText(`${total} questions`)).toBeVisible();
	const attemptPath = await startQuiz(page, slug);

	// With JavaScript, the whole quiz runs without a full page load.
	if (javaScriptEnabled) await page.evaluate(() => ((window as { marker?: number }).marker = 42));

	let expected = 0;
	const keysShown = new Set<number>();
	for (let n = 1; n <= total; n++) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${n} of ${total}`);
		const options = await shownOptions(page);
		const question = findQuestion(bank, await shownStem(page), options);
		const key = question.options[question.answer]!;
		keysShown.add(options.indexOf(key));
		await expectKeyHidden(page, question.explanation, question.evidence);

		// Wrong on purpose for the first and fourth questions, right for the others.
		const wrong = n === 1 || n === 4;
		const choice = wrong ? options.find((o) => o !== key)! : key;
		if (!wrong) expected++;
		await page.getByRole('radio', { name: choice, exact: true }).check();
		await page.getByRole('button', { name: 'Submit answer' }).click();

		const feedback = page.locator('[aria-live="polite"]');
		await expect(feedback).toContainText(wrong ? 'Not quite.' : 'Right!');
		await expect(feedback).toContainText(`The right answer: ${key}`);
		if (wrong) await expect(feedback).toContainText(`Your answer: ${choice}`);
		const sentence = bank.article.sentences.find((s) => s.id === question.evidence[0])!;
		await expect(feedback.locator('blockquote').first()).toHaveText(`“${sentence.text}”`);

		if (n === 1) {
			// Follow the quote to the highlighted sentence and come back.
			const here = page.url();
			await feedback
				.getByRole('link', { name: 'See this sentence in the article' })
				.first()
				.click();
			await expect(page).toHaveURL(new RegExp(`/articles/${slug}\\?from=.*#${sentence.id}$`));
			const target = page.locator(`[id="${sentence.id}"]`);
			await expect(target).toHaveText(sentence.text);
			await expect
				.poll(() => page.evaluate(() => document.querySelector(':target')?.id ?? null))
				.toBe(sentence.id);
			const other = bank.article.sentences.find((s) => s.id !== sentence.id)!;
			const background = (id: string) =>
				page.evaluate((i) => getComputedStyle(document.getElementById(i)!).backgroundColor, id);
			expect(await background(sentence.id)).not.toBe(await background(other.id));
			await page.getByRole('link', { name: 'Back to where you were' }).first().click();
			await expect(page).toHaveURL(here);
			await expect(page.locator('[aria-live="polite"]')).toContainText('Not quite.');
		}

		await page
			.getByRole('link', { name: n === total ? 'See your results' : 'Next question' })
			.click();
	}

	await expect(page).toHaveURL(`${attemptPath}/results`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your results');
	await expect(page.getByText(`${expected} of ${total}`, { exact: false }).first()).toBeVisible();
	await expect(page.getByText(`${Math.round((expected / total) * 100)} %`)).toBeVisible();
	const items = page.locator('ol.review > li');
	await expect(items).toHaveCount(total);
	await expect(items.filter({ hasText: /Wrong · Question/ })).toHaveCount(total - expected);
	await expect(items.locator('blockquote')).toHaveCount(total);
	await expect(
		items.first().getByRole('link', { name: 'See this sentence in the article' })
	).toHaveAttribute('href', new RegExp(`/articles/${slug}\\?from=.*#s\\d+$`));

	if (javaScriptEnabled) {
		expect(await page.evaluate(() => (window as { marker?: number }).marker)).toBe(42);
	}

	// The home page and the quiz page show the best score.
	await page.goto('/');
	await expect(page.getByText(`Your best: ${expected} of ${total}`)).toBeVisible();

	// Try again: a new attempt.
	await page.goto(`${attemptPath}/results`);
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page).toHaveURL(/\/play\/[\w-]+$/);
	expect(new URL(page.url()).pathname).not.toBe(attemptPath);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question 1 of ${total}`);
});

test('the key moves between attempts and a reload keeps the order', async ({ page }) => {
	await pickName(page, '김정은 팬');
	const places = new Set<number>();
	for (let i = 0; i < 6; i++) {
		await startQuiz(page, slug);
		const options = await shownOptions(page);
		const question = findQuestion(bank, await shownStem(page), options);
		places.add(options.indexOf(question.options[question.answer]!));
		await page.reload();
		expect(await shownOptions(page)).toEqual(options);
	}
	expect(places.size).toBeGreaterThan(1);
});

test('another player can neither open nor answer my attempt', async ({
	page,
	browser,
	baseURL
}) => {
	await pickName(page, 'Owner');
	const attemptPath = await startQuiz(page, slug);

	const other = await browser.newContext();
	const intruder = await other.newPage();
	await pickName(intruder, 'Intruder');
	const opened = await intruder.goto(attemptPath);
	expect(opened?.status()).toBe(403);
	await expect(intruder.getByText('belongs to another player')).toBeVisible();
	expect((await intruder.goto(`${attemptPath}/results`))?.status()).toBe(403);
	// The page's data answers with the error, not the attempt.
	const data = await (await intruder.request.get(`${attemptPath}/__data.json`)).text();
	expect(data).toContain('"status":403');
	expect(data).not.toContain('"question"');
	const posted = await postForm(intruder.request, baseURL!, `${attemptPath}?/answer`, {
		position: '0',
		choice: '0'
	});
	expect(posted.status()).toBe(403);
	await other.close();

	// Nothing was recorded: the owner still faces an unanswered first question.
	await page.goto(attemptPath);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question 1 of ${total}`);
	await expect(page.getByRole('button', { name: 'Submit answer' })).toBeVisible();
});

test('posting an answer twice changes nothing; bad answers are refused with a message', async ({
	page,
	baseURL
}) => {
	await pickName(page, 'Twice');
	const attemptPath = await startQuiz(page, slug);
	const post = (form: Record<string, string>) =>
		postForm(page.request, baseURL!, `${attemptPath}?/answer`, form);

	// Refusals: no choice, a choice not shown, a question not reached yet.
	for (const [form, message] of [
		[{ position: '0' }, 'Please choose one of the answers'],
		[{ position: '0', choice: '9' }, 'Choose one of the'],
		[{ position: '0', choice: 'x' }, 'not one of the answers shown'],
		[{ position: '2', choice: '0' }, 'Answer question 1 first']
	] as const) {
		const response = await post(form);
		expect(response.status(), JSON.stringify(form)).toBe(400);
		expect(await response.text()).toContain(message);
	}

	const options = await shownOptions(page);
	const first = options[0]!;
	const second = options[1]!;
	await page.getByRole('radio', { name: first, exact: true }).check();
	await page.getByRole('button', { name: 'Submit answer' }).click();
	await expect(page.getByText(`Your answer: ${first}`).or(page.getByText('Right!'))).toBeVisible();
	const before = await page.locator('[aria-live="polite"]').innerText();

	const again = await post({ position: '0', choice: '1' });
	expect(again.status()).toBe(303);
	expect(again.headers().location).toContain('?q=1');
	await page.goto(`${attemptPath}?q=1`);
	expect(await page.locator('[aria-live="polite"]').innerText()).toBe(before);
	expect(before).not.toContain(`Your answer: ${second}`);
	// And the quiz moved on to question 2, not 3.
	await page.goto(attemptPath);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question 2 of ${total}`);

	// Four answers to question 2 at the same moment: exactly one counts.
	const racing = await Promise.all(
		['0', '1', '2', '3'].map((choice) => post({ position: '1', choice }))
	);
	expect(racing.map((r) => r.status()).sort()).toEqual([303, 303, 303, 303]);
	await page.goto(attemptPath);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question 3 of ${total}`);
	await expect(page.locator('progress')).toHaveAttribute('value', '2');
});

test('unknown pages are 404 with a way home; a garbled cookie is a fresh start', async ({
	page,
	context,
	baseURL
}) => {
	for (const path of [
		'/quiz/no-such-quiz',
		'/articles/no-such-article',
		'/play/no-such-attempt',
		'/nope'
	]) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.getByRole('link', { name: 'Back to the quizzes' })).toBeVisible();
	}
	await page.getByRole('link', { name: 'Back to the quizzes' }).click();
	await expect(page).toHaveURL('/');

	await context.addCookies([
		{ name: 'newsquiz_player', value: '../../etc/passwd%00', url: baseURL! }
	]);
	const response = await page.goto('/');
	expect(response?.status()).toBe(200);
	await expect(page.getByLabel('Your display name')).toBeVisible();
});

test('a name longer than 40 characters is refused next to the field', async ({ page, baseURL }) => {
	await page.goto('/');
	const long = 'Ж'.repeat(41);
	await page.getByLabel('Your display name').fill(long);
	await page.getByRole('button', { name: 'Start playing' }).click();
	await expect(page.getByRole('alert')).toContainText('at most 40 characters');
	await expect(page.getByLabel('Your display name')).toHaveValue(long);
	await expect(page.getByText('Playing as')).toHaveCount(0);

	const response = await postForm(page.request, baseURL!, '/?/name', { name: long, next: '/' });
	expect(response.status()).toBe(400);
	expect(await response.text()).toContain('at most 40 characters');
	expect(response.headers()['set-cookie'] ?? '').not.toContain('newsquiz_player');

	// 40 characters of any script are fine, and the name can be changed later.
	await page.getByLabel('Your display name').fill('Ж'.repeat(40));
	await page.getByRole('button', { name: 'Start playing' }).click();
	await expect(page.getByText(`Playing as ${'Ж'.repeat(40)}`)).toBeVisible();
	await page.getByRole('link', { name: 'Change name' }).click();
	await page.getByLabel('Your display name').fill('  Zoë  ');
	await page.getByRole('button', { name: 'Save name' }).click();
	await expect(page).toHaveURL('/');
	await expect(page.getByText('Playing as Zoë')).toBeVisible();
});

test('starting a quiz without a name asks for one first', async ({ page }) => {
	await page.goto(`/quiz/${slug}`);
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page).toHaveURL(new RegExp(`/name\\?next=`));
	await page.getByLabel('Your display name').fill('Late Comer');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page).toHaveURL(`/quiz/${slug}`);
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question 1 of ${total}`);
});

test('every page a student sees passes an axe scan, also 360 px wide', async ({
	page: projectPage,
	browser,
	javaScriptEnabled
}) => {
	// (a dozen pages scanned twice, at two widths: 40 s alone, more on a busy machine)
	test.setTimeout(120_000);
	// axe runs as a script in the page. Without JavaScript, scan the same server-rendered pages in
	// a context where scripts may run but the app's own scripts are blocked (no hydration).
	let page = projectPage;
	if (!javaScriptEnabled) {
		const context = await browser.newContext({ javaScriptEnabled: true });
		await context.route('**/_app/immutable/**/*.js', (route) => route.abort());
		page = await context.newPage();
	}
	await page.goto('/');
	await expectAccessible(page, 'home, first visit');
	await page.goto('/name?next=/');
	await expectAccessible(page, 'name page');
	await pickName(page, 'Axe');
	await expectAccessible(page, 'home with a player');
	await page.goto(`/quiz/${slug}`);
	await expectAccessible(page, 'quiz landing');
	await startQuiz(page, slug);
	await expectAccessible(page, 'question');
	await page.getByRole('button', { name: 'Submit answer' }).click();
	if ((await page.getByRole('alert').count()) > 0) await expectAccessible(page, 'refused answer');
	for (let n = 1; n <= total; n++) {
		await page.getByRole('radio').first().check();
		await page.getByRole('button', { name: 'Submit answer' }).click();
		if (n === 1) await expectAccessible(page, 'feedback');
		await page
			.getByRole('link', { name: n === total ? 'See your results' : 'Next question' })
			.click();
	}
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your results');
	await expectAccessible(page, 'results');
	const resultsPath = new URL(page.url()).pathname;
	await page.getByRole('link', { name: 'See this sentence in the article' }).first().click();
	await expect(page.locator(':target')).toHaveCount(1);
	await expectAccessible(page, 'article with a highlighted sentence');
	await page.goto('/quiz/no-such-quiz');
	await expectAccessible(page, '404 page');

	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of ['/', `/quiz/${slug}`, `/articles/${slug}`]) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, `horizontal scroll at 360 px on ${path}`).toBeLessThanOrEqual(0);
	}
	await page.emulateMedia({ colorScheme: 'dark' });
	for (const path of ['/', `/quiz/${slug}`, resultsPath, `/articles/${slug}#s1`]) {
		await page.goto(path);
		await expectAccessible(page, `${path} in the dark scheme`);
	}
});
