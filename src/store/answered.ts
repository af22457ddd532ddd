// What an answered delivery writes, in one transaction: the claim on the delivery, the thread's context
// and the audit record. A delivery someone else claimed first writes nothing.
import { insertRecord, newRecord } from './audit.js';
import { claimEventIn } from './deliveries.js';
import type { Db, Dialect } from './dialect.js';
import type { Store } from './store.js';
import { saveThread } from './threads.js';

export type AnsweredPort = Pick<Store, 'knowsEvent' | 'recordAnswered'>;

/** Thrown inside the transaction to roll back a claim that is not fresh. */
class NotClaimed {
  constructor(readonly claim: 'unknown' | false) {}
}

export function answeredPort(db: Db, dialect: Dialect): AnsweredPort {
  return {
    async knowsEvent(key) {
      const row = await db
        .selectFrom('processed_events')
        .select('key')
        .where('key', '=', key)
        .executeTakeFirst();
      return row !== undefined;
    },
    async recordAnswered({ claim, thread, record }) {
      const full = newRecord(record);
      try {
        await dialect.write(db, async (trx) => {
          if (claim) {
            const claimed = await claimEventIn(trx, dialect, claim.key, claim.staleAfterMs, claim.at);
            // A delivery taken over from a stopped instance is checked before it is answered (the caller's
            // upfront claim does that): here only a first delivery is claimed.
            if (claimed !== 'fresh') throw new NotClaimed(claimed);
          }
          if (thread) await saveThread(trx, thread.id, thread.context);
          await insertRecord(trx, dialect, full);
        });
      } catch (e) {
        if (e instanceof NotClaimed) return { claim: e.claim, record: null };
        throw e;
      }
      return { claim: 'fresh', record: full };
    },
  };
}
