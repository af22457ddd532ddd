// PostgreSQL for tests: TEST_DATABASE_URL (scripts/start-postgres.sh prints one; .ci/run starts it). Each
// test gets a schema of its own, so tests never see each other's rows. Without a reachable server the
// PostgreSQL tests are skipped with a one-line notice, except in CI, where that is a failure.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:25432/charterbot_test';

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const postgresAvailable = await reachable();
if (!postgresAvailable && process.env.CI)
  throw new Error(`PostgreSQL not reachable at ${TEST_DATABASE_URL}: .ci/run must start it`);
if (!postgresAvailable)
  console.warn(
    `PostgreSQL tests skipped: nothing at ${TEST_DATABASE_URL} (scripts/start-postgres.sh starts one)`,
  );

const created: string[] = [];

/** A database URL whose tables live in a new, empty schema. */
export async function freshDatabaseUrl(): Promise<string> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  created.push(schema);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.href;
}

/** Runs SQL as the test superuser (stopping connections, looking at rows). */
export async function adminQuery<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
