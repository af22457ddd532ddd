// `charterbot db copy`: moves an embedded installation (a SQLite file) to PostgreSQL in one transaction.
// The target is brought to the same schema version first (PostgreSQL's native types included) and must hold no data: a copy never merges.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { sql } from '#kysely';
import { AppError } from '../errors.js';
import { postgresDialect } from './dialect.js';
import { createPool, kyselyOver, migratePostgres } from './postgres.js';
import { createSqliteStore } from './sqlite.js';

/** In foreign-key order. Identity columns keep their values; feedback gets its insertion order. */
const TABLES = [
  'threads',
  'audit_log',
  'feedback',
  'processed_events',
  'conversations',
  'measurements',
  'measurement_history',
  'target_revisions',
  'subscriptions',
  'digest_runs',
  'alert_state',
  'reminders',
] as const;
const IDENTITY: Partial<Record<(typeof TABLES)[number], string>> = {
  measurement_history: 'id',
  target_revisions: 'id',
};

/** Nothing was copied: there is no SQLite file, or the target already holds data. */
export class CopyRefused extends AppError<'copy_refused'> {
  constructor(message: string) {
    super('copy_refused', message);
  }
}

export async function copySqliteToPostgres(from: string, to: string): Promise<Record<string, number>> {
  if (!existsSync(from)) throw new CopyRefused(`there is no SQLite file at ${from}`);
  // Opening it applies any migrations it lacks, so both sides have the same schema version.
  await (await createSqliteStore(from)).close();
  const source = new Database(from, { readonly: true, fileMustExist: true });
  const db = kyselyOver(createPool(to, { poolSize: 1, statementTimeoutMs: 600_000 }));
  try {
    await migratePostgres(db);
    return await db.transaction().execute(async (trx) => {
      const filled = [];
      for (const table of TABLES) {
        const r = await sql`select 1 from ${sql.table(table)} limit 1`.execute(trx);
        if (r.rows.length) filled.push(table);
      }
      if (filled.length > 0)
        throw new CopyRefused(
          `the target already holds data (${filled.join(', ')}): copy only into an empty database`,
        );
      const counts: Record<string, number> = {};
      for (const table of TABLES) {
        const rows = source.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Array<
          Record<string, unknown>
        >;
        counts[table] = rows.length;
        for (const row of rows) {
          if (table === 'audit_log') {
            row.question = postgresDialect.verbatim.encode(String(row.question));
            row.answer = postgresDialect.verbatim.encode(String(row.answer));
          }
          // Text timestamps, 0/1 and JSON text go in as they are: PostgreSQL reads each into its column's type.
          const columns = Object.keys(row);
          await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})${
            IDENTITY[table] ? sql` overriding system value` : sql``
          } values (${sql.join(columns.map((c) => row[c]))})`.execute(trx);
        }
        const id = IDENTITY[table];
        if (id && rows.length > 0)
          await sql`select setval(pg_get_serial_sequence(${table}, ${id}), (select max(${sql.ref(id)}) from ${sql.table(table)}))`.execute(
            trx,
          );
      }
      return counts;
    });
  } finally {
    source.close();
    await db.destroy();
  }
}
