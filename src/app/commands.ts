// The digest and record commands once, for every channel that takes commands: Slack's /charter, a message to
// @charterbot in Teams and the CLI (`charterbot digest subscribe|unsubscribe|preview`, `charterbot record`).
// A channel reads its envelope (a message's words, the CLI's options) into a command and who asks; the rules
// (src/digest/command.ts, record-measurement.ts), the preview and the wording of the reply are here.
import type { DateTime } from 'luxon';
import type { Knowledge } from '../charter/load.js';
import type { Config } from '../config.js';
import { type DigestCommand, type DigestPlace, handleDigestCommand } from '../digest/command.js';
import type { Digest } from '../digest/compose.js';
import { type Platform, unconfigured } from '../digest/platforms.js';
import { nextRun } from '../digest/schedule.js';
import type { Language } from '../engine/types.js';
import { digestCommandReply, type ReplyPlace } from '../phrase/digest-command.js';
import { recordReply } from '../phrase/record.js';
import type { DigestRun, Store, Subscription } from '../store/store.js';
import type { PreviewDigest } from './digest-preview.js';
import type { Pseudonymize } from './pseudonymize.js';
import type { RecordMeasurement } from './record-measurement.js';

/** Where a command is typed. */
export type CommandSurface = 'slack' | 'teams' | 'cli';

/** How a command is typed there, for usage lines in replies ("/charter record", "record", "charterbot record"). */
const PREFIX: Record<CommandSurface, string> = { slack: '/charter ', teams: '', cli: 'charterbot ' };

/** What a command logs to: the server's logger; a one-shot CLI command gives none. */
type CommandLogger = { info(fields: object, message: string): void };

/** A command's outcome in words. `done`: false when nothing was done as asked (refused, wrong words, nowhere). */
export type CommandNotice = { kind: 'notice'; text: string; done: boolean };

export type DigestAsker = {
  surface: CommandSurface;
  /** The conversation the command is about; null where none is named (the CLI's preview of a scope). */
  place: DigestPlace | null;
  /** Who is told if delivery stops; null keeps the subscription's. */
  subscriber: string | null;
  /** Slack and Teams: listed in ADMINS; the CLI's operator always is. */
  isAdmin: boolean;
};

export type DigestReply =
  | CommandNotice
  /** `preview`: the digest as it would be posted now, for the asker alone. */
  | { kind: 'digest'; digest: Digest; subscription: Subscription | null };

export type RunDigestCommand = (
  command: DigestCommand,
  asker: DigestAsker,
  lang: Language,
) => Promise<DigestReply>;

export function createDigestCommand(deps: {
  knowledge: Knowledge;
  store: Store;
  previewDigest: PreviewDigest;
  /** The platforms this server posts to. */
  platforms: Pick<Config, 'slack' | 'teams'>;
  /** The language of a new subscription that names none (DEFAULT_LANGUAGE). */
  defaultLanguage: Language;
  logger?: CommandLogger | undefined;
  now?: (() => number) | undefined;
}): RunDigestCommand {
  const now = deps.now ?? Date.now;
  return async (command, asker, lang) => {
    const outcome = await handleDigestCommand(deps, command, {
      place: asker.place,
      subscriber: asker.subscriber,
      isAdmin: asker.isAdmin,
      now: now(),
    });
    deps.logger?.info({ module: asker.surface, outcome: outcome.kind }, 'digest command');
    if (outcome.kind === 'preview') {
      const asked = command.action === 'preview' ? command : undefined;
      const digest = await deps.previewDigest({
        subscription: outcome.subscription,
        scope: asked?.scope,
        language: lang,
        asOf: asked?.asOf,
      });
      return { kind: 'digest', digest, subscription: outcome.subscription };
    }
    const place: ReplyPlace =
      asker.surface === 'cli'
        ? { kind: 'cli', conversation: asker.place }
        : { kind: 'chat', prefix: `${PREFIX[asker.surface]}digest` };
    const done =
      outcome.kind === 'unsubscribed'
        ? outcome.existed
        : !['invalid', 'refused', 'needs_install', 'not_configured'].includes(outcome.kind);
    return { kind: 'notice', text: digestCommandReply(outcome, deps.knowledge.lexicon, place, lang), done };
  };
}

/** A subscription as a list shows it: the next run while active, the last run, the platform it waits for. */
export type SubscriptionRow = {
  subscription: Subscription;
  next: DateTime | null;
  last: DigestRun | null;
  /** Set when this server is not configured for the subscription's platform: its digests wait. */
  waiting: Platform | null;
};

/** Every subscription: the CLI's `digest subscriptions` and the console's /digests. */
export async function listSubscriptions(
  deps: { store: Store; platforms: Pick<Config, 'slack' | 'teams'> },
  now: number,
): Promise<SubscriptionRow[]> {
  const subscriptions = await deps.store.listSubscriptions();
  return Promise.all(
    subscriptions.map(async (subscription) => ({
      subscription,
      next: subscription.active ? nextRun(subscription.schedule, now) : null,
      last: (await deps.store.listDigestRuns(subscription.id))[0] ?? null,
      waiting: subscription.active ? unconfigured(subscription.platform, deps.platforms) : null,
    })),
  );
}

export type RecordAsker = {
  surface: CommandSurface;
  /** The asker as the audit log knows them; null where the channel has no identity. */
  user: string | null;
  /** Slack and Teams: listed in ADMINS; the CLI's operator always is. */
  isAdmin: boolean;
};

export type RunRecordCommand = (text: string, asker: RecordAsker) => Promise<CommandNotice>;

export function createRecordCommand(deps: {
  knowledge: Knowledge;
  recordMeasurement: RecordMeasurement;
  pseudonymize: Pseudonymize;
  logger?: CommandLogger | undefined;
}): RunRecordCommand {
  return async (text, asker) => {
    // Admins only; the measurement is recorded under the asker's pseudonym.
    const outcome = await deps.recordMeasurement(text, {
      isAdmin: asker.isAdmin,
      pseudonym: deps.pseudonymize(asker.surface, asker.user),
    });
    deps.logger?.info({ module: asker.surface, outcome: outcome.kind }, 'record command');
    const prefix = `${PREFIX[asker.surface]}record`;
    return {
      kind: 'notice',
      text: recordReply(outcome, deps.knowledge.lexicon, prefix),
      done: outcome.kind === 'recorded',
    };
  };
}
