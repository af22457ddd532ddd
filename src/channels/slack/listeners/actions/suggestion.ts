// A suggested question button: ask it, in the same place and conversation as the answer it came from.
import type { App, BlockButtonAction } from '@slack/bolt';
import type { ChannelDeps } from '../../../../app/channel-deps.js';
import { renderSlackAnswer } from '../../../../render/slack-blocks.js';
import { answerInto, commandThread, threadKey } from '../../conversation.js';

export function register(app: App, deps: ChannelDeps): void {
  app.action<BlockButtonAction>(/^ask_suggestion_\d+$/, async ({ ack, action, body, client, respond }) => {
    await ack();
    const question = action.value ?? '';
    const team = body.team?.id ?? body.user.team_id ?? 'unknown';
    const channel = body.channel?.id ?? body.container.channel_id;
    const user = body.user.id;
    if (body.container.is_ephemeral || !channel) {
      const { answer, record } = await deps.askAndRecord({
        question,
        thread: channel
          ? threadKey(
              team,
              channel,
              commandThread(deps.pseudonymize('slack', `${team}:${user}`), 'anonymous'),
            )
          : undefined,
        channel: 'slack',
        userId: `${team}:${user}`,
      });
      const message = renderSlackAnswer(answer, deps.knowledge.meta, record.id, deps.links);
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: message.text,
        blocks: message.blocks,
      });
      return;
    }
    const isDm = typeof channel === 'string' && channel.startsWith('D');
    const threadTs = isDm ? undefined : (body.message?.thread_ts ?? body.message?.ts);
    await answerInto(
      deps,
      client,
      { team, channel, threadTs, conversation: threadKey(team, channel, threadTs), user },
      question,
    );
  });
}
