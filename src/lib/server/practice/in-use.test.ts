import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '$lib/server/store';
import { removeTempDirs, tempDir } from '$lib/server/store/test-helpers';
import type { Assignment } from '$lib/teach/types';
import { usedByAssignment } from './in-use';

afterEach(removeTempDirs);

function assignment(id: string, from: Assignment['article']['from']): Assignment {
	return {
		id,
		teacherId: 't1',
		title: 'A',
		article: { slug: 'x', title: 'X', source: 'S', sentences: [], from },
		questions: [],
		generated: [],
		settings: {} as Assignment['settings'],
		status: 'closed',
		code: null,
		createdAt: '2026-01-01T00:00:00Z',
		updatedAt: '2026-01-01T00:00:00Z',
		publishedAt: null
	};
}

describe('usedByAssignment', () => {
	it('is true only for a library article an assignment was made from', async () => {
		const store = await openStore(await tempDir());
		const records = store.records<Assignment>('assignments');
		expect(await usedByAssignment(store, 'bridge-abc')).toBe(false);
		await records.create(assignment('a1', { kind: 'text' }));
		await records.create(assignment('a2', { kind: 'file', name: 'bridge-abc' }));
		expect(await usedByAssignment(store, 'bridge-abc')).toBe(false);
		await records.create(assignment('a3', { kind: 'library', slug: 'bridge-abc' }));
		expect(await usedByAssignment(store, 'bridge-abc')).toBe(true);
		expect(await usedByAssignment(store, 'other')).toBe(false);
	});
});
