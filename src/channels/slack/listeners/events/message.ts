// Direct messages (every message is a question, the DM is one conversation) and replies in a thread
// the bot answered in that read as a question or follow-up (a reply that mentions the bot is app_mention's).
import type { App } from '@slack/bolt';
import type { ChannelDeps } from '../../../../app/channel-deps.js';
import { answerInto, deliveryClaim, threadKey } from '../../conversation.js';

export function register(app: App, deps: ChannelDeps): void {
  app.event('message', async ({ event, body, client, context }) => {
    if (event.subtype !== undefined || 'bot_id' in event) return;
    const { user, text, channel } = event;
    if (!user || typeof text !== 'string' || user === context.botUserId) return;
    const team = body.team_id;
    if (event.channel_type === 'im') {
      await answerInto(
        deps,
        client,
        {
          team,
          channel,
          conversation: threadKey(team, channel),
          user,
          eventId: body.event_id,
          claim: deliveryClaim(context),
        },
        text,
      );
      return;
    }
    const threadTs = 'thread_ts' in event ? event.thread_ts : undefined;
    if (!threadTs || (context.botUserId && text.includes(`<@${context.botUserId}>`))) return;
    const conversation = threadKey(team, channel, threadTs);
    if (!(await deps.store.hasThread(conversation))) return;
    // People keep talking in a thread the bot answered in: only a question or a follow-up is for the bot.
    if (deps.readsAsFollowUp && !deps.readsAsFollowUp(text)) return;
    await answerInto(
      deps,
      client,
      { team, channel, threadTs, conversation, user, eventId: body.event_id, claim: deliveryClaim(context) },
      text,
    );
  });
}
