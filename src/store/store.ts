// The Store: everything the bot keeps, as the rest of the code sees it. One implementation on Kysely, composed
// of ports by concern (compose.ts), over SQLite (the embedded default) or PostgreSQL (several instances); the
// contract tests in test/store run against both.

import type { ThemeKey } from '../charter/schema.js';
import type { Schedule } from '../digest/schedule.js';
import type { Answer, Language, Status, ThreadContext } from '../engine/types.js';
import { AppError } from '../errors.js';
import type { Measurement, ProgressStatus, ReplacedMeasurement, TargetRevision } from '../progress/types.js';

export type Channel = 'web' | 'slack' | 'teams' | 'cli';

export type EventClaim = 'fresh' | 'unknown' | false;

export type AuditRecord = {
  id: string;
  /** ISO 8601, UTC. */
  at: string;
  channel: Channel;
  /** HMAC pseudonym of the platform user id, or null where the channel has no user identity. */
  user: string | null;
  thread: string | null;
  question: string;
  status: Status;
  language: Language;
  answer: string;
  clauseIds: string[];
  knowledgeVersion: string;
  legalHold: boolean;
  /** The whole Answer as given, so a later "e-mail version" or feedback refers to exactly it. */
  payload: Answer | null;
};

export type NewAuditRecord = Omit<AuditRecord, 'id' | 'at' | 'legalHold' | 'payload'> & {
  at?: string;
  payload?: Answer | null;
};

export type Feedback = {
  answerId: string;
  rating: 'helpful' | 'not_helpful';
  reason: 'wrong_figure' | 'wrong_clause' | 'not_in_charter' | 'other' | null;
  user: string | null;
  at: string;
};

export type StoredConversation = {
  key: string;
  platform: 'slack' | 'teams';
  /** The platform's own reference (a Bot Framework ConversationReference for Teams). */
  reference: Record<string, unknown>;
  installedAt: string;
};

export type TimeRange = { since?: string; until?: string };

/** The store cannot be used (damaged at start, file gone, cannot write): callers answer 503, start-up stops. */
export class StoreUnavailableError extends AppError<'store_unavailable'> {
  /** What per-request log lines say; the full message (how to recover) is logged once where it arises. */
  readonly summary: string;
  constructor(message: string, options: { summary?: string; cause?: unknown } = {}) {
    super('store_unavailable', message, { cause: options.cause });
    this.summary = options.summary ?? message;
  }
}

/**
 * Why a store call failed, for metrics: another process holds the lock, the database cannot be used right now
 * (gone, read-only, disk full, unreachable), its data is damaged (a corrupt page), or anything else.
 */
export type StoreErrorKind = 'locked' | 'unavailable' | 'damaged' | 'failed';

/** What a store tells the process about: every failed call (metrics), and damage once (the log). */
/** How a store is opened. */
export type OpenOptions = {
  /** Check every page of an embedded database before use: once, by a long-running process. */
  fullCheck?: boolean;
};

export type StoreEvents = {
  onError?: ((kind: StoreErrorKind) => void) | undefined;
  /** Told once, the first time a call finds the data damaged; the message says how to recover. */
  onDamaged?: ((message: string) => void) | undefined;
};

/**
 * Damage does not heal: after the first call that finds a corrupt page, readiness fails until the process is
 * restarted on a repaired or restored database, even when later calls happen to miss the damaged page.
 */
export function damageLatch(describe: (detail: string) => string, onDamaged?: (message: string) => void) {
  let damage: StoreUnavailableError | null = null;
  return {
    /** Records the damage (telling once) and returns the error callers get. */
    mark(detail: string): StoreUnavailableError {
      if (!damage) {
        damage = new StoreUnavailableError(describe(detail), {
          summary: 'the database is damaged (see the error logged when it was found)',
        });
        onDamaged?.(damage.message);
      }
      return damage;
    },
    /** Throws while the store is known to be damaged. */
    check(): void {
      if (damage) throw damage;
    },
  };
}

/** A channel's weekly digest: where, what (wijken, themes; empty = all), when, in which language. */
export type Subscription = {
  id: string;
  platform: 'slack' | 'teams';
  /** Slack: the channel id; Teams: the key of the conversation reference stored at install. */
  conversation: string;
  /** Slack: the team (workspace) id; Teams: null. */
  team: string | null;
  scope: { wijken: string[]; themes: ThemeKey[] };
  schedule: Schedule;
  language: Language;
  /** When nothing changed and nothing was measured since the previous digest: one line (true) or nothing. */
  heartbeat: boolean;
  /** One message when a target's status changes (off by default). */
  alerts: boolean;
  /** Indicator key -> platform user ids reminded when its data is overdue. */
  owners: Record<string, string[]>;
  active: boolean;
  pausedReason: string | null;
  /** The platform user id of who subscribed: kept to tell them if delivery stops (it is needed to reach them). */
  subscriber: string | null;
  createdAt: string;
  updatedAt: string;
};

/** What a digest said, so the next one can lead with what changed. */
export type DigestSnapshot = {
  statuses: Record<string, ProgressStatus>;
  /** The newest recorded_at of any measurement in scope at the time. */
  lastMeasurementAt: string | null;
};

/** The status a subscription's alert last saw for a target (its baseline, or its last alert). */
export type AlertState = {
  subscriptionId: string;
  targetId: string;
  status: ProgressStatus;
  changedAt: string;
};

export type DigestRunStatus = 'claimed' | 'posted' | 'failed' | 'unknown' | 'skipped';

export type DigestRun = {
  subscriptionId: string;
  period: string;
  status: DigestRunStatus;
  attempts: number;
  claimedAt: string;
  postedAt: string | null;
  /** Slack message ts or Teams activity id: what was posted, for an operator to find it. */
  messageRef: string | null;
  error: string | null;
  snapshot: DigestSnapshot | null;
};

/** A measurement as it comes in: who recorded it and when are the store's to add. */
export type NewMeasurement = Omit<Measurement, 'recordedBy' | 'recordedAt'>;
export type MeasurementFilter = { wijk?: string; indicator?: string };
/** What saving did: new values, corrections (the earlier value goes to the history), and no-ops. */
export type SaveCounts = { added: number; changed: number; unchanged: number };

export type Store = {
  getThread(thread: string): Promise<ThreadContext | undefined>;
  setThread(thread: string, context: ThreadContext): Promise<void>;

  recordAnswer(record: NewAuditRecord): Promise<AuditRecord>;
  getAnswer(id: string): Promise<AuditRecord | undefined>;
  listAudit(range?: TimeRange): Promise<AuditRecord[]>;
  countAudit(range?: TimeRange): Promise<number>;
  /** Deletes records older than `before`, except those under legal hold. Returns how many went. */
  pruneAudit(before: string): Promise<number>;
  setLegalHold(ids: string[], hold: boolean): Promise<number>;

  /** Stores feedback on an answer; false when no such answer was recorded. */
  recordFeedback(feedback: Feedback): Promise<boolean>;
  listFeedback(answerId: string): Promise<Feedback[]>;

  /** True when an answer was already given in this conversation (the bot "started" the thread). */
  hasThread(thread: string): Promise<boolean>;

  /**
   * Claims a platform delivery (a Slack event, a Teams activity) for processing. False when it is done,
   * or still being processed by someone else. `fresh`: first claim. `unknown`: a claim older than
   * `staleAfterMs` that never finished was taken over; whoever held it may have answered before dying,
   * so the caller checks (Slack) or does not answer again (Teams).
   */
  claimEvent(key: string, staleAfterMs?: number, now?: number): Promise<EventClaim>;
  /**
   * Moves the claim time of a delivery still being processed: its owner renews it while it works, so a live
   * but slow owner is not taken over, and moves it back to release a claim it could not finish.
   */
  touchEvent(key: string, at: string): Promise<void>;
  finishEvent(key: string): Promise<void>;
  /** Whether a delivery was ever claimed (a read): a first delivery can be claimed with its answer. */
  knowsEvent(key: string): Promise<boolean>;
  /**
   * An answer recorded in one write transaction: the delivery's claim (when given), the thread's new context
   * (when given) and the audit record. Unless the claim is `fresh`, nothing is written and `record` is null.
   */
  recordAnswered(answered: {
    claim?: { key: string; staleAfterMs: number; at: number } | undefined;
    thread?: { id: string; context: ThreadContext } | undefined;
    record: NewAuditRecord;
  }): Promise<{ claim: EventClaim; record: AuditRecord | null }>;

  /** Where the bot may post unasked (digests): stored when it is installed, forgotten when removed. */
  saveConversation(conversation: StoredConversation): Promise<{ isNew: boolean }>;
  deleteConversation(key: string): Promise<boolean>;
  listConversations(platform: StoredConversation['platform']): Promise<StoredConversation[]>;

  /** The current value of each measured (wijk, indicator, year), ordered by wijk, indicator, year. */
  listMeasurements(filter?: MeasurementFilter): Promise<Measurement[]>;
  /** Earlier values that corrections replaced, oldest first. */
  measurementHistory(filter?: MeasurementFilter): Promise<ReplacedMeasurement[]>;
  /**
   * Stores all rows in one transaction, or none. A row equal to the current value (value, unit, source
   * and note) changes nothing; a different one replaces it and the earlier value goes to the history.
   */
  saveMeasurements(rows: NewMeasurement[], by: string | null, at: string): Promise<SaveCounts>;
  /** The active revision of each revised milestone. */
  listRevisions(): Promise<TargetRevision[]>;
  /** Records revisions in one transaction; an earlier active revision of the same milestone is kept inactive. */
  saveRevisions(rows: TargetRevision[]): Promise<SaveCounts>;

  /** Stores a subscription; one per (platform, conversation): a second subscribe changes the first. */
  saveSubscription(subscription: Subscription): Promise<{ isNew: boolean; subscription: Subscription }>;
  getSubscription(id: string): Promise<Subscription | undefined>;
  findSubscription(
    platform: Subscription['platform'],
    conversation: string,
  ): Promise<Subscription | undefined>;
  listSubscriptions(filter?: { active?: boolean }): Promise<Subscription[]>;
  deleteSubscription(id: string): Promise<boolean>;
  /** Pauses an active subscription; false when it was already paused (so the subscriber is told once). */
  pauseSubscription(id: string, reason: string): Promise<boolean>;

  /**
   * Claims the digest of a period by inserting its run under the unique (subscription, period) key: true for
   * exactly one caller, however many ticks, processes or instances race.
   */
  claimDigestRun(subscriptionId: string, period: string, at: string): Promise<boolean>;
  finishDigestRun(
    subscriptionId: string,
    period: string,
    outcome: Pick<DigestRun, 'status' | 'attempts' | 'postedAt' | 'messageRef' | 'error' | 'snapshot'>,
  ): Promise<void>;
  /**
   * Takes over runs still `claimed` since before `claimedBefore`: their instance stopped between the claim
   * and the post. Each is taken by one caller only (its claim time moves to `at`); returns them with the
   * time they were first claimed, from which the platform can be asked whether the post landed.
   */
  reclaimDigestRuns(
    claimedBefore: string,
    at: string,
  ): Promise<Array<{ subscriptionId: string; period: string; claimedAt: string }>>;
  /** The runs of a subscription, newest period first. */
  listDigestRuns(subscriptionId: string): Promise<DigestRun[]>;

  /**
   * The alert states of these subscriptions, in one read: a tick compares them with the progress it computed
   * and writes only what changed.
   */
  listAlertStates(subscriptionIds: readonly string[]): Promise<AlertState[]>;
  /**
   * Moves a target's alert state to `status`; returns the status it moved from, or null when it was the same
   * or first seen (no alert). Compare-and-set: each change is reported to one caller only.
   */
  moveAlertState(
    subscriptionId: string,
    targetId: string,
    status: ProgressStatus,
    at: string,
  ): Promise<ProgressStatus | null>;
  /** Counts a reminder to an owner in a period; false once `max` were sent. */
  claimReminder(
    subscriptionId: string,
    owner: string,
    period: string,
    max: number,
    at: string,
  ): Promise<boolean>;

  ping(): Promise<void>;
  close(): Promise<void>;
};

/**
 * The store with each method but those in `skip` called through `around`: how both stores add their
 * retries and error reporting without repeating them in every method.
 */
export function aroundEachMethod(
  store: Store,
  skip: ReadonlyArray<keyof Store>,
  around: (name: keyof Store, call: () => Promise<unknown>) => Promise<unknown>,
): Store {
  const wrapped = { ...store };
  for (const [name, method] of Object.entries(store) as Array<[keyof Store, unknown]>) {
    if (typeof method !== 'function' || skip.includes(name)) continue;
    const fn = method as (...args: unknown[]) => Promise<unknown>;
    (wrapped as Record<string, unknown>)[name] = (...args: unknown[]) => around(name, () => fn(...args));
  }
  return wrapped;
}
