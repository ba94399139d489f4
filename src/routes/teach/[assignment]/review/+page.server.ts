import { fail, redirect } from '@sveltejs/kit';
import {
	addQuestion,
	deleteQuestion,
	editQuestion,
	moveQuestion,
	regenerateAll,
	regenerateQuestion,
	restoreQuestion,
	type EditResult
} from '$lib/teach/assignment';
import { articleOfBank } from '$lib/teach/make';
import type { Assignment } from '$lib/teach/types';
import { MAX_OPTIONS, validateQuestion } from '$lib/teach/validate';
import { ownAssignment } from '$lib/server/auth';
import { generateBank, generateMany } from '$lib/server/auth/generator';
import { bankArticle } from '$lib/teach/assignment';
import { assignments } from '$lib/server/store/assignments';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const a = await ownAssignment(locals, params.assignment);
	const text = new Map(a.article.sentences.map((s) => [s.id, s.text]));
	const generated = new Set(a.generated.map((q) => q.id));
	return {
		assignment: { id: a.id, title: a.title, status: a.status },
		// The teacher owns this assignment: the keys are theirs to see and edit.
		questions: a.questions.map((q) => ({
			id: q.id,
			stem: q.stem,
			options: q.options,
			answer: q.answer,
			evidence: q.evidence[0] ?? '',
			quote: text.get(q.evidence[0] ?? '') ?? null,
			origin: q.origin,
			restorable: q.origin === 'edited' && generated.has(q.id)
		})),
		sentences: a.article.sentences.map((s) => ({ id: s.id, text: s.text })),
		maxOptions: MAX_OPTIONS,
		regenerated: url.searchParams.has('regenerated')
	};
};

function field(form: FormData, name: string): string {
	const v = form.get(name);
	return typeof v === 'string' ? v : '';
}

/** The form's question fields, as posted (bounded, to echo back into the form). */
function posted(form: FormData) {
	return {
		stem: field(form, 'stem').slice(0, 1000),
		options: Array.from({ length: MAX_OPTIONS }, (_, i) => field(form, `option${i}`).slice(0, 500)),
		answer: field(form, 'answer'),
		evidence: field(form, 'evidence').slice(0, 20)
	};
}

class Refused extends Error {}

/**
 * Applies an edit to the record as it is on disk, under its lock (two tabs cannot lose each
 * other's edits), then goes back to the question. A refusal writes nothing.
 */
async function save(
	a: Assignment,
	act: (fresh: Assignment) => EditResult,
	anchor: (next: Assignment) => string,
	refusedAnchor: string
) {
	let next: Assignment | undefined;
	try {
		next = await assignments().update(a.id, (fresh) => {
			const result = act(fresh);
			if (!result.ok) throw new Refused(result.message);
			return result.assignment;
		});
	} catch (e) {
		if (e instanceof Refused) return fail(409, { questionId: refusedAnchor, message: e.message });
		throw e;
	}
	redirect(303, `/teach/${a.id}/review${next ? `#${anchor(next)}` : ''}`);
}

type Act = (a: Assignment, id: string) => EditResult;

function simple(act: Act): Actions[string] {
	return async ({ locals, params, request }) => {
		const a = await ownAssignment(locals, params.assignment);
		const id = field(await request.formData(), 'id');
		return save(
			a,
			(fresh) => act(fresh, id),
			() => `q-${id}`,
			`q-${id}`
		);
	};
}

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const a = await ownAssignment(locals, params.assignment);
		const form = await request.formData();
		const id = field(form, 'id');
		const values = posted(form);
		const check = validateQuestion(
			values,
			a.article.sentences.map((s) => s.id)
		);
		if (!check.ok) return fail(400, { questionId: `q-${id}`, errors: check.errors, values });
		const value = check.value;
		return save(
			a,
			(fresh) => editQuestion(fresh, id, value),
			() => `q-${id}`,
			`q-${id}`
		);
	},

	add: async ({ locals, params, request }) => {
		const a = await ownAssignment(locals, params.assignment);
		const values = posted(await request.formData());
		const check = validateQuestion(
			values,
			a.article.sentences.map((s) => s.id)
		);
		if (!check.ok) return fail(400, { questionId: 'new', errors: check.errors, values });
		const value = check.value;
		return save(
			a,
			(fresh) => addQuestion(fresh, value),
			(next) => `q-${next.questions.at(-1)?.id ?? ''}`,
			'new'
		);
	},

	up: simple((a, id) => moveQuestion(a, id, -1)),
	down: simple((a, id) => moveQuestion(a, id, 1)),
	delete: simple((a, id) => deleteQuestion(a, id)),
	restore: simple((a, id) => restoreQuestion(a, id)),

	regenerate: async ({ locals, params, request }) => {
		const a = await ownAssignment(locals, params.assignment);
		const id = field(await request.formData(), 'id');
		const i = a.questions.findIndex((q) => q.id === id);
		const candidates = generateMany(articleOfBank(bankArticle(a))).questions;
		return save(
			a,
			(fresh) => regenerateQuestion(fresh, id, candidates),
			(next) => `q-${next.questions[i]?.id ?? id}`,
			`q-${id}`
		);
	},

	/** Discards every question (edits and hand-written ones too) for a fresh run of the generator. */
	regenerateAll: async ({ locals, params, request }) => {
		const a = await ownAssignment(locals, params.assignment);
		if (field(await request.formData(), 'confirm') !== 'yes') {
			return fail(400, {
				questionId: 'all',
				message:
					'Tick “Yes, replace all the questions” first: your edits and the questions you wrote will be lost.'
			});
		}
		// The same generator call that made the assignment, on its article (sentence ids kept).
		const fresh = generateBank(articleOfBank(bankArticle(a))).questions;
		let next: Assignment | undefined;
		try {
			next = await assignments().update(a.id, (current) => {
				const result = regenerateAll(current, fresh);
				if (!result.ok) throw new Refused(result.message);
				return result.assignment;
			});
		} catch (e) {
			if (e instanceof Refused) return fail(409, { questionId: 'all', message: e.message });
			throw e;
		}
		redirect(303, `/teach/${a.id}/review${next ? '?regenerated#questions' : ''}`);
	}
};
