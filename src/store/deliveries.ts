// Port: what is delivered once. Platform events claimed for processing, digest runs claimed per period,
// alert states read in one query and moved by compare-and-set, reminders counted. Each claim is decided by
// the database (a unique key, an upsert, a conditional update), so it holds across ticks, processes and
// instances.
import type { ProgressStatus } from '../progress/types.js';
import type { Db, Dialect } from './dialect.js';
import { iso, toJson, toRun } from './rows.js';
import type { EventClaim, Store } from './store.js';

export type DeliveriesPort = Pick<
  Store,
  | 'claimEvent'
  | 'touchEvent'
  | 'finishEvent'
  | 'claimDigestRun'
  | 'finishDigestRun'
  | 'reclaimDigestRuns'
  | 'listDigestRuns'
  | 'listAlertStates'
  | 'moveAlertState'
  | 'claimReminder'
>;

/**
 * The claim claimEvent makes, inside a write transaction (its own, or a caller's that records the answer
 * with it). One upsert decides: a new key is inserted (fresh); a claim that never finished and is older than
 * `staleAfterMs` is taken over (unknown); anything else returns no row (done, or being handled elsewhere).
 */
export async function claimEventIn(
  trx: Db,
  dialect: Dialect,
  key: string,
  staleAfterMs = 60_000,
  at = Date.now(),
): Promise<EventClaim> {
  const now = new Date(at).toISOString();
  const stale = new Date(at - staleAfterMs).toISOString();
  const inserted = await dialect.insertedByUpsert(async () =>
    Boolean(await trx.selectFrom('processed_events').select('key').where('key', '=', key).executeTakeFirst()),
  );
  const row = await trx
    .insertInto('processed_events')
    .values({ key, status: 'processing', claimed_at: now })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ status: 'processing', claimed_at: now })
        .where('processed_events.status', '=', 'processing')
        .where('processed_events.claimed_at', '<=', stale),
    )
    .returning(inserted.as('inserted'))
    .executeTakeFirst();
  if (!row) return false;
  return row.inserted === true || row.inserted === 1 ? 'fresh' : 'unknown';
}

export function deliveriesPort(db: Db, dialect: Dialect): DeliveriesPort {
  return {
    claimEvent: (key, staleAfterMs, at) =>
      dialect.write(db, (trx) => claimEventIn(trx, dialect, key, staleAfterMs, at)),
    async touchEvent(key, at) {
      await dialect.write(db, (trx) =>
        trx
          .updateTable('processed_events')
          .set({ claimed_at: at })
          .where('key', '=', key)
          .where('status', '=', 'processing')
          .execute(),
      );
    },
    async finishEvent(key) {
      await dialect.write(db, (trx) =>
        trx
          .updateTable('processed_events')
          .set({ status: 'done', finished_at: new Date().toISOString() })
          .where('key', '=', key)
          .execute(),
      );
    },
    async claimDigestRun(subscriptionId, period, at) {
      const r = await dialect.write(db, (trx) =>
        trx
          .insertInto('digest_runs')
          .values({
            subscription_id: subscriptionId,
            period_key: period,
            status: 'claimed',
            attempts: 0,
            claimed_at: at,
          })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst(),
      );
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async finishDigestRun(subscriptionId, period, o) {
      await dialect.write(db, (trx) =>
        trx
          .updateTable('digest_runs')
          .set({
            status: o.status,
            attempts: o.attempts,
            posted_at: o.postedAt,
            message_ref: o.messageRef,
            error: o.error,
            snapshot: o.snapshot ? toJson(o.snapshot) : null,
          })
          .where('subscription_id', '=', subscriptionId)
          .where('period_key', '=', period)
          .execute(),
      );
    },
    async reclaimDigestRuns(claimedBefore, at) {
      return dialect.write(db, async (trx) => {
        const stale = await dialect
          .forTakeover(
            trx
              .selectFrom('digest_runs')
              .select(['subscription_id', 'period_key', 'claimed_at'])
              .where('status', '=', 'claimed')
              .where('claimed_at', '<', claimedBefore)
              .orderBy('claimed_at'),
          )
          .execute();
        const taken = [];
        for (const r of stale) {
          // Compare-and-set on the claim time read: of two takers, one moves it.
          const moved = await trx
            .updateTable('digest_runs')
            .set({ claimed_at: at })
            .where('subscription_id', '=', r.subscription_id)
            .where('period_key', '=', r.period_key)
            .where('status', '=', 'claimed')
            .where('claimed_at', '=', r.claimed_at)
            .executeTakeFirst();
          if (Number(moved.numUpdatedRows) === 1)
            taken.push({
              subscriptionId: r.subscription_id,
              period: r.period_key,
              claimedAt: iso(r.claimed_at),
            });
        }
        return taken;
      });
    },
    async listDigestRuns(subscriptionId) {
      const rows = await db
        .selectFrom('digest_runs')
        .selectAll()
        .where('subscription_id', '=', subscriptionId)
        .orderBy('period_key', 'desc')
        .execute();
      return rows.map(toRun);
    },
    async listAlertStates(subscriptionIds) {
      if (subscriptionIds.length === 0) return [];
      const rows = await db
        .selectFrom('alert_state')
        .select(['subscription_id', 'target_id', 'status', 'changed_at'])
        .where('subscription_id', 'in', [...subscriptionIds])
        .orderBy('subscription_id')
        .orderBy('target_id')
        .execute();
      return rows.map((r) => ({
        subscriptionId: r.subscription_id,
        targetId: r.target_id,
        status: r.status as ProgressStatus,
        changedAt: iso(r.changed_at),
      }));
    },
    async moveAlertState(subscriptionId, targetId, status, at) {
      return dialect.write(db, async (trx) => {
        const first = await trx
          .insertInto('alert_state')
          .values({ subscription_id: subscriptionId, target_id: targetId, status, changed_at: at })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        if (Number(first.numInsertedOrUpdatedRows ?? 0) === 1) return null;
        const current = await trx
          .selectFrom('alert_state')
          .select('status')
          .where('subscription_id', '=', subscriptionId)
          .where('target_id', '=', targetId)
          .executeTakeFirst();
        if (!current || current.status === status) return null;
        // Compare-and-set: of two instances seeing the same change, one moves the state and reports it.
        const moved = await trx
          .updateTable('alert_state')
          .set({ status, changed_at: at })
          .where('subscription_id', '=', subscriptionId)
          .where('target_id', '=', targetId)
          .where('status', '=', current.status)
          .executeTakeFirst();
        return Number(moved.numUpdatedRows) === 1 ? (current.status as ProgressStatus) : null;
      });
    },
    async claimReminder(subscriptionId, owner, period, max, at) {
      if (max <= 0) return false;
      const r = await dialect.write(db, (trx) =>
        trx
          .insertInto('reminders')
          .values({ subscription_id: subscriptionId, owner, period_key: period, sent: 1, last_sent_at: at })
          .onConflict((oc) =>
            oc
              .columns(['subscription_id', 'owner', 'period_key'])
              .doUpdateSet((eb) => ({
                sent: eb('reminders.sent', '+', 1),
                last_sent_at: eb.ref('excluded.last_sent_at'),
              }))
              .where('reminders.sent', '<', max),
          )
          .executeTakeFirst(),
      );
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },
  };
}
