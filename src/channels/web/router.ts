// The web channel: the helpdesk console, the targets page and the JSON API. Thin: it validates
// input, asks through askAndRecord, and renders.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import express, { type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { z } from 'zod';
import type { AskAndRecord } from '../../app/ask-and-record.js';
import { listSubscriptions } from '../../app/commands.js';
import type { PreviewDigest } from '../../app/digest-preview.js';
import { type ProgressResult, queryProgress } from '../../app/progress-query.js';
import type { Pseudonymize } from '../../app/pseudonymize.js';
import type { Knowledge } from '../../charter/load.js';
import { PROJECT_ROOT } from '../../charter/paths.js';
import type { ThemeKey } from '../../charter/schema.js';
import { themeChoices, themeKey } from '../../charter/themes.js';
import type { Config } from '../../config.js';
import type { Answer, Language } from '../../engine/types.js';
import { AppError } from '../../errors.js';
import { safeReturnTo } from '../../http/safe-return.js';
import { refuseCrossSite } from '../../http/same-origin.js';
import type { Logger } from '../../logger.js';
import { createNames } from '../../measurements/names.js';
import { renderAnswerHtml } from '../../render/answer-html.js';
import { clausePage, consolePage, notFoundPage, targetsPage } from '../../render/console-pages.js';
import { renderDigestCard } from '../../render/digest-card.js';
import { renderDigestSlack } from '../../render/digest-slack.js';
import { renderDigestEmail, renderDigestText } from '../../render/digest-text.js';
import { digestsPage } from '../../render/digests-page.js';
import { noEmailMessage, renderEmail } from '../../render/email.js';
import type { Viewer } from '../../render/html.js';
import { toProgressRow } from '../../render/progress-json.js';
import { progressPage } from '../../render/progress-page.js';
import { toTargetRows } from '../../render/target-rows.js';
import { chartSvg, svgToPng, wijkCharts } from '../../render/wijk-chart.js';
import { type Store, StoreUnavailableError } from '../../store/store.js';
import { parseAsOf, today } from '../../time.js';
import {
  AnswerHtmlBody,
  AskBody,
  EmailBody,
  FeedbackBody,
  PreviewQuery,
  ProgressQuery,
} from './api-schemas.js';
import { openApiDocument } from './openapi.js';

const ASSETS = join(PROJECT_ROOT, 'src/channels/web/assets');
const LANGUAGE_COOKIE = 'charterbot-lang';

/** A request that failed its schema: what is wrong with which field, for the caller (the error handler sends it). */
const badRequest = (error: z.ZodError) =>
  new AppError(
    'bad_request',
    error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
  );

export function createWebRouter(deps: {
  askAndRecord: AskAndRecord;
  /** The digest as it would be posted: the /digests page and GET /api/digest/preview show it. */
  previewDigest: PreviewDigest;
  knowledge: Knowledge;
  store: Store;
  config: Config;
  logger?: Logger;
  /** Turns the signed-in staff member's id into the pseudonym stored with their feedback. */
  pseudonymize?: Pseudonymize;
  /** Signed-in staff (when sign-in is configured): named on pages, pseudonymised in the audit log. */
  staffOf?: ((req: express.Request) => { id: string; name: string } | null) | undefined;
}): Router {
  const router = express.Router();
  const staff = (req: express.Request) => deps.staffOf?.(req) ?? null;
  // The interface language: the visitor's choice (a cookie set by /language), else their browser's.
  const language = (req: express.Request): Language => {
    const chosen = parseCookies(req.headers.cookie ?? '')[LANGUAGE_COOKIE];
    if (chosen === 'nl' || chosen === 'en') return chosen;
    return req.acceptsLanguages('nl', 'en') === 'en' ? 'en' : 'nl';
  };
  const viewer = (req: express.Request): Viewer => {
    const s = staff(req);
    return { lang: language(req), staff: s ? { name: s.name } : null, path: req.originalUrl };
  };

  router.get('/language', (req, res) => {
    const set = req.query.set === 'en' ? 'en' : req.query.set === 'nl' ? 'nl' : null;
    if (set)
      res.append(
        'Set-Cookie',
        serializeCookie(LANGUAGE_COOKIE, set, { path: '/', sameSite: 'lax', maxAge: 365 * 86_400 }),
      );
    res.redirect(303, safeReturnTo(req.query.back));
  });
  const json = express.json({ limit: deps.config.http.bodyLimitBytes, strict: true });
  // Every state-changing route: only the console's own pages may post (a JSON body alone already needs CORS).
  const ownSite = refuseCrossSite(deps.config.publicUrl);
  // Per client address and per route: asking and rendering the e-mail of each answer get a budget each.
  const perMinute = (what: string) =>
    rateLimit({
      windowMs: 60_000,
      limit: deps.config.http.rateLimitPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, _res, next, options) => {
        const retry = Math.ceil(options.windowMs / 1000);
        next(
          new AppError(
            'rate_limited',
            `Too many ${what} from this address. Please wait ${retry} seconds and try again.`,
            { retryAfterMs: options.windowMs },
          ),
        );
      },
    });
  const limiter = perMinute('questions');
  const emailLimiter = perMinute('e-mail renderings');
  const htmlLimiter = perMinute('answer renderings');

  router.use('/assets', express.static(ASSETS, { index: false, fallthrough: false, maxAge: '1h' }));

  router.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });

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
    } catch (e) {
      const message = e instanceof StoreUnavailableError ? e.message : 'The store is not available.';
      const summary = e instanceof StoreUnavailableError ? e.summary : message;
      deps.logger?.warn({ module: 'web' }, `not ready: ${summary}`);
      res.status(503).json({ status: 'not_ready', message });
    }
  });

  router.get('/', (req, res) => {
    res.type('html').send(consolePage(viewer(req)));
  });

  router.get('/targets', (req, res) => {
    res.type('html').send(targetsPage(deps.knowledge, viewer(req)));
  });

  router.get('/clauses/:id', (req, res) => {
    const clause = deps.knowledge.clauseById.get(req.params.id);
    if (!clause) {
      res
        .status(404)
        .type('html')
        .send(notFoundPage(viewer(req)));
      return;
    }
    res.type('html').send(clausePage(clause, deps.knowledge, viewer(req)));
  });

  const names = createNames(deps.knowledge);
  /** Progress as of a date for a wijk and theme, from what the store holds now. */
  const progressFor = async (q: {
    asOf?: string;
    wijk?: string;
    theme?: ThemeKey;
  }): Promise<{ error: string } | (ProgressResult & { wijk: string | null })> => {
    let wijk: string | null = null;
    if (q.wijk) {
      const w = names.wijk(q.wijk);
      if (!w || 'outside' in w)
        return { error: `wijk must be one of Kanaleneiland, Ondiep, Overvecht, Zuilen-Oost` };
      wijk = w.name;
    }
    const asOf = (q.asOf && parseAsOf(q.asOf)) || today();
    const scope = { wijken: wijk ? [wijk] : [], themes: q.theme ? [q.theme] : [] };
    const result = await queryProgress(
      { knowledge: deps.knowledge, store: deps.store, progress: deps.config.progress },
      { asOf, scope },
    );
    return { ...result, wijk };
  };

  router.get('/api/progress', async (req, res, next) => {
    const query = ProgressQuery.safeParse(req.query);
    if (!query.success) {
      next(badRequest(query.error));
      return;
    }
    try {
      const result = await progressFor(query.data);
      if ('error' in result) {
        next(new AppError('bad_request', result.error));
        return;
      }
      const language = query.data.language ?? deps.config.defaultLanguage;
      res.json(result.progress.map((p) => toProgressRow(p, deps.knowledge.lexicon, language)));
    } catch (e) {
      next(e);
    }
  });

  // The digest a channel would get now (or as of a date), in any of its renderings; nothing is posted.
  router.get('/api/digest/preview', async (req, res, next) => {
    const query = PreviewQuery.safeParse(req.query);
    if (!query.success) {
      next(badRequest(query.error));
      return;
    }
    const q = query.data;
    const wijken: string[] = [];
    for (const w of q.wijk) {
      const hit = names.wijk(w);
      if (!hit || 'outside' in hit) {
        next(
          new AppError('bad_request', 'wijk must be one of Kanaleneiland, Ondiep, Overvecht, Zuilen-Oost'),
        );
        return;
      }
      wijken.push(hit.name);
    }
    try {
      const digest = await deps.previewDigest({
        scope: { wijken, themes: q.theme },
        language: q.language ?? deps.config.defaultLanguage,
        asOf: (q.asOf && parseAsOf(q.asOf)) || undefined,
      });
      const links = { consoleUrl: deps.config.publicUrl };
      const lexicon = deps.knowledge.lexicon;
      if (q.format === 'slack') res.json(renderDigestSlack(digest, lexicon, links));
      else if (q.format === 'teams') res.json(renderDigestCard(digest, lexicon, links));
      else if (q.format === 'email') res.type('text/plain').send(renderDigestEmail(digest, lexicon, links));
      else if (q.format === 'text') res.type('text/plain').send(renderDigestText(digest, lexicon, links));
      else res.json(digest);
    } catch (e) {
      next(e);
    }
  });

  // A wijk's PNG charts (digests link them in Teams cards): the images Slack digests get in their thread.
  router.get('/charts/:wijk.png', async (req, res, next) => {
    const hit = names.wijk(req.params.wijk);
    if (!hit || 'outside' in hit) {
      next(new AppError('not_found', 'There is no chart for that wijk.'));
      return;
    }
    try {
      const asOf = typeof req.query.asOf === 'string' ? req.query.asOf : undefined;
      const result = await progressFor({ asOf, wijk: hit.name });
      if ('error' in result) throw new Error(result.error);
      const lang =
        req.query.language === 'en' || req.query.language === 'nl' ? req.query.language : viewer(req).lang;
      // A wijk's targets come four to an image: `part` (from 1) chooses which; `theme` (a comma list, in
      // Dutch or English) keeps a digest's scope.
      const themes =
        typeof req.query.theme === 'string' && req.query.theme
          ? req.query.theme.split(',').map((t) => themeKey(t))
          : [];
      if (themes.includes(null)) {
        next(new AppError('bad_request', `theme must be among ${themeChoices()}`));
        return;
      }
      const rows = themes.length ? result.progress.filter((p) => themes.includes(p.theme)) : result.progress;
      const charts = wijkCharts(hit.name, rows);
      const part = typeof req.query.part === 'string' ? Number(req.query.part) : 1;
      const chart = Number.isInteger(part) ? charts[part - 1] : undefined;
      if (!chart) {
        next(new AppError('not_found', `This wijk has ${charts.length} chart(s).`));
        return;
      }
      const png = svgToPng(chartSvg(chart, deps.knowledge.lexicon, lang));
      res.type('png').set('Cache-Control', 'max-age=3600').send(png);
    } catch (e) {
      next(e);
    }
  });

  router.get('/digests', async (req, res, next) => {
    try {
      const rows = (await listSubscriptions({ store: deps.store, platforms: deps.config }, Date.now())).map(
        (row) => ({ ...row, next: row.next?.toFormat('yyyy-LL-dd HH:mm') ?? null }),
      );
      const preview = await deps.previewDigest({ language: viewer(req).lang });
      res
        .type('html')
        .send(
          digestsPage(
            rows,
            preview,
            deps.knowledge.lexicon,
            { consoleUrl: deps.config.publicUrl },
            viewer(req),
          ),
        );
    } catch (e) {
      next(e);
    }
  });

  router.get('/progress', async (req, res, next) => {
    const raw = { asOf: req.query.asOf, wijk: req.query.wijk };
    const asOf = typeof raw.asOf === 'string' && raw.asOf ? raw.asOf : undefined;
    const wijkText = typeof raw.wijk === 'string' && raw.wijk ? raw.wijk : undefined;
    try {
      let error: string | undefined;
      if (asOf && !parseAsOf(asOf))
        error = `"${asOf.slice(0, 40)}" is geen datum / is not a date: showing today.`;
      let result = await progressFor({ asOf, wijk: wijkText });
      if ('error' in result) {
        error = 'Onbekende wijk / unknown wijk: showing all wijken.';
        result = await progressFor({ asOf });
      }
      if ('error' in result) throw new Error(result.error);
      res.type('html').send(
        progressPage(result.progress, deps.knowledge, {
          asOf: result.asOf,
          wijk: result.wijk,
          error,
          viewer: viewer(req),
        }),
      );
    } catch (e) {
      next(e);
    }
  });

  router.get('/api/targets', (_req, res) => {
    res.json(toTargetRows(deps.knowledge.targets));
  });

  router.post('/api/ask', limiter, ownSite, json, async (req, res, next) => {
    const body = AskBody.safeParse(req.body);
    if (!body.success) {
      next(badRequest(body.error));
      return;
    }
    try {
      const { answer, record } = await deps.askAndRecord({
        question: body.data.question,
        thread: body.data.thread ? `web:${body.data.thread}` : undefined,
        channel: 'web',
        userId: staff(req)?.id ?? null,
      });
      // The console shows the answer as the server draws it, labelled in the interface language.
      const html = renderAnswerHtml(answer, { lang: language(req), key: record.id, feedback: true });
      res.set('X-Answer-Id', record.id).json({ ...answer, html });
    } catch (e) {
      next(e);
    }
  });

  // Helpful or not, with a reason: stored with the answer's audit record, like Slack's and Teams' buttons.
  const feedbackLimiter = perMinute('feedback');
  router.post('/api/feedback', feedbackLimiter, ownSite, json, async (req, res, next) => {
    const body = FeedbackBody.safeParse(req.body);
    if (!body.success) {
      next(badRequest(body.error));
      return;
    }
    const { answerId, rating, reason } = body.data;
    try {
      const stored = await deps.store.recordFeedback({
        answerId,
        rating,
        reason: rating === 'not_helpful' ? (reason ?? null) : null,
        user: deps.pseudonymize?.('web', staff(req)?.id) ?? null,
        at: new Date().toISOString(),
      });
      if (!stored) {
        next(new AppError('not_found', 'There is no answer with that id.'));
        return;
      }
      res.status(201).json({ status: 'recorded' });
    } catch (e) {
      next(e);
    }
  });

  // Pure rendering of an Answer the client already has: no state changes, nothing recorded.
  router.post('/api/render/email', emailLimiter, ownSite, json, (req, res, next) => {
    const body = EmailBody.safeParse(req.body);
    if (!body.success) {
      next(badRequest(body.error));
      return;
    }
    const { answer, language } =
      'status' in body.data ? { answer: body.data, language: undefined } : body.data;
    // The e-mail quotes the charter word for word: a quote the client sends must be the clause's own text.
    const citations = [];
    for (const c of answer.citations) {
      const clause = deps.knowledge.clauseById.get(c.id);
      if (!clause || !c.quote.trim() || !clause.text.includes(c.quote.trim())) {
        next(
          new AppError(
            'quote_mismatch',
            `The quote for ${c.id.slice(0, 100)} is not the charter's text word for word; ask the question again.`,
          ),
        );
        return;
      }
      citations.push({ ...c, section: clause.section });
    }
    const email = renderEmail({ ...(answer as Answer), citations }, deps.knowledge.meta, {
      language,
      letter: deps.config.email,
    });
    if (!email.ok) {
      next(new AppError(email.reason, noEmailMessage(email.reason, language ?? answer.language)));
      return;
    }
    res.type('text/plain').set('Content-Language', email.language).send(email.text);
  });

  // Pure rendering of an Answer the client already has, as the console draws it (after the interface language
  // changed, or for a conversation kept from before answers came drawn): nothing recorded.
  router.post('/api/render/html', htmlLimiter, ownSite, json, (req, res, next) => {
    const body = AnswerHtmlBody.safeParse(req.body);
    if (!body.success) {
      next(badRequest(body.error));
      return;
    }
    const { answer, answerId } = body.data;
    const lang = language(req);
    const html = renderAnswerHtml(answer as Answer, {
      lang,
      key: answerId ?? randomUUID(),
      feedback: answerId !== undefined,
    });
    res.type('html').set('Content-Language', lang).send(html);
  });

  return router;
}
