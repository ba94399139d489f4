// Starts the built server (`build/`) and prints where to open it.
// The data folder and its store are created by the server on first run.
const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '3000';
process.env.HOST = host;
process.env.PORT = port;
const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
console.log(`newsquiz is starting: open http://${shown}:${port}/`);
await import('../build/index.js');
