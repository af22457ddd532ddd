// Prometheus metrics at GET /metrics (prom-client): the process's own, answers by channel and status, how long
// answering takes, digest deliveries, Slack and Teams requests by outcome, store errors. Behind a bearer token (METRICS_TOKEN), or for this machine only.
import { timingSafeEqual } from 'node:crypto';
import express, { type Router } from 'express';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { StoreErrorKind } from '../store/store.js';
import { fromThisMachine } from './loopback.js';

export type Metrics = {
  registry: Registry;
  answered(a: { channel: string; status: string; seconds: number }): void;
  digest(outcome: 'posted' | 'failed' | 'skipped' | 'unknown' | 'paused'): void;
  /** A Slack or Teams request: handled, duplicate (redelivered), unknown (not re-answered after a restart) or refused. */
  platformRequest(platform: 'slack' | 'teams', outcome: PlatformOutcome, reason?: string): void;
  storeError(kind: StoreErrorKind): void;
};

export type PlatformOutcome = 'handled' | 'duplicate' | 'unknown' | 'refused';

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'charterbot_' });
  const answers = new Counter({
    name: 'charterbot_answers_total',
    help: 'Answers given and recorded in the audit log, by channel and status.',
    labelNames: ['channel', 'status'] as const,
    registers: [registry],
  });
  const seconds = new Histogram({
    name: 'charterbot_answer_seconds',
    help: 'Time from question to recorded answer.',
    labelNames: ['channel'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const digests = new Counter({
    name: 'charterbot_digests_total',
    help: 'Digest deliveries by outcome.',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const platform = new Counter({
    name: 'charterbot_platform_requests_total',
    help: 'Slack and Teams requests by outcome; a refusal says why (a fixed reason, never request data).',
    labelNames: ['platform', 'outcome', 'reason'] as const,
    registers: [registry],
  });
  const storeErrors = new Counter({
    name: 'charterbot_store_errors_total',
    help: 'Store calls that failed: locked by another process, unavailable (file gone, read-only, disk full, unreachable), damaged (a corrupt page), or other.',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  return {
    registry,
    platformRequest: (p, outcome, reason = '') => platform.inc({ platform: p, outcome, reason }),
    storeError: (kind) => storeErrors.inc({ kind }),
    answered: ({ channel, status, seconds: s }) => {
      answers.inc({ channel, status });
      seconds.observe({ channel }, s);
    },
    digest: (outcome) => digests.inc({ outcome }),
  };
}

const sameToken = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * GET /metrics with the token; without one, to this machine only, or (behind a proxy, where every request
 * arrives from this machine) to nobody.
 */
export function metricsRouter(
  metrics: Metrics,
  token: string | undefined,
  options: { behindProxy?: boolean } = {},
): Router {
  const router = express.Router();
  router.get('/metrics', async (req, res) => {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const allowed = token ? sameToken(bearer, token) : !options.behindProxy && fromThisMachine(req);
    if (!allowed) {
      res.status(token ? 401 : 403).json({
        error: token ? 'unauthorized' : 'forbidden',
        message: token
          ? 'Send the metrics token as a bearer token.'
          : options.behindProxy
            ? 'Behind a proxy metrics are served with a token only: set METRICS_TOKEN and scrape with it as a bearer token.'
            : 'Metrics are served to this machine only; set METRICS_TOKEN to scrape them from elsewhere.',
      });
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
