// No silent loss: a subscription to a platform this server cannot post to is refused with the setting to add;
// a due digest whose platform is not configured waits (not claimed) and goes out once it is; a second
// subscribe changes only what it names. The real server and the built CLI on one SQLite file, the fake Slack.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
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
      "charterbot: Slack is op deze server niet ingesteld: zet SLACK_BOT_TOKEN en SLACK_SIGNING_SECRET (of SLACK_APP_TOKEN voor Socket Mode); er is niets aangemeld.
      "
    `);
    const en = await cli(
      withoutSlack,
      'digest',
      'subscribe',
      '--slack-channel',
      'C0NOSLACK',
      '--language',
      'en',
    );
    expect(en.stderr).toMatchInlineSnapshot(`
      "charterbot: Slack is not configured on this server: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode); nothing was subscribed.
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
    expect(waiting.stdout).toMatch(/^te versturen 0, geplaatst 0, .* wacht op instellingen 1$/m);
    expect(await server.store.listDigestRuns(sub.id)).toEqual([]);
    const list = await cli(withoutSlack, 'digest', 'subscriptions', '--json', '--language', 'en');
    const row = (JSON.parse(list.stdout) as Array<{ id: string; waiting: string | null }>).find(
      (x) => x.id === sub.id,
    );
    expect(row?.waiting).toMatch(/^Slack is not configured on this server: set SLACK_BOT_TOKEN/);
    expect((await cli(withoutSlack, 'digest', 'subscriptions', '--language', 'en')).stdout).toMatch(
      /waiting: Slack is/,
    );
    expect((await cli(withoutSlack, 'digest', 'subscriptions')).stdout).toMatch(/wacht: Slack is op/);
    // Configured: the next tick of the same week posts it, once.
    const posted = await cli(
      withSlack,
      'digest',
      'run-due',
      '--now',
      '2027-06-07T09:01:00+02:00',
      '--language',
      'en',
    );
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

describe('digest subscriptions, in the language of the command', () => {
  it('lists where, what and when, the state and the last run in Dutch and in English', async () => {
    // A database of its own: one active Slack subscription with a posted run, one paused with a failed run,
    // and a Teams one waiting because this server has no Teams settings.
    const file = join(mkdtempSync(join(tmpdir(), 'cb-subs-table-')), 'charterbot.db');
    const store = await openStore({ kind: 'sqlite', file });
    const active = newSubscription({ id: 'abo-1', conversation: 'C0ACTIVE', language: 'en' });
    const paused = newSubscription({
      id: 'abo-2',
      conversation: 'C0PAUSED',
      active: false,
      pausedReason: 'channel_not_found',
      scope: { wijken: ['Ondiep'], themes: ['safety'] },
      heartbeat: false,
    });
    const waiting = newSubscription({
      id: 'abo-3',
      platform: 'teams',
      conversation: 'teams:19:wait@thread.tacv2',
      schedule: { weekday: 5, time: '10:30', zone: 'Europe/Amsterdam', holidays: false },
    });
    for (const s of [active, paused, waiting]) await store.saveSubscription(s);
    await store.claimDigestRun(active.id, '2027-W23', '2027-06-07T07:00:00.000Z');
    await store.finishDigestRun(active.id, '2027-W23', {
      status: 'posted',
      attempts: 1,
      postedAt: '2027-06-07T07:00:01.000Z',
      messageRef: '1.2',
      error: null,
      snapshot: null,
    });
    await store.claimDigestRun(paused.id, '2027-W23', '2027-06-07T07:00:00.000Z');
    await store.finishDigestRun(paused.id, '2027-W23', {
      status: 'failed',
      attempts: 1,
      postedAt: null,
      messageRef: null,
      error: 'channel_not_found',
      snapshot: null,
    });
    await store.close();
    const env = { ...withSlack, DATABASE_URL: file };
    // The next run's date depends on today: only its shape is pinned.
    const table = async (...args: string[]) =>
      (await cli(env, 'digest', 'subscriptions', ...args)).stdout.replace(
        /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/g,
        'YYYY-MM-DD HH:MM',
      );
    const nl = await table();
    expect(nl).toMatchInlineSnapshot(`
      "┌──────────────────────────────────────┬──────────────────────┬────────────────────────────────────────────┬────────────────────────────────────┬──────────────────────┐
      │ Id                                   │ Waar                 │ Wat en wanneer                             │ Stand                              │ Laatste run          │
      ├──────────────────────────────────────┼──────────────────────┼────────────────────────────────────────────┼────────────────────────────────────┼──────────────────────┤
      │ abo-1                                │ Slack C0ACTIVE       │ elke maandag om 09:00 (Europe/Amsterdam),  │ actief; volgende: YYYY-MM-DD HH:MM │ 2027-W23: geplaatst  │
      │                                      │                      │ op een feestdag de eerstvolgende werkdag,  │                                    │                      │
      │                                      │                      │ voor alle wijken en alle thema's, in het   │                                    │                      │
      │                                      │                      │ Engels                                     │                                    │                      │
      ├──────────────────────────────────────┼──────────────────────┼────────────────────────────────────────────┼────────────────────────────────────┼──────────────────────┤
      │ abo-2                                │ Slack C0PAUSED       │ elke maandag om 09:00 (Europe/Amsterdam),  │ gepauzeerd: het kanaal bestaat     │ 2027-W23: mislukt    │
      │                                      │                      │ op een feestdag de eerstvolgende werkdag,  │ niet meer of charterbot kan het    │ (het kanaal bestaat  │
      │                                      │                      │ voor Ondiep en veiligheid, in het          │ niet zien; technisch:              │ niet meer of         │
      │                                      │                      │ Nederlands; niets als er niets veranderd   │ channel_not_found                  │ charterbot kan het   │
      │                                      │                      │ is                                         │                                    │ niet zien;           │
      │                                      │                      │                                            │                                    │ technisch:           │
      │                                      │                      │                                            │                                    │ channel_not_found)   │
      ├──────────────────────────────────────┼──────────────────────┼────────────────────────────────────────────┼────────────────────────────────────┼──────────────────────┤
      │ abo-3                                │ Teams                │ elke vrijdag om 10:30 (Europe/Amsterdam),  │ wacht: Microsoft Teams is op deze  │ —                    │
      │                                      │ teams:19:wait@threa… │ ook op feestdagen, voor alle wijken en     │ server niet ingesteld: zet         │                      │
      │                                      │                      │ alle thema's, in het Nederlands            │ MICROSOFT_APP_ID,                  │                      │
      │                                      │                      │                                            │ MICROSOFT_APP_PASSWORD en          │                      │
      │                                      │                      │                                            │ MICROSOFT_APP_TENANT_ID; het       │                      │
      │                                      │                      │                                            │ overzicht gaat uit zodra dat is    │                      │
      │                                      │                      │                                            │ gebeurd                            │                      │
      └──────────────────────────────────────┴──────────────────────┴────────────────────────────────────────────┴────────────────────────────────────┴──────────────────────┘
      "
    `);
    expect(await table('--language', 'nl')).toBe(nl);
    const en = await table('--language', 'en');
    expect(en).toMatchInlineSnapshot(`
      "┌──────────────────────────────────────┬──────────────────────┬────────────────────────────────────────────┬────────────────────────────────────┬──────────────────────┐
      │ Id                                   │ Where                │ What and when                              │ State                              │ Last run             │
      ├──────────────────────────────────────┼──────────────────────┼────────────────────────────────────────────┼────────────────────────────────────┼──────────────────────┤
      │ abo-1                                │ Slack C0ACTIVE       │ every Monday at 09:00 (Europe/Amsterdam),  │ active; next: YYYY-MM-DD HH:MM     │ 2027-W23: posted     │
      │                                      │                      │ on a Dutch public holiday, the next        │                                    │                      │
      │                                      │                      │ working day, for all wijken and all        │                                    │                      │
      │                                      │                      │ themes, in English                         │                                    │                      │
      ├──────────────────────────────────────┼──────────────────────┼────────────────────────────────────────────┼────────────────────────────────────┼──────────────────────┤
      │ abo-2                                │ Slack C0PAUSED       │ every Monday at 09:00 (Europe/Amsterdam),  │ paused: the channel no longer      │ 2027-W23: failed     │
      │                                      │                      │ on a Dutch public holiday, the next        │ exists or charterbot cannot see    │ (the channel no      │
      │                                      │                      │ working day, for Ondiep and safety, in     │ it; technical: channel_not_found   │ longer exists or     │
      │                                      │                      │ Dutch; nothing when nothing changed        │                                    │ charterbot cannot    │
      │                                      │                      │                                            │                                    │ see it; technical:   │
      │                                      │                      │                                            │                                    │ channel_not_found)   │
      ├──────────────────────────────────────┼──────────────────────┼────────────────────────────────────────────┼────────────────────────────────────┼──────────────────────┤
      │ abo-3                                │ Teams                │ every Friday at 10:30 (Europe/Amsterdam),  │ waiting: Microsoft Teams is not    │ —                    │
      │                                      │ teams:19:wait@threa… │ also on public holidays, for all wijken    │ configured on this server: set     │                      │
      │                                      │                      │ and all themes, in Dutch                   │ MICROSOFT_APP_ID,                  │                      │
      │                                      │                      │                                            │ MICROSOFT_APP_PASSWORD and         │                      │
      │                                      │                      │                                            │ MICROSOFT_APP_TENANT_ID; the       │                      │
      │                                      │                      │                                            │ digest goes out once it is         │                      │
      └──────────────────────────────────────┴──────────────────────┴────────────────────────────────────────────┴────────────────────────────────────┴──────────────────────┘
      "
    `);
    expect(nl).not.toMatch(/\b(posted|failed|unknown|waiting|active|paused|every|Monday)\b/);
    expect(en).not.toMatch(/\b(geplaatst|mislukt|wacht|actief|gepauzeerd|elke|maandag)\b/);
    const empty = join(mkdtempSync(join(tmpdir(), 'cb-subs-empty-')), 'charterbot.db');
    const none = async (...args: string[]) =>
      (await cli({ ...env, DATABASE_URL: empty }, 'digest', 'subscriptions', ...args)).stdout;
    expect(await none()).toMatchInlineSnapshot(`
      "nog geen abonnementen: \`charterbot digest subscribe --slack-channel C...\` of /charter digest subscribe
      "
    `);
    expect(await none('--language', 'en')).toMatchInlineSnapshot(`
      "no subscriptions yet: \`charterbot digest subscribe --slack-channel C...\` or /charter digest subscribe
      "
    `);
  });
});
