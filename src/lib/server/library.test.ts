import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BankError } from '$lib/quiz/bank';
import { addSource, list, memorySource, readBanks } from './library';

const fixture = join(import.meta.dirname, '../quiz/fixtures/small-bank.json');

async function folder(files: Record<string, string>): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'newsquiz-library-'));
	for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
	return dir;
}

describe('readBanks', () => {
	it('reads every bank of the folder', async () => {
		const text = await readFile(fixture, 'utf8');
		const dir = await folder({ 'fixture-article.json': text, 'fixture-article.md': '---\n---\n' });
		const banks = readBanks(dir);
		expect(banks.map((b) => b.article.slug)).toEqual(['fixture-article']);
		const source = memorySource('t', banks);
		expect((await source.get('fixture-article'))?.questions).toHaveLength(4);
		expect(await source.get('nope')).toBeUndefined();
	});

	it.each([
		['a malformed bank', { 'bad.json': '{"article": 1' }, /bad\.json: not valid JSON/],
		['a bank of the wrong shape', { 'bad.json': '{"questions": []}' }, /bad\.json: "article"/],
		[
			'an article without its bank',
			{ 'story.md': 'text' },
			/story\.md: has no quiz bank .*story\.json/
		]
	])('refuses %s, naming the file', async (_, files, message) => {
		const dir = await folder(files);
		expect(() => readBanks(dir)).toThrow(BankError);
		expect(() => readBanks(dir)).toThrow(message);
	});

	it('refuses a missing folder', () => {
		expect(() => readBanks('/nonexistent/questions')).toThrow(/questions folder does not exist/);
	});

	it('refuses two banks with one slug', async () => {
		const text = await readFile(fixture, 'utf8');
		const dir = await folder({ 'a.json': text, 'b.json': text });
		expect(() => readBanks(dir)).toThrow(/b\.json: uses the slug "fixture-article" of .*a\.json/);
	});
});

describe('the built-in questions folder', () => {
	it('loads, with the seed article quiz among its banks', () => {
		const banks = readBanks('questions');
		const seed = banks.find((b) => b.article.slug === 'kim-jong-un-russia-visit');
		expect(seed?.questions.length).toBeGreaterThanOrEqual(5);
	});
});

describe('list', () => {
	it('leaves out banks without questions, which stay readable', async () => {
		const bank = JSON.parse(await readFile(fixture, 'utf8'));
		const empty = { ...bank, article: { ...bank.article, slug: 'draft' }, questions: [] };
		const source = memorySource('drafts', [bank, empty]);
		addSource(source);
		expect((await list()).map((q) => q.slug)).toEqual(['fixture-article']);
		expect((await source.get('draft'))?.questions).toEqual([]);
	});
});
