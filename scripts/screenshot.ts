/**
 * Takes the README's screenshot (docs/screenshots/quiz.png): starts the built app on a
 * throwaway data folder, picks a name, answers the first question of the seed quiz and shoots
 * the feedback with its quoted sentence. Run after `npm run build`:
 *   npx tsx scripts/screenshot.ts [--out docs/screenshots/quiz.png] [--dark] [--width 900]
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
	const i = args.indexOf(name);
	return i === -1 ? fallback : (args[i + 1] ?? fallback);
};
const out = option('--out', 'docs/screenshots/quiz.png');
const width = Number(option('--width', '900'));
const dark = args.includes('--dark');
const slug = option('--quiz', 'kim-jong-un-russia-visit');

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject()
			);
		});
	});
}

async function waitFor(url: string): Promise<void> {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`The app did not start at ${url}`);
}

if (!existsSync('build/index.js')) throw new Error('Run `npm run build` first.');
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const data = await mkdtemp(join(tmpdir(), 'newsquiz-shot-'));
const server = spawn(process.execPath, ['build'], {
	env: {
		...process.env,
		HOST: '127.0.0.1',
		PORT: String(port),
		NEWSQUIZ_DATA_DIR: data,
		ORIGIN: base
	},
	stdio: 'inherit'
});
try {
	await waitFor(base);
	const chromiumPath = process.env.NEWSQUIZ_CHROMIUM ?? '/usr/bin/chromium';
	const browser = await chromium.launch({
		executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
		args: process.getuid?.() === 0 ? ['--no-sandbox'] : []
	});
	const page = await browser.newPage({
		viewport: { width, height: 900 },
		deviceScaleFactor: 1,
		colorScheme: dark ? 'dark' : 'light',
		reducedMotion: 'reduce'
	});
	await page.goto(base);
	await page.getByLabel('Your display name').fill('Mina');
	await page.getByRole('button', { name: 'Start playing' }).click();
	await page.getByText('Playing as Mina').waitFor();
	await page.goto(`${base}/quiz/${slug}`);
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await page.getByRole('button', { name: 'Submit answer' }).waitFor();
	await page.getByRole('radio').nth(1).check();
	await page.getByRole('button', { name: 'Submit answer' }).click();
	await page.getByRole('link', { name: 'Next question' }).waitFor();
	await page.screenshot({ path: out, fullPage: true });
	console.log(`Saved ${out}`);
	await browser.close();
} finally {
	server.kill();
	await rm(data, { recursive: true, force: true });
}
