// The settings a short-lived command needs before, or without, the full configuration: the .env file,
// where the database is, the pseudonym key. No zod here, so `charterbot ask` starts fast; config.ts
// validates the same variables, with the same rules, for everything else.
import { existsSync } from 'node:fs';

export const DEFAULT_DATABASE_URL = './data/charterbot.db';

export class ConfigError extends Error {
  readonly code = 'config_invalid';
}

export function databaseFrom(url: string): { kind: 'sqlite'; file: string } {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    throw new ConfigError(
      'Invalid configuration:\n- DATABASE_URL: PostgreSQL is not supported yet. Use a SQLite file path such as ./data/charterbot.db.',
    );
  }
  const file = url.startsWith('file:') ? url.slice('file:'.length).replace(/^\/\/(?=\/)/, '') : url;
  return { kind: 'sqlite', file };
}

/** Loads .env into the environment when the file exists; variables already set win. */
export async function loadDotenv(path = '.env'): Promise<void> {
  if (!existsSync(path)) return;
  const dotenv = await import('dotenv');
  dotenv.config({ path, quiet: true });
}

/** What `charterbot ask` and `chat` need to record their answers in the audit log. */
export function auditSettings(env: NodeJS.ProcessEnv = process.env): {
  database: { kind: 'sqlite'; file: string };
  pseudonymKey: string | undefined;
} {
  return {
    database: databaseFrom(env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL),
    pseudonymKey: env.AUDIT_PSEUDONYM_KEY?.trim() || undefined,
  };
}
