// The App Home tab: what the bot knows and how to ask.
import type { App } from '@slack/bolt';
import type { ChannelDeps } from '../../../../app/channel-deps.js';
import { renderSlackHelp } from '../../../../render/slack-blocks.js';

export function register(app: App, deps: ChannelDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const { lexicon, meta } = deps.knowledge;
    const wijken = lexicon.wijken.filter((w) => w.inCharter).map((w) => w.name);
    const themes = lexicon.themes.map((t) => `${t.nl.name} / ${t.en.name}`);
    await client.views.publish({
      user_id: event.user,
      view: { type: 'home', blocks: renderSlackHelp(meta, wijken, themes) },
    });
  });
}
