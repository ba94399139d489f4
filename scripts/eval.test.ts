import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// two politicians of one role, named only inside sentences: too few people for three options
const TEXT = [
	'Anti-terror plan faces first test',
	'',
	'Home Secretary Charles Clarke and shadow home secretary David Davis clashed over the plan.',
	'The new powers were defended by Mr Clarke in the Commons on Monday.',
	'The plan was attacked by Mr Davis as a threat to civil liberties.',
	'A vote on the bill is expected in the Commons next week.'
].join('\n');

/** Runs `npm run eval` on a folder with the article above; returns its ALL.md. */
function run(...args: string[]): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'eval-'));
	writeFileSync(path.join(dir, 'terror.txt'), TEXT);
	const out = path.join(dir, 'out');
	execFileSync(
		process.execPath,
		['--import', 'tsx', 'scripts/eval.ts', dir, '--out', out, ...args],
		{
			encoding: 'utf8'
		}
	);
	return readFileSync(path.join(out, 'ALL.md'), 'utf8');
}

/** How many questions of the readable output have exactly two options. */
const twoOption = (md: string) =>
	md
		.split('\n## ')
		.slice(1)
		.filter((q) => q.split('\n').filter((l) => l.startsWith('- ')).length === 2).length;

describe('npm run eval', () => {
	it('takes two-option questions only with --pairs', () => {
		expect(twoOption(run())).toBe(0);
		expect(twoOption(run('--pairs', '3', '--all'))).toBeGreaterThan(0);
	});

	it('rejects a bad --pairs with a message and a non-zero exit', () => {
		expect(() => run('--pairs', 'some')).toThrow(/--pairs must be a whole number/);
	});
});
