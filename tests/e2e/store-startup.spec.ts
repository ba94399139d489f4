/**
 * The built server (`node build`, built by the config's webServer) and its data folder:
 * a corrupt file stops it with one message naming the file and is left byte-for-byte as it was.
 * No browser needed: these tests spawn the server themselves, on their own free port.
 */
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

interface Outcome {
	/** Exit code, or `null` when the server was still running (and was stopped by the test). */
	code: number | null;
	stdout: string;
	stderr: string;
	/** The server answered HTTP before being stopped. */
	served: boolean;
}

/** Starts `node build` on `dataDir`; waits for it to exit, or to serve `/` (then stops it). */
async function startServer(dataDir: string): Promise<Outcome> {
	const port = await freePort();
	const child = spawn(process.execPath, ['build'], {
		cwd: root,
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), NEWSQUIZ_DATA_DIR: dataDir },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (d) => (stdout += d));
	child.stderr.on('data', (d) => (stderr += d));
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

	let served = false;
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline && child.exitCode === null) {
		const ok = await fetch(`http://127.0.0.1:${port}/`).then(
			(r) => r.status < 500,
			() => false
		);
		if (ok) {
			served = true;
			break;
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	if (child.exitCode === null) {
		child.kill('SIGTERM');
		await exited;
		return { code: null, stdout, stderr, served };
	}
	return { code: await exited, stdout, stderr, served };
}

let dataDir: string;
test.beforeEach(async () => {
	dataDir = await mkdtemp(path.join(tmpdir(), 'newsquiz-startup-'));
});
test.afterEach(async () => {
	await rm(dataDir, { recursive: true, force: true });
});

const corrupt = [
	['a player file cut off mid-write', 'players/abc123.json', '{"id": "abc123", "name": "An'],
	['an empty attempt file', 'attempts/xyz.json', ''],
	['a table with a trailing comma', 'codes.json', '{"ABC234": "a1",}\n']
] as const;

for (const [what, name, content] of corrupt) {
	test(`${what} stops the server, named, and is left untouched`, async () => {
		const file = path.join(dataDir, name);
		await mkdir(path.dirname(file), { recursive: true });
		await writeFile(file, content);
		const before = await readFile(file);
		const mtime = (await stat(file)).mtimeMs;

		const outcome = await startServer(dataDir);

		expect(outcome.served).toBe(false);
		expect(outcome.code).not.toBeNull();
		expect(outcome.code).not.toBe(0);
		expect(outcome.stderr).toContain(`newsquiz cannot start: ${file} is not valid JSON (`);
		expect(outcome.stderr).toContain(
			'It has not been changed: fix it or move it out of the data folder, then start again.'
		);
		// One message for a person, not a stack trace.
		expect(outcome.stderr).not.toMatch(/^\s+at /m);
		expect(await readFile(file)).toEqual(before);
		expect((await stat(file)).mtimeMs).toBe(mtime);
	});
}

test('the same folder starts once the corrupt file is moved out', async () => {
	const file = path.join(dataDir, 'players', 'abc123.json');
	await mkdir(path.dirname(file), { recursive: true });
	await writeFile(file, '{"id": "abc123", "na');
	expect((await startServer(dataDir)).code).not.toBe(0);

	await rm(file);
	const outcome = await startServer(dataDir);
	expect(outcome.stderr).not.toContain('cannot start');
	expect(outcome.served, outcome.stderr).toBe(true);
});

test('first run creates the data folder; a leftover temporary file does not stop the server', async () => {
	const fresh = path.join(dataDir, 'new', 'data');
	const first = await startServer(fresh);
	expect(first.served, first.stderr).toBe(true);
	expect((await stat(fresh)).isDirectory()).toBe(true);

	// A crash between writing `.x.json.tmp` and renaming it leaves the temporary file behind.
	await mkdir(path.join(fresh, 'players'), { recursive: true });
	await writeFile(path.join(fresh, 'players', '.abc123.json.tmp'), '{"id": "abc1');
	const second = await startServer(fresh);
	expect(second.served, second.stderr).toBe(true);
	expect(second.stderr).not.toContain('cannot start');
});
