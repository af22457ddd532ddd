// Starts the real server on a free port with test settings; returns its URL, store and captured log lines.
import { Writable } from 'node:stream';
import { type Config, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { type Running, type StartOptions, startServer } from '../../src/main.js';

export type TestServer = Running & { logs: string[] };

export async function startTestServer(
  env: Record<string, string> = {},
  options: StartOptions = {},
): Promise<TestServer> {
  const config: Config = loadConfig({ PORT: '0', DATABASE_URL: ':memory:', LOG_LEVEL: 'info', ...env });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const running = await startServer(config, createLogger(config.logLevel, sink), {
    slackRetries: 0,
    ...options,
  });
  return { ...running, logs };
}
