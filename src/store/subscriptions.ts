// Port: where the bot may post unasked (conversation references stored at install) and the digest
// subscriptions, one per conversation.
import type { Db, Dialect } from './dialect.js';
import { fromJson, iso, toJson, toSubscription } from './rows.js';
import type { Store } from './store.js';

export type SubscriptionsPort = Pick<
  Store,
  | 'saveConversation'
  | 'deleteConversation'
  | 'listConversations'
  | 'saveSubscription'
  | 'getSubscription'
  | 'findSubscription'
  | 'listSubscriptions'
  | 'deleteSubscription'
  | 'pauseSubscription'
>;

const isTrue = (v: boolean | number | undefined) => v === true || v === 1;

export function subscriptionsPort(db: Db, dialect: Dialect): SubscriptionsPort {
  return {
    async saveConversation(c) {
      return dialect.write(db, async (trx) => {
        const inserted = await dialect.insertedByUpsert(async () =>
          Boolean(
            await trx.selectFrom('conversations').select('key').where('key', '=', c.key).executeTakeFirst(),
          ),
        );
        const row = await trx
          .insertInto('conversations')
          .values({
            key: c.key,
            platform: c.platform,
            reference: toJson(c.reference),
            installed_at: c.installedAt,
          })
          .onConflict((oc) =>
            oc.column('key').doUpdateSet((eb) => ({ reference: eb.ref('excluded.reference') })),
          )
          .returning(inserted.as('inserted'))
          .executeTakeFirstOrThrow();
        return { isNew: isTrue(row.inserted) };
      });
    },
    async deleteConversation(key) {
      const r = await dialect.write(db, (trx) =>
        trx.deleteFrom('conversations').where('key', '=', key).executeTakeFirst(),
      );
      return Number(r.numDeletedRows) > 0;
    },
    async listConversations(platform) {
      const rows = await db
        .selectFrom('conversations')
        .selectAll()
        .where('platform', '=', platform)
        .orderBy('installed_at')
        .orderBy('key')
        .execute();
      return rows.map((r) => ({
        key: r.key,
        platform: r.platform,
        reference: fromJson<Record<string, unknown>>(r.reference),
        installedAt: iso(r.installed_at),
      }));
    },
    async saveSubscription(sub) {
      // The first subscription of a conversation keeps its id and creation time; a second one changes it.
      return dialect.write(db, async (trx) => {
        const inserted = await dialect.insertedByUpsert(async () =>
          Boolean(
            await trx
              .selectFrom('subscriptions')
              .select('id')
              .where('platform', '=', sub.platform)
              .where('conversation', '=', sub.conversation)
              .executeTakeFirst(),
          ),
        );
        const row = await trx
          .insertInto('subscriptions')
          .values({
            id: sub.id,
            platform: sub.platform,
            conversation: sub.conversation,
            team: sub.team,
            scope: toJson(sub.scope),
            weekday: sub.schedule.weekday,
            time: sub.schedule.time,
            zone: sub.schedule.zone,
            holidays: sub.schedule.holidays,
            language: sub.language,
            heartbeat: sub.heartbeat,
            alerts: sub.alerts,
            owners: toJson(sub.owners),
            active: sub.active,
            paused_reason: sub.pausedReason,
            subscriber: sub.subscriber,
            created_at: sub.createdAt,
            updated_at: sub.updatedAt,
          })
          .onConflict((oc) =>
            oc.columns(['platform', 'conversation']).doUpdateSet((eb) => ({
              team: eb.ref('excluded.team'),
              scope: eb.ref('excluded.scope'),
              weekday: eb.ref('excluded.weekday'),
              time: eb.ref('excluded.time'),
              zone: eb.ref('excluded.zone'),
              holidays: eb.ref('excluded.holidays'),
              language: eb.ref('excluded.language'),
              heartbeat: eb.ref('excluded.heartbeat'),
              alerts: eb.ref('excluded.alerts'),
              owners: eb.ref('excluded.owners'),
              active: eb.ref('excluded.active'),
              paused_reason: eb.ref('excluded.paused_reason'),
              subscriber: eb.ref('excluded.subscriber'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .returningAll()
          .returning(inserted.as('inserted'))
          .executeTakeFirstOrThrow();
        return { isNew: isTrue(row.inserted), subscription: toSubscription(row) };
      });
    },
    async getSubscription(id) {
      const row = await db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toSubscription(row) : undefined;
    },
    async findSubscription(platform, conversation) {
      const row = await db
        .selectFrom('subscriptions')
        .selectAll()
        .where('platform', '=', platform)
        .where('conversation', '=', conversation)
        .executeTakeFirst();
      return row ? toSubscription(row) : undefined;
    },
    async listSubscriptions(filter = {}) {
      let q = db.selectFrom('subscriptions').selectAll();
      if (filter.active !== undefined) q = q.where('active', '=', filter.active);
      return (await q.orderBy('created_at').orderBy('id').execute()).map(toSubscription);
    },
    async deleteSubscription(id) {
      const r = await dialect.write(db, (trx) =>
        trx.deleteFrom('subscriptions').where('id', '=', id).executeTakeFirst(),
      );
      return Number(r.numDeletedRows) > 0;
    },
    async pauseSubscription(id, reason) {
      const r = await dialect.write(db, (trx) =>
        trx
          .updateTable('subscriptions')
          .set({ active: false, paused_reason: reason, updated_at: new Date().toISOString() })
          .where('id', '=', id)
          .where('active', '=', true)
          .executeTakeFirst(),
      );
      return Number(r.numUpdatedRows) > 0;
    },
  };
}
