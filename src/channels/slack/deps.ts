// What every Slack listener gets: the way to ask, the store, the knowledge, and a logger.
import type { AskAndRecord } from '../../app/ask-and-record.js';
import type { Pseudonymize } from '../../app/pseudonymize.js';
import type { RecordMeasurement } from '../../app/record-measurement.js';
import type { Knowledge } from '../../charter/load.js';
import type { DigestService } from '../../digest/service.js';
import type { PlatformOutcome } from '../../http/metrics.js';
import type { Logger } from '../../logger.js';
import type { DigestLinks } from '../../render/digest-text.js';
import type { EmailLetter } from '../../render/email.js';
import type { Store } from '../../store/store.js';

export type SlackDeps = {
  askAndRecord: AskAndRecord;
  pseudonymize: Pseudonymize;
  store: Store;
  knowledge: Knowledge;
  logger: Logger;
  recordMeasurement: RecordMeasurement;
  /** Slack user ids (and Teams AAD object ids) allowed to record measurements and manage digests. */
  admins: ReadonlySet<string>;
  digest: DigestService;
  /** Whether a reply in a thread the bot answered in is for the bot (not people talking among themselves). */
  readsAsFollowUp?: ((text: string) => boolean) | undefined;
  /** The console's public address: cited clauses link to their pages there. */
  links?: DigestLinks | undefined;
  /** The organisation's greeting and closing for e-mail versions (defaults when absent). */
  letter?: EmailLetter | undefined;
  /** Told how each request ended (metrics). */
  onRequest?: ((outcome: PlatformOutcome, reason?: string) => void) | undefined;
};
