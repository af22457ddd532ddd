// What Slack and Teams are given (main.ts builds it once for both): the command, the way to ask, the
// digest preview, the store and knowledge, and how to link and sign what they render.
import type { Knowledge } from '../charter/load.js';
import type { Answer } from '../engine/types.js';
import type { PlatformOutcome } from '../http/metrics.js';
import type { Logger } from '../logger.js';
import type { DigestLinks } from '../render/digest-text.js';
import type { EmailLetter } from '../render/email.js';
import type { Store } from '../store/store.js';
import type { AskAndRecord } from './ask-and-record.js';
import type { CharterCommand } from './charter-command.js';
import type { PreviewDigest } from './digest-preview.js';
import type { Pseudonymize } from './pseudonymize.js';

export type ChannelDeps = {
  /** Slack's /charter and a message to @charterbot in Teams. */
  command: CharterCommand;
  /** Questions that are no command: Slack mentions, channel messages and assistant threads. */
  askAndRecord: AskAndRecord;
  /** Answers without recording: the Teams message extension's results while someone types. */
  previewAnswer?: ((question: string) => Promise<Answer>) | undefined;
  /** Slack's "Show all" button: the channel's whole digest now. */
  previewDigest: PreviewDigest;
  pseudonymize: Pseudonymize;
  store: Store;
  knowledge: Knowledge;
  logger: Logger;
  /** The console's public address: cited clauses and digests link to its pages. */
  links: DigestLinks;
  /** The organisation's greeting and closing for e-mail versions (defaults when absent). */
  letter?: EmailLetter | undefined;
  /** Whether a reply in a thread the bot answered in is for the bot (not people talking among themselves). */
  readsAsFollowUp?: ((text: string) => boolean) | undefined;
  /** Told how each request ended (metrics). */
  onRequest?: ((outcome: PlatformOutcome, reason?: string) => void) | undefined;
};
