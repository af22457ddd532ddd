// How Slack places map to conversations (thread ids for the engine and the audit log).
import type { webApi } from '@slack/bolt';
import { renderSlackAnswer } from '../../render/slack-blocks.js';
import type { SlackDeps } from './deps.js';

/**
 * A person's private /charter conversation in a channel, keyed by a short pseudonym of their user id: the raw
 * id is not needed to answer them (the reply goes to the command's response_url), so it is not stored.
 */
export const commandThread = (pseudonym: string | null, fallback: string) =>
  `cmd-${(pseudonym ?? fallback).slice(0, 16)}`;

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
