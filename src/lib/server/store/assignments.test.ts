import { afterEach, describe, expect, it } from 'vitest';
import { draftAssignment } from '$lib/teach/assignment';
import { JOIN_ALPHABET } from '$lib/teach/join-code';
import type { Bank } from '$lib/generator/types';
import { assignments } from './assignments';
import { openStore } from './store';
import { removeTempDirs, tempDir } from './test-helpers';

afterEach(removeTempDirs);

const bank: Bank = {
	article: {
		slug: 'x',
		title: 'Talks',
		source: 'Reuters',
		sentences: [{ id: 's1', text: 'The talks lasted four hours.', paragraph: 0 }]
	},
	questions: [
		{
			id: 'q1',
			type: 'number',
			stem: 'How long did the talks last?',
			options: ['two hours', 'four hours'],
			answer: 1,
			evidence: ['s1'],
			explanation: '',
			difficulty: 0.3
		}
	]
};

function draft(id: string, teacherId = 'T1') {
	return draftAssignment({ id, teacherId, bank, from: { kind: 'text' } });
}

describe('assignments', () => {
	it('lists only the teacher’s own assignments', async () => {
		const a = assignments(await openStore(await tempDir()));
		await a.create(draft('A1', 'T1'));
		await a.create(draft('A2', 'T2'));
		await a.create(draft('A3', 'T1'));
		expect((await a.forTeacher('T1')).map((x) => x.id).sort()).toEqual(['A1', 'A3']);
		expect(await a.forTeacher('T9')).toEqual([]);
	});

	it('publishes with a join code, closes, and reopens with the same code', async () => {
		const a = assignments(await openStore(await tempDir()));
		await a.create(draft('A1'));
		const open = await a.publish('A1');
		expect(open?.status).toBe('open');
		const code = open?.code ?? '';
		expect(code).toHaveLength(6);
		for (const ch of code) expect(JOIN_ALPHABET).toContain(ch);
		expect((await a.byCode(code))?.id).toBe('A1');
		expect((await a.close('A1'))?.status).toBe('closed');
		expect((await a.byCode(code))?.status).toBe('closed');
		const again = await a.publish('A1');
		expect(again).toMatchObject({ status: 'open', code });
	});

	it('never hands out a code twice', async () => {
		// A random source that repeats: the first code drawn for A2 is A1's.
		const bytes = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
		let calls = 0;
		const random = (n: number) =>
			calls++ < 2
				? Uint8Array.from(bytes.slice(0, n))
				: Uint8Array.from({ length: n }, (_, i) => i + 1);
		const a = assignments(await openStore(await tempDir()), random as never);
		await a.create(draft('A1'));
		await a.create(draft('A2'));
		const first = await a.publish('A1');
		const second = await a.publish('A2');
		expect(first?.code).toBe('AAAAAA');
		expect(second?.code).not.toBe('AAAAAA');
		expect((await a.byCode('AAAAAA'))?.id).toBe('A1');
	});

	it('tells whether an assignment uses a library article', async () => {
		const a = assignments(await openStore(await tempDir()));
		await a.create(
			draftAssignment({ id: 'A1', teacherId: 'T1', bank, from: { kind: 'library', slug: 'pier' } })
		);
		await a.create(draft('A2'));
		expect(await a.usesArticle('pier')).toBe(true);
		expect(await a.usesArticle('t-A2')).toBe(true);
		expect(await a.usesArticle('other')).toBe(false);
	});

	it('knows no unknown code and no unknown assignment', async () => {
		const a = assignments(await openStore(await tempDir()));
		expect(await a.byCode('ACDEFG')).toBeUndefined();
		expect(await a.publish('nope')).toBeUndefined();
	});
});
