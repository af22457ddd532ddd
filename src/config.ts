// Every setting, read once from the environment (and an optional .env) and validated with zod.
// The only module that reads process.env.
import { existsSync } from 'node:fs';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (def: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return def;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

const optionalSecret = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

const EnvSchema = z.object({
  PORT: int(3978, 0, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).default('./data/charterbot.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  AUDIT_PSEUDONYM_KEY: optionalSecret.refine((v) => v === undefined || v.length >= 32, {
    message: 'must be at least 32 characters (e.g. `openssl rand -hex 32`)',
  }),
  AUDIT_RETENTION_DAYS: int(365, 1, 36500),
  RATE_LIMIT_PER_MINUTE: int(30, 1, 1_000_000),
  BODY_LIMIT_BYTES: int(16 * 1024, 1024, 10 * 1024 * 1024),
  TRUST_PROXY: bool,
});

export type Config = {
  port: number;
  host: string;
  database: { kind: 'sqlite'; file: string };
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  audit: { pseudonymKey: string | undefined; retentionDays: number };
  http: { rateLimitPerMinute: number; bodyLimitBytes: number; trustProxy: boolean };
};

const HOW_TO_FIX: Record<string, string> = {
  PORT: 'Set PORT to a free TCP port, e.g. PORT=3978.',
  DATABASE_URL:
    'Set DATABASE_URL to a SQLite file path such as ./data/charterbot.db (or file:/var/lib/charterbot.db).',
  AUDIT_PSEUDONYM_KEY: 'Generate one with `openssl rand -hex 32` and keep it the same on every instance.',
  AUDIT_RETENTION_DAYS: 'Set how many days audit records are kept, e.g. 365.',
};

export class ConfigError extends Error {
  readonly code = 'config_invalid';
}

function databaseFrom(url: string): Config['database'] {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    throw new ConfigError(
      'Invalid configuration:\n- DATABASE_URL: PostgreSQL is not supported yet. Use a SQLite file path such as ./data/charterbot.db.',
    );
  }
  const file = url.startsWith('file:') ? url.slice('file:'.length).replace(/^\/\/(?=\/)/, '') : url;
  return { kind: 'sqlite', file };
}

/** Parses the environment; throws one ConfigError listing every problem and how to fix it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0] ?? '');
      return `- ${name}: ${i.message}.${HOW_TO_FIX[name] ? ` ${HOW_TO_FIX[name]}` : ''}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    database: databaseFrom(e.DATABASE_URL),
    logLevel: e.LOG_LEVEL,
    audit: { pseudonymKey: e.AUDIT_PSEUDONYM_KEY, retentionDays: e.AUDIT_RETENTION_DAYS },
    http: {
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      bodyLimitBytes: e.BODY_LIMIT_BYTES,
      trustProxy: e.TRUST_PROXY,
    },
  };
}

/** Loads ./.env into process.env when present (never overriding what the environment already set). */
export async function loadDotenv(path = '.env'): Promise<void> {
  if (!existsSync(path)) return;
  const dotenv = await import('dotenv');
  dotenv.config({ path, quiet: true });
}
