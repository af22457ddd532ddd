import type { App } from '@slack/bolt';
import type { ChannelDeps } from '../../../../app/channel-deps.js';
import * as appHomeOpened from './app-home-opened.js';
import * as appMention from './app-mention.js';
import * as message from './message.js';

export function register(app: App, deps: ChannelDeps): void {
  appMention.register(app, deps);
  message.register(app, deps);
  appHomeOpened.register(app, deps);
}
