// The one error type, and each channel's one handler: every code mapped to its response, pinned.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { cliFailure, UsageError } from '../src/channels/cli/report-failure.js';
import { slackErrorReply } from '../src/channels/slack/error-reply.js';
import { teamsErrorReply } from '../src/channels/teams/error-reply.js';
import { KnowledgeError } from '../src/charter/load.js';
import { loadConfig } from '../src/config.js';
import { PostError } from '../src/digest/deliver.js';
import { ConfigError } from '../src/env.js';
import { AppError, ERROR_CODES, type ErrorCode, isAppError, libraryCode } from '../src/errors.js';
import { createApp } from '../src/http/create-app.js';
import { errorResponse } from '../src/http/error-response.js';
import { createLogger } from '../src/logger.js';
import { CopyRefused } from '../src/store/copy.js';
import { StoreUnavailableError } from '../src/store/store.js';
import { startFakeConnector, teamsActivity } from './fakes/bot-connector.js';
import { startFakeSlack } from './fakes/slack-api.js';
import { startTestServer } from './support/server.js';
import { charterCommand, slackEnv } from './support/slack-request.js';

const CODES = Object.keys(ERROR_CODES) as ErrorCode[];
/** One error of each code, as the app raises it: rate limits say how long to wait. */
const raised = (code: ErrorCode) =>
  new AppError(code, `the ${code} message`, {
    retryAfterMs: code.endsWith('rate_limited') ? 60_000 : undefined,
  });
/** Not raised on purpose: a bug, or a library's error. */
const unplanned = new TypeError('Cannot read properties of undefined');
const eachCode = <T>(reply: (e: unknown) => T): Record<string, T> =>
  Object.fromEntries([...CODES.map((c) => [c, reply(raised(c))]), ['(not an AppError)', reply(unplanned)]]);

/** For replies that share a sentence: each sentence with the codes that get it. */
const byReply = (reply: (e: unknown) => string) => {
  const groups: Record<string, string[]> = {};
  for (const [code, text] of Object.entries(eachCode(reply))) groups[text] = [...(groups[text] ?? []), code];
  return groups;
};

describe('AppError', () => {
  it('carries a code, a message, its cause and how long to wait', () => {
    const cause = new Error('SQLITE_FULL');
    const e = new AppError('post_rate_limited', 'rate limited', { cause, retryAfterMs: 3000 });
    expect(e).toBeInstanceOf(Error);
    expect([e.code, e.message, e.cause, e.retryAfterMs]).toEqual([
      'post_rate_limited',
      'rate limited',
      cause,
      3000,
    ]);
    expect(new AppError('usage', 'x').retryAfterMs).toBeUndefined();
  });

  it('is recognised by isAppError, by any code or by the codes asked for, without casts', () => {
    const e = new AppError('store_unavailable', 'the store is closed');
    expect(isAppError(e)).toBe(true);
    expect(isAppError(e, 'store_unavailable')).toBe(true);
    expect(isAppError(e, 'usage', 'store_unavailable')).toBe(true);
    expect(isAppError(e, 'usage')).toBe(false);
    // An error that merely has a code property is not ours.
    expect(isAppError(Object.assign(new Error('x'), { code: 'store_unavailable' }))).toBe(false);
    expect(isAppError('store_unavailable')).toBe(false);
  });

  it('is what every error the app raises on purpose is, each narrowing the code only', () => {
    const errors = [
      new ConfigError('Invalid configuration:\n- PORT: must be a number.'),
      new KnowledgeError('knowledge/targets.json is missing'),
      new StoreUnavailableError('the database is damaged', { summary: 'damaged' }),
      new CopyRefused('there is no SQLite file at x.db'),
      new UsageError('unknown wijk "Atlantis"'),
      new PostError({ kind: 'rate_limited', retryAfterMs: 2000 }),
      new PostError({ kind: 'transient', detail: 'HTTP 502' }),
      new PostError({ kind: 'gone', reason: 'channel_not_found' }),
      new PostError({ kind: 'ambiguous', detail: 'HTTP 500' }),
      new PostError({ kind: 'fatal', detail: 'invalid_blocks' }),
    ];
    expect(errors.every((e) => isAppError(e))).toBe(true);
    expect(errors.map((e) => [e.constructor.name, e.code, e.message, e.retryAfterMs])).toMatchInlineSnapshot(`
        [
          [
            "ConfigError",
            "config_invalid",
            "Invalid configuration:
        - PORT: must be a number.",
            undefined,
          ],
          [
            "KnowledgeError",
            "knowledge_invalid",
            "knowledge/targets.json is missing",
            undefined,
          ],
          [
            "StoreUnavailableError",
            "store_unavailable",
            "the database is damaged",
            undefined,
          ],
          [
            "CopyRefused",
            "copy_refused",
            "there is no SQLite file at x.db",
            undefined,
          ],
          [
            "UsageError",
            "usage",
            "unknown wijk "Atlantis"",
            undefined,
          ],
          [
            "PostError",
            "post_rate_limited",
            "rate limited",
            2000,
          ],
          [
            "PostError",
            "post_transient",
            "HTTP 502",
            undefined,
          ],
          [
            "PostError",
            "post_gone",
            "channel_not_found",
            undefined,
          ],
          [
            "PostError",
            "post_ambiguous",
            "HTTP 500",
            undefined,
          ],
          [
            "PostError",
            "post_fatal",
            "invalid_blocks",
            undefined,
          ],
        ]
      `);
  });

  it("reads a library's error code without a cast", () => {
    expect(libraryCode(Object.assign(new Error('listen'), { code: 'EADDRINUSE' }))).toBe('EADDRINUSE');
    expect(libraryCode(new Error('no code'))).toBeUndefined();
    expect(libraryCode({ code: 'EPIPE' })).toBeUndefined();
  });
});

describe('the HTTP handler', () => {
  it('maps each code to a status and a JSON body; only what the caller can act on keeps its message', () => {
    expect(eachCode(errorResponse)).toMatchInlineSnapshot(`
      {
        "(not an AppError)": {
          "body": {
            "error": "internal",
            "message": "Something went wrong on our side. Please try again.",
          },
          "status": 500,
        },
        "bad_json": {
          "body": {
            "error": "bad_json",
            "message": "the bad_json message",
          },
          "status": 400,
        },
        "bad_request": {
          "body": {
            "error": "bad_request",
            "message": "the bad_request message",
          },
          "status": 400,
        },
        "config_invalid": {
          "body": {
            "error": "internal",
            "message": "Something went wrong on our side. Please try again.",
          },
          "status": 500,
        },
        "copy_refused": {
          "body": {
            "error": "internal",
            "message": "Something went wrong on our side. Please try again.",
          },
          "status": 500,
        },
        "export_incomplete": {
          "body": {
            "error": "internal",
            "message": "Something went wrong on our side. Please try again.",
          },
          "status": 500,
        },
        "knowledge_invalid": {
          "body": {
            "error": "internal",
            "message": "Something went wrong on our side. Please try again.",
          },
          "status": 500,
        },
        "no_translation": {
          "body": {
            "error": "no_translation",
            "message": "the no_translation message",
          },
          "status": 422,
        },
        "not_found": {
          "body": {
            "error": "not_found",
            "message": "the not_found message",
          },
          "status": 404,
        },
        "nothing_to_send": {
          "body": {
            "error": "nothing_to_send",
            "message": "the nothing_to_send message",
          },
          "status": 422,
        },
        "payload_too_large": {
          "body": {
            "error": "payload_too_large",
            "message": "the payload_too_large message",
          },
          "status": 413,
        },
        "port_in_use": {
          "body": {
            "error": "internal",
            "message": "Something went wrong on our side. Please try again.",
          },
          "status": 500,
        },
        "post_ambiguous": {
          "body": {
            "error": "internal",
            "message": "Something went wrong on our side. Please try again.",
          },
          "status": 500,
        },
        "post_fatal": {
          "body": {
            "error": "internal",
            "message": "Something went wrong on our side. Please try again.",
          },
          "status": 500,
        },
        "post_gone": {
          "body": {
            "error": "internal",
            "message": "Something went wrong on our side. Please try again.",
          },
          "status": 500,
        },
        "post_rate_limited": {
          "body": {
            "error": "internal",
            "message": "Something went wrong on our side. Please try again.",
          },
          "status": 500,
        },
        "post_transient": {
          "body": {
            "error": "internal",
            "message": "Something went wrong on our side. Please try again.",
          },
          "status": 500,
        },
        "quote_mismatch": {
          "body": {
            "error": "quote_mismatch",
            "message": "the quote_mismatch message",
          },
          "status": 422,
        },
        "rate_limited": {
          "body": {
            "error": "rate_limited",
            "message": "the rate_limited message",
          },
          "retryAfter": 60,
          "status": 429,
        },
        "store_unavailable": {
          "body": {
            "error": "unavailable",
            "message": "The service cannot record answers right now. Please try again later.",
          },
          "status": 503,
        },
        "usage": {
          "body": {
            "error": "internal",
            "message": "Something went wrong on our side. Please try again.",
          },
          "status": 500,
        },
      }
    `);
  });

  it("answers Express's own errors (body too large, bad JSON, other 4xx) in the same shape", () => {
    const http = (status: number, type?: string) => Object.assign(new Error('raw'), { status, type });
    expect([
      errorResponse(http(413, 'entity.too.large')),
      errorResponse(http(400, 'entity.parse.failed')),
      errorResponse(http(415, 'encoding.unsupported')),
      errorResponse(http(500)),
    ]).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "error": "payload_too_large",
            "message": "The request is too large.",
          },
          "status": 413,
        },
        {
          "body": {
            "error": "bad_json",
            "message": "The request body is not valid JSON.",
          },
          "status": 400,
        },
        {
          "body": {
            "error": "bad_request",
            "message": "The request could not be understood.",
          },
          "status": 415,
        },
        {
          "body": {
            "error": "internal",
            "message": "Something went wrong on our side. Please try again.",
          },
          "status": 500,
        },
      ]
    `);
  });

  it('sends that response from the running server, with Retry-After for a rate limit', async () => {
    const router = express.Router();
    router.get('/fail/:code', (req) => {
      throw raised(req.params.code as ErrorCode);
    });
    const app = createApp({ config: loadConfig({}), logger: createLogger('silent'), routers: [router] });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const seen: Record<string, unknown> = {};
      for (const code of ['rate_limited', 'store_unavailable', 'usage'] as const) {
        const r = await fetch(`${base}/fail/${code}`);
        seen[code] = { status: r.status, retryAfter: r.headers.get('retry-after'), body: await r.json() };
      }
      const nowhere = await fetch(`${base}/nowhere`);
      seen.nowhere = { status: nowhere.status, body: await nowhere.json() };
      expect(seen).toMatchInlineSnapshot(`
        {
          "nowhere": {
            "body": {
              "error": "not_found",
              "message": "There is nothing at this address.",
            },
            "status": 404,
          },
          "rate_limited": {
            "body": {
              "error": "rate_limited",
              "message": "the rate_limited message",
            },
            "retryAfter": "60",
            "status": 429,
          },
          "store_unavailable": {
            "body": {
              "error": "unavailable",
              "message": "The service cannot record answers right now. Please try again later.",
            },
            "retryAfter": null,
            "status": 503,
          },
          "usage": {
            "body": {
              "error": "internal",
              "message": "Something went wrong on our side. Please try again.",
            },
            "retryAfter": null,
            "status": 500,
          },
        }
      `);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('the Slack handler', () => {
  it('maps each code to an ephemeral reply with one safe sentence', () => {
    expect(byReply((e) => slackErrorReply(e).text)).toMatchInlineSnapshot(`
      {
        "Sorry, answers cannot be recorded right now. Please try again later. / Antwoorden kunnen nu niet worden vastgelegd; probeer het later opnieuw.": [
          "store_unavailable",
        ],
        "Sorry, something went wrong on our side. Please try again. / Er ging iets mis; probeer het opnieuw.": [
          "config_invalid",
          "knowledge_invalid",
          "port_in_use",
          "usage",
          "export_incomplete",
          "copy_refused",
          "bad_request",
          "bad_json",
          "payload_too_large",
          "not_found",
          "rate_limited",
          "quote_mismatch",
          "nothing_to_send",
          "no_translation",
          "post_rate_limited",
          "post_transient",
          "post_gone",
          "post_ambiguous",
          "post_fatal",
          "(not an AppError)",
        ],
      }
    `);
    expect(slackErrorReply(unplanned)).toMatchInlineSnapshot(`
      {
        "replace_original": false,
        "response_type": "ephemeral",
        "text": "Sorry, something went wrong on our side. Please try again. / Er ging iets mis; probeer het opnieuw.",
      }
    `);
  });

  it('is what a user of /charter gets when their answer cannot be recorded', async () => {
    const slack = await startFakeSlack();
    const file = join(mkdtempSync(join(tmpdir(), 'cb-errors-')), 'charterbot.db');
    const server = await startTestServer({ ...slackEnv(slack.apiUrl), DATABASE_URL: file });
    try {
      // The database file deleted while running: the answer cannot be audited, so it is not given.
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
      const reply = await charterCommand(server, slack, { text: 'Ondiep burglary 2011', user: 'U1' });
      expect(reply).toEqual(slackErrorReply(new StoreUnavailableError('gone')));
      // The log keeps the detail the user is spared.
      const failed = server.logs.find((l) => l.includes('slack listener failed'));
      expect(failed).toMatch(/"code":"store_unavailable".*deleted or replaced while running/);
    } finally {
      await server.close().catch(() => undefined);
      await slack.close();
    }
  });
});

describe('the Teams handler', () => {
  it('maps each code to a message with one safe sentence', () => {
    expect(byReply(teamsErrorReply)).toMatchInlineSnapshot(`
      {
        "Sorry, answers cannot be recorded right now. Please try again later. / Antwoorden kunnen nu niet worden vastgelegd; probeer het later opnieuw.": [
          "store_unavailable",
        ],
        "Sorry, something went wrong on our side. Please try again. / Er ging iets mis; probeer het opnieuw.": [
          "config_invalid",
          "knowledge_invalid",
          "port_in_use",
          "usage",
          "export_incomplete",
          "copy_refused",
          "bad_request",
          "bad_json",
          "payload_too_large",
          "not_found",
          "rate_limited",
          "quote_mismatch",
          "nothing_to_send",
          "no_translation",
          "post_rate_limited",
          "post_transient",
          "post_gone",
          "post_ambiguous",
          "post_fatal",
          "(not an AppError)",
        ],
      }
    `);
  });

  it('is what a Teams user gets when their answer cannot be recorded', async () => {
    const connector = await startFakeConnector();
    const file = join(mkdtempSync(join(tmpdir(), 'cb-errors-')), 'charterbot.db');
    const server = await startTestServer({
      TEAMS_DEV_UNAUTHENTICATED: 'true',
      AUDIT_PSEUDONYM_KEY: 't'.repeat(40),
      DATABASE_URL: file,
    });
    try {
      // The database file deleted while running: the answer cannot be audited, so it is not given.
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
      const activity = teamsActivity(connector.serviceUrl, { text: 'Ondiep burglary 2011' });
      await fetch(new URL('/api/messages', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      const call = await connector.waitFor((c) => c.conversationId === 'a:personal-1');
      expect(call.activity.text).toBe(teamsErrorReply(new StoreUnavailableError('gone')));
      // The log keeps the detail the user is spared.
      const failed = server.logs.find((l) => l.includes('teams turn failed'));
      expect(failed).toMatch(/"code":"store_unavailable".*deleted or replaced while running/);
    } finally {
      await server.close().catch(() => undefined);
      await connector.close();
    }
  });
});

describe('the CLI handler', () => {
  it('maps each code to an exit code and one message for stderr', () => {
    expect(eachCode(cliFailure)).toMatchInlineSnapshot(`
      {
        "(not an AppError)": {
          "exitCode": 1,
          "message": "charterbot: Cannot read properties of undefined",
        },
        "bad_json": {
          "exitCode": 1,
          "message": "charterbot: the bad_json message",
        },
        "bad_request": {
          "exitCode": 1,
          "message": "charterbot: the bad_request message",
        },
        "config_invalid": {
          "exitCode": 1,
          "message": "charterbot: the config_invalid message",
        },
        "copy_refused": {
          "exitCode": 1,
          "message": "charterbot: the copy_refused message; nothing was copied",
        },
        "export_incomplete": {
          "exitCode": 1,
          "message": "charterbot: the export_incomplete message",
        },
        "knowledge_invalid": {
          "exitCode": 1,
          "message": "charterbot: the knowledge_invalid message",
        },
        "no_translation": {
          "exitCode": 1,
          "message": "charterbot: the no_translation message",
        },
        "not_found": {
          "exitCode": 1,
          "message": "charterbot: the not_found message",
        },
        "nothing_to_send": {
          "exitCode": 1,
          "message": "charterbot: the nothing_to_send message",
        },
        "payload_too_large": {
          "exitCode": 1,
          "message": "charterbot: the payload_too_large message",
        },
        "port_in_use": {
          "exitCode": 1,
          "message": "charterbot: the port_in_use message",
        },
        "post_ambiguous": {
          "exitCode": 1,
          "message": "charterbot: the post_ambiguous message",
        },
        "post_fatal": {
          "exitCode": 1,
          "message": "charterbot: the post_fatal message",
        },
        "post_gone": {
          "exitCode": 1,
          "message": "charterbot: the post_gone message",
        },
        "post_rate_limited": {
          "exitCode": 1,
          "message": "charterbot: the post_rate_limited message",
        },
        "post_transient": {
          "exitCode": 1,
          "message": "charterbot: the post_transient message",
        },
        "quote_mismatch": {
          "exitCode": 1,
          "message": "charterbot: the quote_mismatch message",
        },
        "rate_limited": {
          "exitCode": 1,
          "message": "charterbot: the rate_limited message",
        },
        "store_unavailable": {
          "exitCode": 1,
          "message": "charterbot: the store_unavailable message",
        },
        "usage": {
          "exitCode": 1,
          "message": "charterbot: the usage message",
        },
      }
    `);
  });
});
