// One scheduler tick: every active subscription whose digest is due claims its (subscription, period) run by
// inserting it under a unique key, then posts. The claim makes each digest go out once across ticks, restarts
// and instances. Failures: Retry-After is honoured, transient errors retry with backoff a bounded number of
// times, a channel that is gone pauses the subscription (the subscriber is told once), and a post whose outcome
// is unknown is never repeated blindly: where the platform can be asked (Slack), it is asked first.
import { DateTime } from 'luxon';
import pTimeout from 'p-timeout';
import { type ProgressInputs, readProgressInputs } from '../app/progress-query.js';
import type { Knowledge } from '../charter/load.js';
import { AppError, isAppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { alertText, reminderText } from '../phrase/digest.js';
import { indicatorLabel } from '../phrase/progress.js';
import { evaluateProgress } from '../progress/evaluate.js';
import type { ProgressOptions } from '../progress/types.js';
import type { Store, Subscription } from '../store/store.js';
import { ZONE } from '../time.js';
import type { Digest, DigestLine } from './compose.js';
import { prepareDigest, scopeOf } from './prepare.js';
import { duePeriod } from './schedule.js';

export type PostFailure =
  /** 429: wait `retryAfterMs`, then try again. */
  | { kind: 'rate_limited'; retryAfterMs: number }
  /** Nothing was delivered (5xx before acceptance, network refused): safe to retry. */
  | { kind: 'transient'; detail: string }
  /** The bot cannot post there any more (removed, archived, not found): pause the subscription. */
  | { kind: 'gone'; reason: string }
  /** It may have been delivered and the platform cannot be asked: do not repeat, tell an operator. */
  | { kind: 'ambiguous'; detail: string }
  | { kind: 'fatal'; detail: string };

type PostCode = `post_${PostFailure['kind']}`;

/** A failed post: the failure's kind is its code (`post_gone`, ...), its detail or reason the message. */
export class PostError extends AppError<PostCode> {
  constructor(failure: PostFailure) {
    super(
      `post_${failure.kind}`,
      failure.kind === 'rate_limited'
        ? 'rate limited'
        : 'detail' in failure
          ? failure.detail
          : failure.reason,
      failure.kind === 'rate_limited' ? { retryAfterMs: failure.retryAfterMs } : {},
    );
  }
}

/** What went wrong with a post, read back from the error; anything else thrown counts as transient. */
function postFailure(e: unknown): PostFailure {
  if (isAppError(e, 'post_rate_limited'))
    return { kind: 'rate_limited', retryAfterMs: e.retryAfterMs ?? 1000 };
  if (isAppError(e, 'post_gone')) return { kind: 'gone', reason: e.message };
  if (isAppError(e, 'post_ambiguous')) return { kind: 'ambiguous', detail: e.message };
  if (isAppError(e, 'post_fatal')) return { kind: 'fatal', detail: e.message };
  return { kind: 'transient', detail: (e as Error).message };
}

/** How a platform delivers digests. Channels implement it; nothing here knows Slack or Teams. */
export type DigestPoster = {
  /** Posts the digest; resolves with the message's reference (Slack ts, Teams activity id). */
  post(subscription: Subscription, digest: Digest): Promise<{ ref: string | null }>;
  /** Whether the digest of this period was already posted (Slack message metadata); undefined when it cannot tell. */
  find?(subscription: Subscription, period: string, since: string): Promise<string | null>;
  /** Tells the subscriber, directly, that delivery stopped and how to fix it. */
  notify?(subscription: Subscription, reason: string): Promise<void>;
  /** A plain message into the subscription's channel (alerts). */
  postText?(subscription: Subscription, text: string): Promise<void>;
  /** A direct message to a person (reminders to data owners). */
  sendDirect?(subscription: Subscription, userId: string, text: string): Promise<void>;
  /** What goes under a posted digest (Slack: a chart per wijk in its thread); after the run is recorded. */
  attach?(subscription: Subscription, digest: Digest, ref: string): Promise<void>;
};

/**
 * The longest one platform call may take: each poster cuts off its own calls sooner (Slack's client after
 * 10 s, Teams' proactive post after this), and a lookup of whether a post landed is cut off after this.
 */
export const PLATFORM_CALL_TIMEOUT_MS = 30_000;
/** Retry-After waits of one run, in all: a platform that keeps saying "later" makes the run fail instead. */
const RATE_LIMIT_WAIT_MS = 90_000;
/** Attempts for transient failures, and the first backoff (doubling). */
const DEFAULT_RETRY = { attempts: 3, baseMs: 2000 };
/**
 * The longest a run can hold its claim: every attempt and every lookup cut off, every backoff and the
 * Retry-After waits. Kept well inside the claim lease, so a live run is never taken over.
 */
export const DIGEST_RUN_BUDGET_MS =
  DEFAULT_RETRY.attempts * PLATFORM_CALL_TIMEOUT_MS +
  DEFAULT_RETRY.baseMs * (2 ** (DEFAULT_RETRY.attempts - 1) - 1) +
  DEFAULT_RETRY.attempts * PLATFORM_CALL_TIMEOUT_MS +
  RATE_LIMIT_WAIT_MS;

/** How long a claimed run may go unposted before another tick takes it over (a run takes seconds). */
export const CLAIM_LEASE_MS = 10 * 60_000;

/** Reminders to one data owner, per year whose figures are overdue. */
export const MAX_REMINDERS = 3;

export type TickSummary = {
  alerts: number;
  reminders: number;
  due: number;
  posted: number;
  skipped: number;
  failed: number;
  unknown: number;
  /** Runs still claimed after the tick (a store failure before posting): taken over after the lease. */
  claimed: number;
  paused: number;
  /** Due, but its platform is not configured here: not claimed, so the next tick after configuring posts it. */
  waiting: number;
};

export type DigestRunner = { tick(now?: number): Promise<TickSummary> };

/** How a run ended; `claimed` in a summary counts runs left claimed (taken over once the lease runs out). */
type FinishedStatus = 'posted' | 'skipped' | 'failed' | 'unknown';
export type DigestOutcome = FinishedStatus | 'paused';

export function createDigestRunner(deps: {
  knowledge: Knowledge;
  store: Store;
  progress: ProgressOptions;
  posters: Partial<Record<Subscription['platform'], DigestPoster>>;
  logger: Logger;
  now?: () => number;
  /** Waits (tests pass a fake that records the delays). */
  sleep?: (ms: number) => Promise<void>;
  /** Attempts for transient failures, and the first backoff (doubling); tests shorten them. */
  retry?: { attempts: number; baseMs: number };
  /** Digests posted at the same time; each goes to its own channel, so Slack's per-channel limit holds. */
  concurrency?: number;
  /** A run still claimed after this long lost its instance (killed between claim and post): it is taken over. */
  claimLeaseMs?: number;
  /** Told of every finished run and every paused subscription (metrics). */
  onOutcome?: (outcome: DigestOutcome) => void;
  /** How long a lookup of whether a post landed may take (tests shorten it). */
  callTimeoutMs?: number;
  /** How every target's progress is evaluated, once per tick (tests count the calls). */
  evaluate?: typeof evaluateProgress;
}): DigestRunner {
  const log = deps.logger.child({ module: 'digest' });
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const retry = deps.retry ?? DEFAULT_RETRY;
  const callTimeoutMs = deps.callTimeoutMs ?? PLATFORM_CALL_TIMEOUT_MS;
  const concurrency = deps.concurrency ?? 4;
  const lease = deps.claimLeaseMs ?? CLAIM_LEASE_MS;
  const evaluate = deps.evaluate ?? evaluateProgress;

  async function deliver(
    sub: Subscription,
    period: string,
    now: number,
    summary: TickSummary,
    data: Promise<ProgressInputs>,
    /** Taken over from an instance that stopped after claiming it (first claimed at this time). */
    takenOver?: string,
  ): Promise<void> {
    const asOf = DateTime.fromMillis(now, { zone: ZONE }).toISODate() as string;
    const digest = await prepareDigest(deps, scopeOf(sub), asOf, period, await data);
    const poster = deps.posters[sub.platform];
    // Every run ends here: its row, the tick's summary and the metrics say the same thing.
    const finish = async (
      status: FinishedStatus,
      o: { attempts: number; ref?: string | null; error?: string | null; posted?: boolean },
    ) => {
      await deps.store.finishDigestRun(sub.id, period, {
        status,
        attempts: o.attempts,
        postedAt: o.posted ? new Date().toISOString() : null,
        messageRef: o.ref ?? null,
        error: o.error ?? null,
        snapshot: status === 'posted' || status === 'skipped' ? digest.snapshot : null,
      });
      summary[status] += 1;
      deps.onOutcome?.(status);
    };
    const unknown = async (attempts: number, error: string, message: string) => {
      await finish('unknown', { attempts, error });
      log.error(
        { subscription: sub.id, period, error },
        `${message}: not re-sent; an operator should check the channel`,
      );
    };
    /** Whether the digest landed after all: its reference, null when not, or undefined when the platform cannot tell. */
    const landed = async (since: string) => {
      if (!poster?.find) return undefined;
      try {
        return await pTimeout(poster.find(sub, period, since), {
          milliseconds: callTimeoutMs,
          message: `no answer within ${callTimeoutMs / 1000} s`,
        });
      } catch (err) {
        log.warn({ err, subscription: sub.id, period }, 'could not ask whether the digest landed');
        return undefined;
      }
    };

    if (takenOver !== undefined) {
      // The stopped instance may have posted just before it died: post only where the platform says it did not.
      const found = await landed(takenOver);
      if (found === undefined) {
        await unknown(
          0,
          'the instance that claimed it stopped before finishing, and the platform could not be asked whether it posted',
          'digest outcome unknown after a restart',
        );
        return;
      }
      if (found) {
        await finish('posted', { attempts: 1, ref: found });
        log.info({ subscription: sub.id, period, ref: found }, 'digest had been posted before a restart');
        return;
      }
      log.warn({ subscription: sub.id, period }, 'digest claimed by a stopped instance: posting it now');
    }
    if (digest.quiet && !sub.heartbeat) {
      await finish('skipped', { attempts: 0 });
      return;
    }
    if (!poster) {
      await finish('failed', { attempts: 0, error: `${sub.platform} is not configured` });
      log.error({ subscription: sub.id, period }, `digest not posted: ${sub.platform} is not configured`);
      return;
    }
    const claimedAt = new Date(now).toISOString();
    let attempts = 0;
    let waited = 0;
    for (;;) {
      attempts += 1;
      try {
        const { ref } = await poster.post(sub, digest);
        await finish('posted', { attempts, ref, posted: true });
        log.info({ subscription: sub.id, period, attempts, ref }, 'digest posted');
        if (ref && poster.attach)
          await poster
            .attach(sub, digest, ref)
            .catch((err: unknown) => log.warn({ err, subscription: sub.id }, 'digest attachments failed'));
        await remind(sub, digest, poster, summary).catch((err: unknown) =>
          log.warn({ err, subscription: sub.id }, 'reminders failed'),
        );
        return;
      } catch (e) {
        const f = postFailure(e);
        if (f.kind === 'rate_limited' && waited + f.retryAfterMs <= RATE_LIMIT_WAIT_MS) {
          waited += f.retryAfterMs;
          attempts -= 1;
          log.warn(
            { subscription: sub.id, period, retryAfterMs: f.retryAfterMs },
            'digest rate limited: waiting',
          );
          await sleep(f.retryAfterMs);
          continue;
        }
        if (f.kind === 'transient' && attempts < retry.attempts) {
          // Where the platform can say whether the failed attempt landed after all, ask before sending again;
          // where it could be asked but did not answer, the outcome is unknown: never sent again.
          const found = poster.find ? await landed(claimedAt) : null;
          if (found === undefined) {
            await unknown(
              attempts,
              `${f.detail}, and the platform could not be asked whether it landed`,
              'digest outcome unknown',
            );
            return;
          }
          if (found) {
            await finish('posted', { attempts, ref: found, posted: true });
            log.info({ subscription: sub.id, period, attempts, ref: found }, 'digest had landed after all');
            return;
          }
          await sleep(retry.baseMs * 2 ** (attempts - 1));
          continue;
        }
        if (f.kind === 'gone') {
          const newlyPaused = await deps.store.pauseSubscription(sub.id, f.reason);
          if (newlyPaused) {
            summary.paused += 1;
            deps.onOutcome?.('paused');
            await poster
              .notify?.(sub, f.reason)
              .catch((err: unknown) =>
                log.warn({ err, subscription: sub.id }, 'could not tell the subscriber'),
              );
          }
          log.warn(
            { subscription: sub.id, period, reason: f.reason },
            'digest channel gone: subscription paused',
          );
        }
        const error = f.kind === 'rate_limited' ? 'rate limited' : 'detail' in f ? f.detail : f.reason;
        if (f.kind === 'ambiguous') {
          await unknown(attempts, error, 'digest outcome unknown');
          return;
        }
        await finish('failed', { attempts, error });
        log.error({ subscription: sub.id, period, attempts, error }, 'digest failed');
        return;
      }
    }
  }

  /** Data owners hear, directly, which of their indicators lack last year's figures: at most three times a year. */
  async function remind(sub: Subscription, digest: Digest, poster: DigestPoster, summary: TickSummary) {
    if (!poster.sendDirect || Object.keys(sub.owners).length === 0) return;
    const year = Number(digest.asOf.slice(0, 4)) - 1;
    const lines = [...digest.changed, ...digest.attention, ...digest.needsData, ...digest.folded];
    for (const [indicator, owners] of Object.entries(sub.owners)) {
      const overdue = lines
        .map((l) => l.progress)
        .filter(
          (p) =>
            p.indicator === indicator &&
            (p.latest?.year ?? 0) < year &&
            (p.measurements.at(-1)?.year ?? 0) < year,
        )
        .map((p) => ({
          wijk: p.wijk,
          name: indicatorLabel(deps.knowledge.lexicon, p, sub.language),
          last: p.measurements.at(-1)?.year ?? null,
        }));
      if (overdue.length === 0) continue;
      for (const owner of owners) {
        if (
          !(await deps.store.claimReminder(
            sub.id,
            owner,
            String(year),
            MAX_REMINDERS,
            new Date().toISOString(),
          ))
        )
          continue;
        await poster.sendDirect(sub, owner, reminderText(overdue, year, sub.language));
        summary.reminders += 1;
      }
    }
  }

  /**
   * One message per subscription with alerts on, for the targets whose status changed since the last alert.
   * The states all alerting subscriptions last saw are read in one query and compared in memory; only a
   * target seen for the first time (its baseline: no alert) or whose status changed is written, by
   * compare-and-set, so of instances ticking together one reports each change.
   */
  async function alert(
    subs: Subscription[],
    now: number,
    asOf: string,
    summary: TickSummary,
    data: () => Promise<ProgressInputs>,
  ) {
    const alerting = subs.filter((s) => s.alerts && deps.posters[s.platform]?.postText);
    if (alerting.length === 0) return;
    const [tick, states] = await Promise.all([data(), deps.store.listAlertStates(alerting.map((s) => s.id))]);
    const seen = new Map(states.map((s) => [`${s.subscriptionId}\u0000${s.targetId}`, s.status]));
    // Subscriptions with the same scope and language share their lines.
    const lines = new Map<string, Promise<DigestLine[]>>();
    const linesOf = (sub: Subscription) => {
      const key = JSON.stringify([sub.scope.wijken, sub.scope.themes, sub.language]);
      let got = lines.get(key);
      if (!got) {
        got = prepareDigest(deps, { scope: sub.scope, language: sub.language }, asOf, 'alert', tick).then(
          (d) => [...d.changed, ...d.attention, ...d.needsData, ...d.folded],
        );
        lines.set(key, got);
      }
      return got;
    };
    const at = new Date(now).toISOString();
    for (const sub of alerting) {
      try {
        const changed = [];
        for (const line of await linesOf(sub)) {
          const { targetId, status } = line.progress;
          if (seen.get(`${sub.id}\u0000${targetId}`) === status) continue;
          const was = await deps.store.moveAlertState(sub.id, targetId, status, at);
          if (was) changed.push({ ...line, was });
        }
        if (changed.length === 0) continue;
        await deps.posters[sub.platform]?.postText?.(
          sub,
          alertText(changed, deps.knowledge.lexicon, sub.language),
        );
        summary.alerts += 1;
      } catch (err) {
        log.warn({ err, subscription: sub.id }, 'alert failed');
      }
    }
  }

  return {
    async tick(at) {
      const now = at ?? (deps.now ?? Date.now)();
      const summary: TickSummary = {
        alerts: 0,
        reminders: 0,
        due: 0,
        posted: 0,
        skipped: 0,
        failed: 0,
        unknown: 0,
        claimed: 0,
        paused: 0,
        waiting: 0,
      };
      const subs = await deps.store.listSubscriptions({ active: true });
      // Measurements and revisions are read, and every target's progress evaluated, once per tick, and only
      // when some digest or alert needs them; each subscription takes the targets in its scope.
      const asOf = DateTime.fromMillis(now, { zone: ZONE }).toISODate() as string;
      let read: Promise<ProgressInputs> | null = null;
      const data = () => {
        read ??= readProgressInputs(deps.store).then((d) => ({
          ...d,
          evaluated: {
            asOf,
            progress: evaluate(deps.knowledge.targets, d.measurements, d.revisions, asOf, deps.progress),
          },
        }));
        return read;
      };
      await alert(subs, now, asOf, summary, data).catch((err: unknown) => log.warn({ err }, 'alerts failed'));
      type Job = { sub: Subscription; period: string; takenOver?: string };
      const due: Job[] = [];
      for (const sub of subs) {
        const d = duePeriod(sub.schedule, now, Date.parse(sub.createdAt));
        if (d && !deps.posters[sub.platform]) {
          // A configuration problem does not use up the week: the run is not claimed, and is posted once
          // the platform is configured.
          log.warn(
            { subscription: sub.id, period: d.period },
            `digest waiting: ${sub.platform} is not configured`,
          );
          summary.waiting += 1;
        } else if (d) due.push({ sub, period: d.period });
      }
      // Instances ticking together start at different places in the list and claim as they go, so the
      // work spreads over them; the claim keeps each digest to one of them.
      const start = Math.floor(Math.random() * due.length);
      const candidates = [...due.slice(start), ...due.slice(0, start)];
      const queue: Job[] = [];
      // Runs an instance claimed and then died on (kill -9, a crash) are taken over once their lease ran out.
      const stale = await deps.store.reclaimDigestRuns(
        new Date(now - lease).toISOString(),
        new Date(now).toISOString(),
      );
      for (const run of stale) {
        const sub =
          subs.find((x) => x.id === run.subscriptionId) ??
          (await deps.store.getSubscription(run.subscriptionId));
        if (!sub) continue;
        summary.due += 1;
        queue.push({ sub, period: run.period, takenOver: run.claimedAt });
      }
      const next = async (): Promise<Job | undefined> => {
        const taken = queue.shift();
        if (taken) return taken;
        for (let c = candidates.shift(); c; c = candidates.shift()) {
          // The claim: one row per (subscription, period); whoever inserts it posts, everyone else moves on.
          if (await deps.store.claimDigestRun(c.sub.id, c.period, new Date(now).toISOString())) {
            summary.due += 1;
            return c;
          }
        }
        return undefined;
      };
      const workers = Array.from(
        { length: Math.min(concurrency, queue.length + candidates.length) },
        async () => {
          for (let job = await next(); job; job = await next()) {
            try {
              await deliver(job.sub, job.period, now, summary, data(), job.takenOver);
            } catch (err) {
              // A failure before posting (the store) leaves the run claimed: logged, never posted twice, and
              // taken over once the lease runs out.
              log.error(
                { err, subscription: job.sub.id, period: job.period },
                'digest run failed before posting: left claimed',
              );
              summary.claimed += 1;
            }
          }
        },
      );
      await Promise.all(workers);
      return summary;
    },
  };
}
