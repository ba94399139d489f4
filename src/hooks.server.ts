import type { HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { addSource, loadLibrary } from '$lib/server/library';
import { handleTeacher } from '$lib/server/auth';
import { handlePlayer } from '$lib/server/player';
import { addedArticlesSource } from '$lib/server/practice/added-source';
import { publicAddEnabled } from '$lib/server/practice/config';
import { initStoreOrExit } from '$lib/server/store';

export const init: ServerInit = async () => {
	await initStoreOrExit();
	try {
		// A mistyped setting stops the start, not a page later.
		publicAddEnabled();
		loadLibrary();
		// Articles players added (issue 5), after the built-in banks.
		addSource(addedArticlesSource());
	} catch (err) {
		// A bad bank must stop the server with the file's name, not a stack trace.
		console.error(`newsquiz cannot start: ${(err as Error).message}`);
		process.exit(1);
	}
};

export const handle = sequence(handlePlayer, handleTeacher);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	// 4xx are the visitor's mistakes (unknown page, bad form): not worth a stack trace in the log.
	if (status >= 500) console.error(`${event.request.method} ${event.url.pathname}:`, error);
	return {
		message:
			status >= 500 ? 'Something went wrong on our side. Please try again in a moment.' : message
	};
};
