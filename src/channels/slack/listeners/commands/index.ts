import type { App } from '@slack/bolt';
import type { ChannelDeps } from '../../../../app/channel-deps.js';
import * as charter from './charter.js';

export function register(app: App, deps: ChannelDeps): void {
  charter.register(app, deps);
}
