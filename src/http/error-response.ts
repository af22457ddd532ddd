// The HTTP server's one mapping from an error to its response: status, JSON body `{ error, message }` and,
// for rate limits, Retry-After. Routes raise AppErrors (or pass them to next()); the error middleware in
// create-app.ts logs and sends what this returns.
import { type ErrorCode, isAppError } from '../errors.js';

export type ErrorResponse = {
  status: number;
  body: { error: string; message: string };
  /** Seconds, for the Retry-After header. */
  retryAfter?: number;
};

/** Codes the caller can act on: their message was written for the caller and is sent as it is. */
const FOR_THE_CALLER: Partial<Record<ErrorCode, number>> = {
  bad_request: 400,
  bad_json: 400,
  not_found: 404,
  payload_too_large: 413,
  rate_limited: 429,
  quote_mismatch: 422,
  nothing_to_send: 422,
  no_translation: 422,
};

/** Everything else is ours: the message is for the log, the caller gets a fixed sentence. */
const OURS = {
  store_unavailable: {
    status: 503,
    // The answer could not be audited, so it was not given.
    body: {
      error: 'unavailable',
      message: 'The service cannot record answers right now. Please try again later.',
    },
  },
  internal: {
    status: 500,
    body: { error: 'internal', message: 'Something went wrong on our side. Please try again.' },
  },
} satisfies Record<string, ErrorResponse>;

export function errorResponse(e: unknown): ErrorResponse {
  if (!isAppError(e)) return fromExpress(e) ?? OURS.internal;
  const status = FOR_THE_CALLER[e.code];
  if (status === undefined) return e.code === 'store_unavailable' ? OURS.store_unavailable : OURS.internal;
  const response: ErrorResponse = { status, body: { error: e.code, message: e.message } };
  if (e.retryAfterMs !== undefined) response.retryAfter = Math.ceil(e.retryAfterMs / 1000);
  return response;
}

/** What Express and its body parser raise (http-errors): a status and a type, and a message not meant for callers. */
type HttpError = Error & { status?: number; statusCode?: number; type?: string };

function fromExpress(e: unknown): ErrorResponse | null {
  if (!(e instanceof Error)) return null;
  const http: HttpError = e;
  const status = http.status ?? http.statusCode;
  if (http.type === 'entity.too.large' || status === 413)
    return { status: 413, body: { error: 'payload_too_large', message: 'The request is too large.' } };
  if (http.type === 'entity.parse.failed')
    return { status: 400, body: { error: 'bad_json', message: 'The request body is not valid JSON.' } };
  if (status !== undefined && status >= 400 && status < 500)
    return { status, body: { error: 'bad_request', message: 'The request could not be understood.' } };
  return null;
}
