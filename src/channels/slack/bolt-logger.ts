// Bolt's Logger interface on top of pino, so Slack's messages land in the same structured log.
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../logger.js';

export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ module: 'slack' });
  let level = LogLevel.INFO;
  return {
    debug: (...msg: unknown[]) => log.debug(msg.map(String).join(' ')),
    info: (...msg: unknown[]) => log.info(msg.map(String).join(' ')),
    warn: (...msg: unknown[]) => log.warn(msg.map(String).join(' ')),
    error: (...msg: unknown[]) => log.error(msg.map(String).join(' ')),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
