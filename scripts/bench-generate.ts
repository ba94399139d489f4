/**
 * `npm run bench:generate [-- --runs 9]`
 *
 * Medians of several warm runs of `generate` (analysis to selection; reading the file excluded):
 * the seed article, and the seed's text repeated to about 10,000 words, in milliseconds and
 * milliseconds per word. Cost per word should stay flat as the article grows.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readArticle } from '../src/lib/article/index';
import { generate } from '../src/lib/generator/index';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' } } });
const RUNS = Math.max(3, Number(values.runs) || 9);
const SEED = 'questions/kim-jong-un-russia-visit.md';
const text = readFileSync(SEED, 'utf8');
const [, front = '', body = ''] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(text) ?? [];

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] ?? 0;
}

function bench(label: string, source: string): void {
	const article = readArticle({ text: source, filename: 'bench.md' });
	for (let i = 0; i < 3; i++) generate(article); // warm up
	const times: number[] = [];
	let words = 0;
	let questions = 0;
	for (let i = 0; i < RUNS; i++) {
		const t0 = performance.now();
		const { bank, report } = generate(article);
		times.push(performance.now() - t0);
		words = report.words;
		questions = bank.questions.length;
	}
	const ms = median(times);
	process.stdout.write(
		`${label.padEnd(28)} ${String(words).padStart(6)} words  ${ms.toFixed(1).padStart(8)} ms  ${((ms / Math.max(1, words)) * 1000).toFixed(1).padStart(7)} µs/word  (${questions} questions, median of ${RUNS})\n`
	);
}

bench('seed', text);
// keep only the article's own paragraphs (not the feed lines) when repeating it
const paragraphs = body
	.split('\n')
	.filter((l) => l.trim() && !/NDTV|syndicated/.test(l))
	.join('\n');
const perCopy = paragraphs.split(/\s+/).length;
const copies = Math.ceil(10_000 / perCopy);
bench(
	`seed x${copies} (~10,000 words)`,
	front + Array.from({ length: copies }, () => paragraphs).join('\n')
);
bench(
	`seed x${Math.ceil(copies / 4)} (~2,500 words)`,
	front + Array.from({ length: Math.ceil(copies / 4) }, () => paragraphs).join('\n')
);
