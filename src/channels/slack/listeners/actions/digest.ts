// Digest buttons: "Show all" answers the person who pressed it with every target (on-track ones included);
// the progress-page button only opens a link, but Slack still expects it acknowledged.
import type { App, BlockButtonAction } from '@slack/bolt';
import { z } from 'zod';
import type { ChannelDeps } from '../../../../app/channel-deps.js';
import { renderDigestText } from '../../../../render/digest-text.js';
import { renderSlackNotice } from '../../../../render/slack-blocks.js';

const ShowAll = z.object({ s: z.string().max(100), p: z.string().max(20) });

export function register(app: App, deps: ChannelDeps): void {
  app.action<BlockButtonAction>('digest_open_progress', async ({ ack }) => {
    await ack();
  });

  app.action<BlockButtonAction>('digest_show_all', async ({ ack, action, respond }) => {
    await ack();
    let value: z.infer<typeof ShowAll>;
    try {
      value = ShowAll.parse(JSON.parse(action.value ?? ''));
    } catch {
      return;
    }
    const subscription = await deps.store.getSubscription(value.s);
    const digest = await deps.previewDigest({
      subscription: subscription ?? null,
      language: subscription?.language ?? 'nl',
    });
    const text = renderDigestText({ ...digest, quiet: false }, deps.knowledge.lexicon, deps.links, {
      showAll: true,
    });
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderSlackNotice(text) });
  });
}
