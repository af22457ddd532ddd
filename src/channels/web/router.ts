// The web channel: the helpdesk console, the targets page and the JSON API. Thin: it validates
// input, asks through askAndRecord, and renders.
import { join } from 'node:path';
import express, { type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import type { AskAndRecord } from '../../answers/ask-and-record.js';
import type { Knowledge } from '../../charter/load.js';
import { PROJECT_ROOT } from '../../charter/paths.js';
import type { Config } from '../../config.js';
import { MAX_QUESTION_LENGTH } from '../../engine/text.js';
import type { Answer } from '../../engine/types.js';
import { renderEmail } from '../../render/email.js';
import type { Store } from '../../store/store.js';
import { toTargetRows } from '../cli/targets.js';
import { clausePage, consolePage, notFoundPage, targetsPage } from './pages.js';

const ASSETS = join(PROJECT_ROOT, 'src/channels/web/assets');

const AskBody = z.object({
  question: z.string().max(MAX_QUESTION_LENGTH * 8, 'question is too long'),
  thread: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,100}$/, 'thread must be 1-100 letters, digits or . _ : -')
    .optional(),
});

const AnswerBody = z.object({
  status: z.enum(['answered', 'partial', 'not_found', 'clarify']),
  language: z.enum(['nl', 'en']),
  answer: z.string().max(20_000),
  facts: z.array(z.unknown()).max(500),
  citations: z
    .array(
      z.object({ id: z.string().max(200), section: z.string().max(1000), quote: z.string().max(20_000) }),
    )
    .max(100),
  suggestions: z.array(z.string().max(500)).max(10).optional(),
});

const badRequest = (res: express.Response, error: z.ZodError) =>
  res.status(400).json({
    error: 'bad_request',
    message: error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
  });

export function createWebRouter(deps: {
  askAndRecord: AskAndRecord;
  knowledge: Knowledge;
  store: Store;
  config: Config;
}): Router {
  const router = express.Router();
  const json = express.json({ limit: deps.config.http.bodyLimitBytes, strict: true });
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: deps.config.http.rateLimitPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res, _next, options) => {
      const retry = Math.ceil(options.windowMs / 1000);
      res
        .status(429)
        .set('Retry-After', String(retry))
        .json({
          error: 'rate_limited',
          message: `Too many questions from this address. Please wait ${retry} seconds and try again.`,
        });
    },
  });

  router.use('/assets', express.static(ASSETS, { index: false, fallthrough: false, maxAge: '1h' }));

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    try {
      await deps.store.ping();
      res.json({
        status: 'ready',
        knowledge: deps.knowledge.meta.version,
        targets: deps.knowledge.targets.length,
      });
    } catch {
      res.status(503).json({ status: 'not_ready', message: 'The store is not available.' });
    }
  });

  router.get('/', (_req, res) => {
    res.type('html').send(consolePage());
  });

  router.get('/targets', (_req, res) => {
    res.type('html').send(targetsPage(deps.knowledge));
  });

  router.get('/clauses/:id', (req, res) => {
    const clause = deps.knowledge.clauseById.get(req.params.id);
    if (!clause) {
      res.status(404).type('html').send(notFoundPage());
      return;
    }
    res.type('html').send(clausePage(clause, deps.knowledge));
  });

  router.get('/api/targets', (_req, res) => {
    res.json(toTargetRows(deps.knowledge.targets));
  });

  router.post('/api/ask', limiter, json, async (req, res, next) => {
    const body = AskBody.safeParse(req.body);
    if (!body.success) {
      badRequest(res, body.error);
      return;
    }
    try {
      const { answer, record } = await deps.askAndRecord({
        question: body.data.question,
        thread: body.data.thread ? `web:${body.data.thread}` : undefined,
        channel: 'web',
        userId: null,
      });
      res.set('X-Answer-Id', record.id).json(answer);
    } catch (e) {
      next(e);
    }
  });

  // Pure rendering of an Answer the client already has: no state changes, nothing recorded.
  router.post('/api/render/email', json, (req, res) => {
    const body = AnswerBody.safeParse(req.body);
    if (!body.success) {
      badRequest(res, body.error);
      return;
    }
    res.type('text/plain').send(renderEmail(body.data as Answer, deps.knowledge.meta));
  });

  return router;
}
