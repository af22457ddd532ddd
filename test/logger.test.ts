import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

describe('logger', () => {
  it('redacts secrets by configuration and escapes newlines', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _e, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const log = createLogger('info', sink);
    log.info(
      {
        req: { headers: { authorization: 'Bearer secret-token', cookie: 'sid=1' } },
        slack: { botToken: 'xoxb-1' },
      },
      'a\nb',
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/secret-token|sid=1|xoxb-1/);
    expect(lines[0]).toContain('[redacted]');
    expect(JSON.parse(lines[0] ?? '{}').msg).toBe('a\nb');
  });
});
