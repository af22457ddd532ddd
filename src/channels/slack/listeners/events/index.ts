import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import * as appHomeOpened from './app-home-opened.js';
import * as appMention from './app-mention.js';
import * as message from './message.js';

export function register(app: App, deps: SlackDeps): void {
  appMention.register(app, deps);
  message.register(app, deps);
  appHomeOpened.register(app, deps);
}
