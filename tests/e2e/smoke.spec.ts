import { expect, test } from '@playwright/test';

test('the home page lists the quizzes and asks a new player for a name', async ({ page }) => {
	const response = await page.goto('/');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('newsquiz');
	await expect(page.getByRole('heading', { name: 'Quizzes' })).toBeVisible();
	await expect(page.locator('a[href*="quiz/"]').first()).toBeVisible();
	await expect(page.getByLabel('Your display name')).toBeVisible();
});
