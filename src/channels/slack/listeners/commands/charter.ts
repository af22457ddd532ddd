// /charter <question> (private), /charter share <question> (in the channel), /charter help.
import type { App } from '@slack/bolt';
import { renderSlackAnswer, renderSlackHelp } from '../../../../render/slack-blocks.js';
import { threadKey } from '../../conversation.js';
import type { SlackDeps } from '../../deps.js';

export function register(app: App, deps: SlackDeps): void {
  app.command('/charter', async ({ command, ack, respond }) => {
    await ack();
    const text = command.text.trim();
    if (text === '' || /^(help|hulp|\?)$/i.test(text)) {
      const { lexicon, meta } = deps.knowledge;
      await respond({
        response_type: 'ephemeral',
        text: 'charterbot help',
        blocks: renderSlackHelp(
          meta,
          lexicon.wijken.filter((w) => w.inCharter).map((w) => w.name),
          lexicon.themes.map((t) => `${t.nl.name} / ${t.en.name}`),
        ),
      });
      return;
    }
    const share = /^share\b/i.test(text);
    const question = share ? text.replace(/^share\b\s*/i, '') : text;
    const { answer, record } = await deps.askAndRecord({
      question,
      thread: threadKey(command.team_id, command.channel_id, `cmd-${command.user_id}`),
      channel: 'slack',
      userId: `${command.team_id}:${command.user_id}`,
    });
    const message = renderSlackAnswer(answer, deps.knowledge.meta, record.id);
    await respond({
      response_type: share ? 'in_channel' : 'ephemeral',
      text: message.text,
      blocks: message.blocks,
    });
  });
}
