// Starts the built app (`build/`) for people running newsquiz on their own machine, and prints
// where to open it. The data folder and its store are created by the server on first run.
//
// Why not plain `node build`: without ORIGIN, adapter-node assumes every request came over
// https, so over plain http every form post fails SvelteKit's cross-site check and cookies are
// marked Secure. Here, unless ORIGIN or PROTOCOL_HEADER is set, each request is marked as the
// plain-http request it is, so the app works at whatever address the browser used
// (localhost, 127.0.0.1 or the machine's address on the classroom network).
import http from 'node:http';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? '3000');
const marker = 'x-newsquiz-protocol';
const plainHttp = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (plainHttp) process.env.PROTOCOL_HEADER = marker;

const { handler } = await import('../build/handler.js');

const server = http.createServer((req, res) => {
	// Overwrite whatever a client sent: this server itself only speaks plain http.
	if (plainHttp) req.headers[marker] = 'http';
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});

server.listen(port, host, () => {
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	console.log(`newsquiz is running: open http://${shown}:${port}/  (Ctrl+C to stop)`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => server.close(() => process.exit(0)));
}
