// Rows as both stores read them (the same tables and columns in SQLite and PostgreSQL), and how they
// become the Store's objects.
import type { Measurement, TargetRevision } from '../progress/types.js';
import type { AuditRecord, DigestRun, NewMeasurement, Subscription } from './store.js';

export type AuditRow = {
  id: string;
  at: string;
  channel: AuditRecord['channel'];
  user_pseudonym: string | null;
  thread: string | null;
  question: string;
  status: AuditRecord['status'];
  language: AuditRecord['language'];
  answer: string;
  clause_ids: string;
  knowledge_version: string;
  legal_hold: number;
  payload: string | null;
};

export const toRecord = (r: AuditRow): AuditRecord => ({
  id: r.id,
  at: r.at,
  channel: r.channel,
  user: r.user_pseudonym,
  thread: r.thread,
  question: r.question,
  status: r.status,
  language: r.language,
  answer: r.answer,
  clauseIds: JSON.parse(r.clause_ids) as string[],
  knowledgeVersion: r.knowledge_version,
  legalHold: r.legal_hold === 1,
  payload: r.payload ? (JSON.parse(r.payload) as AuditRecord['payload']) : null,
});

export type MeasurementRow = {
  wijk: string;
  indicator: string;
  year: number;
  value: number;
  unit: string;
  source: string;
  note: string | null;
  recorded_by: string | null;
  recorded_at: string;
};

export const toMeasurement = (r: MeasurementRow): Measurement => ({
  wijk: r.wijk,
  indicator: r.indicator,
  year: r.year,
  value: r.value,
  unit: r.unit,
  source: r.source,
  note: r.note,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

export type RevisionRow = {
  wijk: string;
  indicator: string;
  year: number;
  value: number;
  source: string;
  basis_year: number | null;
  basis_value: number | null;
  recorded_by: string | null;
  recorded_at: string;
};

export const toRevision = (r: RevisionRow): TargetRevision => ({
  wijk: r.wijk,
  indicator: r.indicator,
  year: r.year,
  value: r.value,
  source: r.source,
  basis:
    r.basis_year !== null && r.basis_value !== null ? { year: r.basis_year, value: r.basis_value } : null,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

export type SubscriptionRow = {
  id: string;
  platform: Subscription['platform'];
  conversation: string;
  team: string | null;
  scope: string;
  weekday: number;
  time: string;
  zone: string;
  holidays: number;
  language: Subscription['language'];
  heartbeat: number;
  alerts: number;
  owners: string;
  active: number;
  paused_reason: string | null;
  subscriber: string | null;
  created_at: string;
  updated_at: string;
};

export const toSubscription = (r: SubscriptionRow): Subscription => ({
  id: r.id,
  platform: r.platform,
  conversation: r.conversation,
  team: r.team,
  scope: JSON.parse(r.scope) as Subscription['scope'],
  schedule: { weekday: r.weekday, time: r.time, zone: r.zone, holidays: r.holidays === 1 },
  language: r.language,
  heartbeat: r.heartbeat === 1,
  alerts: r.alerts === 1,
  owners: JSON.parse(r.owners) as Subscription['owners'],
  active: r.active === 1,
  pausedReason: r.paused_reason,
  subscriber: r.subscriber,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export type RunRow = {
  subscription_id: string;
  period_key: string;
  status: DigestRun['status'];
  attempts: number;
  claimed_at: string;
  posted_at: string | null;
  message_ref: string | null;
  error: string | null;
  snapshot: string | null;
};

export const toRun = (r: RunRow): DigestRun => ({
  subscriptionId: r.subscription_id,
  period: r.period_key,
  status: r.status,
  attempts: r.attempts,
  claimedAt: r.claimed_at,
  postedAt: r.posted_at,
  messageRef: r.message_ref,
  error: r.error,
  snapshot: r.snapshot ? (JSON.parse(r.snapshot) as DigestRun['snapshot']) : null,
});

/** A measurement that would change nothing: the stored value, unit, source and note already are these. */
export const sameMeasurement = (current: MeasurementRow | undefined, r: NewMeasurement) =>
  current !== undefined &&
  current.value === r.value &&
  current.unit === r.unit &&
  current.source === r.source &&
  (current.note ?? null) === (r.note ?? null);

/** A revision that would change nothing: the active one already has this value, source and basis. */
export const sameRevision = (current: RevisionRow | undefined, r: TargetRevision) =>
  current !== undefined &&
  current.value === r.value &&
  current.source === r.source &&
  current.basis_year === (r.basis?.year ?? null) &&
  current.basis_value === (r.basis?.value ?? null);
