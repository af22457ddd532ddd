// The CLI as a user runs it, in this process: the same run(argv, io) bin/charterbot.js calls, with the
// output captured and an environment of the test's own. Fakes the command talks to (Slack, PostgreSQL
// tests' servers) live in this process too and keep answering while it runs. Tests where the process
// itself is the point (exit codes of bin/charterbot.js, signals, a closed pipe) start BIN.
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { run } from '../../src/channels/cli/main.js';

export const BIN = join(import.meta.dirname, '../../bin/charterbot.js');

export type CliResult = { status: number; stdout: string; stderr: string; bytes: Buffer };

/** A Writable that keeps what is written to it. */
function sink(): { stream: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, bytes: () => Buffer.concat(chunks) };
}

/**
 * Runs `charterbot <args>` with this process's environment plus `env`, and `input` on stdin. `cwd` is where
 * it looks for .env (a test's own folder keeps a developer's .env out).
 */
export async function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  options: { input?: string; cwd?: string } = {},
): Promise<CliResult> {
  const stdout = sink();
  const stderr = sink();
  const status = await run(
    ['node', BIN, ...args],
    {
      stdout: stdout.stream,
      stderr: stderr.stream,
      stdin: Readable.from(options.input === undefined ? [] : [options.input]),
      env: { ...process.env, ...env },
      cwd: options.cwd,
    },
    // The composition root, as bin/charterbot.js hands it in (`serve`, `digest run-due`).
    { compose: () => import('../../src/main.js') },
  );
  const bytes = stdout.bytes();
  return { status, stdout: bytes.toString('utf8'), stderr: stderr.bytes().toString('utf8'), bytes };
}
