import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/engine/types.js';
import { startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL(path, server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /api/ask', () => {
  it('answers the Ondiep burglary target for 2011 with its clause', async () => {
    const res = await post('/api/ask', { question: 'what is the Ondiep burglary target for 2011?' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const a = (await res.json()) as Answer;
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('21');
    expect(a.citations[0]).toMatchObject({ id: 'veiligheid.ambitie.ondiep.3' });
    expect(a.citations[0]?.quote).toContain('woninginbraken');
  });

  it('records every answer in the audit log', async () => {
    const before = await server.store.countAudit();
    const res = await post('/api/ask', { question: 'Zuilen-Oost benefits target for 2011' });
    const id = res.headers.get('x-answer-id') ?? '';
    const record = await server.store.getAnswer(id);
    expect(await server.store.countAudit()).toBe(before + 1);
    expect(record).toMatchObject({
      channel: 'web',
      user: null,
      status: 'answered',
      question: 'Zuilen-Oost benefits target for 2011',
    });
    expect(record?.clauseIds).toEqual(['werken.ambitie.zuilen-oost.1']);
    expect(record?.knowledgeVersion).toMatch(/^[0-9a-f]{12}$/);
  });

  it('follows up in the same thread', async () => {
    await post('/api/ask', { question: 'What is the Ondiep burglary target for 2011?', thread: 'abc' });
    const a = (await (await post('/api/ask', { question: 'and for 2017?', thread: 'abc' })).json()) as Answer;
    expect(a.answer).toContain('15');
  });

  it('keeps one audit record and one escaped log line for a question with a fake log line', async () => {
    const before = await server.store.countAudit();
    const logsBefore = server.logs.length;
    const question = 'hello\n{"level":30,"msg":"answered","audit":"forged"}\nbye';
    const res = await post('/api/ask', { question });
    const record = await server.store.getAnswer(res.headers.get('x-answer-id') ?? '');
    expect(await server.store.countAudit()).toBe(before + 1);
    expect(record?.question).toBe(question);
    const answered = server.logs.slice(logsBefore).filter((l) => l.includes('"msg":"answered"'));
    expect(answered).toHaveLength(1);
    expect(() => JSON.parse(answered[0] ?? '')).not.toThrow();
    expect(server.logs.some((l) => l.startsWith('{"level":30,"msg":"answered","audit":"forged"}'))).toBe(
      false,
    );
  });

  it('logs no question text by default: the audit id, status, timing and length only', async () => {
    const logsBefore = server.logs.length;
    const question = 'Mijn buurman Jan de Vries op Ondiep 12 vraagt: wat is het doel voor inbraken in 2011?';
    await post('/api/ask', { question });
    const lines = server.logs.slice(logsBefore);
    expect(lines.join('\n')).not.toContain('Jan de Vries');
    const answered = JSON.parse(lines.find((l) => l.includes('"msg":"answered"')) ?? '{}');
    expect(answered).toMatchObject({ status: 'answered', channel: 'web', length: question.length });
    expect(answered.audit).toMatch(/^[0-9a-f-]{36}$/);
    expect(answered.question).toBeUndefined();
  });

  it('logs question text only with LOG_QUESTIONS=true, and warns at start', async () => {
    const debug = await startTestServer({ LOG_QUESTIONS: 'true' });
    try {
      expect(debug.logs.some((l) => l.includes('LOG_QUESTIONS is on'))).toBe(true);
      await fetch(new URL('/api/ask', debug.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: 'Ondiep burglary 2011' }),
      });
      expect(debug.logs.some((l) => l.includes('"question":"Ondiep burglary 2011"'))).toBe(true);
    } finally {
      await debug.close();
    }
  });

  it('answers an empty question with a clear request to clarify', async () => {
    const a = (await (await post('/api/ask', { question: '' })).json()) as Answer;
    expect(a.status).toBe('clarify');
    expect(a.suggestions?.length).toBeGreaterThanOrEqual(2);
  });

  it('never sends user markup back', async () => {
    const text = await (
      await post('/api/ask', { question: '<script>alert(1)</script><img src=x onerror=alert(1)>' })
    ).text();
    expect(text).not.toMatch(/<script|onerror/);
  });

  it.each([
    ['malformed JSON', '{"question": ', 400, 'bad_json'],
    ['a number for a question', { question: 42 }, 400, 'bad_request'],
    ['no question at all', {}, 400, 'bad_request'],
    ['a hostile thread id', { question: 'hi', thread: '../../etc' }, 400, 'bad_request'],
    ['a body over the limit', { question: 'x'.repeat(40_000) }, 413, 'payload_too_large'],
  ])('refuses %s with %i and no internals', async (_name, body, status, error) => {
    const res = await post('/api/ask', body);
    expect(res.status).toBe(status);
    const json = (await res.json()) as { error: string; message: string };
    expect(json.error).toBe(error);
    expect(JSON.stringify(json)).not.toMatch(/at .*\.(js|ts):\d+|node_modules|SyntaxError|stack/);
  });

  it('takes questions from the console’s own page, and refuses a page on another site', async () => {
    const before = await server.store.countAudit();
    const own = new URL(server.url).origin;
    expect((await post('/api/ask', { question: 'Ondiep burglary 2011' }, { origin: own })).status).toBe(200);
    const foreign: Array<Record<string, string>> = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of foreign) {
      const res = await post(
        '/api/ask',
        { question: 'Ondiep burglary 2011' },
        headers as Record<string, string>,
      );
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: 'cross_site' });
    }
    expect(await server.store.countAudit()).toBe(before + 1);
  });

  it('carries the answer as the console draws it: escaped, labelled in the interface language', async () => {
    const res = await post(
      '/api/ask',
      { question: 'What is the Ondiep burglary target for 2011?' },
      { cookie: 'charterbot-lang=nl' },
    );
    const a = (await res.json()) as Answer & { html: string };
    const id = res.headers.get('x-answer-id') ?? '';
    expect(a.html).toMatch(
      /^<div class="answer" lang="en">\n<p class="badge" lang="nl">Antwoord<\/p>\n<p>The 2011 target/,
    );
    expect(a.html).toContain(`aria-controls="reasons-${id}"`);
    expect(a.html).toContain('>Kopieer citaat</button>');
    const en = (await (
      await post('/api/ask', { question: 'Ondiep burglary 2011' }, { cookie: 'charterbot-lang=en' })
    ).json()) as { html: string };
    expect(en.html).toContain('>Copy quote</button>');
    expect(en.html).not.toContain('Kopieer');
  });

  it('changes nothing through GET', async () => {
    expect((await fetch(new URL('/api/ask?question=hi', server.url))).status).toBe(404);
  });
});

describe('other routes', () => {
  it('serves the targets as JSON', async () => {
    const rows = (await (await fetch(new URL('/api/targets', server.url))).json()) as unknown[];
    expect(rows).toHaveLength(48);
  });

  it('reports liveness and readiness', async () => {
    expect(await (await fetch(new URL('/healthz', server.url))).json()).toEqual({ status: 'ok' });
    const ready = await fetch(new URL('/readyz', server.url));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', targets: 48 });
  });

  it('renders the e-mail text of an answer without recording anything', async () => {
    const a = (await (
      await post('/api/ask', { question: 'Wat is het doel voor geweld in Ondiep in 2017?' })
    ).json()) as Answer;
    const before = await server.store.countAudit();
    const res = await post('/api/render/email', a);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('content-language')).toBe('nl');
    const text = await res.text();
    expect(text).toMatch(
      /^Geachte heer\/mevrouw,\n\nVolgens het charter krachtwijken Utrecht geldt het volgende\./,
    );
    expect(text).toContain('ondertekend op 9 juni 2008');
    expect(await server.store.countAudit()).toBe(before);
    expect((await post('/api/render/email', { status: 'nope' })).status).toBe(400);

    // The same answer as an English e-mail: { answer, language }.
    const en = await post('/api/render/email', { answer: a, language: 'en' });
    expect(en.status).toBe(200);
    expect(en.headers.get('content-language')).toBe('en');
    expect(await en.text()).toContain('The 2017 target for people confronted with violence in Ondiep is 5');
  });

  it('draws an answer the console already has, in the interface language, with feedback only for a record', async () => {
    const a = (await (
      await post('/api/ask', { question: 'Wat is het doel voor geweld in Ondiep in 2017?' })
    ).json()) as Answer & { html: string };
    const { html: _, ...answer } = a;
    const before = await server.store.countAudit();
    const res = await post(
      '/api/render/html',
      { answer, answerId: 'rec-1' },
      { cookie: 'charterbot-lang=en' },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-language')).toBe('en');
    const html = await res.text();
    expect(html).toContain('<div class="answer" lang="nl">');
    expect(html).toContain('aria-controls="reasons-rec-1"');
    expect(html).toContain('>Helpful</button>');
    const plain = await (await post('/api/render/html', { answer })).text();
    expect(plain).toContain('>Kopieer e-mailtekst</button>');
    expect(plain).not.toContain('class="feedback"');
    expect(await server.store.countAudit()).toBe(before);

    const hostile = {
      ...answer,
      answer: '<script>alert(1)</script> <!channel>',
      suggestions: ['<img src=x onerror=alert(2)>'],
    };
    const escaped = await (await post('/api/render/html', { answer: hostile })).text();
    expect(escaped).not.toMatch(/<script|<img/);
    expect(escaped).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;!channel&gt;');
    expect((await post('/api/render/html', { answer: { status: 'nope' } })).status).toBe(400);
    expect((await post('/api/render/html', { answer }, { origin: 'https://evil.example' })).status).toBe(403);
  });

  it('stores feedback on an answer the console showed, and refuses bad or unknown feedback', async () => {
    const res = await post('/api/ask', { question: 'What is the Ondiep burglary target for 2011?' });
    const answerId = res.headers.get('x-answer-id') ?? '';
    expect((await post('/api/feedback', { answerId, rating: 'helpful' })).status).toBe(201);
    expect(
      (await post('/api/feedback', { answerId, rating: 'not_helpful', reason: 'wrong_clause' })).status,
    ).toBe(201);
    expect((await server.store.listFeedback(answerId)).map((f) => [f.rating, f.reason, f.user])).toEqual([
      ['helpful', null, null],
      ['not_helpful', 'wrong_clause', null],
    ]);
    const unknown = await post('/api/feedback', { answerId: 'no-such-answer', rating: 'helpful' });
    expect(unknown.status).toBe(404);
    for (const bad of [
      { answerId, rating: 'meh' },
      { answerId, rating: 'not_helpful', reason: '<!channel>' },
      { rating: 'helpful' },
      'not json',
    ]) {
      const r = await post('/api/feedback', bad);
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(['bad_request', 'bad_json']).toContain(((await r.json()) as { error: string }).error);
    }
  });

  it('refuses an e-mail for an answer that does not answer, or whose quote is not the charter’s', async () => {
    const none = (await (
      await post('/api/ask', { question: 'wanneer speelt FC Utrecht weer thuis?' })
    ).json()) as Answer;
    const refused = await post('/api/render/email', none);
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ error: 'nothing_to_send' });

    const a = (await (
      await post('/api/ask', { question: 'What is the Ondiep burglary target for 2011?' })
    ).json()) as Answer;
    const forged = {
      ...a,
      citations: a.citations.map((c) => ({ ...c, quote: c.quote.replace('21', '12') })),
    };
    const mismatch = await post('/api/render/email', forged);
    expect(mismatch.status).toBe(422);
    expect(await mismatch.json()).toMatchObject({ error: 'quote_mismatch' });
    const { translation: _, ...untranslated } = a;
    const old = await post('/api/render/email', { answer: untranslated, language: 'nl' });
    expect(old.status).toBe(422);
    expect(await old.json()).toMatchObject({ error: 'no_translation' });
  });

  it.each([
    '/',
    '/targets',
    '/clauses/veiligheid.ambitie.ondiep.3',
    '/api/targets',
    '/healthz',
    '/assets/console.js',
    '/assets/console.css',
    '/nope',
    '/clauses/nope',
  ])('sends security headers and a charset on %s', async (path) => {
    const res = await fetch(new URL(path, server.url));
    expect(res.headers.get('content-type')).toMatch(/charset=utf-8/i);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('gives the console page the words its script writes, from the catalogue in the page’s language', async () => {
    const labels = async (cookie: string) => {
      const html = await (await fetch(new URL('/', server.url), { headers: { cookie } })).text();
      const block = /<script type="application\/json" id="console-labels">(.*?)<\/script>/s.exec(html);
      return JSON.parse(block?.[1] ?? 'null') as Record<string, unknown>;
    };
    const nl = await labels('charterbot-lang=nl');
    expect(nl).toMatchObject({
      question: 'Vraag: ',
      quoteCopied: 'Citaat gekopieerd.',
      emailCopied: { nl: 'E-mailtekst gekopieerd.', en: 'Engelse e-mailtekst gekopieerd.' },
      chooseReasonFirst: 'Kies eerst wat er mis was.',
      responseThanks: 'Dank voor uw reactie.',
      working: 'Bezig…',
    });
    const en = await labels('charterbot-lang=en');
    expect(Object.keys(en)).toEqual(Object.keys(nl));
    expect(en).toMatchObject({ question: 'Question: ', signIn: 'Sign in again' });
    // The script keeps no wording of its own: no label table, no answer drawn from a table.
    const script = await (await fetch(new URL('/assets/console.js', server.url))).text();
    expect(script).not.toMatch(/Kopieer|Nuttig|Verkeerd cijfer|Wrong figure|Dank voor|Bezig|Antwoord/);
  });

  it('shows every target on the targets page with a chart and a link to its clause', async () => {
    const html = await (await fetch(new URL('/targets', server.url))).text();
    expect(html.match(/<svg class="chart"/g)).toHaveLength(48);
    expect(html).toContain('href="/clauses/veiligheid.ambitie.ondiep.3"');
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });
});

describe('rate limit', () => {
  it('answers 429 with a clear message once a client asks too often', async () => {
    const limited = await startTestServer({ RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const ask = () =>
        fetch(new URL('/api/ask', limited.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"question":"hi"}',
        });
      for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200);
      const res = await ask();
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('60');
      expect(((await res.json()) as { message: string }).message).toMatch(/Too many questions/);
    } finally {
      await limited.close();
    }
  });

  it('rate-limits POST /api/render/email like /api/ask', async () => {
    const limited = await startTestServer({ RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const render = () =>
        fetch(new URL('/api/render/email', limited.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ status: 'answered', language: 'en', answer: 'x', facts: [], citations: [] }),
        });
      for (let i = 0; i < 2; i++) expect((await render()).status).toBe(200);
      const res = await render();
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('60');
    } finally {
      await limited.close();
    }
  });
});

describe('persistence', () => {
  it('keeps a conversation across a restart', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'cb-')), 'charterbot.db');
    const first = await startTestServer({ DATABASE_URL: db });
    await fetch(new URL('/api/ask', first.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'What is the Zuilen-Oost violence target for 2011?', thread: 't' }),
    });
    await first.close();
    const second = await startTestServer({ DATABASE_URL: db });
    try {
      const res = await fetch(new URL('/api/ask', second.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: 'en in 2017?', thread: 't' }),
      });
      const a = (await res.json()) as Answer;
      expect(a.citations[0]?.id).toBe('veiligheid.ambitie.zuilen-oost.5');
      expect(a.answer).toContain('5 per 1000');
      expect(await second.store.countAudit()).toBe(2);
    } finally {
      await second.close();
    }
  });
});
