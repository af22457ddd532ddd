// CloudAdapter writes exception messages into its 401 and 500 bodies. This response stand-in lets it
// finish, then answers with a fixed message while the log keeps the detail.
import type { Response as ExpressResponse } from 'express';
import type { Logger } from '../../logger.js';

const MESSAGES: Record<number, { error: string; message: string }> = {
  400: { error: 'bad_request', message: 'The activity could not be understood.' },
  401: { error: 'unauthorized', message: 'The request is not authorized.' },
  405: { error: 'method_not_allowed', message: 'Use POST.' },
};

export function safeResponse(res: ExpressResponse, logger: Logger) {
  let status = 200;
  let body: unknown;
  return {
    socket: res.socket,
    header: (name: string, value: unknown) => res.setHeader(name, String(value)),
    status: (code: number) => {
      status = code;
    },
    send: (value: unknown) => {
      body = value;
    },
    end: () => {
      if (res.headersSent) return;
      if (status >= 400) {
        logger.warn({ status, detail: typeof body === 'string' ? body : undefined }, 'teams request refused');
        const known = MESSAGES[status] ?? { error: 'internal', message: 'Something went wrong on our side.' };
        res.status(status).json(known);
        return;
      }
      if (body === undefined) res.status(status).end();
      else res.status(status).json(body);
    },
  };
}
