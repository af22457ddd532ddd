// A Slack event or Teams activity is claimed in the store before it is answered. A claim not finished within
// the lease is taken to be abandoned (its process died) and another delivery takes it over; so a live owner
// keeps renewing its claim while it works, well inside the lease, and a slow answer is not given twice.
import type { Store } from '../store/store.js';

/** A claim older than this, not renewed, belongs to a process that stopped: it may be taken over. */
export const EVENT_LEASE_MS = 60_000;
/** How often a working owner renews its claim: four times a lease, so one late renewal does not lose it. */
export const EVENT_RENEW_MS = 15_000;

export type HeldClaim = {
  /** Stops renewing (the claim is finished, or left to expire). */
  stop(): Promise<void>;
  /** Stops renewing and gives the claim up at once, so the platform's next redelivery takes it over. */
  release(): Promise<void>;
};

export function holdEventClaim(
  store: Pick<Store, 'touchEvent'>,
  key: string,
  options: { now: () => number; renewEveryMs?: number; onError: (err: unknown) => void },
): HeldClaim {
  // Renewals are chained, so none can land after a release and revive the claim.
  let last: Promise<void> = Promise.resolve();
  const touch = (at: number) => {
    last = last.then(() => store.touchEvent(key, new Date(at).toISOString())).catch(options.onError);
    return last;
  };
  const timer = setInterval(() => void touch(options.now()), options.renewEveryMs ?? EVENT_RENEW_MS);
  timer.unref();
  const stop = () => {
    clearInterval(timer);
    return last;
  };
  return {
    stop,
    async release() {
      await stop();
      await touch(0);
    },
  };
}

/**
 * A first delivery's claim, made in the transaction that records its answer (claim, thread and audit in one
 * write) instead of before the answer: `onClaimed` is told once it holds.
 */
export type DeferredClaim = { key: string; staleAfterMs: number; at: number; onClaimed(): void };

/** Another delivery of the same event claimed it first: this one's answer is neither recorded nor given. */
export class ClaimedElsewhere extends Error {
  constructor() {
    super('the delivery was claimed by another delivery first');
  }
}
