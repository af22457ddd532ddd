// Whether this server can post to a platform: a digest for one it cannot post to waits (src/phrase says why).
import type { Config } from '../config.js';
import type { Subscription } from '../store/store.js';

export type Platform = Subscription['platform'];

/** The platform when this server is not configured for it (a subscription's run waits), else null. */
export function unconfigured(platform: Platform, config: Pick<Config, 'slack' | 'teams'>): Platform | null {
  return config[platform] ? null : platform;
}
