// Socket Mode: the app connects out to Slack (here a fake WebSocket) instead of receiving HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../../fakes/slack-api.js';
import { startTestServer, type TestServer } from '../../support/server.js';

let slack: FakeSlack;
let server: TestServer;

beforeAll(async () => {
  slack = await startFakeSlack();
  server = await startTestServer({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_APP_TOKEN: 'xapp-1-test-token',
    SLACK_API_URL: slack.apiUrl,
    AUDIT_PSEUDONYM_KEY: 's'.repeat(40),
  });
  await slack.socketConnected();
});
afterAll(async () => {
  await server.close();
  await slack.close();
});

describe('Slack in Socket Mode', () => {
  it('opens the connection with the app token', () => {
    expect(slack.calls.some((c) => c.method === 'apps.connections.open')).toBe(true);
  });

  it('acknowledges an app_mention envelope and answers in its thread', async () => {
    await slack.sendEnvelope('events_api', {
      token: 'x',
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: 'EvSocket1',
      event_time: Math.floor(Date.now() / 1000),
      event: {
        type: 'app_mention',
        user: 'U1',
        text: '<@UBOT> What is the Ondiep burglary target for 2011?',
        ts: '1700000100.000001',
        channel: 'C1',
        event_ts: '1700000100.000001',
      },
    });
    const call = await slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(call.body.thread_ts).toBe('1700000100.000001');
    expect(JSON.stringify(call.body.blocks)).toContain('21 per 1000 homes');
  });

  it('answers /charter through the response URL', async () => {
    await slack.sendEnvelope('slash_commands', {
      token: 'x',
      team_id: 'T1',
      channel_id: 'C1',
      user_id: 'U1',
      command: '/charter',
      text: 'Zuilen-Oost benefits target for 2011',
      response_url: slack.responseUrl('socket-1'),
      trigger_id: 't',
    });
    const call = await slack.waitFor((c) => c.method === 'response_url');
    expect(call.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(call.body.blocks)).toContain('16%');
  });

  it('keeps /slack/events closed: there is no HTTP endpoint to verify in Socket Mode', async () => {
    const res = await fetch(new URL('/slack/events', server.url), {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(404);
  });
});
