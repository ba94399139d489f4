/**
 * `npm run eval -- <folder of articles> [--out eval-out] [--count N] [--pairs N] [--all] [--rejected]`
 *
 * Generates a bank for every article in the folder (`.md`, `.txt`, `.html`) and prints, per
 * article and in total: questions by type, gate rejections by reason, and time. Writes the
 * questions in a readable form (stem, options with the key marked, the quote) to
 * `<out>/<file>.md` and `<out>/ALL.md` for a person to rate with the rubric of issue 3.
 * `--pairs N` lets a short bank take up to N two-option questions (off by default); `--all`
 * also makes the kinds made only when asked for (name clozes and who-questions, "NOT
 * supported" statements, `what` items);
 * `--rejected` lists every dropped candidate with its reason.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isArticleError, readArticle } from '../src/lib/article/index';
import {
	defaultOptions,
	generate,
	QUESTION_TYPES as TYPES,
	type GenerationReport
} from '../src/lib/generator/index';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		out: { type: 'string', default: 'eval-out' },
		count: { type: 'string' },
		pairs: { type: 'string', default: '0' },
		all: { type: 'boolean', default: false },
		rejected: { type: 'boolean', default: false }
	}
});
const folder = positionals[0];
if (!folder) {
	process.stderr.write('usage: npm run eval -- <folder of articles> [--out eval-out]\n');
	process.exit(1);
}
let files: string[];
try {
	files = readdirSync(folder)
		.filter((f) => /\.(?:md|txt|html?)$/i.test(f))
		.sort();
} catch {
	process.stderr.write(`eval: cannot read the folder ${folder}\n`);
	process.exit(1);
}
const count = values.count ? Number(values.count) : undefined;
const pairs = Number(values.pairs);
if (!Number.isInteger(pairs) || pairs < 0) {
	process.stderr.write(`eval: --pairs must be a whole number, not "${values.pairs}"\n`);
	process.exit(1);
}
mkdirSync(values.out, { recursive: true });

const byType: Record<string, number> = Object.fromEntries(TYPES.map((t) => [t, 0]));
const rejected: Record<string, number> = {};
let totalQuestions = 0;
let totalWords = 0;
let totalMs = 0;
let articles = 0;
const all: string[] = [];

const short = (r: GenerationReport) =>
	TYPES.filter((t) => r.selected[t] > 0)
		.map((t) => `${t} ${r.selected[t]}`)
		.join(', ');

for (const file of files) {
	const text = readFileSync(path.join(folder, file), 'utf8');
	let article;
	try {
		article = readArticle({ text, filename: file });
	} catch (error) {
		const why = isArticleError(error) ? error.message : String(error);
		process.stdout.write(`${file}: not read (${why})\n`);
		continue;
	}
	// warm once so the time is the generator's, not module loading
	// `--all`: the kinds made only when asked for, too
	const kinds = values.all
		? {
				nameKeys: true,
				notSupported: true,
				weekdays: true,
				types: [...defaultOptions.types, 'what' as const]
			}
		: {};
	if (articles === 0) generate(article, { count, pairs, ...kinds });
	const t0 = performance.now();
	const dropped: string[] = [];
	const { bank, report } = generate(article, {
		count,
		pairs,
		...kinds,
		onReject: values.rejected
			? (c, reason) =>
					dropped.push(
						`- [${reason}] (${c.type}) ${c.stem} -> ${c.key} | ${c.distractors.join(' | ')}`
					)
			: undefined
	});
	const ms = performance.now() - t0;
	articles++;
	totalMs += ms;
	totalWords += report.words;
	totalQuestions += bank.questions.length;
	for (const t of TYPES) byType[t] = (byType[t] ?? 0) + report.selected[t];
	for (const [r, n] of Object.entries(report.rejected)) rejected[r] = (rejected[r] ?? 0) + (n ?? 0);
	const rej = Object.entries(report.rejected)
		.map(([r, n]) => `${r} ${n}`)
		.join(', ');
	process.stdout.write(
		`${file}: ${report.words} words, ${bank.questions.length}/${report.target} questions (${short(report)}); rejected: ${rej || 'none'}; ${ms.toFixed(1)} ms\n`
	);
	const sentence = new Map(bank.article.sentences.map((s) => [s.id, s.text]));
	const lines = [`# ${file}: ${bank.article.title}`, ''];
	for (const q of bank.questions) {
		lines.push(`## ${q.id} (${q.type}, difficulty ${q.difficulty})`, '', q.stem, '');
		q.options.forEach((o, i) => lines.push(`${i === q.answer ? '- **[key]**' : '-'} ${o}`));
		lines.push('', ...q.evidence.map((id) => `> ${id}: ${sentence.get(id) ?? '?'}`), '');
		lines.push(`Explanation: ${q.explanation}`, '', 'Rating: ', '');
	}
	for (const note of report.notes) lines.push(`Note: ${note}`);
	if (dropped.length) lines.push('', '### Rejected', '', ...dropped);
	writeFileSync(
		path.join(values.out, `${file.replace(/\.[^.]+$/, '')}.md`),
		`${lines.join('\n')}\n`
	);
	all.push(...lines, '');
}
writeFileSync(path.join(values.out, 'ALL.md'), `${all.join('\n')}\n`);
const rej = Object.entries(rejected)
	.sort((a, b) => b[1] - a[1])
	.map(([r, n]) => `${r} ${n}`)
	.join(', ');
process.stdout.write(
	`\nTOTAL: ${articles} articles, ${totalWords} words, ${totalQuestions} questions (${TYPES.map((t) => `${t} ${byType[t]}`).join(', ')})\n` +
		`rejected: ${rej || 'none'}\n` +
		`time: ${totalMs.toFixed(0)} ms in all, ${(totalMs / Math.max(1, articles)).toFixed(1)} ms per article, ${((totalMs / Math.max(1, totalWords)) * 1000).toFixed(1)} µs per word\n` +
		`readable questions: ${path.join(values.out, 'ALL.md')}\n`
);
