// `charterbot db copy`: moves an embedded installation (a SQLite file) to PostgreSQL in one transaction.
// The target is brought to the same schema version first and must hold no data: a copy never merges.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../errors.js';
import { createPool, migratePostgres, verbatim } from './postgres.js';
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
  await createSqliteStore(from).close();
  const source = new Database(from, { readonly: true, fileMustExist: true });
  const pool = createPool(to, { poolSize: 1, statementTimeoutMs: 600_000 });
  try {
    await migratePostgres(pool);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const filled = [];
      for (const table of TABLES) {
        const r = await client.query(`SELECT 1 FROM ${table} LIMIT 1`);
        if (r.rowCount) filled.push(table);
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
            row.question = verbatim.encode(String(row.question));
            row.answer = verbatim.encode(String(row.answer));
          }
          const columns = Object.keys(row);
          await client.query(
            `INSERT INTO ${table} (${columns.join(', ')})${IDENTITY[table] ? ' OVERRIDING SYSTEM VALUE' : ''} VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
            columns.map((c) => row[c]),
          );
        }
        const id = IDENTITY[table];
        if (id && rows.length > 0)
          await client.query(
            `SELECT setval(pg_get_serial_sequence('${table}', '${id}'), (SELECT max(${id}) FROM ${table}))`,
          );
      }
      await client.query('COMMIT');
      return counts;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  } finally {
    source.close();
    await pool.end();
  }
}
