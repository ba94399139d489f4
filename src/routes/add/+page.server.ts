import { error, fail, redirect } from '@sveltejs/kit';
import { generate } from '$lib/generator';
import {
	addArticle,
	articleHash,
	MAX_ADD_BYTES,
	type AddInput
} from '$lib/server/practice/add-article';
import * as library from '$lib/server/library';
import { publicAddEnabled } from '$lib/server/practice';
import { getStore } from '$lib/server/store';
import { articles } from '$lib/server/store/articles';
import { assignments } from '$lib/server/store/assignments';
import type { Actions, PageServerLoad } from './$types';

const OFF = 'Adding articles is turned off on this server. Ask whoever runs it to add one for you.';

/** A short text field from the form; longer input is cut, not trusted. */
function field(form: FormData, name: string, max = 300): string {
	const v = form.get(name);
	return typeof v === 'string' ? v.slice(0, max) : '';
}

export const load: PageServerLoad = async ({ locals }) => {
	const enabled = publicAddEnabled();
	const mine = locals.player
		? (await articles(getStore()).list())
				.filter((e) => e.addedBy === locals.player?.id)
				.map(({ slug, title, source, date, count, addedAt }) => ({
					slug,
					title,
					source,
					date,
					count,
					addedAt
				}))
		: [];
	return { enabled, signedIn: locals.player !== null, mine, maxKb: MAX_ADD_BYTES / 1000 };
};

/** A built-in quiz (from `questions/`) with the same text, so adding the seed finds the seed. */
async function builtInWithHash(hash: string): Promise<string | undefined> {
	const added = new Set((await articles(getStore()).list()).map((e) => e.slug));
	for (const entry of await library.list()) {
		if (added.has(entry.slug)) continue;
		const bank = await library.get(entry.slug);
		if (bank && articleHash(bank.article) === hash) return entry.slug;
	}
	return undefined;
}

async function add(locals: App.Locals, input: AddInput, values: Record<string, string>) {
	if (!publicAddEnabled()) return fail(403, { values, message: OFF });
	if (!locals.player) redirect(303, `/name?next=${encodeURIComponent('/add')}`);
	const outcome = await addArticle(
		getStore(),
		locals.player.id,
		input,
		(a) => generate(a),
		new Date(),
		builtInWithHash
	);
	if (!outcome.ok) return fail(outcome.status, { values, message: outcome.message });
	redirect(303, `/quiz/${outcome.slug}${outcome.created ? '?added=1' : '?added=again'}`);
}

export const actions: Actions = {
	paste: async ({ request, locals }) => {
		const form = await request.formData();
		const values = {
			title: field(form, 'title'),
			source: field(form, 'source', 120),
			date: field(form, 'date', 10),
			url: field(form, 'url', 500)
		};
		const body = form.get('body');
		const text = typeof body === 'string' ? body : '';
		// Keep the pasted text for the form only when it is not huge.
		const shown = { ...values, body: text.length <= MAX_ADD_BYTES ? text : '' };
		return add(locals, { via: 'paste', text, ...values }, shown);
	},

	upload: async ({ request, locals }) => {
		const form = await request.formData();
		const values = { source: field(form, 'source', 120), date: field(form, 'date', 10) };
		const file = form.get('file');
		if (!(file instanceof File) || file.name === '' || file.size === 0) {
			return fail(400, {
				values,
				message: 'Choose a .txt, .md or .html file; the one sent was empty or missing.'
			});
		}
		if (!/\.(txt|text|md|markdown|html?)$/i.test(file.name)) {
			return fail(400, {
				values,
				message: `“${file.name.slice(0, 80)}” is not a .txt, .md or .html file. Save the article as text first.`
			});
		}
		if (file.size > MAX_ADD_BYTES) {
			return fail(413, {
				values,
				message: `The file is ${Math.round(file.size / 1000)} kB; the limit is ${MAX_ADD_BYTES / 1000} kB. Paste only the article's text.`
			});
		}
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
		} catch {
			return fail(400, {
				values,
				message:
					'This file could not be read as text (it is not UTF-8). Save it as UTF-8 text and try again.'
			});
		}
		return add(locals, { via: 'file', text, fileName: file.name.slice(0, 200), ...values }, values);
	},

	remove: async ({ request, locals }) => {
		if (!locals.player) redirect(303, '/add');
		const slug = field(await request.formData(), 'slug', 100);
		const store = getStore();
		const result = await articles(store).remove(slug, locals.player.id, (s) =>
			assignments(store).usesArticle(s)
		);
		if (result === 'not-found') error(404, 'There is no such article to remove.');
		if (result === 'not-yours') {
			return fail(403, { removeMessage: 'Only the player who added an article can remove it.' });
		}
		if (result === 'in-use') {
			return fail(409, {
				removeMessage: 'A teacher’s assignment uses this article, so it stays in the library.'
			});
		}
		return { removed: slug };
	}
};
