import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EVENT_LEASE_MS, EVENT_RENEW_MS } from '../../../src/app/event-claim.js';
import { ANSWER_CALL_BUDGET_MS } from '../../../src/channels/slack/slack-calls.js';
import { type FakeSlack, startFakeSlack } from '../../fakes/slack-api.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import {
  eventBody,
  form,
  postSlack,
  SIGNING_SECRET,
  sign,
  slackEnv,
  slackEventFinished,
} from '../../support/slack-request.js';

let slack: FakeSlack;
let server: TestServer;

beforeAll(async () => {
  slack = await startFakeSlack();
  server = await startTestServer({
    ...slackEnv(slack.apiUrl),
  });
});
afterAll(async () => {
  await server.close();
  await slack.close();
});
beforeEach(() => {
  slack.calls.length = 0;
});

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const finished = (body: string, count = 1) => slackEventFinished(server, body, count);
const blocksText = (body: Record<string, unknown>) => JSON.stringify(body.blocks);
const posts = () => slack.calls.filter((c) => c.method === 'chat.postMessage');

const mention = (text: string, extra: Record<string, unknown> = {}) =>
  eventBody({ type: 'app_mention', user: 'U1', text, ts: `${Date.now() / 1000}`, channel: 'C1', ...extra });

describe('Slack mentions, threads and DMs', () => {
  it('answers a mention in a thread under the question, with 21 and the quoted clause', async () => {
    const body = mention('<@UBOT> what is the Ondiep burglary target for 2011?', { ts: '1700000001.000001' });
    const res = await postSlack(server.url, body, JSON_TYPE);
    expect(res.status).toBe(200);
    const call = await slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(call.body).toMatchObject({ channel: 'C1', thread_ts: '1700000001.000001' });
    expect(call.body.link_names).toBeUndefined();
    expect(call.body.parse).toBeUndefined();
    const blocks = blocksText(call.body);
    expect(blocks).toContain('21 per 1000 homes');
    expect(blocks).toContain('In 2006 is het aantal woninginbraken per 1000 woningen 38.');
    expect(blocks).toContain('email_version');
  });

  it('takes a reply in its thread as a follow-up, with or without a mention', async () => {
    await postSlack(
      server.url,
      mention('<@UBOT> What is the Zuilen-Oost violence target for 2011?', { ts: '1700000002.000001' }),
      JSON_TYPE,
    );
    await slack.waitFor((c) => c.method === 'chat.postMessage');
    slack.calls.length = 0;
    const reply = eventBody({
      type: 'message',
      channel_type: 'channel',
      user: 'U2',
      text: 'and for Ondiep?',
      ts: '1700000002.000009',
      thread_ts: '1700000002.000001',
      channel: 'C1',
    });
    await postSlack(server.url, reply, JSON_TYPE);
    const call = await slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(call.body.thread_ts).toBe('1700000002.000001');
    expect(blocksText(call.body)).toContain('Ondiep is 7.5 per 1000');
  });

  it('leaves people talking in its thread alone: only a question or follow-up is answered', async () => {
    await postSlack(
      server.url,
      mention('<@UBOT> What is the Ondiep burglary target for 2011?', { ts: '1700000003.000001' }),
      JSON_TYPE,
    );
    await slack.waitFor((c) => c.method === 'chat.postMessage');
    slack.calls.length = 0;
    let n = 10;
    for (const text of [
      'thanks!',
      'top, dank je',
      'I will put this in the memo for Thursday',
      '<@U7> kun jij dit meenemen in de nota?',
      'zullen we morgen even bellen',
    ]) {
      const reply = eventBody({
        type: 'message',
        channel_type: 'channel',
        user: 'U2',
        text,
        ts: `1700000003.0000${n++}`,
        thread_ts: '1700000003.000001',
        channel: 'C1',
      });
      await postSlack(server.url, reply, JSON_TYPE);
      await finished(reply);
    }
    expect(posts()).toHaveLength(0);
    const followUp = eventBody({
      type: 'message',
      channel_type: 'channel',
      user: 'U2',
      text: 'en in 2017',
      ts: '1700000003.000099',
      thread_ts: '1700000003.000001',
      channel: 'C1',
    });
    await postSlack(server.url, followUp, JSON_TYPE);
    const call = await slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(blocksText(call.body)).toContain('15 per 1000');
  });

  it('ignores replies in threads it never answered in', async () => {
    const reply = eventBody({
      type: 'message',
      channel_type: 'channel',
      user: 'U2',
      text: 'and 2017?',
      ts: '1.2',
      thread_ts: '1.1',
      channel: 'C9',
    });
    await postSlack(server.url, reply, JSON_TYPE);
    await finished(reply);
    expect(posts()).toHaveLength(0);
  });

  it('answers every direct message in one conversation', async () => {
    const dm = (text: string) =>
      eventBody({
        type: 'message',
        channel_type: 'im',
        user: 'U3',
        text,
        ts: `${Date.now() / 1000}`,
        channel: 'D1',
      });
    await postSlack(server.url, dm('Wat is het doel voor uitkeringen in Ondiep voor 2011?'), JSON_TYPE);
    const first = await slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(first.body.channel).toBe('D1');
    expect(first.body.thread_ts).toBeUndefined();
    expect(blocksText(first.body)).toContain('14,3%');
    slack.calls.length = 0;
    await postSlack(server.url, dm('en in 2017?'), JSON_TYPE);
    expect(blocksText((await slack.waitFor((c) => c.method === 'chat.postMessage')).body)).toContain('12,5%');
  });

  it('works in Slack’s assistant surface: suggested prompts, a thread title, a status, the answer in the thread', async () => {
    const started = eventBody({
      type: 'assistant_thread_started',
      assistant_thread: { user_id: 'U4', context: {}, channel_id: 'D4', thread_ts: '1700000700.000001' },
      event_ts: '1700000700.000002',
    });
    await postSlack(server.url, started, JSON_TYPE);
    const prompts = await slack.waitFor((c) => c.method === 'assistant.threads.setSuggestedPrompts');
    expect(prompts.body).toMatchObject({ channel_id: 'D4', thread_ts: '1700000700.000001' });
    expect(JSON.stringify(prompts.body.prompts)).toContain(
      'Wat is het doel voor woninginbraken in Ondiep in 2011?',
    );

    const question = (text: string, ts: string) =>
      eventBody({
        type: 'message',
        channel_type: 'im',
        user: 'U4',
        text,
        ts,
        thread_ts: '1700000700.000001',
        channel: 'D4',
      });
    const first = question('What is the Ondiep burglary target for 2011?', '1700000700.000010');
    await postSlack(server.url, first, JSON_TYPE);
    const answer = await slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(answer.body).toMatchObject({ channel: 'D4', thread_ts: '1700000700.000001' });
    expect(blocksText(answer.body)).toContain('21 per 1000 homes');
    await finished(first);
    const methods = slack.calls
      .map((c) => c.method)
      .filter((m) => m.startsWith('assistant.') || m === 'chat.postMessage');
    expect(methods).toEqual([
      'assistant.threads.setSuggestedPrompts',
      'assistant.threads.setTitle',
      'assistant.threads.setStatus',
      'chat.postMessage',
    ]);
    expect(slack.calls.find((c) => c.method === 'assistant.threads.setTitle')?.body.title).toBe(
      'What is the Ondiep burglary target for 2011?',
    );
    // A follow-up in the same thread keeps the title and the conversation.
    slack.calls.length = 0;
    const second = question('and for 2017?', '1700000700.000020');
    await postSlack(server.url, second, JSON_TYPE);
    expect(blocksText((await slack.waitFor((c) => c.method === 'chat.postMessage')).body)).toContain(
      '15 per 1000 homes',
    );
    await finished(second);
    expect(slack.calls.some((c) => c.method === 'assistant.threads.setTitle')).toBe(false);
  });

  it('ignores its own messages and other bots', async () => {
    const b0 = eventBody({
      type: 'message',
      channel_type: 'im',
      bot_id: 'BOTHER',
      user: 'U5',
      text: 'Ondiep burglary 2011',
      ts: '3.1',
      channel: 'D1',
    });
    await postSlack(server.url, b0, JSON_TYPE);
    const b1 = eventBody({
      type: 'message',
      subtype: 'bot_message',
      channel_type: 'im',
      text: 'Ondiep burglary 2011',
      ts: '3.2',
      channel: 'D1',
    });
    await postSlack(server.url, b1, JSON_TYPE);
    const b2 = eventBody({
      type: 'message',
      channel_type: 'im',
      user: 'UBOT',
      text: 'Ondiep burglary 2011',
      ts: '3.3',
      channel: 'D1',
    });
    await postSlack(server.url, b2, JSON_TYPE);
    for (const b of [b0, b1, b2]) await finished(b);
    expect(posts()).toHaveLength(0);
  });

  it('escapes hostile text: no ping, no live link', async () => {
    const body = mention(
      '<@UBOT> <!channel> <!here> <@U123> <https://evil.example|click> what is the Ondiep burglary target for 2011?',
    );
    await postSlack(server.url, body, JSON_TYPE);
    const call = await slack.waitFor((c) => c.method === 'chat.postMessage');
    const sent = JSON.stringify(call.body);
    for (const bad of ['<!channel>', '<!here>', '<@U123>', '<https://evil.example'])
      expect(sent).not.toContain(bad);
    expect(blocksText(call.body)).toContain('21 per 1000 homes');
  });

  it('publishes the App Home tab', async () => {
    await postSlack(
      server.url,
      eventBody({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home' }),
      JSON_TYPE,
    );
    const call = await slack.waitFor((c) => c.method === 'views.publish');
    expect(call.body.user_id).toBe('U1');
    expect(JSON.stringify(call.body.view)).toContain('Kanaleneiland, Ondiep, Overvecht, Zuilen-Oost');
  });
});

describe('Slack retries', () => {
  it('answers an event delivered four times (retries 0-3) once', async () => {
    const body = mention('<@UBOT> Ondiep violence target 2017', {});
    const id = JSON.parse(body).event_id as string;
    for (let retry = 0; retry <= 3; retry++) {
      const headers = {
        ...sign(body),
        ...(retry > 0 ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {}),
      };
      expect((await postSlack(server.url, body, JSON_TYPE, headers)).status).toBe(200);
    }
    await slack.waitFor((c) => c.method === 'chat.postMessage');
    // All four deliveries are finished: one answered, three skipped as already handled.
    await finished(body, 4);
    expect(posts()).toHaveLength(1);
    expect(id).toMatch(/^Ev/);
  });

  it('answers a retry whose first delivery was lost', async () => {
    const body = mention('<@UBOT> Overvecht health target 2011');
    await postSlack(server.url, body, JSON_TYPE, {
      ...sign(body),
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_error',
    });
    await slack.waitFor((c) => c.method === 'chat.postMessage');
    await finished(body);
    expect(posts()).toHaveLength(1);
  });
});

describe('Slack request authenticity', () => {
  const body = mention('<@UBOT> Ondiep burglary 2011');
  const now = () => Math.floor(Date.now() / 1000);
  // Headers are made when the test runs, so a slow earlier test cannot bring a timestamp back in range.
  const cases: Array<[string, () => Record<string, string>, string?]> = [
    ['a bad signature', () => ({ ...sign(body), 'x-slack-signature': `v0=${'0'.repeat(64)}` })],
    ['a body changed after signing', () => sign(body), body.replace('2011', '2017')],
    ['no signature headers', () => ({})],
    ['a non-numeric timestamp', () => ({ ...sign(body), 'x-slack-request-timestamp': 'soon' })],
    [
      'a v1= signature',
      () => ({ ...sign(body), 'x-slack-signature': sign(body)['x-slack-signature'].replace('v0=', 'v1=') }),
    ],
    [
      'a v1= signature computed over a v1 base string',
      () => {
        const ts = String(now());
        const mac = createHmac('sha256', SIGNING_SECRET).update(`v1:${ts}:${body}`).digest('hex');
        return { 'x-slack-request-timestamp': ts, 'x-slack-signature': `v1=${mac}` };
      },
    ],
    ['a timestamp older than 5 minutes', () => sign(body, now() - 305)],
    ['a timestamp more than 5 minutes ahead', () => sign(body, now() + 305)],
    ['the wrong secret', () => sign(body, now(), 'another-secret')],
  ];
  it.each(cases)('rejects %s with 401 and runs no listener', async (_name, headers, sent = body) => {
    const logged = server.logs.length;
    const res = await postSlack(server.url, sent, JSON_TYPE, headers());
    expect(res.status).toBe(401);
    // Each refusal is logged at warn with its reason; the signature itself never is.
    const refusal = server.logs
      .slice(logged)
      .find(
        (l) =>
          l.includes('slack request refused') || l.includes('Signature mismatch') || l.includes('signature'),
      );
    expect(refusal, 'a log line for the refusal').toBeDefined();
    expect(server.logs.slice(logged).join('\n')).not.toMatch(/v[01]=[0-9a-f]{64}/);
    // Refused before any listener: the 401 itself is the signal that nothing will run.
    expect(server.logs.slice(logged).some((l) => l.includes('slack event handled'))).toBe(false);
    expect(posts()).toHaveLength(0);
  });

  it('runs no listener for an unsigned ssl_check carrying a payload', async () => {
    const payload = form({
      ssl_check: '1',
      token: 'x',
      command: '/charter',
      text: 'Ondiep burglary 2011',
      response_url: slack.responseUrl('ssl'),
    });
    const res = await postSlack(server.url, payload, FORM_TYPE, {});
    // Refused before any listener: the 401 itself is the signal that nothing will run.
    expect(res.status).toBe(401);
    expect(slack.calls.filter((c) => c.method !== 'auth.test')).toHaveLength(0);
  });

  it('refuses a body over the limit before verifying it', async () => {
    const big = mention(`<@UBOT> ${'x'.repeat(20_000)}`);
    const res = await postSlack(server.url, big, JSON_TYPE);
    expect(res.status).toBe(413);
  });
});

describe('/charter and buttons', () => {
  const command = (text: string, id: string) =>
    form({
      token: 'x',
      team_id: 'T1',
      team_domain: 't',
      channel_id: 'C1',
      channel_name: 'general',
      user_id: 'U1',
      user_name: 'a',
      command: '/charter',
      text,
      response_url: slack.responseUrl(id),
      trigger_id: 't',
    });

  it('answers /charter privately, acknowledging at once', async () => {
    const body = command('What is the Ondiep burglary target for 2011?', 'c1');
    const res = await postSlack(server.url, body, FORM_TYPE);
    expect(res.status).toBe(200);
    const call = await slack.waitFor((c) => c.method === 'response_url');
    expect(call.body.response_type).toBe('ephemeral');
    expect(blocksText(call.body)).toContain('21 per 1000 homes');
  });

  it('posts in the channel with /charter share', async () => {
    await postSlack(server.url, command('share Zuilen-Oost benefits target for 2011', 'c2'), FORM_TYPE);
    const call = await slack.waitFor((c) => c.method === 'response_url');
    expect(call.body.response_type).toBe('in_channel');
    expect(blocksText(call.body)).toContain('16%');
  });

  it('lists what it can do with /charter help', async () => {
    await postSlack(server.url, command('help', 'c3'), FORM_TYPE);
    const call = await slack.waitFor((c) => c.method === 'response_url');
    expect(blocksText(call.body)).toContain('/charter share');
    expect(blocksText(call.body)).toContain('Wat is het doel voor uitkeringen');
  });

  const click = (actionId: string, value: string, id: string, extra: Record<string, unknown> = {}) =>
    form({
      payload: JSON.stringify({
        type: 'block_actions',
        user: { id: 'U1', team_id: 'T1' },
        team: { id: 'T1' },
        api_app_id: 'A1',
        channel: { id: 'C1' },
        container: {
          type: 'message',
          channel_id: 'C1',
          message_ts: '1700000500.000100',
          is_ephemeral: false,
        },
        message: { ts: '1700000500.000100', thread_ts: '1700000001.000001' },
        response_url: slack.responseUrl(id),
        trigger_id: 't',
        actions: [{ type: 'button', action_id: actionId, block_id: 'answer_actions', value, action_ts: '1' }],
        ...extra,
      }),
    });

  async function answerId(): Promise<string> {
    await postSlack(server.url, mention('<@UBOT> Ondiep violence target 2017'), JSON_TYPE);
    const call = await slack.waitFor((c) => c.method === 'chat.postMessage');
    const actions = (
      call.body.blocks as Array<{ block_id?: string; elements?: Array<{ action_id: string; value: string }> }>
    ).find((b) => b.block_id === 'answer_actions');
    slack.calls.length = 0;
    return actions?.elements?.find((e) => e.action_id === 'email_version')?.value ?? '';
  }

  it('sends the e-mail version privately in a code block', async () => {
    const id = await answerId();
    await postSlack(server.url, click('email_version', id, 'e1'), FORM_TYPE);
    const call = await slack.waitFor((c) => c.method === 'response_url');
    expect(call.body.response_type).toBe('ephemeral');
    const text = blocksText(call.body);
    expect(text).toContain(
      '```Dear Sir or Madam,\\n\\nAccording to the Utrecht krachtwijken charter:\\n\\nThe 2017 target for people confronted with violence in Ondiep is 5',
    );
    expect(text).toContain('signed on 9 June 2008');
    expect(text).toContain('Kind regards,');
  });

  it('stores feedback, with a reason, against the answer’s audit record', async () => {
    const id = await answerId();
    await postSlack(server.url, click('feedback_not_helpful', id, 'f1'), FORM_TYPE);
    const reasons = await slack.waitFor((c) => c.method === 'response_url');
    expect(blocksText(reasons.body)).toContain('feedback_reason_wrong_figure');
    slack.calls.length = 0;
    await postSlack(
      server.url,
      click('feedback_reason_wrong_figure', JSON.stringify({ id, reason: 'wrong_figure' }), 'f2'),
      FORM_TYPE,
    );
    await slack.waitFor((c) => c.method === 'response_url');
    const stored = await server.store.listFeedback(id);
    expect(stored.map((f) => [f.rating, f.reason])).toEqual([
      ['not_helpful', null],
      ['not_helpful', 'wrong_figure'],
    ]);
    expect(stored[0]?.user).toMatch(/^[0-9a-f]{32}$/);
    expect(stored[0]?.user).not.toContain('U1');
  });

  it('offers suggestions as buttons that ask that question in the thread', async () => {
    await postSlack(
      server.url,
      mention('<@UBOT> What is the Hoograven youth nuisance target?', { ts: '1700000009.000001' }),
      JSON_TYPE,
    );
    const call = await slack.waitFor((c) => c.method === 'chat.postMessage');
    const suggestions = (
      call.body.blocks as Array<{ block_id?: string; elements?: Array<{ action_id: string; value: string }> }>
    ).find((b) => b.block_id === 'suggestions');
    const first = suggestions?.elements?.[0];
    expect(first?.action_id).toBe('ask_suggestion_0');
    slack.calls.length = 0;
    await postSlack(
      server.url,
      click(first?.action_id ?? '', first?.value ?? '', 's1', {
        message: { ts: '1700000500.000100', thread_ts: '1700000009.000001' },
      }),
      FORM_TYPE,
    );
    const answered = await slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(answered.body.thread_ts).toBe('1700000009.000001');
    expect(blocksText(answered.body)).toContain('woninginbraken');
  });

  it('records Slack answers in the audit log with a pseudonymised user', async () => {
    const records = await server.store.listAudit();
    const slackRecords = records.filter((r) => r.channel === 'slack');
    expect(slackRecords.length).toBeGreaterThan(3);
    for (const r of slackRecords) {
      expect(r.user).toMatch(/^[0-9a-f]{32}$/);
      expect(r.thread).toMatch(/^slack:T1:/);
    }
  });
});

describe('Slack after a crash', () => {
  // A crash leaves the event's claim "processing": whether the answer reached Slack is unknown. Both states
  // a kill -9 can leave are set up in the database file as the dead process would have left them.
  let crashed: TestServer;
  let file: string;
  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'cb-crash-')), 'charterbot.db');
    crashed = await startTestServer({
      ...slackEnv(slack.apiUrl),
      DATABASE_URL: file,
    });
  });
  afterAll(async () => {
    await crashed.close();
  });
  const done = (body: string, count: number) => slackEventFinished(crashed, body, count);
  const leaveProcessing = (eventId: string) => {
    const db = new Database(file);
    try {
      db.prepare(
        `INSERT INTO processed_events (key, status, claimed_at) VALUES (?, 'processing', '2000-01-01T00:00:00.000Z')
         ON CONFLICT (key) DO UPDATE SET status = 'processing', claimed_at = excluded.claimed_at`,
      ).run(`slack:T1:${eventId}`);
    } finally {
      db.close();
    }
  };
  const retried = (body: string) =>
    postSlack(crashed.url, body, JSON_TYPE, {
      ...sign(body),
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });

  it('does not answer a retry again when the answer reached Slack before the crash', async () => {
    const body = mention('<@UBOT> Ondiep burglary target 2011', { ts: '1700000900.000001' });
    const id = JSON.parse(body).event_id as string;
    await postSlack(crashed.url, body, JSON_TYPE);
    const answer = await slack.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body.thread_ts === '1700000900.000001',
    );
    const metadata = answer.body.metadata;
    expect(typeof metadata === 'string' ? JSON.parse(metadata) : metadata).toMatchObject({
      event_type: 'charterbot_answer',
      event_payload: { event_id: id },
    });
    await done(body, 1);
    leaveProcessing(id);
    expect((await retried(body)).status).toBe(200);
    await done(body, 2);
    expect(posts().filter((c) => c.body.thread_ts === '1700000900.000001')).toHaveLength(1);
    expect(crashed.logs.some((l) => l.includes(id) && l.includes('answered before the restart'))).toBe(true);
  });

  it('answers a retry once when the crash came before the answer', async () => {
    const body = mention('<@UBOT> Overvecht burglary target 2017', { ts: '1700000901.000001' });
    const id = JSON.parse(body).event_id as string;
    leaveProcessing(id);
    expect((await retried(body)).status).toBe(200);
    await done(body, 1);
    expect(posts().filter((c) => c.body.thread_ts === '1700000901.000001')).toHaveLength(1);
  });

  it('does not answer a DM again when many messages followed its answer before the crash', async () => {
    const channel = 'D4BUSY';
    slack.chatter(channel, 1);
    const ts = slack.messages(channel).at(-1)?.ts ?? '';
    const body = eventBody({
      type: 'message',
      channel_type: 'im',
      user: 'U1',
      text: 'Ondiep burglary 2011',
      ts,
      channel,
    });
    const id = JSON.parse(body).event_id as string;
    await postSlack(crashed.url, body, JSON_TYPE);
    await done(body, 1);
    // The conversation went on: more messages after the answer than one page of history holds.
    slack.chatter(channel, 450);
    leaveProcessing(id);
    expect((await retried(body)).status).toBe(200);
    await done(body, 2);
    expect(posts().filter((c) => c.body.channel === channel)).toHaveLength(1);
    expect(crashed.logs.some((l) => l.includes(id) && l.includes('answered before the restart'))).toBe(true);
  });

  it('does not answer a mention again in a long thread, where its answer is past the first page of replies', async () => {
    const channel = 'C4LONG';
    slack.chatter(channel, 1);
    const parent = slack.messages(channel).at(-1)?.ts ?? '';
    slack.chatter(channel, 250, parent);
    slack.chatter(channel, 1, parent);
    const ts = slack.messages(channel).at(-1)?.ts ?? '';
    const body = mention('<@UBOT> Ondiep burglary target 2011', { channel, ts, thread_ts: parent });
    const id = JSON.parse(body).event_id as string;
    await postSlack(crashed.url, body, JSON_TYPE);
    await done(body, 1);
    leaveProcessing(id);
    expect((await retried(body)).status).toBe(200);
    await done(body, 2);
    expect(posts().filter((c) => c.body.channel === channel)).toHaveLength(1);
    expect(crashed.logs.some((l) => l.includes(id) && l.includes('answered before the restart'))).toBe(true);
  });
});

describe('Slack while an answer is slow', () => {
  it('renews a claim well inside its lease, and ends an answer’s retries before the lease does', () => {
    expect(EVENT_RENEW_MS * 3).toBeLessThanOrEqual(EVENT_LEASE_MS);
    expect(ANSWER_CALL_BUDGET_MS).toBeLessThan(EVENT_LEASE_MS);
  });

  it('gives its claim up when the answer fails, so Slack’s redelivery looks for it and answers once', async () => {
    const channel = 'CGIVEUP';
    const body = mention('<@UBOT> Ondiep burglary target 2011', { channel });
    const id = JSON.parse(body).event_id as string;
    slack.failNext('chat.postMessage', [{ status: 500 }]);
    expect((await postSlack(server.url, body, JSON_TYPE)).status).toBe(200);
    await expect
      .poll(() => server.logs.some((l) => l.includes('slack listener failed') && l.includes('500')))
      .toBe(true);
    const redelivered = await postSlack(server.url, body, JSON_TYPE, {
      ...sign(body),
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_error',
    });
    expect(redelivered.status).toBe(200);
    await finished(body, 1);
    expect(slack.messages(channel)).toHaveLength(1);
    expect(server.logs.some((l) => l.includes(id) && l.includes('slack event handled'))).toBe(true);
  });

  it('keeps the claim alive while it works, so Slack’s redelivery a minute later is not answered again', async () => {
    // The clock the claims are judged by is the test's; the owner renews on its own timer, kept short here.
    let clock = Date.now();
    const file = join(mkdtempSync(join(tmpdir(), 'cb-slow-')), 'charterbot.db');
    const slow = await startTestServer(
      { ...slackEnv(slack.apiUrl), DATABASE_URL: file },
      { now: () => clock, eventRenewMs: 20 },
    );
    const db = new Database(file, { readonly: true });
    let release = () => {};
    try {
      const channel = 'CSLOW';
      const body = mention('<@UBOT> Ondiep burglary target 2011', { channel });
      const id = JSON.parse(body).event_id as string;
      const claimedAt = () =>
        (
          db.prepare('SELECT claimed_at FROM processed_events WHERE key = ?').get(`slack:T1:${id}`) as
            | { claimed_at: string }
            | undefined
        )?.claimed_at ?? '';
      // The answer's chat.postMessage is in flight (Slack slow, the client retrying) ...
      release = slack.holdNext('chat.postMessage');
      expect((await postSlack(slow.url, body, JSON_TYPE)).status).toBe(200);
      await slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === channel);
      // ... for more than the 60 s after which a claim counts as abandoned: its owner renews it meanwhile.
      clock += 62_000;
      await expect.poll(() => Date.parse(claimedAt()) >= clock).toBe(true);
      const redelivered = await postSlack(slow.url, body, JSON_TYPE, {
        ...sign(body),
        'x-slack-retry-num': '1',
        'x-slack-retry-reason': 'http_timeout',
      });
      expect(redelivered.status).toBe(200);
      await slackEventFinished(slow, body, 1);
      release();
      await slackEventFinished(slow, body, 2);
      expect(slack.messages(channel)).toHaveLength(1);
      expect(posts().filter((c) => c.body.channel === channel)).toHaveLength(1);
      expect(
        slow.logs.some((l) => l.includes(id) && l.includes('slack event skipped: already handled')),
      ).toBe(true);
    } finally {
      release();
      db.close();
      await slow.close();
    }
  });
});
