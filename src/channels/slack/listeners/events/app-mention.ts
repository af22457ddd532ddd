// @charterbot in a channel: answer in a thread under the question (or in the thread it was asked in).
import type { App } from '@slack/bolt';
import type { ChannelDeps } from '../../../../app/channel-deps.js';
import { answerInto, deliveryClaim, stripMention, threadKey } from '../../conversation.js';

export function register(app: App, deps: ChannelDeps): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    if (event.bot_id || !event.user) return;
    const team = body.team_id;
    const threadTs = event.thread_ts ?? event.ts;
    await answerInto(
      deps,
      client,
      {
        team,
        channel: event.channel,
        threadTs,
        conversation: threadKey(team, event.channel, threadTs),
        user: event.user,
        eventId: body.event_id,
        claim: deliveryClaim(context),
      },
      stripMention(event.text, context.botUserId),
    );
  });
}
