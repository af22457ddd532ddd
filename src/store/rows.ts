// Rows as the ports read them, and how they become the Store's objects. The three helpers at the top are
// where the two databases' values meet: PostgreSQL gives Date, boolean and parsed JSON, SQLite ISO text,
// 0/1 and JSON text; the Store gives ISO text, booleans and objects either way.
import type { Selectable } from '#kysely';
import type { Measurement, ReplacedMeasurement, TargetRevision } from '../progress/types.js';
import type { Tables } from './schema.js';
import type { DigestRun, NewMeasurement, Subscription } from './store.js';

export const iso = (v: Date | string): string => (typeof v === 'string' ? v : v.toISOString());
export const isoOrNull = (v: Date | string | null): string | null => (v === null ? null : iso(v));
export const flag = (v: boolean | number): boolean => v === true || v === 1;
export const fromJson = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
export const toJson = (v: unknown): string => JSON.stringify(v);

export type MeasurementRow = Selectable<Tables['measurements']>;

export const toMeasurement = (r: MeasurementRow): Measurement => ({
  wijk: r.wijk,
  indicator: r.indicator,
  year: r.year,
  value: r.value,
  unit: r.unit,
  source: r.source,
  note: r.note,
  recordedBy: r.recorded_by,
  recordedAt: iso(r.recorded_at),
});

export const toReplaced = (r: Selectable<Tables['measurement_history']>): ReplacedMeasurement => ({
  ...toMeasurement(r),
  replacedAt: iso(r.replaced_at),
  replacedBy: r.replaced_by,
});

export type RevisionRow = Selectable<Tables['target_revisions']>;

export const toRevision = (r: RevisionRow): TargetRevision => ({
  wijk: r.wijk,
  indicator: r.indicator,
  year: r.year,
  value: r.value,
  source: r.source,
  basis:
    r.basis_year !== null && r.basis_value !== null ? { year: r.basis_year, value: r.basis_value } : null,
  recordedBy: r.recorded_by,
  recordedAt: iso(r.recorded_at),
});

export const toSubscription = (r: Selectable<Tables['subscriptions']>): Subscription => ({
  id: r.id,
  platform: r.platform,
  conversation: r.conversation,
  team: r.team,
  scope: fromJson<Subscription['scope']>(r.scope),
  schedule: { weekday: r.weekday, time: r.time, zone: r.zone, holidays: flag(r.holidays) },
  language: r.language,
  heartbeat: flag(r.heartbeat),
  alerts: flag(r.alerts),
  owners: fromJson<Subscription['owners']>(r.owners),
  active: flag(r.active),
  pausedReason: r.paused_reason,
  subscriber: r.subscriber,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

export const toRun = (r: Selectable<Tables['digest_runs']>): DigestRun => ({
  subscriptionId: r.subscription_id,
  period: r.period_key,
  status: r.status,
  attempts: r.attempts,
  claimedAt: iso(r.claimed_at),
  postedAt: isoOrNull(r.posted_at),
  messageRef: r.message_ref,
  error: r.error,
  snapshot: r.snapshot === null ? null : fromJson<DigestRun['snapshot']>(r.snapshot),
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
