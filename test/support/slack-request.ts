// Real signed requests to /slack/events: v0 HMAC over the raw body, as Slack sends them.
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';

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
