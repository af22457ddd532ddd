// The CLI's one error handler: whatever a command throws becomes an exit code and one message on stderr,
// `charterbot: <what is wrong>`, the way commander reports bad usage. No stack traces: the message of an
// AppError is written for the person at the terminal.
import { AppError, type ErrorCode, isAppError } from '../../errors.js';

/** Wrong arguments, or a name that does not exist: the CLI prints the message and exits 1. */
export class UsageError extends AppError<'usage'> {
  constructor(message: string) {
    super('usage', message);
  }
}

/** What some codes add to their message, so the reader knows what did not happen. */
const AFTERWORD: Partial<Record<ErrorCode, string>> = {
  copy_refused: '; nothing was copied',
};

export type CliFailure = { exitCode: number; message: string };

export function cliFailure(e: unknown): CliFailure {
  if (isAppError(e)) return { exitCode: 1, message: `charterbot: ${e.message}${AFTERWORD[e.code] ?? ''}` };
  // Not raised on purpose (a bug, a library's error): its message is still more use than silence.
  return { exitCode: 1, message: `charterbot: ${e instanceof Error ? e.message : String(e)}` };
}
