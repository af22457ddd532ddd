// The server stops on SIGTERM however it was started: `npm start`, a shell that does not pass the signal on,
// or the CLI itself. And `charterbot chat` reads piped input line by line and exits 0 at its end.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../support/free-port.js';

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/charterbot.js');

/** Resolves once the child printed `text` on stdout. */
function printed(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (d) => {
      seen += String(d);
      if (seen.includes(text)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`exited (${code}) before printing "${text}": ${seen}`)));
  });
}

/**
 * Resolves once the server is gone: every process writing to the child's stdout has exited (the server
 * too, behind a wrapper that shares the pipe), so the pipe closed; then nothing answers on its port.
 */
async function closed(child: ChildProcess, port: number): Promise<void> {
  const out = child.stdout;
  if (out && !out.closed) await once(out, 'close');
  await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
}

async function started(command: string, args: string[]) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'cb-stop-'));
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: join(dir, 'charterbot.db'),
      DIGEST_SCHEDULER: 'off',
      LOG_LEVEL: 'warn',
    },
  });
  await printed(child, 'charterbot is running');
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  return { child, port };
}

describe('stopping the server', () => {
  it('stops on SIGTERM to `npm start`', async () => {
    const { child, port } = await started('npm', ['start', '--silent']);
    child.kill('SIGTERM');
    await closed(child, port);
  });

  it('stops when a wrapper that does not pass SIGTERM on is stopped', async () => {
    // dash runs `node ...; true` as a child and does not forward the signal: the server notices its parent left.
    const { child, port } = await started('sh', ['-c', `${process.execPath} ${BIN} serve; true`]);
    child.kill('SIGTERM');
    await closed(child, port);
  });

  it('stops on SIGTERM to the CLI', async () => {
    const { child, port } = await started(process.execPath, [BIN, 'serve']);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await closed(child, port);
  });
});

describe('charterbot chat with piped input', () => {
  it('answers each line in order and exits 0 at the end, without the banner', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-chat-'));
    const r = spawnSync(process.execPath, [BIN, 'chat', '--no-audit'], {
      input: 'wat is het doel voor inbraken in Ondiep in 2011?\nen in 2017?\n',
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: join(dir, 'charterbot.db') },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('ask about the Utrecht krachtwijken charter');
    const answers = r.stdout.split('\n').filter((l) => l.startsWith('Het doel voor'));
    expect(answers.map((a) => a.slice(0, 60))).toEqual([
      'Het doel voor 2011 voor woninginbraken in Ondiep is 21 per 1',
      'Het doel voor 2017 voor woninginbraken in Ondiep is 15 per 1',
    ]);
  });
});
