import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isLoopback } from '../../../src/http/loopback.js';
import { type FakeConnector, startFakeConnector, teamsActivity } from '../../fakes/bot-connector.js';
import { startTestServer, type TestServer } from '../../support/server.js';

let connector: FakeConnector;
beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(async () => {
  await connector.close();
});
beforeEach(() => {
  connector.calls.length = 0;
});

const postActivity = (
  server: TestServer,
  activity: Record<string, unknown>,
  headers: Record<string, string> = {},
) =>
  fetch(new URL('/api/messages', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });

type Card = { body: Array<Record<string, unknown>>; actions?: Array<Record<string, unknown>> };
const cardOf = (call: { activity: Record<string, unknown> }) =>
  ((call.activity.attachments as Array<{ contentType: string; content: Card }>) ?? [])[0];
/** Resolves once the server has finished `count` deliveries of the activity (its turn handled or skipped). */
const finished = (server: TestServer, activity: Record<string, unknown>, count = 1) =>
  expect
    .poll(
      () =>
        server.logs.filter(
          (l) => l.includes(`"activity":"${activity.id}"`) && /teams activity (handled|skipped)/.test(l),
        ).length,
    )
    .toBe(count);

describe('Teams in development mode (no app id, TEAMS_DEV_UNAUTHENTICATED=true)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      TEAMS_DEV_UNAUTHENTICATED: 'true',
      AUDIT_PSEUDONYM_KEY: 't'.repeat(40),
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers a personal message with an Adaptive Card holding 21 and the woninginbraken quote', async () => {
    const activity = teamsActivity(connector.serviceUrl, {
      text: 'What is the Ondiep burglary target for 2011?',
    });
    const res = await postActivity(server, activity);
    expect(res.status).toBe(200);
    const call = await connector.waitFor((c) => c.conversationId === 'a:personal-1');
    expect(call.replyToId).toBe(activity.id);
    const attachment = cardOf(call);
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachment?.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const json = JSON.stringify(attachment?.content);
    expect(json).toContain('21 per 1000 homes');
    expect(json).toContain('In 2006 is het aantal woninginbraken per 1000 woningen 38.');
    expect(json).toContain('2. Op het gebied van veiligheid › a. Gezamenlijke ambitie › Ondiep');
  });

  it('strips the mention in a channel and replies in the reply chain', async () => {
    const conversation = {
      id: '19:abc@thread.tacv2;messageid=1700000000001',
      conversationType: 'channel',
      tenantId: 'tenant-1',
    };
    const activity = teamsActivity(connector.serviceUrl, {
      conversation,
      text: '<at>charterbot</at> What is the Zuilen-Oost violence target for 2011?',
      entities: [
        { type: 'mention', text: '<at>charterbot</at>', mentioned: { id: '28:bot-1', name: 'charterbot' } },
      ],
    });
    await postActivity(server, activity);
    const call = await connector.waitFor((c) => c.conversationId === conversation.id);
    expect(call.replyToId).toBe(activity.id);
    expect(JSON.stringify(cardOf(call)?.content)).toContain('7.5 per 1000 residents');
    connector.calls.length = 0;
    const followUp = teamsActivity(connector.serviceUrl, {
      conversation,
      text: '<at>charterbot</at> and for Ondiep?',
      entities: [
        { type: 'mention', text: '<at>charterbot</at>', mentioned: { id: '28:bot-1', name: 'charterbot' } },
      ],
    });
    await postActivity(server, followUp);
    const next = await connector.waitFor((c) => c.conversationId === conversation.id);
    expect(JSON.stringify(cardOf(next)?.content)).toContain('in Ondiep is 7.5 per 1000 residents');
  });

  /** An `adaptiveCard/action` invoke, as Teams sends it when someone presses an Action.Execute button. */
  const execute = (action: Record<string, unknown> | undefined, inputs: Record<string, unknown> = {}) =>
    teamsActivity(connector.serviceUrl, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      value: {
        action: {
          type: 'Action.Execute',
          verb: action?.verb,
          data: { ...(action?.data as object), ...inputs },
        },
        trigger: 'manual',
      },
    });
  const invokeBody = async (res: Response) =>
    (await res.json()) as { statusCode: number; type: string; value: Card & { code?: string } };

  it('shows the e-mail version and takes feedback in the card of the person who pressed, posting nothing', async () => {
    await postActivity(
      server,
      teamsActivity(connector.serviceUrl, { text: 'Wat is het doel voor geweld in Ondiep in 2017?' }),
    );
    const answered = await connector.waitFor(() => true);
    const posted = cardOf(answered)?.content;
    const actions = posted?.actions ?? [];
    expect(actions.map((a) => [a.type, a.verb ?? a.title])).toMatchInlineSnapshot(`
      [
        [
          "Action.Execute",
          "email",
        ],
        [
          "Action.Execute",
          "feedback",
        ],
        [
          "Action.ShowCard",
          "Niet nuttig",
        ],
      ]
    `);
    const email = actions.find((a) => a.verb === 'email');
    const answerId = (email?.data as { answerId?: string } | undefined)?.answerId ?? '';
    connector.calls.length = 0;

    const pressed = execute(email);
    const res = await postActivity(server, pressed);
    expect(res.status).toBe(200);
    const updated = await invokeBody(res);
    expect(updated.statusCode).toBe(200);
    expect(updated.type).toBe('application/vnd.microsoft.card.adaptive');
    const field = updated.value.body.find((b) => b.type === 'Input.Text') as { value: string } | undefined;
    expect(field?.value).toMatch(
      /^Geachte heer\/mevrouw,\n\nVolgens het charter krachtwijken Utrecht geldt het volgende\.\n\nHet doel voor 2017 voor personen geconfronteerd met geweld in Ondiep is 5/,
    );
    expect(field?.value).toContain('ondertekend op 9 juni 2008');
    // The answer is still there above it, and the e-mail button is gone for this person.
    expect(JSON.stringify(updated.value.body[0])).toContain('Het doel voor 2017');
    expect((updated.value.actions ?? []).some((a) => a.verb === 'email')).toBe(false);
    await finished(server, pressed);
    expect(connector.calls).toHaveLength(0);

    // Not helpful: the reason comes from the card's choice set (nothing chosen in advance).
    const showCard = actions.find((a) => a.type === 'Action.ShowCard') as { card: Card } | undefined;
    const choice = showCard?.card.body.find((b) => b.type === 'Input.ChoiceSet');
    expect(choice?.value).toBeUndefined();
    expect(choice?.isRequired).toBe(true);
    const send = showCard?.card.actions?.[0];
    const feedback = await invokeBody(await postActivity(server, execute(send, { reason: 'wrong_clause' })));
    expect(JSON.stringify(feedback.value.body)).toContain('Dank voor uw feedback.');
    expect((feedback.value.actions ?? []).some((a) => a.type === 'Action.ShowCard')).toBe(false);
    const stored = await server.store.listFeedback(answerId);
    expect(stored.map((f) => [f.rating, f.reason])).toEqual([['not_helpful', 'wrong_clause']]);
    expect(stored[0]?.user).toMatch(/^[0-9a-f]{32}$/);
    // Asking for the e-mail afterwards keeps the thanks in this person's card.
    const again = await invokeBody(await postActivity(server, execute(email)));
    expect(JSON.stringify(again.value.body)).toContain('Dank voor uw feedback.');
    expect(connector.calls).toHaveLength(0);
  });

  it('refuses a button it does not know, and an answer that no longer exists, in the invoke response', async () => {
    const unknown = await invokeBody(await postActivity(server, execute({ verb: 'frobnicate', data: {} })));
    expect([unknown.statusCode, unknown.type]).toEqual([400, 'application/vnd.microsoft.error']);
    const gone = await invokeBody(
      await postActivity(server, execute({ verb: 'email', data: { answerId: 'no-such-answer' } })),
    );
    expect(gone.statusCode).toBe(404);
  });

  it('still answers the Action.Submit buttons of cards posted before, with a message', async () => {
    await postActivity(
      server,
      teamsActivity(connector.serviceUrl, { text: 'Wat is het doel voor geweld in Ondiep in 2011?' }),
    );
    const answered = await connector.waitFor(() => true);
    const email = (cardOf(answered)?.content.actions ?? []).find((a) => a.verb === 'email');
    const answerId = (email?.data as { answerId?: string } | undefined)?.answerId ?? '';
    connector.calls.length = 0;
    await postActivity(
      server,
      teamsActivity(connector.serviceUrl, { text: '', value: { action: 'email', answerId } }),
    );
    const emailCall = await connector.waitFor(() => true);
    expect(JSON.stringify(cardOf(emailCall)?.content)).toContain('Geachte heer/mevrouw');
  });

  it('offers suggestions on a not_found answer as buttons that ask that question', async () => {
    await postActivity(
      server,
      teamsActivity(connector.serviceUrl, { text: 'What is the Hoograven youth nuisance target?' }),
    );
    const call = await connector.waitFor(() => true);
    const ask = (cardOf(call)?.content.actions ?? []).find((a) => a.verb === 'ask');
    expect(ask?.type).toBe('Action.Execute');
    // No e-mail for an answer that is not one.
    expect((cardOf(call)?.content.actions ?? []).some((a) => a.verb === 'email')).toBe(false);
    connector.calls.length = 0;
    const res = await invokeBody(await postActivity(server, execute(ask)));
    expect(res.type).toBe('application/vnd.microsoft.activity.message');
    expect(JSON.stringify(cardOf(await connector.waitFor(() => true))?.content)).toContain('woninginbraken');
  });

  it('searches from the message extension without recording, and records the answer that is picked', async () => {
    const query = (value: unknown) =>
      teamsActivity(connector.serviceUrl, {
        type: 'invoke',
        name: 'composeExtension/query',
        text: undefined,
        value: {
          commandId: 'askCharter',
          parameters: [{ name: 'query', value }],
          queryOptions: { skip: 0, count: 25 },
        },
      });
    const before = await server.store.countAudit();
    const typed = (await (await postActivity(server, query('Ondiep burglary 2011'))).json()) as {
      composeExtension: {
        type: string;
        attachments: Array<{ preview: { content: { title: string; tap: { value: unknown } } } }>;
      };
    };
    expect(typed.composeExtension.type).toBe('result');
    const [first] = typed.composeExtension.attachments;
    expect(first?.preview.content.title).toContain('21 per 1000 homes');
    expect(await server.store.countAudit()).toBe(before);

    // Nothing typed yet: examples to pick from.
    const initial = (await (await postActivity(server, query(''))).json()) as typeof typed;
    expect(initial.composeExtension.attachments.length).toBe(4);
    expect(connector.calls).toHaveLength(0);

    const picked = teamsActivity(connector.serviceUrl, {
      type: 'invoke',
      name: 'composeExtension/selectItem',
      text: undefined,
      value: first?.preview.content.tap.value,
    });
    const inserted = (await (await postActivity(server, picked)).json()) as {
      composeExtension: { attachments: Array<{ contentType: string; content: Card }> };
    };
    const card = inserted.composeExtension.attachments[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card?.content.body)).toContain(
      'In 2006 is het aantal woninginbraken per 1000 woningen 38',
    );
    expect(card?.content.actions).toBeUndefined();
    expect(await server.store.countAudit()).toBe(before + 1);
    expect(connector.calls).toHaveLength(0);

    const bad = (await (
      await postActivity(server, { ...query('x'), value: { commandId: 'other' } })
    ).json()) as {
      composeExtension: { type: string };
    };
    expect(bad.composeExtension.type).toBe('message');
  });

  it('answers help with a card of examples in Dutch and English', async () => {
    await postActivity(server, teamsActivity(connector.serviceUrl, { text: 'help' }));
    const json = JSON.stringify(cardOf(await connector.waitFor(() => true))?.content);
    expect(json).toContain('Wat is het doel voor uitkeringen');
    expect(json).toContain('What is the Ondiep burglary target for 2011?');
  });

  it('answers the same activity delivered twice once', async () => {
    const activity = teamsActivity(connector.serviceUrl, { text: 'Overvecht health target 2011' });
    await postActivity(server, activity);
    await postActivity(server, activity);
    await connector.waitFor(() => true);
    await finished(server, activity, 2);
    expect(connector.calls).toHaveLength(1);
  });

  it('renders hostile text as text', async () => {
    await postActivity(
      server,
      teamsActivity(connector.serviceUrl, {
        text: '[click](https://evil.example) <script>alert(1)</script> **Ondiep** burglary 2011',
      }),
    );
    const json = JSON.stringify(cardOf(await connector.waitFor(() => true))?.content);
    expect(json).not.toContain('evil.example');
    expect(json).not.toContain('<script>');
    expect(json).toContain('21 per 1000 homes');
  });

  it('stores the conversation on install, says hello once, forgets it on uninstall, and can post proactively', async () => {
    const conversation = {
      id: '19:team-general@thread.tacv2',
      conversationType: 'channel',
      tenantId: 'tenant-1',
    };
    // Posts an install and resolves with the activity, so a test can wait for its turn to finish.
    const postInstall = async (activity: Record<string, unknown>) => {
      await postActivity(server, activity);
      return activity;
    };
    const install = () =>
      postInstall(
        teamsActivity(connector.serviceUrl, {
          type: 'installationUpdate',
          action: 'add',
          conversation,
          text: undefined,
        }),
      );
    await install();
    const hello = await connector.waitFor((c) => c.conversationId === conversation.id);
    expect(JSON.stringify(cardOf(hello)?.content)).toContain('Hallo! I am charterbot.');
    const stored = await server.store.listConversations('teams');
    const ref = stored.find((c) => c.key === `teams:${conversation.id}`);
    expect(ref?.reference).toMatchObject({
      conversation: { id: conversation.id },
      serviceUrl: connector.serviceUrl,
    });

    connector.calls.length = 0;
    await finished(server, await install());
    expect(connector.calls).toHaveLength(0);

    await server.teams?.sendProactive(ref?.reference ?? {}, 'Weekly digest: test');
    const proactive = await connector.waitFor((c) => c.conversationId === conversation.id);
    expect(proactive.activity.text).toBe('Weekly digest: test');

    const removal = teamsActivity(connector.serviceUrl, {
      type: 'installationUpdate',
      action: 'remove',
      conversation,
    });
    await postActivity(server, removal);
    await finished(server, removal);
    expect(
      (await server.store.listConversations('teams')).some((c) => c.key === `teams:${conversation.id}`),
    ).toBe(false);
  });

  it('records Teams answers in the audit log with pseudonymised users', async () => {
    const teams = (await server.store.listAudit()).filter((r) => r.channel === 'teams');
    expect(teams.length).toBeGreaterThan(3);
    for (const r of teams) {
      expect(r.user).toMatch(/^[0-9a-f]{32}$/);
      // A conversation's thread, or none for an answer picked in the message extension (a one-off).
      if (r.thread !== null) expect(r.thread).toMatch(/^teams:/);
    }
  });
});

describe('development mode callers', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.3.4.5', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.5', false],
    ['::ffff:192.168.1.2', false],
    ['2001:db8::1', false],
    [undefined, false],
  ])('treats %s as loopback: %s', (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });
});

describe('Teams closed without configuration', () => {
  it('answers 404 on /api/messages when there is no app id and no dev mode', async () => {
    const server = await startTestServer();
    try {
      const res = await postActivity(
        server,
        teamsActivity(connector.serviceUrl, { text: 'What is the Ondiep burglary target for 2011?' }),
      );
      // Closed before any bot logic: the 404 itself is the signal that nothing will run.
      expect(res.status).toBe(404);
      expect(connector.calls).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});

describe('Teams with an app id', () => {
  const APP_ID = '00000000-0000-0000-0000-00000000b0t1';
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(
      {
        MICROSOFT_APP_ID: APP_ID,
        MICROSOFT_APP_PASSWORD: 'secret-password-value',
        MICROSOFT_APP_TENANT_ID: 'tenant-1',
        AUDIT_PSEUDONYM_KEY: 'a'.repeat(40),
      },
      { teamsAuth: { openIdMetadataUrl: connector.openIdMetadataUrl, tokenIssuer: connector.issuer } },
    );
  });
  afterAll(async () => {
    await server.close();
  });

  const refused = async (headers: Record<string, string>) => {
    const res = await postActivity(
      server,
      teamsActivity(connector.serviceUrl, { text: 'What is the Ondiep burglary target for 2011?' }),
      headers,
    );
    const text = await res.text();
    return { status: res.status, text };
  };

  it.each([
    ['no token', async () => ({})],
    [
      'an expired token',
      async () => ({
        authorization: `Bearer ${await connector.token({ aud: APP_ID, serviceUrl: connector.serviceUrl, iat: Math.floor(Date.now() / 1000) - 3600, expiresIn: Math.floor(Date.now() / 1000) - 1800 })}`,
      }),
    ],
    [
      'a token for another app id',
      async () => ({
        authorization: `Bearer ${await connector.token({ aud: 'another-app', serviceUrl: connector.serviceUrl })}`,
      }),
    ],
    ['a token that is not a JWT', async () => ({ authorization: 'Bearer not-a-token' })],
    [
      'an unsigned token (alg none)',
      async () => {
        const [, payload] = (await validToken()).split('.');
        const header = Buffer.from(JSON.stringify({ alg: 'none', kid: 'test-key', typ: 'JWT' })).toString(
          'base64url',
        );
        return { authorization: `Bearer ${header}.${payload}.` };
      },
    ],
    [
      'a token signed with a shared secret (HS256)',
      async () => ({
        authorization: `Bearer ${await new SignJWT({ serviceurl: connector.serviceUrl })
          .setProtectedHeader({ alg: 'HS256', kid: 'test-key', typ: 'JWT' })
          .setIssuer(connector.issuer)
          .setAudience(APP_ID)
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(new TextEncoder().encode('secret-password-value'))}`,
      }),
    ],
    [
      'a token with a known key id signed by another key',
      async () => {
        const { privateKey } = await generateKeyPair('RS256');
        const token = await new SignJWT({ serviceurl: connector.serviceUrl })
          .setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ: 'JWT' })
          .setIssuer(connector.issuer)
          .setAudience(APP_ID)
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(privateKey);
        return { authorization: `Bearer ${token}` };
      },
    ],
    [
      'a token with a key id the channel never published',
      async () => {
        const { privateKey } = await generateKeyPair('RS256');
        const token = await new SignJWT({ serviceurl: connector.serviceUrl })
          .setProtectedHeader({ alg: 'RS256', kid: 'someone-elses-key', typ: 'JWT' })
          .setIssuer(connector.issuer)
          .setAudience(APP_ID)
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(privateKey);
        return { authorization: `Bearer ${token}` };
      },
    ],
    [
      'a token whose payload was changed after signing',
      async () => {
        const [header, payload, signature] = (await validToken()).split('.');
        const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
        const changed = Buffer.from(JSON.stringify({ ...claims, aud: APP_ID, extra: 'x' })).toString(
          'base64url',
        );
        return { authorization: `Bearer ${header}.${changed}.${signature}` };
      },
    ],
    [
      'a token not valid yet (nbf in the future)',
      async () => ({
        authorization: `Bearer ${await connector.token({ aud: APP_ID, serviceUrl: connector.serviceUrl, nbf: Math.floor(Date.now() / 1000) + 3600, expiresIn: '2h' })}`,
      }),
    ],
  ])('refuses %s with 401, no exception text and no bot logic', async (_name, headers) => {
    // Nothing may be printed beside the JSON log: the SDK prints some refusals with console.error.
    const printed: unknown[][] = [];
    const consoleError = globalThis.console.error;
    globalThis.console.error = (...args: unknown[]) => {
      printed.push(args);
    };
    const { status, text } = await refused(await headers()).finally(() => {
      globalThis.console.error = consoleError;
    });
    expect(printed).toEqual([]);
    expect(status).toBe(401);
    expect(JSON.parse(text)).toEqual({ error: 'unauthorized', message: 'The request is not authorized.' });
    expect(text).not.toContain(APP_ID);
    // Refused before any bot logic: the 401 itself is the signal that nothing will run.
    expect(server.logs.some((l) => l.includes('teams activity handled'))).toBe(false);
    expect(connector.calls).toHaveLength(0);
    expect(await server.store.countAudit()).toBe(0);
    // Logged at warn with the reason; never an error with a stack trace.
    const refusal = server.logs.filter((l) => l.includes('teams request refused')).at(-1) ?? '';
    expect(JSON.parse(refusal)).toMatchObject({ level: 40, status: 401 });
    expect(server.logs.some((l) => /"level":50/.test(l) || /\n\s+at /.test(l))).toBe(false);
  });

  it('answers a malformed body without a token with 401, and one with a valid token with 400', async () => {
    const noType = { text: 'hello', channelId: 'msteams', serviceUrl: connector.serviceUrl };
    const anonymous = await postActivity(server, noType);
    expect(anonymous.status).toBe(401);
    const signed = await postActivity(server, noType, { authorization: `Bearer ${await validToken()}` });
    expect(signed.status).toBe(400);
    expect(await signed.json()).toEqual({
      error: 'bad_request',
      message: 'The activity could not be understood.',
    });
    const notJson = await fetch(new URL('/api/messages', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await validToken()}` },
      body: '{"type":',
    });
    expect(notJson.status).toBe(400);
    expect(server.logs.some((l) => /"level":50/.test(l))).toBe(false);
  });
});

const validToken = () =>
  connector.token({ aud: '00000000-0000-0000-0000-00000000b0t1', serviceUrl: connector.serviceUrl });

describe('Teams after a crash', () => {
  it('does not answer an activity again whose first handling died half-way, and says so to the operator', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cb-teams-crash-')), 'charterbot.db');
    const server = await startTestServer({
      TEAMS_DEV_UNAUTHENTICATED: 'true',
      AUDIT_PSEUDONYM_KEY: 't'.repeat(40),
      DATABASE_URL: file,
    });
    try {
      const activity = teamsActivity(connector.serviceUrl, { text: 'Ondiep burglary target 2011' });
      // What a kill -9 between the claim and its finish leaves behind: Teams offers no way to check the chat.
      const db = new Database(file);
      db.prepare(
        `INSERT INTO processed_events (key, status, claimed_at) VALUES (?, 'processing', '2000-01-01T00:00:00.000Z')`,
      ).run(`teams:a:personal-1:${activity.id}`);
      db.close();
      expect((await postActivity(server, activity)).status).toBe(200);
      await finished(server, activity, 1);
      expect(connector.calls).toHaveLength(0);
      const warning = server.logs.find(
        (l) => l.includes(String(activity.id)) && l.includes('outcome unknown'),
      );
      expect(JSON.parse(warning ?? '{}')).toMatchObject({ level: 40 });
    } finally {
      await server.close();
    }
  });
});
