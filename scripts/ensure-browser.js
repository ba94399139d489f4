// Makes sure Playwright has a Chromium to drive before the end-to-end tests run.
// Debian's /usr/bin/chromium is used when present (see playwright.config.ts); otherwise
// Playwright's own Chromium is installed once (a no-op when it is already there).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const system = process.env.NEWSQUIZ_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(system)) {
	console.log('No system Chromium found: installing Playwright’s Chromium…');
	const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
	if (result.status !== 0) {
		console.error(
			'Could not install a browser for the end-to-end tests. Install Chromium ' +
				'(e.g. `apt-get install chromium`) or set NEWSQUIZ_CHROMIUM to its path.'
		);
		process.exit(1);
	}
}
