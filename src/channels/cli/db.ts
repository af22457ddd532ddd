// `charterbot db migrate` and `charterbot db copy`: the store's schema by hand, and moving an embedded
// installation to PostgreSQL.
import { type Config, loadConfig } from '../../config.js';
import { databaseLabel } from '../../env.js';
import type { CommandIo } from './io.js';
import { UsageError } from './report-failure.js';

export async function migrate(io: CommandIo): Promise<number> {
  const config: Config = loadConfig(io.env);
  const { openStore } = await import('../../store/open.js');
  // Opening the store applies what is missing (under an advisory lock on PostgreSQL) and nothing else.
  const store = await openStore(config.database);
  await store.close();
  io.out(`${databaseLabel(config.database)}: the schema is up to date\n`);
  return 0;
}

export async function copy(opts: { from: string; to: string }, io: CommandIo): Promise<number> {
  if (!/^postgres(ql)?:\/\//i.test(opts.to))
    throw new UsageError('--to must be a PostgreSQL URL (postgres://user:password@host:5432/database)');
  // A refusal (no SQLite file, a target with data) is a CopyRefused: the CLI's error handler reports it.
  const { copySqliteToPostgres } = await import('../../store/copy.js');
  const counts = await copySqliteToPostgres(opts.from, opts.to);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const label = databaseLabel({ kind: 'postgres', url: opts.to, poolSize: 1, statementTimeoutMs: 0 });
  io.out(
    `copied ${total} rows from ${opts.from} to ${label} in one transaction: ${Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}\n`,
  );
  return 0;
}
