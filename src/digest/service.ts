// What Slack and Teams share for digests: run the digest command, and prepare a preview (the digest now,
// for the asker only). The channels only translate platform events and render the outcome.

import { createDigestPreview } from '../app/digest-preview.js';
import type { Knowledge } from '../charter/load.js';
import type { Language } from '../engine/types.js';
import type { Names } from '../measurements/names.js';
import type { ProgressOptions } from '../progress/types.js';
import type { DigestLinks } from '../render/digest-text.js';
import type { Store, Subscription } from '../store/store.js';
import { type DigestCommandOutcome, handleDigestCommand, parseDigestCommand } from './command.js';
import type { Digest } from './compose.js';

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
  const preview = createDigestPreview(deps);
  return {
    links: deps.links,
    defaultLanguage: deps.defaultLanguage ?? 'nl',
    command: (text, where) =>
      handleDigestCommand(deps, parseDigestCommand(text, deps.names, deps.knowledge), {
        ...where,
        now: now(),
      }),
    preview: (subscription, language) => preview({ subscription, language }),
  };
}
