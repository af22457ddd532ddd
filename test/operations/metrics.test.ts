// Prometheus metrics over real HTTP: answers counted by channel and status, the token enforced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

const ask = (server: TestServer, question: string) =>
  fetch(new URL('/api/ask', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question }),
  });

describe('GET /metrics', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ METRICS_TOKEN: 'm'.repeat(32) });
  });
  afterAll(async () => {
    await server.close();
  });

  it('counts answers by channel and status, with process metrics beside them', async () => {
    expect((await ask(server, 'What is the Ondiep burglary target for 2011?')).status).toBe(200);
    expect((await ask(server, 'wanneer speelt FC Utrecht weer thuis?')).status).toBe(200);
    const res = await fetch(new URL('/metrics', server.url), {
      headers: { authorization: `Bearer ${'m'.repeat(32)}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain('charterbot_answers_total{channel="web",status="answered"} 1');
    expect(text).toContain('charterbot_answers_total{channel="web",status="not_found"} 1');
    expect(text).toMatch(/charterbot_answer_seconds_count\{channel="web"\} 2/);
    expect(text).toContain('charterbot_process_resident_memory_bytes');
    // Never a question or a user in a label.
    expect(text).not.toMatch(/Ondiep|FC Utrecht/);
  });

  it('refuses a scrape without the token', async () => {
    expect((await fetch(new URL('/metrics', server.url))).status).toBe(401);
    const wrong = await fetch(new URL('/metrics', server.url), { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
  });
});
