// The tables as Kysely sees them, declared once for both databases. Where the two store a value differently
// the column type says both: PostgreSQL gives `timestamptz` as Date, `boolean` as boolean and `jsonb` parsed;
// SQLite gives ISO text, 0/1 and JSON text. rows.ts turns either into the Store's objects.
import type { ColumnType, Generated } from '#kysely';

/** ISO 8601 text in, Date (PostgreSQL) or the same text (SQLite) out. */
type Timestamp = ColumnType<Date | string, string, string>;
type NullableTimestamp = ColumnType<Date | string | null, string | null, string | null>;
/** Written as a boolean (SQLite gets 0/1: see sqlite.ts), read as boolean or 0/1. */
type Flag = ColumnType<boolean | number, boolean | undefined, boolean>;
/** Written as JSON text, read parsed (PostgreSQL jsonb) or as the text (SQLite). */
type Json = ColumnType<unknown, string, string>;
type NullableJson = ColumnType<unknown, string | null, string | null>;

export type Tables = {
  threads: { id: string; context: Json; updated_at: Timestamp };
  audit_log: {
    id: string;
    at: Timestamp;
    channel: 'web' | 'slack' | 'teams' | 'cli';
    user_pseudonym: string | null;
    thread: string | null;
    question: string;
    status: 'answered' | 'partial' | 'not_found' | 'clarify';
    language: 'nl' | 'en';
    answer: string;
    clause_ids: Json;
    knowledge_version: string;
    legal_hold: Flag;
    payload: NullableJson;
  };
  feedback: {
    answer_id: string;
    rating: 'helpful' | 'not_helpful';
    reason: 'wrong_figure' | 'wrong_clause' | 'not_in_charter' | 'other' | null;
    user_pseudonym: string | null;
    at: Timestamp;
  };
  processed_events: {
    key: string;
    status: 'processing' | 'done';
    claimed_at: Timestamp;
    finished_at: NullableTimestamp;
  };
  conversations: { key: string; platform: 'slack' | 'teams'; reference: Json; installed_at: Timestamp };
  measurements: {
    wijk: string;
    indicator: string;
    year: number;
    value: number;
    unit: string;
    source: string;
    note: string | null;
    recorded_by: string | null;
    recorded_at: Timestamp;
  };
  measurement_history: {
    id: Generated<number>;
    wijk: string;
    indicator: string;
    year: number;
    value: number;
    unit: string;
    source: string;
    note: string | null;
    recorded_by: string | null;
    recorded_at: Timestamp;
    replaced_at: Timestamp;
    replaced_by: string | null;
  };
  target_revisions: {
    id: Generated<number>;
    wijk: string;
    indicator: string;
    year: number;
    value: number;
    source: string;
    basis_year: number | null;
    basis_value: number | null;
    recorded_by: string | null;
    recorded_at: Timestamp;
    active: Flag;
  };
  subscriptions: {
    id: string;
    platform: 'slack' | 'teams';
    conversation: string;
    team: string | null;
    scope: Json;
    weekday: number;
    time: string;
    zone: string;
    holidays: Flag;
    language: 'nl' | 'en';
    heartbeat: Flag;
    alerts: Flag;
    owners: Json;
    active: Flag;
    paused_reason: string | null;
    subscriber: string | null;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  digest_runs: {
    subscription_id: string;
    period_key: string;
    status: 'claimed' | 'posted' | 'failed' | 'unknown' | 'skipped';
    attempts: number;
    claimed_at: Timestamp;
    posted_at: NullableTimestamp;
    message_ref: string | null;
    error: string | null;
    snapshot: NullableJson;
  };
  alert_state: { subscription_id: string; target_id: string; status: string; changed_at: Timestamp };
  reminders: {
    subscription_id: string;
    owner: string;
    period_key: string;
    sent: number;
    last_sent_at: Timestamp;
  };
  health: { id: number; checked_at: Timestamp };
};
