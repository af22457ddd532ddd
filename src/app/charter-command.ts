// The chat command, once: Slack's `/charter …` and a message to @charterbot in Teams. Help, `digest …`,
// `record …`, else a question. The grammar, who may do what and the replies' wording live here; a channel
// reads its platform's envelope into a `CommandContext` and renders the `CommandResult`.
import type { Knowledge } from '../charter/load.js';
import { DIGEST_COMMAND, handleDigestCommand, parseDigestCommand } from '../digest/command.js';
import type { Digest } from '../digest/compose.js';
import type { Answer, Language } from '../engine/types.js';
import type { Logger } from '../logger.js';
import type { Names } from '../measurements/names.js';
import { commandLanguage, digestCommandReply } from '../phrase/digest-command.js';
import { recordReply } from '../phrase/record.js';
import type { Store, Subscription } from '../store/store.js';
import type { AskAndRecord } from './ask-and-record.js';
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
  /** A reply for the asker alone: a digest command's or a recorded measurement's outcome, worded. */
  | { kind: 'notice'; text: string }
  /** `digest preview`: the channel's digest as it would be posted now, for the asker alone. */
  | { kind: 'digest'; digest: Digest; subscription: Subscription | null }
  /** A question, answered and recorded; `share`: for everyone in the conversation. */
  | { kind: 'answer'; answer: Answer; recordId: string; share: boolean };

export type CharterCommand = (text: string, where: CommandContext) => Promise<CommandResult>;

const HELP = /^\s*(help|hulp|\?)\s*$/i;
/** Slack's slash-command replies are private; `share` is how a question's answer goes to the channel. */
const SHARE = /^share\b/i;

/** How the command is typed on each platform, for usage lines in replies. */
const PREFIX: Record<Subscription['platform'], string> = { slack: '/charter ', teams: '' };

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
  now?: (() => number) | undefined;
}): CharterCommand {
  const now = deps.now ?? Date.now;
  const isAdmin = (where: CommandContext) => where.adminId !== undefined && deps.admins.has(where.adminId);

  async function digest(text: string, where: CommandContext): Promise<CommandResult> {
    const lang = commandLanguage(text, deps.defaultLanguage);
    // Slack tells at the first post whether the bot may post there (not_in_channel pauses and says so);
    // Teams can post unasked only into a conversation whose reference was stored at install.
    const reachable =
      where.platform === 'slack' ||
      (await deps.store.listConversations('teams')).some((c) => c.key === where.conversation);
    const outcome = await handleDigestCommand(deps, parseDigestCommand(text, deps.names, deps.knowledge), {
      platform: where.platform,
      conversation: where.conversation,
      team: where.team,
      userId: where.subscriber,
      isAdmin: isAdmin(where),
      reachable,
      now: now(),
    });
    deps.logger.info({ module: where.platform, outcome: outcome.kind }, 'digest command');
    if (outcome.kind === 'preview') {
      const preview = await deps.previewDigest({ subscription: outcome.subscription, language: lang });
      return { kind: 'digest', digest: preview, subscription: outcome.subscription };
    }
    const prefix = `${PREFIX[where.platform]}digest`;
    return { kind: 'notice', text: digestCommandReply(outcome, deps.knowledge.lexicon, prefix, lang) };
  }

  async function record(text: string, where: CommandContext): Promise<CommandResult> {
    // Admins only, by their platform id; the measurement is recorded under the asker's pseudonym.
    const outcome = await deps.recordMeasurement(text, {
      isAdmin: isAdmin(where),
      pseudonym: deps.pseudonymize(where.platform, where.user),
    });
    deps.logger.info({ module: where.platform, outcome: outcome.kind }, 'record command');
    const prefix = `${PREFIX[where.platform]}record`;
    return { kind: 'notice', text: recordReply(outcome, deps.knowledge.lexicon, prefix) };
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
