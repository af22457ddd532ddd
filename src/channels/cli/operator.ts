// The person at the terminal, as the digest and record commands see them: an admin (they hold the database
// and its settings), known to the audit log by their login name, pseudonymised like every channel's users.
import { userInfo } from 'node:os';
import type { CommandNotice } from '../../app/commands.js';
import type { CommandIo } from './io.js';
import { UsageError } from './report-failure.js';

/** The operator's user id: their login name where AUDIT_PSEUDONYM_KEY pseudonymises it, else none. */
export function operatorUser(pseudonymKey: string | undefined): string | null {
  return pseudonymKey ? userInfo().username : null;
}

/** A command's reply: what was done on stdout (exit 0); what was not, one line on stderr (exit 1). */
export function printNotice(notice: CommandNotice, io: CommandIo): number {
  if (!notice.done) throw new UsageError(notice.text.replace(/\s*\n\s*/g, ' '));
  io.out(`${notice.text}\n`);
  return 0;
}
