import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('runs with no environment at all', () => {
    expect(loadConfig({})).toEqual({
      port: 3978,
      host: '127.0.0.1',
      database: { kind: 'sqlite', file: './data/charterbot.db' },
      logLevel: 'info',
      audit: { pseudonymKey: undefined, retentionDays: 365 },
      http: { rateLimitPerMinute: 30, bodyLimitBytes: 16384, trustProxy: false },
    });
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

  it('reads a file: URL and refuses PostgreSQL for now with a clear message', () => {
    expect(loadConfig({ DATABASE_URL: 'file:/var/lib/cb.db' }).database.file).toBe('/var/lib/cb.db');
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/charterbot' })).toThrow(
      /PostgreSQL is not supported yet/,
    );
  });
});
