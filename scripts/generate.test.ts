import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const TEXT = [
	"Nishikori into Queen's final",
	'',
	"Kei Nishikori will play Tim Henman in the final of the Queen's Club tournament in London on Sunday.",
	'Henman survived an injury scare in his semi-final against the Austrian Jurgen Melzer.',
	'Nishikori won the last four points of the first-set tie-break before losing the second set.',
	'Henman will move into the top ten of the world rankings for the first time after the final.',
	'The tournament in London has been played on grass courts since the year 2001.'
].join('\n');

/** Runs the CLI on the text above; returns the bank it prints. */
function run(...args: string[]): { questions: { type: string }[] } {
	const dir = mkdtempSync(path.join(tmpdir(), 'generate-'));
	const file = path.join(dir, 'article.txt');
	writeFileSync(file, TEXT);
	const out = execFileSync(
		process.execPath,
		['--import', 'tsx', 'scripts/generate.ts', file, '--stdout', '--count', '20', ...args],
		{ encoding: 'utf8' }
	);
	return JSON.parse(out);
}

describe('npm run generate', () => {
	it('makes evidence items only with --evidence', () => {
		const plain = run();
		expect(plain.questions.length).toBeGreaterThan(0);
		expect(plain.questions.some((q) => q.type === 'evidence')).toBe(false);
		const withEvidence = run('--evidence');
		expect(withEvidence.questions.some((q) => q.type === 'evidence')).toBe(true);
	});

	it('rejects a bad --count with a message and a non-zero exit', () => {
		expect(() => run('--count', 'many')).toThrow(/--count must be a whole number/);
	});
});
