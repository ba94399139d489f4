/**
 * Creates a teacher account from the shell (for servers where sign-up is turned off):
 *
 *   npm run teacher:add -- --email ana@school.org --name "Ana Lima"
 *   echo "$PASSWORD" | npm run teacher:add -- --email … --name … --password-stdin
 *
 * Without --password-stdin the password is asked twice on the terminal, not echoed.
 * Uses NEWSQUIZ_DATA_DIR (default ./data), like the server.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { checkAccount } from '../src/lib/teach/account';
import { hashPassword } from '../src/lib/server/auth/password';
import { dataDir, describeStartupError, openStore } from '../src/lib/server/store/index';
import { EmailTakenError, teachers } from '../src/lib/server/store/teachers';

function fail(message: string): never {
	console.error(`teacher:add: ${message}`);
	process.exit(1);
}

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	// One line: the trailing newline of `echo` is not part of the password.
	return Buffer.concat(chunks)
		.toString('utf-8')
		.replace(/\r?\n$/, '');
}

/** Asks on the terminal without echoing what is typed. */
function askHidden(question: string): Promise<string> {
	if (!process.stdin.isTTY) fail('no terminal to ask the password on: use --password-stdin.');
	return new Promise((resolve) => {
		const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
		const out = rl as unknown as { _writeToOutput: (s: string) => void };
		let asking = true;
		out._writeToOutput = (s: string) => {
			if (asking) process.stdout.write(s.includes(question) ? question : '');
		};
		rl.question(question, (answer) => {
			asking = false;
			rl.close();
			process.stdout.write('\n');
			resolve(answer);
		});
	});
}

async function main() {
	let args;
	try {
		args = parseArgs({
			options: {
				email: { type: 'string' },
				name: { type: 'string' },
				'password-stdin': { type: 'boolean', default: false }
			},
			strict: true
		}).values;
	} catch (e) {
		fail(
			`${(e as Error).message}\nUsage: npm run teacher:add -- --email EMAIL --name NAME [--password-stdin]`
		);
	}
	if (!args.email || !args.name) {
		fail('Usage: npm run teacher:add -- --email EMAIL --name NAME [--password-stdin]');
	}
	let password: string;
	if (args['password-stdin']) password = await readStdin();
	else {
		password = await askHidden('Password: ');
		if ((await askHidden('Repeat the password: ')) !== password) fail('the two passwords differ.');
	}
	const check = checkAccount({ email: args.email, name: args.name, password });
	if (!check.ok) fail(Object.values(check.errors).join(' '));

	let store;
	try {
		store = await openStore(dataDir());
	} catch (e) {
		fail(describeStartupError(e));
	}
	try {
		const teacher = await teachers(store).create({
			email: check.email,
			name: check.name,
			passwordHash: await hashPassword(check.password)
		});
		console.log(`Created the teacher account ${teacher.email} (${teacher.name}) in ${store.dir}.`);
	} catch (e) {
		if (e instanceof EmailTakenError)
			fail(`an account with the e-mail ${check.email} exists already.`);
		throw e;
	}
}

await main();
