/**
 * The quiz library: every quiz a player can start, by slug. Quizzes come from sources; the
 * built-in one reads the banks in `questions/*.json` once at start-up. Other kinds (articles
 * players add, kept in the store) join with `addSource()`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bank } from '$lib/generator/types';
import { BankError, parseBank } from '$lib/quiz/bank';

/** What the home page lists about a quiz. */
export interface QuizEntry {
	slug: string;
	title: string;
	source: string;
	url?: string;
	date?: string;
	count: number;
}

/** A place quizzes come from. `list()` gives every bank, `get()` one by slug. */
export interface LibrarySource {
	name: string;
	list(): Promise<Bank[]>;
	get(slug: string): Promise<Bank | undefined>;
}

/** The folder of the built-in banks: `NEWSQUIZ_QUESTIONS_DIR`, or `questions` (from the working directory). */
export function questionsDir(): string {
	return process.env.NEWSQUIZ_QUESTIONS_DIR || 'questions';
}

/**
 * Reads and checks every bank of `dir` (`*.json`). Throws `BankError` naming the file when a
 * bank is malformed, when an article (`*.md`, `*.txt`) has no bank beside it, or when two banks
 * share a slug.
 */
export function readBanks(dir: string): Bank[] {
	if (!existsSync(dir)) throw new BankError(dir, 'the questions folder does not exist');
	const files = readdirSync(dir).sort();
	const banks: Bank[] = [];
	const seen = new Map<string, string>();
	for (const name of files) {
		const file = join(dir, name);
		if (/\.(md|txt)$/.test(name)) {
			const bankName = name.replace(/\.(md|txt)$/, '.json');
			if (!files.includes(bankName)) {
				throw new BankError(
					file,
					`has no quiz bank ${join(dir, bankName)}; make it with: npm run generate -- ${file}`
				);
			}
		}
		if (!name.endsWith('.json')) continue;
		const bank = parseBank(readFileSync(file, 'utf8'), file);
		const other = seen.get(bank.article.slug);
		if (other) throw new BankError(file, `uses the slug "${bank.article.slug}" of ${other}`);
		seen.set(bank.article.slug, file);
		if (bank.questions.length === 0) throw new BankError(file, 'has no questions');
		banks.push(bank);
	}
	return banks;
}

/** A source holding banks in memory (the files are read once, at start-up). */
export function memorySource(name: string, banks: Bank[]): LibrarySource {
	const bySlug = new Map(banks.map((b) => [b.article.slug, b]));
	return {
		name,
		list: async () => banks,
		get: async (slug) => bySlug.get(slug)
	};
}

const sources: LibrarySource[] = [];
let builtIn: LibrarySource | undefined;

/**
 * Loads the built-in banks (idempotent). Call from the server's `init` hook, so a bad bank
 * stops the server at start-up with a message naming the file.
 */
export function loadLibrary(dir: string = questionsDir()): void {
	if (builtIn) return;
	builtIn = memorySource('questions', readBanks(dir));
	sources.unshift(builtIn);
}

/** Adds a source of quizzes (e.g. articles players added). Slugs of earlier sources win. */
export function addSource(source: LibrarySource): void {
	if (!sources.some((s) => s.name === source.name)) sources.push(source);
}

function entry(bank: Bank): QuizEntry {
	const { slug, title, source, url, date } = bank.article;
	return { slug, title, source, url, date, count: bank.questions.length };
}

/** Every quiz, newest article first (then by title). */
export async function list(): Promise<QuizEntry[]> {
	const seen = new Set<string>();
	const entries: QuizEntry[] = [];
	for (const source of sources) {
		for (const bank of await source.list()) {
			if (seen.has(bank.article.slug)) continue;
			seen.add(bank.article.slug);
			// Only playable quizzes are listed; their articles stay readable through `get()`.
			if (bank.questions.length > 0) entries.push(entry(bank));
		}
	}
	return entries.sort(
		(a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title)
	);
}

/** The bank of a quiz, or `undefined` for an unknown slug. */
export async function get(slug: string): Promise<Bank | undefined> {
	for (const source of sources) {
		const bank = await source.get(slug);
		if (bank) return bank;
	}
	return undefined;
}
