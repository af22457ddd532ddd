// The settings a short-lived command needs before, or without, the full configuration: the .env file,
// where the database is, the pseudonym key. No zod here, so `charterbot ask` starts fast; config.ts
// validates the same variables, with the same rules, for everything else.
import { existsSync, readFileSync } from 'node:fs';
import { AppError } from './errors.js';
import { DEFAULT_LETTER, type EmailLetter } from './render/email.js';

export const DEFAULT_DATABASE_URL = './data/charterbot.db';

export class ConfigError extends AppError<'config_invalid'> {
  constructor(message: string) {
    super('config_invalid', message);
  }
}

/** DEFAULT_LANGUAGE: the language of the CLI and the server where nobody chose one; nl unless set to en. */
export function defaultLanguage(env: NodeJS.ProcessEnv = process.env): 'nl' | 'en' {
  const v = (env.DEFAULT_LANGUAGE ?? '').trim().toLowerCase();
  if (v === '') return 'nl';
  if (v === 'nl' || v === 'en') return v;
  throw new ConfigError('Invalid configuration:\n- DEFAULT_LANGUAGE: must be nl or en.');
}

/** Where the store is: a SQLite file (the embedded default) or a PostgreSQL server. */
export type DatabaseSettings =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; poolSize: number; statementTimeoutMs: number };

export function databaseFrom(
  url: string,
  postgres: { poolSize?: number; statementTimeoutMs?: number } = {},
): DatabaseSettings {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    if (!URL.canParse(url))
      throw new ConfigError(
        'Invalid configuration:\n- DATABASE_URL: not a valid PostgreSQL URL. Use postgres://user:password@host:5432/database.',
      );
    return {
      kind: 'postgres',
      url,
      poolSize: postgres.poolSize ?? 10,
      statementTimeoutMs: postgres.statementTimeoutMs ?? 5000,
    };
  }
  const file = url.startsWith('file:') ? url.slice('file:'.length).replace(/^\/\/(?=\/)/, '') : url;
  return { kind: 'sqlite', file };
}

/** The database for log lines and messages: a PostgreSQL URL without its password. */
export function databaseLabel(db: DatabaseSettings): string {
  if (db.kind === 'sqlite') return db.file;
  const url = new URL(db.url);
  if (url.password) url.password = '***';
  return url.href;
}

/** The variables .env sets, when the file exists (the CLI lets its environment win over them). */
export async function readDotenv(path = '.env'): Promise<Record<string, string>> {
  if (!existsSync(path)) return {};
  const dotenv = await import('dotenv');
  return dotenv.parse(readFileSync(path));
}

/** Loads .env into the environment when the file exists; variables already set win. */
export async function loadDotenv(path = '.env'): Promise<void> {
  if (!existsSync(path)) return;
  const dotenv = await import('dotenv');
  dotenv.config({ path, quiet: true });
}

/** What `charterbot ask` and `chat` need to record their answers in the audit log. */
export function auditSettings(env: NodeJS.ProcessEnv = process.env): {
  database: DatabaseSettings;
  pseudonymKey: string | undefined;
} {
  return {
    database: databaseFrom(env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL),
    pseudonymKey: env.AUDIT_PSEUDONYM_KEY?.trim() || undefined,
  };
}

/**
 * The greeting and closing of e-mail versions: EMAIL_GREETING and EMAIL_SIGNATURE (Dutch), EMAIL_GREETING_EN
 * and EMAIL_SIGNATURE_EN (English). `\n` in a value starts a new line (a signature with a department name).
 */
export function emailLetter(env: NodeJS.ProcessEnv = process.env): EmailLetter {
  const read = (name: string, fallback: string) => {
    const raw = env[name]?.replace(/\\n/g, '\n').replace(/[^\S\n]+/g, ' ');
    // Control characters would end up in citizens' mail; a value of only spaces means "the default".
    const text = raw
      ?.split('\n')
      .map((l) => l.trim())
      .join('\n')
      .replace(/\p{Cc}(?<!\n)/gu, '')
      .trim();
    return text ? text.slice(0, 500) : fallback;
  };
  return {
    nl: {
      greeting: read('EMAIL_GREETING', DEFAULT_LETTER.nl.greeting),
      closing: read('EMAIL_SIGNATURE', DEFAULT_LETTER.nl.closing),
    },
    en: {
      greeting: read('EMAIL_GREETING_EN', DEFAULT_LETTER.en.greeting),
      closing: read('EMAIL_SIGNATURE_EN', DEFAULT_LETTER.en.closing),
    },
  };
}
