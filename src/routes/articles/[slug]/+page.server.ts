import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import * as library from '$lib/server/library';
import { localPath } from '$lib/server/player';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const bank = await library.get(params.slug);
	if (!bank) error(404, 'There is no article with that name. Pick a quiz from the list.');
	const { slug, title, source, date, url: link, sentences } = bank.article;
	const paragraphs: { sentences: { id: string; text: string }[] }[] = [];
	for (const s of sentences) {
		(paragraphs[s.paragraph] ??= { sentences: [] }).sentences.push({ id: s.id, text: s.text });
	}
	// `from` is a path the browser was at on this site (checked by `localPath`): already resolved.
	const from = localPath(url.searchParams.get('from'), '') as ResolvedPathname | '';
	return {
		article: { slug, title, source, date, url: link ?? null },
		paragraphs: paragraphs.filter(Boolean),
		back: from
			? { href: from, label: 'Back to where you were' }
			: bank.questions.length > 0
				? { href: resolve('/quiz/[slug]', { slug }), label: 'Back to the quiz' }
				: { href: resolve('/'), label: 'Back to the quizzes' }
	};
};
