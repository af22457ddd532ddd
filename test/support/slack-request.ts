// Real signed requests to /slack/events: v0 HMAC over the raw body, as Slack sends them.
import { createHmac } from 'node:crypto';
import { expect } from 'vitest';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';

/** The settings of a server whose Slack app (HTTP mode) talks to a fake Web API at `apiUrl`. */
export const slackEnv = (apiUrl: string) => ({
  SLACK_BOT_TOKEN: 'xoxb-test-token',
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: apiUrl,
  AUDIT_PSEUDONYM_KEY: 'k'.repeat(40),
});

export function sign(body: string, timestamp = Math.floor(Date.now() / 1000), secret = SIGNING_SECRET) {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

export function postSlack(
  url: string,
  body: string,
  contentType: string,
  headers: Record<string, string> = sign(body),
): Promise<Response> {
  return fetch(new URL('/slack/events', url), {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body,
  });
}

let n = 0;
export function eventBody(event: Record<string, unknown>, eventId = `Ev${++n}${Date.now()}`): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event: { event_ts: String(Date.now() / 1000), ...event },
  });
}

export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

let commands = 0;
/**
 * Sends a signed `/charter <text>` as `user` in `channel` and resolves with the body of the reply posted to
 * its response_url (each command gets its own response_url, so replies never mix).
 */
export async function charterCommand(
  server: { url: string },
  slack: {
    responseUrl(id: string): string;
    waitFor(
      pred: (c: { method: string; responseId?: string }) => boolean,
    ): Promise<{ body: Record<string, unknown> }>;
  },
  command: { text: string; user: string; channel?: string },
): Promise<Record<string, unknown>> {
  const id = `cmd-${++commands}`;
  const res = await postSlack(
    server.url,
    form({
      token: 'legacy',
      team_id: 'T1',
      channel_id: command.channel ?? 'C1',
      user_id: command.user,
      command: '/charter',
      text: command.text,
      response_url: slack.responseUrl(id),
      trigger_id: 't',
    }),
    'application/x-www-form-urlencoded',
  );
  if (res.status !== 200) throw new Error(`/charter answered ${res.status}`);
  return (await slack.waitFor((c) => c.method === 'response_url' && c.responseId === id)).body;
}

/** Resolves once the server has finished `count` deliveries of the event in `body` (handled or skipped). */
export const slackEventFinished = (server: { logs: string[] }, body: string, count = 1) => {
  const id = JSON.parse(body).event_id as string;
  return expect
    .poll(
      () =>
        server.logs.filter((l) => l.includes(`"event":"${id}"`) && /slack event (handled|skipped)/.test(l))
          .length,
    )
    .toBe(count);
};
