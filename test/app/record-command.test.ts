// Recording one measurement from chat: `/charter record ...` in Slack (signed requests to the real server,
// the fake Web API records the replies) and `record ...` in Teams (the fake Bot Connector). Admins only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeConnector, startFakeConnector, teamsActivity } from '../fakes/bot-connector.js';
import { type FakeSlack, startFakeSlack } from '../fakes/slack-api.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { charterCommand, SIGNING_SECRET } from '../support/slack-request.js';

const ADMIN_SLACK = 'UADMIN1';
const ADMIN_AAD = '3f2b6a5e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

let slack: FakeSlack;
let connector: FakeConnector;
let server: TestServer;
beforeAll(async () => {
  slack = await startFakeSlack();
  connector = await startFakeConnector();
  server = await startTestServer({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    TEAMS_DEV_UNAUTHENTICATED: 'true',
    AUDIT_PSEUDONYM_KEY: 'k'.repeat(40),
    ADMINS: `${ADMIN_SLACK}, ${ADMIN_AAD}`,
  });
});
afterAll(async () => {
  await server.close();
  await slack.close();
  await connector.close();
});

/** Sends `/charter <text>` as `user`; the reply's text and body. */
async function slashCommand(
  text: string,
  user: string,
): Promise<{ text: string; body: Record<string, unknown> }> {
  const body = await charterCommand(server, slack, { text, user });
  return { text: String(body.text), body };
}

describe('recording a measurement from Slack', () => {
  it('stores an admin’s value and confirms the target and its status, privately', async () => {
    const reply = await slashCommand('record Ondiep inbraak 2009 30 source Wijkenmonitor 2009', ADMIN_SLACK);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(reply.text).toMatch(
      /^Recorded: Ondiep, home burglaries, 2009: 30 per 1000 homes \(source: Wijkenmonitor 2009\)\./,
    );
    expect(reply.text).toContain('[veiligheid.ambitie.ondiep.3]');
    expect(reply.text).toMatch(/Status now: (missed|milestone not measured|achieved)/);
    const stored = await server.store.listMeasurements({ wijk: 'Ondiep', indicator: 'burglary' });
    expect(stored).toMatchObject([{ year: 2009, value: 30, source: 'Wijkenmonitor 2009' }]);
    expect(stored[0]?.recordedBy).toMatch(/^[0-9a-f]{32}$/);
    expect(stored[0]?.recordedBy).not.toContain(ADMIN_SLACK);
  });

  it('is used in answers within seconds', async () => {
    await slashCommand('record Zuilen Oost autokraken 2017 19 source Wijkenmonitor 2017', ADMIN_SLACK);
    await expect
      .poll(async () => {
        const again = await fetch(new URL('/api/ask', server.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            question: 'what was the actual number of car break-ins in Zuilen-Oost in 2017?',
          }),
        });
        return ((await again.json()) as { answer: string }).answer;
      })
      .toMatch(/measured figure .* is 19 per 1000 residents \(2017, source: Wijkenmonitor 2017\)/);
  });

  it('refuses anyone not in ADMINS, and stores nothing', async () => {
    const reply = await slashCommand(
      'record Overvecht uitkeringen 2010 12 source Wijkenmonitor 2010',
      'UOTHER',
    );
    expect(reply.text).toBe(
      'Only admins can record measurements. Nothing was stored. Ask an administrator to add you to ADMINS.',
    );
    expect(await server.store.listMeasurements({ wijk: 'Overvecht' })).toEqual([]);
  });

  it('gives the usage line for a malformed command, and the problem for a bad value', async () => {
    expect((await slashCommand('record Ondiep 30', ADMIN_SLACK)).text).toMatchInlineSnapshot(
      `"Usage: /charter record &lt;wijk&gt; &lt;indicator&gt; &lt;year&gt; &lt;value&gt; source &lt;text&gt;, for example: /charter record Ondiep burglary 2009 30 source Wijkenmonitor 2009"`,
    );
    const bad = await slashCommand('record Ondiep onveilig 2010 140 source <!channel> monitor', ADMIN_SLACK);
    expect(bad.text).toMatch(/^Not stored: 140 is not plausible for a value in %: expected 0 to 100\./);
    expect(bad.text).not.toContain('<!channel>');
  });
});

describe('recording a measurement from Teams', () => {
  const post = (activity: Record<string, unknown>) =>
    fetch(new URL('/api/messages', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
  const cardText = (call: { activity: Record<string, unknown> }) =>
    JSON.stringify((call.activity.attachments as Array<{ content: unknown }>)[0]?.content);

  it('stores an admin’s value (by AAD object id) and replies in Dutch for "bron"', async () => {
    const activity = teamsActivity(connector.serviceUrl, {
      text: 'record Kanaleneiland havo/vwo 2010 19 bron Wijkenmonitor 2010',
      from: { id: '29:admin', name: 'Admin', aadObjectId: ADMIN_AAD },
      conversation: { id: 'a:rec-1', conversationType: 'personal', tenantId: 'tenant-1' },
    });
    await post(activity);
    const call = await connector.waitFor((c) => c.conversationId === 'a:rec-1');
    expect(cardText(call)).toContain(
      'Vastgelegd: Kanaleneiland, leerlingen naar HAVO/VWO, 2010: 19% (bron: Wijkenmonitor 2010).',
    );
    expect(
      await server.store.listMeasurements({ wijk: 'Kanaleneiland', indicator: 'havo_vwo' }),
    ).toHaveLength(1);
  });

  it('refuses a user who is not an admin', async () => {
    const activity = teamsActivity(connector.serviceUrl, {
      text: 'record Kanaleneiland havo/vwo 2011 25 source Wijkenmonitor 2011',
      conversation: { id: 'a:rec-2', conversationType: 'personal', tenantId: 'tenant-1' },
    });
    await post(activity);
    const call = await connector.waitFor((c) => c.conversationId === 'a:rec-2');
    expect(cardText(call)).toContain('Only admins can record measurements. Nothing was stored.');
    expect(
      await server.store.listMeasurements({ wijk: 'Kanaleneiland', indicator: 'havo_vwo' }),
    ).toHaveLength(1);
  });
});

describe('no raw user ids where they are not needed to reach the person', () => {
  it('keys a /charter conversation by a pseudonym, not the Slack user id', async () => {
    await charterCommand(server, slack, {
      text: 'What is the Ondiep burglary target for 2011?',
      user: 'URAW12345',
    });
    const records = await server.store.listAudit();
    const last = records.at(-1);
    expect(last?.thread).toMatch(/^slack:T1:C1:cmd-[0-9a-f]{16}$/);
    expect(JSON.stringify(records)).not.toContain('URAW12345');
    expect(await server.store.getThread(last?.thread ?? '')).toBeDefined();
  });

  it('stores only what proactive messages need from a Teams conversation reference', async () => {
    const install = teamsActivity(connector.serviceUrl, {
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: '28:bot-1' }],
      from: { id: '29:raw-user', name: 'Ann de Vries', aadObjectId: 'aad-raw-user' },
      conversation: { id: '19:priv@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1' },
    });
    await fetch(new URL('/api/messages', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(install),
    });
    await connector.waitFor((c) => c.conversationId === '19:priv@thread.tacv2');
    const stored = (await server.store.listConversations('teams')).find(
      (c) => c.key === 'teams:19:priv@thread.tacv2',
    );
    expect(stored?.reference).toMatchObject({
      conversation: { id: '19:priv@thread.tacv2', tenantId: 'tenant-1' },
      bot: { id: '28:bot-1' },
      serviceUrl: connector.serviceUrl,
      channelId: 'msteams',
    });
    const text = JSON.stringify(stored);
    for (const personal of ['29:raw-user', 'Ann de Vries', 'aad-raw-user'])
      expect(text).not.toContain(personal);
  });
});
