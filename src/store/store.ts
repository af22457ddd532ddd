// The Store port: everything the bot keeps. SQLite is the embedded default; PostgreSQL can follow
// behind the same interface (the contract tests in test/store run against any implementation).
import type { Answer, Language, Status, ThreadContext } from '../engine/types.js';
import type { Measurement, ReplacedMeasurement, TargetRevision } from '../progress/types.js';

export type Channel = 'web' | 'slack' | 'teams' | 'cli';

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
   * or still being processed by someone else; a claim older than `staleAfterMs` that never finished is
   * taken over, so a retry of a delivery that died half-way is answered once, not never.
   */
  claimEvent(key: string, staleAfterMs?: number): Promise<boolean>;
  finishEvent(key: string): Promise<void>;

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

  ping(): Promise<void>;
  close(): Promise<void>;
};
