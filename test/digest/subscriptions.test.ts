// No silent loss: a subscription to a platform this server cannot post to is refused with the setting to add;
// a due digest whose platform is not configured waits (not claimed) and goes out once it is; a second
// subscribe changes only what it names. The real server and the built CLI on one SQLite file, the fake Slack.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../fakes/slack-api.js';
import { runCli } from '../support/cli.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { charterCommand, SIGNING_SECRET } from '../support/slack-request.js';
import { newSubscription } from '../support/subscriptions.js';

const ADMIN = 'UADMIN1';

let slack: FakeSlack;
let server: TestServer;
let db: string;
let withSlack: Record<string, string>;
/** The same database, with Slack and Teams settings blanked: a server that is not configured for them. */
let withoutSlack: Record<string, string>;
beforeAll(async () => {
  slack = await startFakeSlack();
  db = join(mkdtempSync(join(tmpdir(), 'cb-subs-')), 'charterbot.db');
  withSlack = {
    DATABASE_URL: db,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    AUDIT_PSEUDONYM_KEY: 'k'.repeat(40),
    ADMINS: ADMIN,
    DIGEST_SCHEDULER: 'off',
    LOG_LEVEL: 'warn',
  };
  withoutSlack = {
    DATABASE_URL: db,
    SLACK_BOT_TOKEN: '',
    SLACK_SIGNING_SECRET: '',
    SLACK_APP_TOKEN: '',
    MICROSOFT_APP_ID: '',
    TEAMS_DEV_UNAUTHENTICATED: '',
    DIGEST_SCHEDULER: 'off',
    LOG_LEVEL: 'warn',
  };
  server = await startTestServer(withSlack);
});
afterAll(async () => {
  await server.close();
  await slack.close();
});

const cli = (env: Record<string, string>, ...args: string[]) => runCli(args, env);
const postsTo = (channel: string) =>
  slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);

describe('no silent loss', () => {
  it('refuses to subscribe a Slack channel on a server without Slack, naming the setting', async () => {
    const r = await cli(withoutSlack, 'digest', 'subscribe', '--slack-channel', 'C0NOSLACK');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatchInlineSnapshot(`
      "charterbot: Slack is not configured on this server: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode); nothing was subscribed
      "
    `);
    expect(await server.store.findSubscription('slack', 'C0NOSLACK')).toBeUndefined();
    const teams = await cli(withoutSlack, 'digest', 'subscribe', '--teams-conversation', '19:x@thread');
    expect(teams.stderr).toContain('MICROSOFT_APP_ID');
  });

  it('keeps a due digest waiting while Slack is not configured, says why, and posts it once configured', async () => {
    const sub = newSubscription({ conversation: 'C0WAIT', createdAt: '2027-05-01T00:00:00.000Z' });
    await server.store.saveSubscription(sub);
    const monday = '2027-06-07T09:00:00+02:00';
    const waiting = await cli(withoutSlack, 'digest', 'run-due', '--now', monday);
    expect(waiting.status).toBe(0);
    expect(waiting.stdout).toMatch(/^due 0, posted 0, .* waiting 1$/m);
    expect(await server.store.listDigestRuns(sub.id)).toEqual([]);
    const list = await cli(withoutSlack, 'digest', 'subscriptions', '--json');
    const row = (JSON.parse(list.stdout) as Array<{ id: string; waiting: string | null }>).find(
      (x) => x.id === sub.id,
    );
    expect(row?.waiting).toMatch(/^Slack is not configured on this server: set SLACK_BOT_TOKEN/);
    expect((await cli(withoutSlack, 'digest', 'subscriptions')).stdout).toMatch(/waiting: Slack is/);
    // Configured: the next tick of the same week posts it, once.
    const posted = await cli(withSlack, 'digest', 'run-due', '--now', '2027-06-07T09:01:00+02:00');
    expect(posted.stdout).toMatch(/^due 1, posted 1,/);
    expect(postsTo('C0WAIT')).toHaveLength(1);
    expect((await server.store.listDigestRuns(sub.id)).map((r) => r.status)).toEqual(['posted']);
  });

  it('changes only what a second CLI subscribe names', async () => {
    const first = await cli(
      withSlack,
      'digest',
      'subscribe',
      '--slack-channel',
      'C0TWICE',
      '--alerts',
      '--wijk',
      'Ondiep',
      '--weekday',
      'friday',
      '--language',
      'en',
    );
    expect(first.status).toBe(0);
    const second = await cli(
      withSlack,
      'digest',
      'subscribe',
      '--slack-channel',
      'C0TWICE',
      '--time',
      '10:15',
    );
    expect(second.status).toBe(0);
    expect(await server.store.findSubscription('slack', 'C0TWICE')).toMatchObject({
      alerts: true,
      language: 'en',
      scope: { wijken: ['Ondiep'], themes: [] },
      schedule: { weekday: 5, time: '10:15', zone: 'Europe/Amsterdam', holidays: true },
    });
    await cli(withSlack, 'digest', 'subscribe', '--slack-channel', 'C0TWICE', '--no-alerts');
    expect(await server.store.findSubscription('slack', 'C0TWICE')).toMatchObject({
      alerts: false,
      schedule: { weekday: 5, time: '10:15' },
    });
  });

  it('changes only what a second /charter digest subscribe names', async () => {
    await charterCommand(server, slack, {
      text: 'digest subscribe friday 08:00 Ondiep alerts',
      user: ADMIN,
      channel: 'C0CHAT',
    });
    await charterCommand(server, slack, { text: 'digest subscribe 10:30', user: ADMIN, channel: 'C0CHAT' });
    expect(await server.store.findSubscription('slack', 'C0CHAT')).toMatchObject({
      alerts: true,
      scope: { wijken: ['Ondiep'] },
      schedule: { weekday: 5, time: '10:30' },
    });
  });

  it('previews exactly what the channel gets: clauses named in words, the Show all button included', async () => {
    const example = join(import.meta.dirname, '../../examples/measurements-example.csv');
    expect((await cli(withSlack, 'measurements', 'import', example)).status).toBe(0);
    const body = await charterCommand(server, slack, {
      text: 'digest preview',
      user: 'UOTHER',
      channel: 'C0CHAT',
    });
    const blocks = JSON.stringify(body.blocks);
    // Without PUBLIC_URL: the clause in words, no link and no internal id.
    expect(blocks).toContain('(Veiligheid › Ondiep)');
    expect(blocks).not.toMatch(/ambitie\.ondiep\.\d/);
    expect(blocks).toContain('"action_id":"digest_show_all"');
    expect(blocks).toContain('De looptijd van het charter is voorbij; eindstand per doel:');
  });
});
