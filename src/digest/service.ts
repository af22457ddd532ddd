// What Slack and Teams share for digests: run the digest command, and prepare a preview (the digest now,
// for the asker only). The channels only translate platform events and render the outcome.

import { DateTime } from 'luxon';
import type { Knowledge } from '../charter/load.js';
import type { Language } from '../engine/types.js';
import type { Names } from '../measurements/names.js';
import type { ProgressOptions } from '../progress/types.js';
import type { DigestLinks } from '../render/digest-text.js';
import type { Store, Subscription } from '../store/store.js';
import { today, ZONE } from '../time.js';
import { type DigestCommandOutcome, handleDigestCommand, parseDigestCommand } from './command.js';
import type { Digest } from './compose.js';
import { prepareDigest } from './prepare.js';
import { periodOf } from './schedule.js';

export type DigestService = {
  links: DigestLinks;
  /** The language of a reply whose command's words do not say (DEFAULT_LANGUAGE). */
  defaultLanguage: Language;
  command(
    text: string,
    where: Omit<Parameters<typeof handleDigestCommand>[2], 'now'>,
  ): Promise<DigestCommandOutcome>;
  /** The channel's digest as it would be now (all wijken and themes when it has no subscription). */
  preview(subscription: Subscription | null, language: Language): Promise<Digest>;
};

export function createDigestService(deps: {
  knowledge: Knowledge;
  names: Names;
  store: Store;
  progress: ProgressOptions;
  links: DigestLinks;
  defaultLanguage?: Language;
  now?: () => number;
}): DigestService {
  const now = deps.now ?? Date.now;
  return {
    links: deps.links,
    defaultLanguage: deps.defaultLanguage ?? 'nl',
    command: (text, where) =>
      handleDigestCommand(deps, parseDigestCommand(text, deps.names, deps.knowledge), {
        ...where,
        now: now(),
      }),
    async preview(subscription, language) {
      const at = now();
      const digest = await prepareDigest(
        deps,
        subscription
          ? { scope: subscription.scope, language: subscription.language, subscriptionId: subscription.id }
          : { scope: { wijken: [], themes: [] }, language },
        today(at),
        periodOf(DateTime.fromMillis(at, { zone: ZONE })),
      );
      // A preview shows the whole digest, even when the scheduled one would be a one-line heartbeat.
      return { ...digest, quiet: false };
    },
  };
}
