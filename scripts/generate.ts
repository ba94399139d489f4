/**
 * `npm run generate -- <article file> [--out <file>] [--stdout] [--count N] [--title T] [--evidence]`
 *
 * Writes the quiz bank of one article (`.md` with front matter, `.txt`, `.html`) as JSON, by
 * default to `questions/<slug>.json`. `--evidence` also makes evidence ("Part B") items, which
 * are off by default (docs/GENERATOR.md). With `--stdout` it prints the JSON and nothing else. Bad
 * input ends with a one-line message and a non-zero exit code, never a stack trace.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isArticleError } from '../src/lib/article/index';
import { defaultOptions, generateFromText, serializeBank } from '../src/lib/generator/index';

const USAGE =
	'usage: npm run generate -- <article file> [--out <file>] [--stdout] [--count N] [--title T] [--evidence]';

function fail(message: string): never {
	process.stderr.write(`generate: ${message}\n`);
	process.exit(1);
}

function main(): void {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				out: { type: 'string' },
				stdout: { type: 'boolean', default: false },
				count: { type: 'string' },
				title: { type: 'string' },
				evidence: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		});
	} catch (error) {
		fail(`${(error as Error).message}\n${USAGE}`);
	}
	const { values, positionals } = parsed;
	if (values.help) {
		process.stdout.write(`${USAGE}\n`);
		return;
	}
	if (positionals.length !== 1) fail(`give exactly one article file.\n${USAGE}`);
	const file = positionals[0] as string;
	let count: number | undefined;
	if (values.count !== undefined) {
		count = Number(values.count);
		if (!Number.isInteger(count) || count < 1 || count > 50) {
			fail(`--count must be a whole number from 1 to 50, not "${values.count}".`);
		}
	}
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		fail(
			code === 'ENOENT'
				? `cannot read ${file}: no such file.`
				: code === 'EISDIR'
					? `${file} is a folder, not an article file.`
					: `cannot read ${file} (${code ?? 'unknown error'}).`
		);
	}
	let result;
	try {
		result = generateFromText(
			{ text, filename: path.basename(file), title: values.title, maxBytes: 5_000_000 },
			{
				count,
				types: values.evidence ? [...defaultOptions.types, 'evidence'] : defaultOptions.types
			}
		);
	} catch (error) {
		if (isArticleError(error)) fail(`${file}: ${error.message}`);
		fail(`${file}: ${(error as Error)?.message ?? String(error)}`);
	}
	const { bank, report } = result;
	const json = serializeBank(bank);
	// why the other candidates went: "too-few-options 11, pronoun-stem 3" (docs/GENERATOR.md)
	const rejected = Object.entries(report.rejected)
		.sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
		.map(([reason, n]) => `${reason} ${n}`)
		.join(', ');
	const dropped = rejected ? ` Candidates dropped, by check: ${rejected}.` : '';
	const why = report.notes.join(' ') + dropped;
	if (values.stdout) {
		process.stdout.write(json);
		if (bank.questions.length === 0) {
			process.stderr.write(`generate: ${file}: no questions. ${why}\n`);
			process.exitCode = 2;
		}
		return;
	}
	if (bank.questions.length === 0)
		fail(`${file}: no questions passed the checks, nothing written. ${why}`);
	const out = values.out ?? path.join('questions', `${bank.article.slug}.json`);
	try {
		mkdirSync(path.dirname(out), { recursive: true });
		writeFileSync(out, json);
	} catch (error) {
		fail(`cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
	}
	const types = Object.entries(report.selected)
		.filter(([, n]) => n > 0)
		.map(([t, n]) => `${n} ${t}`)
		.join(', ');
	process.stdout.write(
		`${out}: ${bank.questions.length} questions${types ? ` (${types})` : ''} from ${report.words} words.\n`
	);
	for (const note of report.notes) process.stdout.write(`note: ${note}\n`);
	if (rejected) process.stdout.write(`dropped: ${rejected}\n`);
}

main();
