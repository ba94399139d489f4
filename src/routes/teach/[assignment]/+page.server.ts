import { fail, redirect } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { availability } from '$lib/teach/assignment';
import { parseSettings, toLocalInput } from '$lib/teach/settings';
import { ownAssignment } from '$lib/server/auth';
import { getStore } from '$lib/server/store';
import { assignments } from '$lib/server/store/assignments';
import type { Actions, PageServerLoad } from './$types';

/** The QR code of the join link, as an SVG data URI (made from the origin and the code only). */
async function qrDataUri(link: string): Promise<string> {
	const svg = await QRCode.toString(link, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
	return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const a = await ownAssignment(locals, params.assignment);
	const attempts = getStore().attempts.forAssignment(a.id);
	const link = a.code ? new URL(`/join/${a.code}`, url.origin).href : null;
	const state = availability(a);
	return {
		assignment: {
			id: a.id,
			title: a.title,
			status: a.status,
			code: a.code,
			questions: a.questions.length,
			article: { title: a.article.title, source: a.article.source, slug: a.article.slug }
		},
		availability: state.open ? null : state.message,
		students: new Set((await attempts).map((t) => t.playerId)).size,
		join: a.code && link ? { code: a.code, link, qr: await qrDataUri(link) } : null,
		settings: {
			title: a.title,
			feedback: a.settings.feedback,
			attemptsMode:
				a.settings.attempts === null ? 'unlimited' : a.settings.attempts === 1 ? '1' : 'n',
			attemptsCount:
				a.settings.attempts !== null && a.settings.attempts > 1 ? String(a.settings.attempts) : '',
			opensAt: toLocalInput(a.settings.opensAt),
			closesAt: toLocalInput(a.settings.closesAt),
			shuffleQuestions: a.settings.shuffleQuestions,
			shuffleOptions: a.settings.shuffleOptions
		}
	};
};

function text(form: FormData, name: string): string | undefined {
	const v = form.get(name);
	return typeof v === 'string' ? v : undefined;
}

export const actions: Actions = {
	settings: async ({ locals, params, request }) => {
		const a = await ownAssignment(locals, params.assignment);
		const form = await request.formData();
		const input = {
			title: text(form, 'title'),
			feedback: text(form, 'feedback'),
			attemptsMode: text(form, 'attemptsMode'),
			attemptsCount: text(form, 'attemptsCount'),
			opensAt: text(form, 'opensAt'),
			closesAt: text(form, 'closesAt'),
			shuffleQuestions: text(form, 'shuffleQuestions'),
			shuffleOptions: text(form, 'shuffleOptions')
		};
		const check = parseSettings(input);
		if (!check.ok) {
			const values = Object.fromEntries(
				Object.entries(input).map(([k, v]) => [k, (v ?? '').slice(0, 300)])
			);
			return fail(400, { settingsErrors: check.errors, values });
		}
		await assignments().update(a.id, (doc) => {
			doc.title = check.title;
			doc.settings = check.settings;
			doc.updatedAt = new Date().toISOString();
		});
		redirect(303, `/teach/${a.id}?saved=settings`);
	},

	publish: async ({ locals, params }) => {
		const a = await ownAssignment(locals, params.assignment);
		await assignments().publish(a.id);
		redirect(303, `/teach/${a.id}#share`);
	},

	close: async ({ locals, params }) => {
		const a = await ownAssignment(locals, params.assignment);
		if (a.status !== 'open') return fail(409, { message: 'This assignment is not open.' });
		await assignments().close(a.id);
		redirect(303, `/teach/${a.id}#share`);
	}
};
