// The Store port: everything the bot keeps. SQLite is the embedded default; PostgreSQL can follow
// behind the same interface (the contract tests in test/store run against any implementation).
import type { Answer, Language, Status, ThreadContext } from '../engine/types.js';

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

  ping(): Promise<void>;
  close(): Promise<void>;
};
