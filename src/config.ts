// Every setting, read once from the environment (and an optional .env) and validated with zod.
// With env.ts (the few settings a one-shot CLI command needs without zod), the only module that reads
// process.env.
import { z } from 'zod';
import {
  ConfigError,
  type DatabaseSettings,
  DEFAULT_DATABASE_URL,
  databaseFrom,
  emailLetter,
} from './env.js';
import { isLoopbackHost } from './http/loopback.js';
import { DEFAULT_PROGRESS_OPTIONS, type ProgressOptions } from './progress/types.js';
import type { EmailLetter } from './render/email.js';

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

const ratio = (def: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return def;
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0 || n > 10) {
        ctx.addIssue({ code: 'custom', message: 'must be a number from 0 to 10, such as 0.95' });
        return z.NEVER;
      }
      return n;
    });

/** Slack user ids (U0123ABCD) and Teams AAD object ids (GUIDs), separated by commas or spaces. */
const idList = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const ids = (v ?? '').split(/[\s,]+/).filter(Boolean);
    const bad = ids.filter((id) => !/^[A-Za-z0-9:._-]{2,100}$/.test(id));
    if (bad.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `not a user id: ${bad.map((b) => JSON.stringify(b)).join(', ')}`,
      });
      return z.NEVER;
    }
    return ids;
  });

const optionalSecret = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

const EnvSchema = z.object({
  PORT: int(3978, 0, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE_URL),
  /** PostgreSQL only: connections per instance, and the longest a statement may run. */
  DATABASE_POOL_SIZE: int(10, 1, 500),
  DATABASE_STATEMENT_TIMEOUT_MS: int(5000, 100, 600_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  AUDIT_PSEUDONYM_KEY: optionalSecret.refine((v) => v === undefined || v.length >= 32, {
    message: 'must be at least 32 characters (e.g. `openssl rand -hex 32`)',
  }),
  AUDIT_RETENTION_DAYS: int(365, 1, 36500),
  RATE_LIMIT_PER_MINUTE: int(30, 1, 1_000_000),
  BODY_LIMIT_BYTES: int(16 * 1024, 1024, 10 * 1024 * 1024),
  TRUST_PROXY: bool,
  SLACK_BOT_TOKEN: optionalSecret,
  SLACK_SIGNING_SECRET: optionalSecret,
  SLACK_APP_TOKEN: optionalSecret,
  SLACK_API_URL: z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined))
    .refine((v) => v === undefined || /^https?:\/\/.+\/$/.test(v), {
      message: 'must be an http(s) URL ending in /',
    }),
  MICROSOFT_APP_ID: optionalSecret,
  MICROSOFT_APP_PASSWORD: optionalSecret,
  MICROSOFT_APP_TYPE: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
  MICROSOFT_APP_TENANT_ID: optionalSecret,
  TEAMS_DEV_UNAUTHENTICATED: bool,
  ADMINS: idList,
  PUBLIC_URL: z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim().replace(/\/?$/, '/') : undefined))
    .refine((v) => v === undefined || /^https?:\/\/[^\s<>|"]+$/.test(v), {
      message: 'must be the http(s) address of the console, such as https://charterbot.utrecht.nl/',
    }),
  DIGEST_SCHEDULER: z.enum(['on', 'off', 'true', 'false', '']).optional(),
  LOG_QUESTIONS: bool,
  /** The language of the CLI and the server where nobody chose one (not LANGUAGE: the locale system's). */
  DEFAULT_LANGUAGE: z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim().toLowerCase() : 'nl'))
    .refine((v) => v === 'nl' || v === 'en', { message: 'must be nl or en' })
    .transform((v) => v as 'nl' | 'en'),
  /** Bearer token for GET /metrics; without it /metrics answers callers on this machine only. */
  METRICS_TOKEN: optionalSecret,
  /** Staff sign-in with OpenID Connect: the identity provider's issuer URL turns it on. */
  OIDC_ISSUER: z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined))
    .refine((v) => v === undefined || URL.canParse(v), { message: 'must be a URL' })
    .refine((v) => v === undefined || isSecureIssuer(new URL(v)), {
      message: 'must be an https URL (plain http is allowed on this machine only, for local testing)',
    }),
  OIDC_CLIENT_ID: optionalSecret,
  OIDC_CLIENT_SECRET: optionalSecret,
  OIDC_SCOPES: z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : 'openid profile'))
    .refine((v) => v.split(/\s+/).includes('openid'), { message: 'must include openid' }),
  SESSION_SECRET: optionalSecret.refine((v) => v === undefined || v.length >= 32, {
    message: 'must be at least 32 characters (e.g. `openssl rand -hex 32`)',
  }),
  SESSION_HOURS: int(8, 1, 24 * 7),
  PROGRESS_ON_TRACK: ratio(DEFAULT_PROGRESS_OPTIONS.onTrack),
  PROGRESS_AT_RISK: ratio(DEFAULT_PROGRESS_OPTIONS.atRisk),
  PROGRESS_GRACE_YEARS: int(DEFAULT_PROGRESS_OPTIONS.graceYears, 0, 50),
});

export type TeamsConfig =
  | {
      mode: 'authenticated';
      appId: string;
      appPassword: string | undefined;
      appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
      tenantId: string | undefined;
    }
  /** Local work with the Bot Framework Emulator: no authentication, loopback callers only. */
  | { mode: 'dev-unauthenticated' };

export type SlackConfig = {
  botToken: string;
  /** HTTP mode: every request is verified with it. Socket Mode needs the app token instead. */
  signingSecret: string | undefined;
  appToken: string | undefined;
  apiUrl: string | undefined;
};

export type Config = {
  port: number;
  host: string;
  database: DatabaseSettings;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  audit: { pseudonymKey: string | undefined; retentionDays: number };
  http: { rateLimitPerMinute: number; bodyLimitBytes: number; trustProxy: boolean };
  /** The language of replies and pages where the person chose none (DEFAULT_LANGUAGE, default nl). */
  defaultLanguage: 'nl' | 'en';
  /** null: run without Slack. */
  slack: SlackConfig | null;
  /** null: /api/messages is closed (404). */
  teams: TeamsConfig | null;
  /** Who may record measurements (and manage digests) from chat: Slack user ids, Teams AAD object ids. */
  admins: string[];
  progress: ProgressOptions;
  /** The console's public address: digests and answers link clauses and the progress page there. */
  publicUrl: string | undefined;
  /** Whether this process ticks the digest scheduler every minute (every instance may; claims keep it once). */
  digestScheduler: boolean;
  /** Log question text (debugging only); off by default. */
  logQuestions: boolean;
  metricsToken: string | undefined;
  /** Staff sign-in for the console and /api/* (OpenID Connect); null: the console is open on loopback only. */
  signIn: SignInConfig | null;
  /** Greeting and closing of the e-mail version of answers, per language. */
  email: EmailLetter;
};

export type SignInConfig = {
  issuer: URL;
  clientId: string;
  /** Absent: a public client, protected by PKCE alone. */
  clientSecret: string | undefined;
  scopes: string;
  /** Encrypts the session cookie; the same on every instance. */
  sessionSecret: string;
  sessionHours: number;
  /** Where the provider sends staff back: PUBLIC_URL + auth/callback. */
  redirectUri: URL;
};

/** The provider is reached over TLS, except on this machine (a local test provider). */
function isSecureIssuer(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && isLoopbackHost(url.hostname);
}

const HOW_TO_FIX: Record<string, string> = {
  PORT: 'Set PORT to a free TCP port, e.g. PORT=3978.',
  DATABASE_URL:
    'Set DATABASE_URL to a SQLite file path such as ./data/charterbot.db (or file:/var/lib/charterbot.db).',
  AUDIT_PSEUDONYM_KEY: 'Generate one with `openssl rand -hex 32` and keep it the same on every instance.',
  AUDIT_RETENTION_DAYS: 'Set how many days audit records are kept, e.g. 365.',
  ADMINS:
    'List Slack user ids (U0123ABCD) and Teams AAD object ids, separated by commas: ADMINS=U0123ABCD,3f2b...',
  PROGRESS_ON_TRACK: 'The rate ratio from which a target is on track; the default is 0.95.',
  PROGRESS_AT_RISK:
    'The rate ratio from which a target is at risk rather than off track; the default is 0.6.',
  SLACK_BOT_TOKEN:
    'Copy it from the Slack app > OAuth & Permissions > Bot User OAuth Token (xoxb-...), or unset the other SLACK_ variables to run without Slack.',
  SLACK_SIGNING_SECRET:
    'Copy it from the Slack app > Basic Information > Signing Secret, or set SLACK_APP_TOKEN to use Socket Mode.',
  SLACK_APP_TOKEN: 'Create an app-level token with connections:write (xapp-...) under Basic Information.',
  MICROSOFT_APP_ID:
    "Copy the Application (client) ID of the bot's app registration (Azure Bot > Configuration).",
  MICROSOFT_APP_PASSWORD: 'Create a client secret under the app registration > Certificates & secrets.',
  MICROSOFT_APP_TENANT_ID:
    'Copy the Directory (tenant) ID of the app registration; single-tenant bots need it.',
  OIDC_ISSUER:
    "Set the identity provider's issuer URL, e.g. https://login.microsoftonline.com/<tenant>/v2.0.",
  OIDC_CLIENT_ID: 'Register charterbot as a web application at the identity provider and copy its client id.',
  SESSION_SECRET: 'Generate one with `openssl rand -hex 32` and keep it the same on every instance.',
  PUBLIC_URL:
    'Set the address staff open, e.g. PUBLIC_URL=https://charterbot.utrecht.nl/; the provider sends them back to PUBLIC_URL + auth/callback.',
};

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
  const problems: string[] = [];
  const slackAsked = Boolean(e.SLACK_BOT_TOKEN || e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN);
  if (slackAsked) {
    if (!e.SLACK_BOT_TOKEN) problems.push(`- SLACK_BOT_TOKEN: missing. ${HOW_TO_FIX.SLACK_BOT_TOKEN}`);
    if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
      problems.push(
        `- SLACK_SIGNING_SECRET: missing; Slack requests cannot be verified without it. ${HOW_TO_FIX.SLACK_SIGNING_SECRET}`,
      );
    }
    if (e.SLACK_APP_TOKEN && !e.SLACK_APP_TOKEN.startsWith('xapp-')) {
      problems.push(`- SLACK_APP_TOKEN: must start with xapp-. ${HOW_TO_FIX.SLACK_APP_TOKEN}`);
    }
    if (!e.AUDIT_PSEUDONYM_KEY) {
      problems.push(
        `- AUDIT_PSEUDONYM_KEY: missing; Slack user ids are pseudonymised in the audit log. ${HOW_TO_FIX.AUDIT_PSEUDONYM_KEY}`,
      );
    }
  }
  const teamsAsked = Boolean(e.MICROSOFT_APP_ID || e.MICROSOFT_APP_PASSWORD || e.MICROSOFT_APP_TENANT_ID);
  if (teamsAsked) {
    if (!e.MICROSOFT_APP_ID) problems.push(`- MICROSOFT_APP_ID: missing. ${HOW_TO_FIX.MICROSOFT_APP_ID}`);
    if (e.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && !e.MICROSOFT_APP_PASSWORD) {
      problems.push(`- MICROSOFT_APP_PASSWORD: missing. ${HOW_TO_FIX.MICROSOFT_APP_PASSWORD}`);
    }
    if (e.MICROSOFT_APP_TYPE === 'SingleTenant' && !e.MICROSOFT_APP_TENANT_ID) {
      problems.push(
        `- MICROSOFT_APP_TENANT_ID: missing; MICROSOFT_APP_TYPE is SingleTenant. ${HOW_TO_FIX.MICROSOFT_APP_TENANT_ID}`,
      );
    }
    if (!e.AUDIT_PSEUDONYM_KEY) {
      problems.push(
        `- AUDIT_PSEUDONYM_KEY: missing; Teams user ids are pseudonymised in the audit log. ${HOW_TO_FIX.AUDIT_PSEUDONYM_KEY}`,
      );
    }
    if (e.TEAMS_DEV_UNAUTHENTICATED) {
      problems.push(
        '- TEAMS_DEV_UNAUTHENTICATED: cannot be combined with MICROSOFT_APP_ID; unset it (it is for local work without credentials).',
      );
    }
  }
  const signInAsked = Boolean(e.OIDC_ISSUER || e.OIDC_CLIENT_ID || e.OIDC_CLIENT_SECRET);
  if (signInAsked) {
    const need = (name: string, why: string) =>
      problems.push(`- ${name}: missing; ${why}. ${HOW_TO_FIX[name] ?? ''}`.trimEnd());
    if (!e.OIDC_ISSUER) need('OIDC_ISSUER', 'staff sign-in needs the identity provider');
    if (!e.OIDC_CLIENT_ID) need('OIDC_CLIENT_ID', 'staff sign-in needs the client id');
    if (!e.SESSION_SECRET) need('SESSION_SECRET', 'signed-in sessions are encrypted with it');
    if (!e.PUBLIC_URL) need('PUBLIC_URL', 'the identity provider sends staff back to it');
    if (!e.AUDIT_PSEUDONYM_KEY)
      need('AUDIT_PSEUDONYM_KEY', 'signed-in staff are pseudonymised in the audit log');
  }
  if (e.PROGRESS_AT_RISK > e.PROGRESS_ON_TRACK) {
    problems.push('- PROGRESS_AT_RISK: must not be above PROGRESS_ON_TRACK.');
  }
  if (problems.length > 0)
    throw new ConfigError(`Invalid configuration:\n${[...new Set(problems)].join('\n')}`);
  return {
    port: e.PORT,
    host: e.HOST,
    database: databaseFrom(e.DATABASE_URL, {
      poolSize: e.DATABASE_POOL_SIZE,
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    }),
    logLevel: e.LOG_LEVEL,
    audit: { pseudonymKey: e.AUDIT_PSEUDONYM_KEY, retentionDays: e.AUDIT_RETENTION_DAYS },
    http: {
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      bodyLimitBytes: e.BODY_LIMIT_BYTES,
      trustProxy: e.TRUST_PROXY,
    },
    slack:
      slackAsked && e.SLACK_BOT_TOKEN
        ? {
            botToken: e.SLACK_BOT_TOKEN,
            signingSecret: e.SLACK_SIGNING_SECRET,
            appToken: e.SLACK_APP_TOKEN,
            apiUrl: e.SLACK_API_URL,
          }
        : null,
    teams: e.MICROSOFT_APP_ID
      ? {
          mode: 'authenticated',
          appId: e.MICROSOFT_APP_ID,
          appPassword: e.MICROSOFT_APP_PASSWORD,
          appType: e.MICROSOFT_APP_TYPE,
          tenantId: e.MICROSOFT_APP_TENANT_ID,
        }
      : e.TEAMS_DEV_UNAUTHENTICATED
        ? { mode: 'dev-unauthenticated' }
        : null,
    admins: e.ADMINS,
    publicUrl: e.PUBLIC_URL,
    defaultLanguage: e.DEFAULT_LANGUAGE,
    digestScheduler: e.DIGEST_SCHEDULER !== 'off' && e.DIGEST_SCHEDULER !== 'false',
    logQuestions: e.LOG_QUESTIONS,
    metricsToken: e.METRICS_TOKEN,
    email: emailLetter(env),
    signIn:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.SESSION_SECRET && e.PUBLIC_URL
        ? {
            issuer: new URL(e.OIDC_ISSUER),
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            scopes: e.OIDC_SCOPES,
            sessionSecret: e.SESSION_SECRET,
            sessionHours: e.SESSION_HOURS,
            redirectUri: new URL('auth/callback', e.PUBLIC_URL),
          }
        : null,
    progress: {
      onTrack: e.PROGRESS_ON_TRACK,
      atRisk: e.PROGRESS_AT_RISK,
      cadenceYears: DEFAULT_PROGRESS_OPTIONS.cadenceYears,
      graceYears: e.PROGRESS_GRACE_YEARS,
    },
  };
}

/** Loads ./.env into process.env when present (never overriding what the environment already set). */
/** What `charterbot teams-package` fills into the Teams manifest. */
export function teamsPackageSettings(env: NodeJS.ProcessEnv = process.env): {
  appId: string | undefined;
  host: string | undefined;
} {
  const publicHost = (() => {
    const url = env.PUBLIC_URL?.trim();
    return url && URL.canParse(url) ? new URL(url).host : undefined;
  })();
  return {
    appId: env.MICROSOFT_APP_ID?.trim() || undefined,
    host: env.TEAMS_APP_HOST?.trim() || publicHost,
  };
}

export { ConfigError, loadDotenv } from './env.js';
