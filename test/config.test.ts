import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { databaseLabel } from '../src/env.js';

describe('configuration', () => {
  it('runs with no environment at all', () => {
    expect(loadConfig({})).toEqual({
      port: 3978,
      host: '127.0.0.1',
      database: { kind: 'sqlite', file: './data/charterbot.db' },
      logLevel: 'info',
      audit: { pseudonymKey: undefined, retentionDays: 365 },
      http: { rateLimitPerMinute: 30, bodyLimitBytes: 16384, trustProxy: false },
      slack: null,
      teams: null,
      admins: [],
      progress: { onTrack: 0.95, atRisk: 0.6, cadenceYears: 1, graceYears: 2 },
      publicUrl: undefined,
      defaultLanguage: 'nl',
      digestScheduler: true,
      logQuestions: false,
      signIn: null,
      email: {
        nl: { greeting: 'Geachte heer/mevrouw,', closing: 'Met vriendelijke groet,' },
        en: { greeting: 'Dear Sir or Madam,', closing: 'Kind regards,' },
      },
    });
  });

  it('reads PUBLIC_URL and DIGEST_SCHEDULER', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://charterbot.example.nl' }).publicUrl).toBe(
      'https://charterbot.example.nl/',
    );
    expect(() => loadConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(
      /PUBLIC_URL: must be the http\(s\) address/,
    );
    expect(loadConfig({ DIGEST_SCHEDULER: 'off' }).digestScheduler).toBe(false);
  });

  it('lists every bad variable in one message with how to fix it', () => {
    const bad = () =>
      loadConfig({
        PORT: 'eighty',
        AUDIT_PSEUDONYM_KEY: 'short',
        LOG_LEVEL: 'loud',
        AUDIT_RETENTION_DAYS: '0',
      });
    expect(bad).toThrow(ConfigError);
    try {
      bad();
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toMatch(/^Invalid configuration:/);
      for (const name of ['PORT', 'AUDIT_PSEUDONYM_KEY', 'LOG_LEVEL', 'AUDIT_RETENTION_DAYS'])
        expect(message).toContain(`- ${name}:`);
      expect(message).toContain('openssl rand -hex 32');
      expect(message).not.toContain('short');
    }
  });

  it('refuses half a Slack configuration, naming what is missing', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(
      /SLACK_SIGNING_SECRET: missing[\s\S]*AUDIT_PSEUDONYM_KEY: missing/,
    );
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_BOT_TOKEN: missing/);
    expect(() =>
      loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: '   ',
        AUDIT_PSEUDONYM_KEY: 'k'.repeat(32),
      }),
    ).toThrow(/SLACK_SIGNING_SECRET: missing/);
    const ok = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'secret',
      AUDIT_PSEUDONYM_KEY: 'k'.repeat(32),
    });
    expect(ok.slack).toEqual({
      botToken: 'xoxb-1',
      signingSecret: 'secret',
      appToken: undefined,
      apiUrl: undefined,
    });
  });

  it('needs a tenant for a single-tenant Teams bot and a password, and keeps dev mode apart', () => {
    expect(() => loadConfig({ MICROSOFT_APP_ID: 'app', AUDIT_PSEUDONYM_KEY: 'k'.repeat(32) })).toThrow(
      /MICROSOFT_APP_PASSWORD: missing[\s\S]*MICROSOFT_APP_TENANT_ID: missing/,
    );
    expect(() => loadConfig({ MICROSOFT_APP_PASSWORD: 'pw' })).toThrow(/MICROSOFT_APP_ID: missing/);
    const full = {
      MICROSOFT_APP_ID: 'app',
      MICROSOFT_APP_PASSWORD: 'pw',
      MICROSOFT_APP_TENANT_ID: 'tenant',
      AUDIT_PSEUDONYM_KEY: 'k'.repeat(32),
    };
    expect(loadConfig(full).teams).toEqual({
      mode: 'authenticated',
      appId: 'app',
      appPassword: 'pw',
      appType: 'SingleTenant',
      tenantId: 'tenant',
    });
    expect(() => loadConfig({ ...full, TEAMS_DEV_UNAUTHENTICATED: 'true' })).toThrow(
      /TEAMS_DEV_UNAUTHENTICATED: cannot be combined/,
    );
    expect(loadConfig({ TEAMS_DEV_UNAUTHENTICATED: 'true' }).teams).toEqual({ mode: 'dev-unauthenticated' });
    expect(loadConfig({ TEAMS_DEV_UNAUTHENTICATED: 'false' }).teams).toBeNull();
  });

  it('turns staff sign-in on with an issuer, and names every setting it still needs', () => {
    expect(loadConfig({}).signIn).toBeNull();
    expect(() =>
      loadConfig({ OIDC_ISSUER: 'https://login.example.org/t/v2.0' }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid configuration:
      - OIDC_CLIENT_ID: missing; staff sign-in needs the client id. Register charterbot as a web application at the identity provider and copy its client id.
      - SESSION_SECRET: missing; signed-in sessions are encrypted with it. Generate one with \`openssl rand -hex 32\` and keep it the same on every instance.
      - PUBLIC_URL: missing; the identity provider sends staff back to it. Set the address staff open, e.g. PUBLIC_URL=https://charterbot.utrecht.nl/; the provider sends them back to PUBLIC_URL + auth/callback.
      - AUDIT_PSEUDONYM_KEY: missing; signed-in staff are pseudonymised in the audit log. Generate one with \`openssl rand -hex 32\` and keep it the same on every instance.]
    `);
    expect(() =>
      loadConfig({ OIDC_ISSUER: 'http://login.example.org/', OIDC_SCOPES: 'profile email' }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid configuration:
      - OIDC_ISSUER: must be an https URL (plain http is allowed on this machine only, for local testing). Set the identity provider's issuer URL, e.g. https://login.microsoftonline.com/<tenant>/v2.0.
      - OIDC_SCOPES: must include openid.]
    `);
    const c = loadConfig({
      OIDC_ISSUER: 'https://login.example.org/t/v2.0',
      OIDC_CLIENT_ID: 'charterbot',
      OIDC_CLIENT_SECRET: 'secret-value',
      SESSION_SECRET: 'x'.repeat(32),
      PUBLIC_URL: 'https://charterbot.example.org/helpdesk',
      AUDIT_PSEUDONYM_KEY: 'k'.repeat(32),
    });
    expect(c.signIn?.redirectUri.href).toBe('https://charterbot.example.org/helpdesk/auth/callback');
    expect(c.signIn?.scopes).toBe('openid profile');
    expect(c.signIn?.sessionHours).toBe(8);
    expect(
      loadConfig({
        OIDC_ISSUER: 'http://127.0.0.1:4000/',
        OIDC_CLIENT_ID: 'c',
        SESSION_SECRET: 'x'.repeat(32),
        PUBLIC_URL: 'http://localhost:3978/',
        AUDIT_PSEUDONYM_KEY: 'k'.repeat(32),
      }).signIn?.issuer.href,
    ).toBe('http://127.0.0.1:4000/');
  });

  it('reads a SQLite file or a PostgreSQL URL, with its pool size and statement timeout', () => {
    expect(loadConfig({ DATABASE_URL: 'file:/var/lib/cb.db' }).database).toEqual({
      kind: 'sqlite',
      file: '/var/lib/cb.db',
    });
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://bot:s3cret@db.internal:5432/charterbot',
        DATABASE_POOL_SIZE: '20',
        DATABASE_STATEMENT_TIMEOUT_MS: '3000',
      }).database,
    ).toEqual({
      kind: 'postgres',
      url: 'postgres://bot:s3cret@db.internal:5432/charterbot',
      poolSize: 20,
      statementTimeoutMs: 3000,
    });
    expect(databaseLabel(loadConfig({ DATABASE_URL: 'postgres://bot:s3cret@db/cb' }).database)).toBe(
      'postgres://bot:***@db/cb',
    );
    expect(() => loadConfig({ DATABASE_URL: 'postgres://', DATABASE_POOL_SIZE: '0' })).toThrow(
      /DATABASE_POOL_SIZE: must be a whole number from 1 to 500/,
    );
  });

  it('reads ADMINS and the progress thresholds, and names what is wrong with them', () => {
    const c = loadConfig({
      ADMINS: 'U0123ABCD, 3f2b6a5e-1c2d-4e5f-8a9b-0c1d2e3f4a5b  U999',
      PROGRESS_ON_TRACK: '0.9',
    });
    expect(c.admins).toEqual(['U0123ABCD', '3f2b6a5e-1c2d-4e5f-8a9b-0c1d2e3f4a5b', 'U999']);
    expect(c.progress).toEqual({ onTrack: 0.9, atRisk: 0.6, cadenceYears: 1, graceYears: 2 });
    expect(loadConfig({}).admins).toEqual([]);
    expect(() => loadConfig({ ADMINS: 'U1,<!channel>' })).toThrow(/ADMINS: not a user id: "<!channel>"/);
    expect(() => loadConfig({ PROGRESS_ON_TRACK: 'high' })).toThrow(/PROGRESS_ON_TRACK: must be a number/);
    expect(() => loadConfig({ PROGRESS_ON_TRACK: '0.5', PROGRESS_AT_RISK: '0.7' })).toThrow(
      /PROGRESS_AT_RISK: must not be above PROGRESS_ON_TRACK/,
    );
  });
});
