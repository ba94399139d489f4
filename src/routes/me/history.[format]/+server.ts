import { error, redirect } from '@sveltejs/kit';
import { historyCsv, historyJson } from '$lib/practice/export';
import { attemptsOf } from '$lib/server/practice';
import type { RequestHandler } from './$types';

/** `/me/history.json` and `/me/history.csv`: the player's whole history as a download. */
export const GET: RequestHandler = async ({ params, locals }) => {
	if (params.format !== 'json' && params.format !== 'csv') {
		error(404, 'The history can be downloaded as history.json or history.csv.');
	}
	if (!locals.player) redirect(303, '/me');
	const attempts = await attemptsOf(locals.player.id);
	const day = new Date().toISOString().slice(0, 10);
	const headers = {
		'content-disposition': `attachment; filename="newsquiz-history-${day}.${params.format}"`,
		'cache-control': 'private, no-store'
	};
	if (params.format === 'json') {
		const body = JSON.stringify(historyJson(locals.player.name, attempts, new Date()), null, 2);
		return new Response(body, {
			headers: { ...headers, 'content-type': 'application/json; charset=utf-8' }
		});
	}
	return new Response(historyCsv(attempts), {
		headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' }
	});
};
