// /charter <question> (private), /charter share <question> (in the channel), /charter help, /charter digest …,
// /charter record …: the command is decided in src/app/charter-command.ts; this reads the slash command's
// envelope and renders the result as the reply.
import type { App } from '@slack/bolt';
import type { ChannelDeps } from '../../../../app/channel-deps.js';
import { renderDigestSlack } from '../../../../render/digest-slack.js';
import { renderSlackAnswer, renderSlackHelp, renderSlackNotice } from '../../../../render/slack-blocks.js';
import { commandThread, threadKey } from '../../conversation.js';

export function register(app: App, deps: ChannelDeps): void {
  app.command('/charter', async ({ command, ack, respond }) => {
    await ack();
    const user = `${command.team_id}:${command.user_id}`;
    const result = await deps.command(command.text.trim(), {
      platform: 'slack',
      conversation: command.channel_id,
      team: command.team_id,
      user,
      adminId: command.user_id,
      subscriber: command.user_id,
      thread: threadKey(
        command.team_id,
        command.channel_id,
        commandThread(deps.pseudonymize('slack', user), 'anonymous'),
      ),
    });
    if (result.kind === 'help') {
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
    } else if (result.kind === 'notice') {
      await respond({ response_type: 'ephemeral', ...renderSlackNotice(result.text) });
    } else if (result.kind === 'digest') {
      // The preview is the message the channel gets, its "Show all" button included.
      const message = renderDigestSlack(result.digest, deps.knowledge.lexicon, deps.links, {
        showAllValue: JSON.stringify({ s: result.subscription?.id ?? '', p: result.digest.period }),
      });
      await respond({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
    } else {
      const message = renderSlackAnswer(result.answer, deps.knowledge.meta, result.recordId, deps.links);
      await respond({
        response_type: result.share ? 'in_channel' : 'ephemeral',
        text: message.text,
        blocks: message.blocks,
      });
    }
  });
}
