// How Slack places map to conversations (thread ids for the engine and the audit log).
import type { webApi } from '@slack/bolt';
import { renderSlackAnswer } from '../../render/slack-blocks.js';
import type { SlackDeps } from './deps.js';

export const threadKey = (team: string, channel: string, threadTs?: string) =>
  threadTs ? `slack:${team}:${channel}:${threadTs}` : `slack:${team}:${channel}`;

/** Removes the bot's own mention ("<@U0BOT> what is ...") so the engine sees the question only. */
export function stripMention(text: string, botUserId: string | undefined): string {
  return (botUserId ? text.split(`<@${botUserId}>`).join(' ') : text).trim();
}

/** Answers and posts into a channel or thread. Never `link_names`, never `parse: full`. */
export async function answerInto(
  deps: SlackDeps,
  client: webApi.WebClient,
  where: { team: string; channel: string; threadTs?: string; conversation: string; user: string },
  question: string,
): Promise<void> {
  const { answer, record } = await deps.askAndRecord({
    question,
    thread: where.conversation,
    channel: 'slack',
    userId: `${where.team}:${where.user}`,
  });
  const message = renderSlackAnswer(answer, deps.knowledge.meta, record.id);
  await client.chat.postMessage({
    channel: where.channel,
    ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
}
