// The chat command, once: Slack's `/charter …` and a message to @charterbot in Teams. Help, `digest …`,
// `record …`, else a question. The grammar and who may do what live here and in src/app/commands.ts (which the
// CLI's digest and record commands share); a channel reads its platform's envelope into a `CommandContext`
// and renders the `CommandResult`.
import type { Knowledge } from '../charter/load.js';
import type { Config } from '../config.js';
import { DIGEST_COMMAND, parseDigestCommand } from '../digest/command.js';
import type { Answer, Language } from '../engine/types.js';
import type { Logger } from '../logger.js';
import type { Names } from '../measurements/names.js';
import { commandLanguage } from '../phrase/digest-command.js';
import type { Store, Subscription } from '../store/store.js';
import type { AskAndRecord } from './ask-and-record.js';
import { createDigestCommand, createRecordCommand, type DigestReply } from './commands.js';
import type { PreviewDigest } from './digest-preview.js';
import type { Pseudonymize } from './pseudonymize.js';
import { RECORD_COMMAND, type RecordMeasurement } from './record-measurement.js';

/** Who asks where, as the platform's envelope says it. */
export type CommandContext = {
  platform: Subscription['platform'];
  /** Where a subscription is kept: Slack's channel id, Teams' installed conversation key ("teams:19:…"). */
  conversation: string;
  team: string | null;
  /** The asker as the audit log knows them ("T1:U1" in Slack, "tenant:aad" in Teams). */
  user: string;
  /** The asker's id as ADMINS lists it (Slack user id, Teams AAD object id); undefined when unknown. */
  adminId: string | undefined;
  /** Who subscribes, as the subscription keeps it (reminders go to them directly). */
  subscriber: string;
  /** The conversation a question continues (its follow-ups and thread context). */
  thread: string;
};

export type CommandResult =
  | { kind: 'help' }
  /** For the asker alone: a digest or record command's outcome in words, or the channel's digest preview. */
  | DigestReply
  /** A question, answered and recorded; `share`: for everyone in the conversation. */
  | { kind: 'answer'; answer: Answer; recordId: string; share: boolean };

export type CharterCommand = (text: string, where: CommandContext) => Promise<CommandResult>;

const HELP = /^\s*(help|hulp|\?)\s*$/i;
/** Slack's slash-command replies are private; `share` is how a question's answer goes to the channel. */
const SHARE = /^share\b/i;

export function createCharterCommand(deps: {
  knowledge: Knowledge;
  names: Names;
  store: Store;
  askAndRecord: AskAndRecord;
  recordMeasurement: RecordMeasurement;
  previewDigest: PreviewDigest;
  pseudonymize: Pseudonymize;
  /** Slack user ids and Teams AAD object ids allowed to record measurements and manage digests. */
  admins: ReadonlySet<string>;
  logger: Logger;
  /** The language of a digest reply whose words do not say (DEFAULT_LANGUAGE). */
  defaultLanguage: Language;
  /** The platforms this server posts to (a digest is subscribed only where it can be posted). */
  platforms: Pick<Config, 'slack' | 'teams'>;
  now?: (() => number) | undefined;
}): CharterCommand {
  const runDigest = createDigestCommand(deps);
  const runRecord = createRecordCommand(deps);
  const isAdmin = (where: CommandContext) => where.adminId !== undefined && deps.admins.has(where.adminId);

  function digest(text: string, where: CommandContext): Promise<CommandResult> {
    const place = { platform: where.platform, conversation: where.conversation, team: where.team };
    return runDigest(
      parseDigestCommand(text, deps.names, deps.knowledge),
      { surface: where.platform, place, subscriber: where.subscriber, isAdmin: isAdmin(where) },
      commandLanguage(text, deps.defaultLanguage),
    );
  }

  function record(text: string, where: CommandContext): Promise<CommandResult> {
    // Admins by their platform id; recorded under the asker's pseudonym.
    return runRecord(text, { surface: where.platform, user: where.user, isAdmin: isAdmin(where) });
  }

  return async (text, where) => {
    // A bare `/charter` asks Slack for help; in Teams a bare @mention is asked like any message.
    if (HELP.test(text) || (where.platform === 'slack' && text.trim() === '')) return { kind: 'help' };
    if (DIGEST_COMMAND.test(text)) return digest(text, where);
    if (RECORD_COMMAND.test(text)) return record(text, where);
    const share = where.platform === 'slack' && SHARE.test(text);
    const question = share ? text.replace(/^share\b\s*/i, '') : text;
    const { answer, record: audit } = await deps.askAndRecord({
      question,
      thread: where.thread,
      channel: where.platform,
      userId: where.user,
    });
    return { kind: 'answer', answer, recordId: audit.id, share };
  };
}
