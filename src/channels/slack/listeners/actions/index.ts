import type { App } from '@slack/bolt';
import type { ChannelDeps } from '../../../../app/channel-deps.js';
import * as digest from './digest.js';
import * as emailVersion from './email-version.js';
import * as feedback from './feedback.js';
import * as suggestion from './suggestion.js';

export function register(app: App, deps: ChannelDeps): void {
  suggestion.register(app, deps);
  emailVersion.register(app, deps);
  feedback.register(app, deps);
  digest.register(app, deps);
}
