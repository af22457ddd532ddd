// One error type for every failure the app raises on purpose: a stable code that each channel's one handler
// maps to its reply (src/http/error-response.ts, and error-reply.ts in channels/slack, channels/teams and
// channels/cli), the underlying error as `cause`, and how long to wait where the failure says so.

/**
 * Every code the app raises, with what it means: the one place they are listed. Codes are stable (logs,
 * metrics and API clients read them); add one here before raising it, and give it a reply in every handler.
 */
export const ERROR_CODES = {
  config_invalid:
    'settings in the environment are missing or wrong; the message lists each and how to fix it',
  knowledge_invalid:
    'knowledge/ (or the charter in seeds/ it is built from) is missing or fails validation; the message names the file',
  store_unavailable: 'the store cannot be used: damaged, deleted or replaced, read-only, full or unreachable',
  port_in_use: 'the HTTP port is taken by another process',
  usage:
    'a command was given wrong arguments, or names something that does not exist; the message says which',
  export_incomplete:
    'an audit export wrote fewer records than the database holds: the file is not to be relied on',
  copy_refused: '`db copy` found no SQLite file, or a target that already holds data; nothing was copied',
  bad_request: 'a request the caller can correct; the message says what is wrong',
  bad_json: 'a request body that is not valid JSON',
  payload_too_large: 'a request body over the configured limit',
  not_found: 'nothing at this address, or no record with that id',
  rate_limited: 'too many requests from one client; retryAfterMs says when to try again',
  quote_mismatch: "an answer sent back for its e-mail version quotes a clause other than the charter's words",
  nothing_to_send: 'an answer with nothing to put in an e-mail (no figure, no quote)',
  no_translation: 'an e-mail version asked for in a language the answer has no translation in',
  post_rate_limited: 'a platform asked us to wait retryAfterMs before posting again',
  post_transient: 'a post delivered nothing (5xx before acceptance, network refused): safe to retry',
  post_gone: 'the bot cannot post there any more (removed, archived, not found): pause the subscription',
  post_ambiguous:
    'a post may have landed and the platform cannot be asked: do not repeat it, tell an operator',
  post_fatal: 'the platform refused the post for good',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export type AppErrorOptions = {
  cause?: unknown;
  /** How long the caller should wait before trying again (rate limits, Retry-After). */
  retryAfterMs?: number | undefined;
};

export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly retryAfterMs: number | undefined;
  constructor(code: C, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Whether `e` is an AppError, with one of `codes` when given: the only way to read a code (no casts). */
export function isAppError<C extends ErrorCode>(e: unknown, ...codes: C[]): e is AppError<C> {
  return e instanceof AppError && (codes.length === 0 || codes.includes(e.code as C));
}

/**
 * The `code` a library's error carries (Node's `EADDRINUSE`, the Slack client's `slack_webapi_platform_error`,
 * a driver's SQLSTATE), read without a cast; undefined when it has none. Our own codes: isAppError.
 */
export function libraryCode(e: unknown): string | undefined {
  return e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}
