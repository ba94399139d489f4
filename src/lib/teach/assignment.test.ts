import { describe, expect, it } from 'vitest';
import type { Bank, Question } from '$lib/generator/types';
import {
	MAX_QUESTIONS,
	addQuestion,
	assignmentAttempt,
	assignmentIdOfSlug,
	availability,
	deleteQuestion,
	draftAssignment,
	editQuestion,
	moveQuestion,
	regenerateAll,
	regenerateQuestion,
	restoreQuestion,
	toAttemptQuestions
} from './assignment';
import type { Assignment } from './types';

const bank: Bank = {
	article: {
		slug: 'ignored',
		title: 'Kim Jong Un in Russia',
		source: 'Reuters',
		sentences: [
			{ id: 's1', text: 'Kim Jong Un arrived in Russia on Tuesday.', paragraph: 0 },
			{ id: 's2', text: 'He met Vladimir Putin on Wednesday.', paragraph: 0 },
			{ id: 's3', text: 'The talks lasted four hours.', paragraph: 1 }
		]
	},
	questions: [
		{
			id: 'q1',
			type: 'cloze',
			stem: 'Kim Jong Un arrived in ____ on Tuesday.',
			options: ['Russia', 'China', 'Japan'],
			answer: 0,
			evidence: ['s1'],
			explanation: 'The article says where he arrived.',
			difficulty: 0.2
		},
		{
			id: 'q2',
			type: 'number',
			stem: 'How long did the talks last?',
			options: ['two hours', 'four hours', 'six hours'],
			answer: 1,
			evidence: ['s3'],
			explanation: 'The article gives the length of the talks.',
			difficulty: 0.4
		}
	]
};

const NOW = new Date('2026-03-02T08:00:00Z');

function draft(): Assignment {
	return draftAssignment({ id: 'A1', teacherId: 'T1', bank, from: { kind: 'text' }, now: NOW });
}

function ok(r: { ok: true; assignment: Assignment } | { ok: false; message: string }): Assignment {
	if (!r.ok) throw new Error(r.message);
	return r.assignment;
}

describe('draftAssignment', () => {
	it('keeps the generated questions, names the article t-<id> and starts as a draft', () => {
		const a = draft();
		expect(a.article.slug).toBe('t-A1');
		expect(assignmentIdOfSlug(a.article.slug)).toBe('A1');
		expect(a.status).toBe('draft');
		expect(a.code).toBeNull();
		expect(a.questions.map((q) => [q.id, q.origin])).toEqual([
			['q1', 'generated'],
			['q2', 'generated']
		]);
	});

	it('uses the library slug for a library article', () => {
		const a = draftAssignment({
			id: 'A1',
			teacherId: 'T1',
			bank,
			from: { kind: 'library', slug: 'kim' }
		});
		expect(a.article.slug).toBe('kim');
	});
});

describe('editing questions', () => {
	it('edits, then restores the generated original', () => {
		const edited = ok(
			editQuestion(draft(), 'q1', {
				stem: 'Where did Kim arrive on Tuesday?',
				options: ['Russia', 'China'],
				answer: 0,
				evidence: 's1'
			})
		);
		expect(edited.questions[0]).toMatchObject({
			stem: 'Where did Kim arrive on Tuesday?',
			origin: 'edited'
		});
		const restored = ok(restoreQuestion(edited, 'q1'));
		expect(restored.questions[0]).toEqual({ ...bank.questions[0], origin: 'generated' });
	});

	it('drops the explanation when the key changes', () => {
		const edited = ok(
			editQuestion(draft(), 'q1', {
				stem: 'x?',
				options: ['Russia', 'China'],
				answer: 1,
				evidence: 's1'
			})
		);
		expect(edited.questions[0]?.explanation).toBe('');
	});

	it('moves up and down, and not past the ends', () => {
		const a = draft();
		expect(ok(moveQuestion(a, 'q2', -1)).questions.map((q) => q.id)).toEqual(['q2', 'q1']);
		expect(ok(moveQuestion(a, 'q1', -1)).questions.map((q) => q.id)).toEqual(['q1', 'q2']);
		expect(ok(moveQuestion(a, 'q2', 1)).questions.map((q) => q.id)).toEqual(['q1', 'q2']);
	});

	it('deletes, but never the last question', () => {
		const one = ok(deleteQuestion(draft(), 'q1'));
		expect(one.questions.map((q) => q.id)).toEqual(['q2']);
		expect(deleteQuestion(one, 'q2')).toMatchObject({
			ok: false,
			message: /at least one question/
		});
	});

	it('adds a question by hand with a fresh id and no original', () => {
		const a = ok(
			addQuestion(draft(), {
				stem: 'Who did Kim meet?',
				options: ['Putin', 'Biden'],
				answer: 0,
				evidence: 's2'
			})
		);
		const added = a.questions[2];
		expect(added).toMatchObject({ id: 'q3', origin: 'manual', evidence: ['s2'] });
		expect(restoreQuestion(a, 'q3')).toMatchObject({ ok: false });
	});

	it('regenerates a question with one the assignment does not ask yet', () => {
		const other = {
			...bank.questions[0]!,
			id: 'q7',
			stem: 'Whom did Kim meet on Wednesday?',
			evidence: ['s2']
		};
		const a = ok(regenerateQuestion(draft(), 'q1', [...bank.questions, other]));
		expect(a.questions[0]).toMatchObject({
			stem: 'Whom did Kim meet on Wednesday?',
			origin: 'generated'
		});
		expect(a.questions[0]?.id).not.toBe('q1');
		expect(regenerateQuestion(draft(), 'q1', bank.questions)).toMatchObject({ ok: false });
	});

	it('refuses an unknown question id', () => {
		expect(
			editQuestion(draft(), 'q9', { stem: 'x', options: ['a', 'b'], answer: 0, evidence: 's1' }).ok
		).toBe(false);
	});
});

describe('regenerating the whole set', () => {
	const edit = {
		stem: 'Where did he arrive?',
		options: ['Russia', 'China'],
		answer: 0,
		evidence: 's1'
	};
	const byHand = {
		stem: 'How long were the talks?',
		options: ['4 hours', '9 hours'],
		answer: 0,
		evidence: 's3'
	};
	const LATER = new Date('2026-03-02T09:00:00Z');

	function edited(): Assignment {
		let a = ok(editQuestion(draft(), 'q1', edit));
		a = ok(addQuestion(a, byHand));
		return ok(moveQuestion(a, 'q2', -1));
	}

	it('discards edits, reorders and hand-written questions for the same generated set', () => {
		const before = edited();
		const a = ok(regenerateAll(before, bank.questions, LATER));
		expect(a.questions).toEqual(bank.questions.map((q) => ({ ...q, origin: 'generated' })));
		// Same originals, same ids: nothing new is kept, and restore still finds every original.
		expect(a.generated).toEqual(bank.questions);
		expect(a.updatedAt).toBe(LATER.toISOString());
		const again = ok(editQuestion(a, 'q2', { ...edit, evidence: 's3', stem: 'Talks?' }));
		expect(ok(restoreQuestion(again, 'q2')).questions[1]).toEqual({
			...bank.questions[1],
			origin: 'generated'
		});
		// The record passed in is not changed.
		expect(before.questions.map((q) => q.origin)).toEqual(['generated', 'edited', 'manual']);
	});

	it('gives a question the assignment never had an id never used, and keeps the old originals', () => {
		const before = edited(); // q1, q2 generated; q3 by hand
		const other = {
			...(bank.questions[0] as Question),
			stem: 'Kim Jong Un arrived in Russia on ____.',
			options: ['Tuesday', 'Monday', 'Friday']
		};
		const changed = { ...(bank.questions[1] as Question), options: ['one hour', 'four hours'] };
		const a = ok(regenerateAll(before, [other, changed], LATER));
		expect(a.questions.map((q) => [q.id, q.origin, q.stem])).toEqual([
			['q4', 'generated', other.stem],
			['q5', 'generated', changed.stem]
		]);
		expect(a.generated.map((q) => q.id)).toEqual(['q1', 'q2', 'q4', 'q5']);
		expect(a.generated.slice(0, 2)).toEqual(bank.questions);
		const e = ok(editQuestion(a, 'q4', edit));
		expect(ok(restoreQuestion(e, 'q4')).questions[0]).toEqual({
			...other,
			id: 'q4',
			origin: 'generated'
		});
	});

	it('refuses an empty run and changes nothing', () => {
		const r = regenerateAll(edited(), [], LATER);
		expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/unchanged/) });
	});

	it('keeps at most the maximum number of questions', () => {
		const many = Array.from({ length: MAX_QUESTIONS + 5 }, (_, i) => ({
			...(bank.questions[0] as Question),
			id: `q${i + 1}`,
			stem: `Question ${i + 1}: Kim Jong Un arrived in ____ on Tuesday.`
		}));
		expect(ok(regenerateAll(draft(), many)).questions).toHaveLength(MAX_QUESTIONS);
	});
});

describe('availability', () => {
	it.each<[Partial<Assignment>, Partial<Assignment['settings']>, string | true]>([
		[{ status: 'draft' }, {}, 'draft'],
		[{ status: 'closed' }, {}, 'closed'],
		[{ status: 'open' }, {}, true],
		[{ status: 'open' }, { opensAt: '2026-03-02T09:00:00Z' }, 'not-yet'],
		[{ status: 'open' }, { opensAt: '2026-03-02T08:00:00Z' }, true],
		[{ status: 'open' }, { closesAt: '2026-03-02T08:00:00Z' }, 'ended'],
		[{ status: 'open' }, { closesAt: '2026-03-02T08:01:00Z' }, true]
	])('%j %j → %s', (over, settings, expected) => {
		const a = { ...draft(), ...over };
		a.settings = { ...a.settings, ...settings };
		const result = availability(a, NOW);
		if (expected === true) expect(result).toEqual({ open: true });
		else expect(result).toMatchObject({ open: false, reason: expected });
	});
});

describe('the attempt of a student', () => {
	it('snapshots the questions with quotes and the settings', () => {
		const a = draft();
		a.settings = { ...a.settings, feedback: 'end', shuffleQuestions: false, shuffleOptions: false };
		const attempt = assignmentAttempt(a, {
			id: 'X',
			player: { id: 'P', name: 'Ana' },
			seed: 7,
			now: NOW
		});
		expect(attempt.source).toEqual({ kind: 'assignment', id: 'A1' });
		expect(attempt.feedback).toBe('end');
		expect(attempt.questions.map((q) => q.id)).toEqual(['q1', 'q2']);
		expect(attempt.optionOrder).toEqual([
			[0, 1, 2],
			[0, 1, 2]
		]);
		expect(attempt.questions[1]?.quotes).toEqual([
			{ id: 's3', text: 'The talks lasted four hours.' }
		]);
		expect(attempt.questions[1]?.article).toBe('t-A1');
		expect(attempt.questions[0]).not.toHaveProperty('origin');
	});

	it('shuffles when asked, the same way for the same seed', () => {
		const a = draft();
		const orders = new Set<string>();
		for (let seed = 1; seed < 40; seed++) {
			const attempt = assignmentAttempt(a, { id: 'X', player: { id: 'P', name: 'Ana' }, seed });
			orders.add(JSON.stringify([attempt.questions.map((q) => q.id), attempt.optionOrder]));
		}
		expect(orders.size).toBeGreaterThan(1);
		expect(toAttemptQuestions(a)).toHaveLength(2);
	});
});
