// Digest delivery, exactly once: the real server with a SQLite file, signed Slack requests, the fake Slack Web
// API and Bot Connector, the CLI's run-due as separate processes, and scheduler ticks at fixed clocks.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_LEASE_MS, DIGEST_RUN_BUDGET_MS } from '../../src/digest/deliver.js';
import { periodOf } from '../../src/digest/schedule.js';
import { type FakeConnector, startFakeConnector, teamsActivity } from '../fakes/bot-connector.js';
import { type FakeSlack, startFakeSlack } from '../fakes/slack-api.js';
import { runCli } from '../support/cli.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { charterCommand, SIGNING_SECRET } from '../support/slack-request.js';
import { newSubscription } from '../support/subscriptions.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/measurements-example.csv');
const ADMIN = 'UADMIN1';
const ADMIN_AAD = '3f2b6a5e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const ms = (iso: string) => Date.parse(iso);

let slack: FakeSlack;
let connector: FakeConnector;
beforeAll(async () => {
  slack = await startFakeSlack();
  connector = await startFakeConnector();
});
afterAll(async () => {
  await slack.close();
  await connector.close();
});

/** A server on its own database file (the CLI processes share it), with Slack, Teams and ADMINS set. */
async function setup(options: { platformTimeoutMs?: number } = {}) {
  const db = join(mkdtempSync(join(tmpdir(), 'cb-digest-')), 'charterbot.db');
  const env = {
    DATABASE_URL: db,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    TEAMS_DEV_UNAUTHENTICATED: 'true',
    AUDIT_PSEUDONYM_KEY: 'k'.repeat(40),
    ADMINS: `${ADMIN},${ADMIN_AAD}`,
    DIGEST_SCHEDULER: 'off',
  };
  const server = await startTestServer(env, { digestRetry: { attempts: 3, baseMs: 10 }, ...options });
  const cli = (...args: string[]) => runCli(args, { ...env, LOG_LEVEL: 'warn' });
  return { server, cli, env };
}

const slash = (server: TestServer, text: string, user: string, channel: string) =>
  charterCommand(server, slack, { text, user, channel });
const postsTo = (channel: string) =>
  slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);

describe('subscribing and delivering once', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    s = await setup();
  });
  afterAll(async () => {
    await s.server.close();
  });

  it('stores an admin’s signed /charter digest subscribe, refuses anyone else, and says when it comes', async () => {
    const refused = await slash(s.server, 'digest subscribe monday 09:00', 'UOTHER', 'C999');
    expect(String(refused.text)).toMatch(
      /^Only admins can start, change or stop a channel’?'?s digest\. Nothing changed\./,
    );
    expect(await s.server.store.findSubscription('slack', 'C999')).toBeUndefined();
    const reply = await slash(s.server, 'digest subscribe monday 09:00', ADMIN, 'C123');
    expect(String(reply.text)).toMatch(
      /^Subscribed: this channel gets the progress digest every Monday at 09:00 \(Europe\/Amsterdam\), on a Dutch public holiday, the next working day, for all wijken and all themes, in Dutch\. The first one comes Monday/,
    );
    expect(await s.server.store.findSubscription('slack', 'C123')).toMatchObject({
      schedule: { weekday: 1, time: '09:00', zone: 'Europe/Amsterdam', holidays: true },
      subscriber: ADMIN,
      language: 'nl',
    });
    // A command whose words say no language is answered in DEFAULT_LANGUAGE (Dutch); "en" asks for English.
    const status = await slash(s.server, 'digest status en', 'UOTHER', 'C123');
    expect(String(status.text)).toMatch(/^This channel gets the progress digest every Monday at 09:00/);
  });

  it('posts exactly one digest with run-due at a Monday 09:00, and nothing when run again or twice at once', async () => {
    expect((await s.cli('measurements', 'import', EXAMPLE)).status).toBe(0);
    const first = await s.cli('digest', 'run-due', '--now', '2027-06-07T09:00:00+02:00');
    expect(first.stdout).toMatchInlineSnapshot(`
      "te versturen 1, geplaatst 1, overgeslagen 0, mislukt 0, onbekend of geplaatst 0, nog geclaimd 0, gepauzeerd 0, wacht op instellingen 0
      "
    `);
    const posts = postsTo('C123');
    expect(posts).toHaveLength(1);
    const blocks = JSON.stringify(posts[0]?.body.blocks);
    expect(blocks).toMatch(/Charter krachtwijken: voortgang week 23 van 2027/);
    expect(blocks).toMatch(/niet gehaald|gehaald|geen gegevens/);
    expect(
      (await s.cli('digest', 'run-due', '--now', '2027-06-07T09:00:00+02:00', '--language', 'en')).stdout,
    ).toMatchInlineSnapshot(`
      "due 0, posted 0, skipped 0, failed 0, unknown 0, left claimed 0, paused 0, waiting 0
      "
    `);
    // Two processes at the same clock, at the same time: the claim lets one through.
    const both = await Promise.all(
      [1, 2].map(() => s.cli('digest', 'run-due', '--now', '2027-06-14T09:05:00+02:00')),
    );
    expect(both.map((o) => /geplaatst 1/.test(o.stdout)).filter(Boolean)).toHaveLength(1);
    expect(postsTo('C123')).toHaveLength(2);
    expect(
      (
        await s.server.store.listDigestRuns(
          (await s.server.store.findSubscription('slack', 'C123'))?.id ?? '',
        )
      ).map((r) => [r.period, r.status]),
    ).toEqual([
      ['2027-W24', 'posted'],
      ['2027-W23', 'posted'],
    ]);
  });

  it('refuses a subscribe with wrong input in the language of the command: CLI, Slack and Teams', async () => {
    const wrong = [
      ['--slack-channel', 'C0WRONG', '--weekday', 'funday'],
      ['--slack-channel', 'C0WRONG', '--time', '25:00'],
      ['--slack-channel', 'C0WRONG', '--zone', 'Mars/Olympus'],
      ['--slack-channel', 'general'],
      ['--teams-conversation', '19:nowhere@thread.tacv2'],
      ['--slack-channel', 'C0WRONG', '--teams-conversation', '19:x@thread.tacv2'],
      ['--slack-channel', 'C0WRONG', '--theme', 'misdaad'],
      ['--slack-channel', 'C0WRONG', '--wijk', 'Lombok'],
      ['--slack-channel', 'C0WRONG', '--owner', 'inbraak'],
    ];
    const refusals = async (...language: string[]) =>
      (await Promise.all(wrong.map((args) => s.cli('digest', 'subscribe', ...args, ...language)))).map(
        (r) => `${r.status} ${r.stderr.trim()}`,
      );
    // Without --language: DEFAULT_LANGUAGE, unset here, so Dutch.
    expect(await refusals()).toMatchInlineSnapshot(`
      [
        "1 charterbot: "funday" is geen weekdag: gebruik maandag ... zondag (of monday ... sunday).",
        "1 charterbot: "25:00" is geen tijdstip: gebruik UU:MM, zoals 09:00.",
        "1 charterbot: "Mars/Olympus" is geen tijdzone: gebruik er een zoals Europe/Amsterdam.",
        "1 charterbot: "general" is geen Slack-kanaal-id (zoals C0123ABCD; klik met rechts op het kanaal > Link kopiëren).",
        "1 charterbot: charterbot kan in Teams-gesprek 19:nowhere@thread.tacv2 nog niet uit zichzelf berichten plaatsen: voeg de app eerst toe aan dat team of die chat (Apps > charterbot > Toevoegen), en abonneer dan opnieuw.",
        "1 charterbot: Geef --slack-channel C... of --teams-conversation ID (één van beide).",
        "1 charterbot: "misdaad" is geen thema: kies gezondheid, onderwijs, veiligheid, wonen of werk (Engelse namen mogen ook).",
        "1 charterbot: "Lombok" is geen wijk van het charter: kies Kanaleneiland, Ondiep, Overvecht of Zuilen-Oost.",
        "1 charterbot: --owner "inbraak": gebruik indicator=gebruikersid, zoals inbraak=U0123ABCD.",
      ]
    `);
    expect(await refusals('--language', 'en')).toMatchInlineSnapshot(`
      [
        "1 charterbot: "funday" is not a weekday: use monday ... sunday (or maandag ... zondag).",
        "1 charterbot: "25:00" is not a time of day: use HH:MM, such as 09:00.",
        "1 charterbot: "Mars/Olympus" is not a time zone: use one such as Europe/Amsterdam.",
        "1 charterbot: "general" is not a Slack channel id (C0123ABCD; right-click the channel > Copy link).",
        "1 charterbot: charterbot cannot post in Teams conversation 19:nowhere@thread.tacv2 on its own yet: add the app to that team or chat first (Apps > charterbot > Add), then subscribe again.",
        "1 charterbot: Give either --slack-channel C... or --teams-conversation ID.",
        "1 charterbot: "misdaad" is not a theme: choose health, education, safety, housing, or work (Dutch names work too).",
        "1 charterbot: "Lombok" is not a wijk of the charter: choose Kanaleneiland, Ondiep, Overvecht, or Zuilen-Oost.",
        "1 charterbot: --owner "inbraak": use indicator=userid, such as burglary=U0123ABCD.",
      ]
    `);
    expect(await s.server.store.findSubscription('slack', 'C0WRONG')).toBeUndefined();

    // The same words in chat: the command's own words say which language it is in.
    const slackReply = async (text: string) =>
      String((await slash(s.server, text, ADMIN, 'C0WRONGCHAT')).text);
    expect(await slackReply('digest abonneer vrijdag 25:00 Lombok veiligheidd')).toMatchInlineSnapshot(
      `""25:00" is geen tijdstip: gebruik UU:MM, zoals 09:00. "Lombok" is geen wijk van het charter: kies Kanaleneiland, Ondiep, Overvecht of Zuilen-Oost. Niet begrepen: veiligheidd. Gebruik: /charter digest subscribe [weekdag] [UU:MM] [wijk ...] [thema ...] [nl|en] [quiet] [no-holidays] [alerts] · /charter digest unsubscribe · /charter digest status · /charter digest preview. Standaard: maandag 09:00 (Europe/Amsterdam), alle wijken en thema's, Nederlands."`,
    );
    expect(await slackReply('digest subscribe friday 25:00 Lombok safetyy')).toMatchInlineSnapshot(
      `""25:00" is not a time of day: use HH:MM, such as 09:00. "Lombok" is not a wijk of the charter: choose Kanaleneiland, Ondiep, Overvecht, or Zuilen-Oost. Not understood: safetyy. Usage: /charter digest subscribe [weekday] [HH:MM] [wijk ...] [theme ...] [nl|en] [quiet] [no-holidays] [alerts] · /charter digest unsubscribe · /charter digest status · /charter digest preview. Default: Monday 09:00 (Europe/Amsterdam), all wijken and themes, Dutch."`,
    );
    const teamsReply = async (text: string, id: string) => {
      const conversation = { id, conversationType: 'channel', tenantId: 'tenant-1' };
      await fetch(new URL('/api/messages', s.server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(
          teamsActivity(connector.serviceUrl, {
            text,
            from: { id: '29:admin', name: 'Admin', aadObjectId: ADMIN_AAD },
            conversation,
          }),
        ),
      });
      const call = await connector.waitFor((c) => c.conversationId === id);
      const attachment = (call.activity.attachments as Array<{ content: { fallbackText?: string } }>)[0];
      return String(attachment?.content.fallbackText);
    };
    expect(
      await teamsReply('digest abonneer vrijdag 25:00 Lombok', '19:wrongnl@thread.tacv2;messageid=1'),
    ).toMatchInlineSnapshot(
      `""25:00" is geen tijdstip: gebruik UU:MM, zoals 09:00. "Lombok" is geen wijk van het charter: kies Kanaleneiland, Ondiep, Overvecht of Zuilen-Oost. Gebruik: digest subscribe [weekdag] [UU:MM] [wijk ...] [thema ...] [nl|en] [quiet] [no-holidays] [alerts] · digest unsubscribe · digest status · digest preview. Standaard: maandag 09:00 (Europe/Amsterdam), alle wijken en thema's, Nederlands."`,
    );
    expect(
      await teamsReply('digest subscribe friday 25:00 Lombok', '19:wrongen@thread.tacv2;messageid=1'),
    ).toMatchInlineSnapshot(
      `""25:00" is not a time of day: use HH:MM, such as 09:00. "Lombok" is not a wijk of the charter: choose Kanaleneiland, Ondiep, Overvecht, or Zuilen-Oost. Usage: digest subscribe [weekday] [HH:MM] [wijk ...] [theme ...] [nl|en] [quiet] [no-holidays] [alerts] · digest unsubscribe · digest status · digest preview. Default: Monday 09:00 (Europe/Amsterdam), all wijken and themes, Dutch."`,
    );
    expect(await s.server.store.findSubscription('slack', 'C0WRONGCHAT')).toBeUndefined();
  });

  it('gives a preview to the asker only, and anyone may ask for it', async () => {
    const before = postsTo('C123').length;
    const body = await slash(s.server, 'digest preview', 'UOTHER', 'C123');
    expect(body.response_type).toBe('ephemeral');
    expect(JSON.stringify(body.blocks)).toContain('Charter krachtwijken: voortgang');
    expect(postsTo('C123')).toHaveLength(before);
  });

  it('subscribes a Teams channel where the bot is installed, and explains how to add it elsewhere', async () => {
    const channel = { id: '19:team@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1' };
    const post = (activity: Record<string, unknown>) =>
      fetch(new URL('/api/messages', s.server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
    const admin = { id: '29:admin', name: 'Admin', aadObjectId: ADMIN_AAD };
    await post(
      teamsActivity(connector.serviceUrl, {
        type: 'message',
        text: 'digest subscribe',
        from: admin,
        conversation: { ...channel, id: '19:other@thread.tacv2;messageid=9' },
      }),
    );
    const explained = await connector.waitFor((c) => c.conversationId.startsWith('19:other'));
    expect(JSON.stringify(explained.activity)).toContain('voeg de app eerst toe aan dit team of deze chat');
    await post(
      teamsActivity(connector.serviceUrl, {
        type: 'conversationUpdate',
        membersAdded: [{ id: '28:bot-1' }],
        conversation: channel,
        text: undefined,
      }),
    );
    await post(
      teamsActivity(connector.serviceUrl, {
        text: 'digest subscribe tuesday 10:30 Ondiep en',
        from: admin,
        conversation: { ...channel, id: `${channel.id};messageid=10` },
      }),
    );
    await connector.waitFor((c) =>
      JSON.stringify(c.activity).includes(
        'Subscribed: this channel gets the progress digest every Tuesday at 10:30',
      ),
    );
    expect(await s.server.store.findSubscription('teams', `teams:${channel.id}`)).toMatchObject({
      scope: { wijken: ['Ondiep'] },
      language: 'en',
    });
    const summary = await s.server.digests.tick(ms('2027-06-08T10:30:00+02:00'));
    expect(summary).toMatchObject({ posted: 1 });
    const card = await connector.waitFor(
      (c) =>
        c.conversationId === channel.id && JSON.stringify(c.activity).includes('progress, week 23 of 2027'),
    );
    expect(JSON.stringify(card.activity)).toContain('application/vnd.microsoft.card.adaptive');
  });
});

describe('schedule, failures and downtime', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    s = await setup();
    expect((await s.cli('measurements', 'import', EXAMPLE)).status).toBe(0);
  });
  afterAll(async () => {
    await s.server.close();
  });

  it('posts once per week at 09:00 local across the March and October clock changes and Whit Monday 2009', async () => {
    const windows = [
      ['2009-05-25T00:00:00+02:00', '2009-06-09T00:00:00+02:00'],
      ['2027-03-20T00:00:00+01:00', '2027-04-06T00:00:00+02:00'],
      ['2027-10-23T00:00:00+02:00', '2027-11-09T00:00:00+01:00'],
    ];
    const postedAt: string[] = [];
    for (const [i, [from, to]] of windows.entries()) {
      // Each window its own channel, subscribed at the window's start.
      const channel = `CSCHED${i}`;
      const since = new Date(ms(from as string)).toISOString();
      await s.server.store.saveSubscription(newSubscription({ conversation: channel, createdAt: since }));
      for (let t = ms(from as string); t < ms(to as string); t += 30 * 60_000) {
        const before = slack.messages(channel).length;
        await s.server.digests.tick(t);
        if (slack.messages(channel).length > before)
          postedAt.push(new Date(t).toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam' }));
      }
    }
    expect(postedAt).toEqual([
      '2009-05-25 09:00:00',
      '2009-06-02 09:00:00', // Whit Monday (1 June) moved to Tuesday
      '2009-06-08 09:00:00',
      '2027-03-22 09:00:00',
      '2027-03-30 09:00:00', // Easter Monday (29 March) moved to Tuesday
      '2027-04-05 09:00:00',
      '2027-10-25 09:00:00',
      '2027-11-01 09:00:00',
      '2027-11-08 09:00:00',
    ]);
  }, 60_000);

  it('sends one digest after three weeks of downtime', async () => {
    await s.server.store.saveSubscription(
      newSubscription({ conversation: 'CDOWN', createdAt: '2027-05-01T00:00:00.000Z' }),
    );
    await s.server.digests.tick(ms('2027-05-03T09:00:00+02:00'));
    expect(postsTo('CDOWN')).toHaveLength(1);
    await s.server.digests.tick(ms('2027-05-26T14:00:00+02:00'));
    await s.server.digests.tick(ms('2027-05-26T14:01:00+02:00'));
    expect(postsTo('CDOWN')).toHaveLength(2);
    // A PNG chart per wijk goes under each digest, uploaded the way Slack requires now (not files.upload).
    const completed = slack.calls.filter(
      (c) => c.method === 'files.completeUploadExternal' && c.body.channel_id === 'CDOWN',
    );
    // The second digest is the one-line heartbeat (nothing changed): it carries no charts.
    expect(String(slack.messages('CDOWN')[1]?.text)).toMatch(
      /geen veranderingen en geen nieuwe metingen sinds week 18/,
    );
    expect(completed).toHaveLength(1);
    expect(completed[0]?.body.thread_ts).toBe(slack.messages('CDOWN')[0]?.ts);
    // Per wijk its measured targets, four to an image, titled with the themes they cover.
    expect(
      JSON.parse(String(completed[0]?.body.files)).map((f: { title: string }) => f.title),
    ).toMatchInlineSnapshot(`
      [
        "Kanaleneiland: onderwijs, veiligheid, werk",
        "Ondiep (1/2): gezondheid, onderwijs, veiligheid",
        "Ondiep (2/2): wonen, werk",
        "Overvecht: veiligheid, wonen, werk",
        "Zuilen-Oost: veiligheid, wonen, werk",
      ]
    `);
    // Each image with its words for screen readers, which name the image's part.
    const alts = slack.calls
      .filter(
        (c) => c.method === 'files.getUploadURLExternal' && /^ondiep-2027-W18/.test(String(c.body.filename)),
      )
      .map((c) => String(c.body.alt_text).split(':')[0]);
    expect(alts).toEqual(['Ondiep (1/2)', 'Ondiep (2/2)']);
    expect(slack.calls.some((c) => c.method === 'files.upload')).toBe(false);
  });

  it('waits for Retry-After on a 429 and then delivers once', async () => {
    await s.server.store.saveSubscription(
      newSubscription({ conversation: 'CRATE', createdAt: '2027-05-01T00:00:00.000Z' }),
    );
    slack.failNext('chat.postMessage', [{ status: 429, headers: { 'retry-after': '1' } }]);
    const started = Date.now();
    const summary = await s.server.digests.tick(ms('2027-05-03T09:00:00+02:00'));
    expect(summary).toMatchObject({ posted: 1, failed: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(postsTo('CRATE')).toHaveLength(2);
    expect(slack.messages('CRATE')).toHaveLength(1);
  });

  it('retries a 500 with backoff, marks the run failed after three attempts, and does not post it again', async () => {
    const sub = newSubscription({ conversation: 'CFAIL', createdAt: '2027-05-01T00:00:00.000Z' });
    await s.server.store.saveSubscription(sub);
    slack.failNext('chat.postMessage', [{ status: 500 }, { status: 500 }, { status: 500 }]);
    const before = slack.calls.filter((c) => c.method === 'chat.postMessage').length;
    expect(await s.server.digests.tick(ms('2027-05-03T09:00:00+02:00'))).toMatchObject({
      failed: 1,
      posted: 0,
    });
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage').length - before).toBe(3);
    // Before each retry it asked Slack whether the failed attempt had landed after all.
    expect(
      slack.calls.filter((c) => c.method === 'conversations.history' && c.body.channel === 'CFAIL'),
    ).toHaveLength(2);
    expect((await s.server.store.listDigestRuns(sub.id))[0]).toMatchObject({ status: 'failed', attempts: 3 });
    expect(await s.server.digests.tick(ms('2027-05-03T09:01:00+02:00'))).toMatchObject({ due: 0 });
    expect(postsTo('CFAIL')).toHaveLength(3);
    expect(slack.messages('CFAIL')).toHaveLength(0);
  });

  it('pauses on channel_not_found and tells the subscriber once', async () => {
    const sub = newSubscription({
      conversation: 'CGONE',
      subscriber: 'USUB',
      createdAt: '2027-05-01T00:00:00.000Z',
    });
    await s.server.store.saveSubscription(sub);
    slack.failNext('chat.postMessage', [{ error: 'channel_not_found' }]);
    expect(await s.server.digests.tick(ms('2027-05-03T09:00:00+02:00'))).toMatchObject({ paused: 1 });
    expect(await s.server.store.getSubscription(sub.id)).toMatchObject({
      active: false,
      pausedReason: 'channel_not_found',
    });
    const told = postsTo('USUB');
    expect(told).toHaveLength(1);
    // The subscription's language (Dutch), the reason in words; Slack's code only as a technical note.
    expect(String(told[0]?.body.text)).toMatchInlineSnapshot(
      `"Het wekelijkse voortgangsoverzicht van het charter kan niet meer worden geplaatst (het kanaal bestaat niet meer of charterbot kan het niet zien; technisch: channel_not_found); het abonnement is gepauzeerd. Nodig @charterbot uit in het kanaal (/invite @charterbot), of kies een ander kanaal, en abonneer opnieuw met /charter digest subscribe."`,
    );
    await s.server.digests.tick(ms('2027-05-10T09:00:00+02:00'));
    expect(postsTo('USUB')).toHaveLength(1);
    expect(slack.messages('CGONE')).toHaveLength(0);
    // Asked in the channel, the status says why in the language of the question.
    const status = async (text: string) => String((await slash(s.server, text, 'UOTHER', 'CGONE')).text);
    expect(await status('digest status')).toMatchInlineSnapshot(
      `"Het overzicht van dit kanaal is gepauzeerd (het kanaal bestaat niet meer of charterbot kan het niet zien; technisch: channel_not_found). Een beheerder zet het weer aan met /charter digest subscribe."`,
    );
    expect(await status('digest status en')).toMatchInlineSnapshot(
      `"This channel's digest is paused (the channel no longer exists or charterbot cannot see it; technical: channel_not_found). An admin can restart it with /charter digest subscribe."`,
    );
  });

  it('marks a Teams post whose outcome is unknown (5xx) as unknown, and pauses on 403', async () => {
    await s.server.store.saveConversation({
      key: 'teams:19:t5@thread.tacv2',
      platform: 'teams',
      reference: {
        conversation: { id: '19:t5@thread.tacv2' },
        serviceUrl: connector.serviceUrl,
        channelId: 'msteams',
        bot: { id: '28:bot-1' },
      },
      installedAt: '2027-01-01T00:00:00.000Z',
    });
    const sub = newSubscription({
      platform: 'teams',
      conversation: 'teams:19:t5@thread.tacv2',
      createdAt: '2027-05-01T00:00:00.000Z',
    });
    await s.server.store.saveSubscription(sub);
    // botbuilder's connector client retries a 5xx itself a few times; after that it is ours to judge.
    connector.failNext(Array.from({ length: 10 }, () => ({ status: 502 })));
    expect(await s.server.digests.tick(ms('2027-05-03T09:00:00+02:00'))).toMatchObject({ unknown: 1 });
    expect((await s.server.store.listDigestRuns(sub.id))[0]?.status).toBe('unknown');
    expect(s.server.logs.some((l) => l.includes('digest outcome unknown'))).toBe(true);
    expect(await s.server.digests.tick(ms('2027-05-03T09:30:00+02:00'))).toMatchObject({ due: 0 });
    expect(connector.calls.filter((c) => c.conversationId === '19:t5@thread.tacv2')).toHaveLength(0);
    connector.resetFailures();
    connector.failNext([{ status: 403 }]);
    expect(await s.server.digests.tick(ms('2027-05-10T09:00:00+02:00'))).toMatchObject({ paused: 1 });
    expect((await s.server.store.getSubscription(sub.id))?.active).toBe(false);
  });

  it('alerts once per status change when alerts are on', async () => {
    const sub = newSubscription({
      conversation: 'CALERT',
      alerts: true,
      scope: { wijken: ['Ondiep'], themes: ['safety'] },
      createdAt: '2027-05-01T00:00:00.000Z',
    });
    await s.server.store.saveSubscription(sub);
    await s.server.digests.tick(ms('2027-05-04T10:00:00+02:00'));
    const before = slack.messages('CALERT').length;
    await s.server.store.saveMeasurements(
      [
        {
          wijk: 'Ondiep',
          indicator: 'youth_nuisance',
          year: 2017,
          value: 10,
          unit: '%',
          source: 'Wijkenmonitor 2017',
          note: null,
        },
      ],
      null,
      new Date().toISOString(),
    );
    const summary = await s.server.digests.tick(ms('2027-05-04T10:01:00+02:00'));
    expect(summary.alerts).toBe(1);
    const alerts = slack.messages('CALERT').slice(before);
    expect(alerts).toHaveLength(1);
    expect(String(alerts[0]?.text)).toMatch(
      /^Charter krachtwijken: de status van een doel is veranderd\.\n• Ondiep, inwoners die overlast van jongeren ervaren: gehaald \(was geen gegevens\)/,
    );
    expect((await s.server.digests.tick(ms('2027-05-04T10:02:00+02:00'))).alerts).toBe(0);
  });

  it('reminds data owners of overdue figures directly, at most three times', async () => {
    await s.server.store.saveSubscription(
      newSubscription({
        conversation: 'COWN',
        owners: { violence: ['UOWNER'] },
        scope: { wijken: ['Ondiep'], themes: [] },
        createdAt: '2027-05-01T00:00:00.000Z',
      }),
    );
    // Whit Monday 2027 is 17 May: that week's digest is on Tuesday the 18th.
    for (const day of ['2027-05-03', '2027-05-10', '2027-05-18', '2027-05-24', '2027-05-31']) {
      await s.server.digests.tick(ms(`${day}T09:00:00+02:00`));
    }
    expect(slack.messages('COWN')).toHaveLength(5);
    const dms = slack.messages('UOWNER');
    expect(dms).toHaveLength(3);
    expect(String(dms[0]?.text)).toMatch(
      /^Charter krachtwijken: de cijfers over 2026 ontbreken nog voor:\n• Ondiep, personen geconfronteerd met geweld: laatste meting 2017/,
    );
  });

  it('reminds a Teams data owner in a 1:1 chat opened by AAD object id', async () => {
    await s.server.store.saveConversation({
      key: 'teams:19:own@thread.tacv2',
      platform: 'teams',
      reference: {
        conversation: { id: '19:own@thread.tacv2', tenantId: 'tenant-1' },
        serviceUrl: connector.serviceUrl,
        channelId: 'msteams',
        bot: { id: '28:bot-1' },
      },
      installedAt: '2027-01-01T00:00:00.000Z',
    });
    await s.server.store.saveSubscription(
      newSubscription({
        platform: 'teams',
        conversation: 'teams:19:own@thread.tacv2',
        owners: { benefits: [ADMIN_AAD] },
        scope: { wijken: ['Overvecht'], themes: ['work'] },
        createdAt: '2027-05-01T00:00:00.000Z',
      }),
    );
    expect(await s.server.digests.tick(ms('2027-05-03T09:00:00+02:00'))).toMatchObject({
      posted: 1,
      reminders: 1,
    });
    const dm = await connector.waitFor((c) => c.conversationId.startsWith('a:personal-new-'));
    expect(JSON.stringify(dm.activity)).toContain('de cijfers over 2026 ontbreken nog voor');
  });
});

describe('when Slack cannot be asked whether a digest landed', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    s = await setup();
  });
  afterAll(async () => {
    await s.server.close();
  });
  const unknownCount = async () => {
    const text = await (await fetch(new URL('/metrics', s.server.url))).text();
    return Number(/^charterbot_digests_total\{outcome="unknown"\} (\d+)$/m.exec(text)?.[1] ?? 0);
  };

  it.each([
    ['fails', { status: 500 }],
    ['is rate limited', { status: 429, headers: { 'retry-after': '30' } }],
  ])(
    'does not post again when the post landed, Slack answered 500 and the lookup %s: the run is unknown everywhere',
    async (_name, lookup) => {
      const channel = `CASK${lookup.status}`;
      const sub = newSubscription({ conversation: channel, createdAt: '2027-05-01T00:00:00.000Z' });
      await s.server.store.saveSubscription(sub);
      const before = await unknownCount();
      slack.failNext('chat.postMessage', [{ status: 500, landed: true }]);
      slack.failNext('conversations.history', [lookup]);
      const summary = await s.server.digests.tick(ms('2027-05-03T09:00:00+02:00'));
      expect(summary).toMatchObject({ due: 1, posted: 0, unknown: 1, failed: 0 });
      expect(postsTo(channel)).toHaveLength(1);
      expect(slack.messages(channel)).toHaveLength(1);
      expect((await s.server.store.listDigestRuns(sub.id))[0]).toMatchObject({
        period: '2027-W18',
        status: 'unknown',
        attempts: 1,
      });
      // Logged for an operator, and shown as unknown wherever runs are shown.
      const logged = s.server.logs.find((l) => l.includes(sub.id) && l.includes('digest outcome unknown'));
      expect(JSON.parse(logged ?? '{}')).toMatchObject({ level: 50 });
      const listed = await s.cli('digest', 'subscriptions', '--json');
      const row = (JSON.parse(listed.stdout) as Array<{ id: string; lastRun: { status: string } }>).find(
        (r) => r.id === sub.id,
      );
      expect(row?.lastRun.status).toBe('unknown');
      const page = await (await fetch(new URL('/digests', s.server.url))).text();
      expect(page).toMatch(new RegExp(`${channel}</code>[\\s\\S]*?2027-W18: onbekend of geplaatst`));
      expect(await unknownCount()).toBe(before + 1);
      // The next tick leaves it alone.
      expect(await s.server.digests.tick(ms('2027-05-03T09:01:00+02:00'))).toMatchObject({ due: 0 });
      expect(postsTo(channel)).toHaveLength(1);
    },
  );
});

describe('taking over a digest run a killed instance left claimed', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    s = await setup();
  });
  afterAll(async () => {
    await s.server.close();
  });

  it('finds the digest it posted in a busy channel, posts nothing, and run-due counts it as posted', async () => {
    // Due today at 00:00 on Slack's own clock (Slack is asked about real timestamps), subscribed a week ago.
    const now = DateTime.now().setZone('Europe/Amsterdam');
    const channel = 'CBUSY';
    const sub = newSubscription({
      conversation: channel,
      schedule: { weekday: now.weekday, time: '00:00', zone: 'Europe/Amsterdam', holidays: false },
      createdAt: now.minus({ weeks: 1 }).toUTC().toISO() as string,
    });
    await s.server.store.saveSubscription(sub);
    const period = periodOf(now);
    // The killed instance claimed the run, posted the digest, and died before recording it; people went on
    // talking in the channel.
    const claimedAt = now.minus({ minutes: 11 });
    expect(await s.server.store.claimDigestRun(sub.id, period, claimedAt.toUTC().toISO() as string)).toBe(
      true,
    );
    const posted = await fetch(`${slack.apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channel,
        text: 'digest',
        metadata: { event_type: 'charterbot_digest', event_payload: { subscription: sub.id, period } },
      }),
    });
    const { ts } = (await posted.json()) as { ts: string };
    slack.chatter(channel, 450);

    const run = await s.cli('digest', 'run-due', '--now', now.toISO() as string, '--language', 'en');
    expect(run.stdout).toMatch(/^due 1, posted 1, skipped 0, failed 0, unknown 0,/);
    expect(postsTo(channel)).toHaveLength(1);
    expect((await s.server.store.listDigestRuns(sub.id))[0]).toMatchObject({
      period,
      status: 'posted',
      messageRef: ts,
    });
    // It looked back to the claim, page by page.
    const lookups = slack.calls.filter(
      (c) => c.method === 'conversations.history' && c.body.channel === channel,
    );
    expect(lookups.length).toBeGreaterThan(1);
    expect(Number(lookups[0]?.body.oldest)).toBeLessThanOrEqual(claimedAt.toSeconds());
    const page = await (await fetch(new URL('/digests', s.server.url))).text();
    expect(page).toMatch(new RegExp(`${channel}</code>[\\s\\S]*?${period}: geplaatst`));
  });
});

describe('a platform call that never answers', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    s = await setup({ platformTimeoutMs: 300 });
  });
  afterAll(async () => {
    await s.server.close();
  });

  it('cuts off a hung chat.postMessage, asks Slack whether it landed, and posts the digest once', async () => {
    const sub = newSubscription({ conversation: 'CHUNG', createdAt: '2027-05-01T00:00:00.000Z' });
    await s.server.store.saveSubscription(sub);
    slack.holdNext('chat.postMessage');
    const summary = await s.server.digests.tick(ms('2027-05-03T09:00:00+02:00'));
    expect(summary).toMatchObject({ due: 1, posted: 1 });
    expect(slack.messages('CHUNG')).toHaveLength(1);
    expect((await s.server.store.listDigestRuns(sub.id))[0]).toMatchObject({ status: 'posted', attempts: 2 });
    expect(
      slack.calls.filter((c) => c.method === 'conversations.history' && c.body.channel === 'CHUNG'),
    ).toHaveLength(1);
  });

  it('cuts off a hung Teams post and records it as unknown, not re-sent', async () => {
    await s.server.store.saveConversation({
      key: 'teams:19:hung@thread.tacv2',
      platform: 'teams',
      reference: {
        conversation: { id: '19:hung@thread.tacv2' },
        serviceUrl: connector.serviceUrl,
        channelId: 'msteams',
        bot: { id: '28:bot-1' },
      },
      installedAt: '2027-01-01T00:00:00.000Z',
    });
    const sub = newSubscription({
      platform: 'teams',
      conversation: 'teams:19:hung@thread.tacv2',
      createdAt: '2027-05-01T00:00:00.000Z',
    });
    await s.server.store.saveSubscription(sub);
    connector.hangNext();
    expect(await s.server.digests.tick(ms('2027-05-03T09:00:00+02:00'))).toMatchObject({
      due: 1,
      unknown: 1,
    });
    expect((await s.server.store.listDigestRuns(sub.id))[0]).toMatchObject({
      status: 'unknown',
      attempts: 1,
      error: expect.stringMatching(/no answer/),
    });
  });

  it('keeps the longest a run can take well inside the claim lease', () => {
    expect(DIGEST_RUN_BUDGET_MS).toBeLessThan(CLAIM_LEASE_MS / 2);
  });
});
