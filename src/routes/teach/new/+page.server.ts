import { fail, redirect } from '@sveltejs/kit';
import { draftAssignment } from '$lib/teach/assignment';
import { bankFromFile, bankFromText, UPLOAD_MAX_BYTES, type MadeBank } from '$lib/teach/make';
import type { AssignmentArticle } from '$lib/teach/types';
import { requireTeacher } from '$lib/server/auth';
import { generateBank } from '$lib/server/auth/generator';
import * as library from '$lib/server/library';
import { assignments } from '$lib/server/store/assignments';
import { randomId } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireTeacher(locals);
	const articles = (await library.list()).map((q) => ({
		slug: q.slug,
		title: q.title,
		source: q.source,
		date: q.date ?? null
	}));
	return { articles, maxKb: UPLOAD_MAX_BYTES / 1024 };
};

async function create(
	locals: App.Locals,
	made: MadeBank,
	from: AssignmentArticle['from'],
	form: 'library' | 'text' | 'file',
	values: Record<string, string> = {}
) {
	const teacher = requireTeacher(locals);
	if (!made.ok) return fail(400, { form, message: made.message, ...values });
	const a = await assignments().create(
		draftAssignment({ id: randomId(16), teacherId: teacher.id, bank: made.bank, from })
	);
	redirect(303, `/teach/${a.id}/review`);
}

function text(form: FormData, name: string): string {
	const v = form.get(name);
	return typeof v === 'string' ? v : '';
}

export const actions: Actions = {
	library: async ({ locals, request }) => {
		const slug = text(await request.formData(), 'slug');
		const bank = slug ? await library.get(slug) : undefined;
		if (!bank || bank.questions.length === 0) {
			return fail(400, { form: 'library' as const, message: 'Choose an article from the list.' });
		}
		return create(
			locals,
			{ ok: true, bank },
			{ kind: 'library', slug: bank.article.slug },
			'library'
		);
	},

	text: async ({ locals, request }) => {
		const form = await request.formData();
		const title = text(form, 'title');
		const body = text(form, 'text');
		const made = bankFromText({ title, text: body }, generateBank);
		// Echo the text back (bounded) so nothing typed is lost when it is refused.
		const values = { title: title.slice(0, 300), text: body.slice(0, UPLOAD_MAX_BYTES) };
		return create(locals, made, { kind: 'text' }, 'text', values);
	},

	file: async ({ locals, request }) => {
		const form = await request.formData();
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, {
				form: 'file' as const,
				message: 'Choose a .txt, .md or .html file to upload.'
			});
		}
		if (file.size > UPLOAD_MAX_BYTES) {
			return fail(413, {
				form: 'file' as const,
				message: `“${file.name.slice(0, 100)}” is ${Math.ceil(file.size / 1024)} kB; the limit is ${UPLOAD_MAX_BYTES / 1024} kB. Save only the article's text.`
			});
		}
		const made = bankFromFile(
			{ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
			generateBank
		);
		return create(locals, made, { kind: 'file', name: file.name.slice(0, 200) }, 'file');
	}
};
