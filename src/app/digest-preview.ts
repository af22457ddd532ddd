// A digest as it would be posted now (or as of a date), for the person asking: nothing is posted or stored.
// Slack's and Teams' `digest preview`, Slack's "Show all" button, the console's /digests page and
// GET /api/digest/preview all show this one.
import { DateTime } from 'luxon';
import type { Knowledge } from '../charter/load.js';
import type { ThemeKey } from '../charter/schema.js';
import type { Digest } from '../digest/compose.js';
import { prepareDigest } from '../digest/prepare.js';
import { periodOf } from '../digest/schedule.js';
import type { Language } from '../engine/types.js';
import type { ProgressOptions } from '../progress/types.js';
import type { Store, Subscription } from '../store/store.js';
import { today, ZONE } from '../time.js';

export type DigestPreviewRequest = {
  /** A channel's subscription: its scope and language, following its previous digest. */
  subscription?: Subscription | null;
  /** Without a subscription: the wijken and themes to show (empty: all). */
  scope?: { wijken: string[]; themes: ThemeKey[] };
  /** The language without a subscription. */
  language: Language;
  /** "2010-06-01"; today in Amsterdam when absent. */
  asOf?: string;
};

export type PreviewDigest = (request: DigestPreviewRequest) => Promise<Digest>;

export function createDigestPreview(deps: {
  knowledge: Knowledge;
  store: Store;
  progress: ProgressOptions;
  now?: (() => number) | undefined;
}): PreviewDigest {
  const now = deps.now ?? Date.now;
  return async ({ subscription, scope, language, asOf }) => {
    const day = asOf ?? today(now());
    const digest = await prepareDigest(
      deps,
      subscription
        ? { scope: subscription.scope, language: subscription.language, subscriptionId: subscription.id }
        : { scope: scope ?? { wijken: [], themes: [] }, language },
      day,
      periodOf(DateTime.fromISO(day, { zone: ZONE })),
    );
    // A preview shows the whole digest, even when the scheduled one would be a one-line heartbeat.
    return { ...digest, quiet: false };
  };
}
