// The structured logger (pino). Secrets are removed by redaction paths, never by hoping they are absent.
import { pino } from 'pino';

export type Logger = pino.Logger;

const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-slack-signature"]',
  'res.headers["set-cookie"]',
  '*.token',
  '*.password',
  '*.secret',
  '*.signingSecret',
  '*.appPassword',
  '*.pseudonymKey',
  '*.botToken',
  '*.appToken',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { service: 'charterbot' } },
    destination,
  );
}
