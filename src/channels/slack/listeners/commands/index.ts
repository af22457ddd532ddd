import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import * as charter from './charter.js';

export function register(app: App, deps: SlackDeps): void {
  charter.register(app, deps);
}
