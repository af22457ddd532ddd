// Three `digest run-due` processes on one PostgreSQL post 200 digests due in the same minute; one is killed
// with SIGKILL half-way and started again after the claim lease: every digest is still in its channel once.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres.js';
import type { Store } from '../../src/store/store.js';
import { type FakeSlack, startFakeSlack } from '../fakes/slack-api.js';
import { freshDatabaseUrl, postgresAvailable } from '../support/postgres.js';
import { slackEnv } from '../support/slack-request.js';
import { newSubscription } from '../support/subscriptions.js';

const BIN = join(import.meta.dirname, '../../bin/charterbot.js');

describe.runIf(postgresAvailable)('a digest instance killed in the middle of a tick', () => {
  let slack: FakeSlack;
  let url: string;
  let store: Store;
  beforeAll(async () => {
    slack = await startFakeSlack();
    url = await freshDatabaseUrl();
    store = await createPostgresStore(url);
  });
  afterAll(async () => {
    await store.close();
    await slack.close();
  });

  const runDue = (now: string) => {
    const child = spawn(process.execPath, [BIN, 'digest', 'run-due', '--now', now], {
      env: { ...process.env, ...slackEnv(slack.apiUrl), DATABASE_URL: url, LOG_LEVEL: 'warn' },
    });
    const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    return { child, done };
  };
  const digestPosts = () =>
    slack.calls.filter(
      (c) => c.method === 'chat.postMessage' && String(c.body.metadata ?? '').includes('charterbot_digest'),
    );

  it('posts every digest exactly once', async () => {
    // Due now: today's weekday at 00:00 in Amsterdam, subscribed a week ago (the platform's clock is real,
    // so asking Slack whether a post landed looks at real timestamps).
    const now = DateTime.now().setZone('Europe/Amsterdam');
    const schedule = { weekday: now.weekday, time: '00:00', zone: 'Europe/Amsterdam', holidays: false };
    const createdAt = now.minus({ weeks: 1 }).toUTC().toISO() as string;
    for (let i = 0; i < 200; i++)
      await store.saveSubscription(newSubscription({ conversation: `CKILL${i}`, schedule, createdAt }));
    slack.slowDown(40);

    const clock = now.toISO() as string;
    // The victim starts first and claims what is due; the two others tick at the same clock beside it.
    const victim = runDue(clock);
    await expect.poll(() => digestPosts().length, { timeout: 30_000, interval: 20 }).toBeGreaterThan(0);
    const runs = [victim, runDue(clock), runDue(clock)];
    await expect.poll(() => digestPosts().length, { timeout: 30_000, interval: 20 }).toBeGreaterThan(30);
    victim.child.kill('SIGKILL');
    await Promise.all(runs.map((r) => r.done));
    const claimedLeft = (
      await Promise.all((await store.listSubscriptions()).map((s) => store.listDigestRuns(s.id)))
    )
      .flat()
      .filter((r) => r.status === 'claimed').length;
    expect(claimedLeft).toBeGreaterThan(0);

    // Restarted after the lease (10 minutes): it takes over the runs the killed one left, asks Slack which
    // of them landed, and posts only the rest.
    const later = runDue(now.plus({ minutes: 11 }).toISO() as string);
    expect(await later.done).toBe(0);
    const channels = digestPosts().map((p) => String(p.body.channel));
    expect(new Set(channels).size).toBe(200);
    expect(channels.length).toBe(200);
    const statuses = (
      await Promise.all((await store.listSubscriptions()).map((s) => store.listDigestRuns(s.id)))
    )
      .flat()
      .map((r) => r.status);
    expect(new Set(statuses)).toEqual(new Set(['posted']));
  }, 120_000);
});
