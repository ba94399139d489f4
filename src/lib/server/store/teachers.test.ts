import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from './store';
import { EmailTakenError, teachers } from './teachers';
import { removeTempDirs, tempDir } from './test-helpers';

afterEach(removeTempDirs);

describe('teacher accounts', () => {
	it('creates an account found by id and by e-mail', async () => {
		const t = teachers(await openStore(await tempDir()));
		const made = await t.create({ email: 'ana@school.org', name: 'Ana', passwordHash: 'h' });
		expect(await t.get(made.id)).toEqual(made);
		expect(await t.byEmail('ana@school.org')).toEqual(made);
		expect(await t.byEmail('bo@school.org')).toBeUndefined();
	});

	it('refuses a second account with the same e-mail, writing nothing', async () => {
		const store = await openStore(await tempDir());
		const t = teachers(store);
		await t.create({ email: 'ana@school.org', name: 'Ana', passwordHash: 'h' });
		await expect(
			t.create({ email: 'ana@school.org', name: 'Eve', passwordHash: 'x' })
		).rejects.toThrow(EmailTakenError);
		expect(await store.records('teachers').ids()).toHaveLength(1);
	});

	it('keeps e-mails unique under concurrent sign-ups', async () => {
		const store = await openStore(await tempDir());
		const t = teachers(store);
		const results = await Promise.allSettled(
			Array.from({ length: 10 }, (_, i) =>
				t.create({ email: 'ana@school.org', name: `Ana ${i}`, passwordHash: 'h' })
			)
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect(await store.records('teachers').ids()).toHaveLength(1);
	});

	it('is seen by a new store on the same folder (e.g. after npm run teacher:add)', async () => {
		const dir = await tempDir();
		const made = await teachers(await openStore(dir)).create({
			email: 'ana@school.org',
			name: 'Ana',
			passwordHash: 'h'
		});
		expect(await teachers(await openStore(dir)).byEmail('ana@school.org')).toEqual(made);
	});
});
