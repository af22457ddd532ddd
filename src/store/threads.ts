// Port: the context of each conversation thread, so a follow-up ("and for 2017?") is understood.
import type { ThreadContext } from '../engine/types.js';
import type { Db, Dialect } from './dialect.js';
import { fromJson, toJson } from './rows.js';
import type { Store } from './store.js';

export type ThreadsPort = Pick<Store, 'getThread' | 'setThread'>;

/** The upsert setThread runs, on its own or inside a caller's transaction. */
export async function saveThread(db: Db, thread: string, context: ThreadContext): Promise<void> {
  await db
    .insertInto('threads')
    .values({ id: thread, context: toJson(context), updated_at: new Date().toISOString() })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        context: eb.ref('excluded.context'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

export function threadsPort(db: Db, dialect: Dialect): ThreadsPort {
  return {
    async getThread(thread) {
      const row = await db
        .selectFrom('threads')
        .select('context')
        .where('id', '=', thread)
        .executeTakeFirst();
      return row ? fromJson<ThreadContext>(row.context) : undefined;
    },
    async setThread(thread, context) {
      await dialect.write(db, (trx) => saveThread(trx, thread, context));
    },
  };
}
