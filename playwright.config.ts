import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium when it exists (Playwright cannot download its own browser everywhere),
// Playwright's own browser otherwise, so the same config works on any laptop.
const systemChromium = process.env.NEWSQUIZ_CHROMIUM ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

const launchOptions = {
	executablePath,
	args: [
		...(isRoot ? ['--no-sandbox'] : []),
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
};

const port = Number(process.env.E2E_PORT ?? 4173);

// Each port gets its own output and data folders, so runs on different ports never collide.
const dataDir = `test-results/e2e-data-${port}`;

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: `test-results/out-${port}`,
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'js',
			use: { ...devices['Desktop Chrome'], launchOptions, javaScriptEnabled: true }
		},
		{
			name: 'no-js',
			use: { ...devices['Desktop Chrome'], launchOptions, javaScriptEnabled: false }
		}
	],
	webServer: {
		// The built app, started as `npm start` starts it (no ORIGIN: plain http at whatever
		// address the browser uses), on a throwaway data folder.
		command: `rm -rf ${dataDir} && npm run build && node scripts/start.js`,
		env: {
			HOST: '127.0.0.1',
			PORT: String(port),
			NEWSQUIZ_DATA_DIR: dataDir
		},
		url: `http://127.0.0.1:${port}/`,
		timeout: 180_000,
		reuseExistingServer: false
	}
});
