// How Slack places map to conversations (thread ids for the engine and the audit log).
import type { webApi } from '@slack/bolt';
import type { ChannelDeps } from '../../app/channel-deps.js';
import type { DeferredClaim } from '../../app/event-claim.js';
import { renderSlackAnswer } from '../../render/slack-blocks.js';
import { findMessage, type Metadata } from './find-message.js';

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

/** Where the middleware leaves a first delivery's claim for the answer's record to make (see DeferredClaim). */
export const DELIVERY_CLAIM = 'charterbotDeliveryClaim';

/** The claim a listener hands on to answerInto: present for a first delivery of a mention or channel message. */
export const deliveryClaim = (context: Record<string, unknown>): DeferredClaim | undefined =>
  context[DELIVERY_CLAIM] as DeferredClaim | undefined;

/**
 * Events whose only write is an answer's record: a mention, or a message in a channel (a thread follow-up,
 * or nothing). Direct messages go through the assistant surface too, which writes before answering: those
 * are claimed first.
 */
export const claimedWithAnswer = (event: { type?: string; channel_type?: string } | undefined) =>
  event?.type === 'app_mention' || (event?.type === 'message' && event.channel_type !== 'im');

/** Answers and posts into a channel or thread. Never `link_names`, never `parse: full`. */
export async function answerInto(
  deps: ChannelDeps,
  client: webApi.WebClient,
  where: {
    team: string;
    channel: string;
    threadTs?: string;
    conversation: string;
    user: string;
    /** The Slack event answered: the reply carries it, so a retry after a crash can tell it was answered. */
    eventId?: string | undefined;
    /** A first delivery's claim, made with the answer's record. */
    claim?: DeferredClaim | undefined;
  },
  question: string,
): Promise<void> {
  const { answer, record } = await deps.askAndRecord({
    question,
    thread: where.conversation,
    channel: 'slack',
    userId: `${where.team}:${where.user}`,
    claim: where.claim,
  });
  const message = renderSlackAnswer(answer, deps.knowledge.meta, record.id, deps.links);
  await client.chat.postMessage({
    channel: where.channel,
    ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
    ...(where.eventId
      ? { metadata: { event_type: ANSWER_EVENT, event_payload: { event_id: where.eventId } } }
      : {}),
  });
}

/** The message metadata type every answer to a Slack event carries. */
export const ANSWER_EVENT = 'charterbot_answer';

/**
 * Whether an answer to this event is already in the channel: its thread (replies) or, for a message
 * answered outside a thread, the channel after it (history), each read page by page from the event on.
 * Null when Slack cannot be asked.
 */
export async function answeredBefore(
  client: webApi.WebClient,
  event: { channel?: string; ts?: string; thread_ts?: string },
  eventId: string,
): Promise<boolean | null> {
  if (!event.channel || !event.ts) return null;
  const carries = (m: Metadata | undefined) =>
    m?.event_type === ANSWER_EVENT && m.event_payload?.event_id === eventId;
  try {
    const where = { channel: event.channel, oldest: event.ts };
    if (
      await findMessage(
        client,
        'conversations.replies',
        { ...where, ts: event.thread_ts ?? event.ts },
        carries,
      )
    )
      return true;
    return (await findMessage(client, 'conversations.history', where, carries)) !== null;
  } catch {
    return null;
  }
}
