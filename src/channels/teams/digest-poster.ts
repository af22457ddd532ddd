// Digests into Teams conversations: the conversation reference stored at install, a proactive message with
// the digest's Adaptive Card. Teams cannot be asked afterwards whether a message arrived, so a server error
// after the connector may have accepted it is reported as unknown, never re-sent.
import { CardFactory, MessageFactory } from 'botbuilder';
import pTimeout from 'p-timeout';
import type { Knowledge } from '../../charter/load.js';
import { type DigestPoster, PLATFORM_CALL_TIMEOUT_MS, PostError } from '../../digest/deliver.js';
import { libraryCode } from '../../errors.js';
import { renderNoticeCard } from '../../render/adaptive-card.js';
import { renderDigestCard } from '../../render/digest-card.js';
import type { DigestLinks } from '../../render/digest-text.js';
import type { Store } from '../../store/store.js';
import type { TeamsChannel } from './create-teams-channel.js';

export function classifyTeamsError(e: unknown): PostError {
  if (e instanceof PostError) return e;
  const err = e as {
    statusCode?: number;
    message?: string;
    response?: { headers?: { get?: (name: string) => string | undefined } };
  };
  const status = err.statusCode;
  if (status === 403 || status === 404)
    return new PostError({ kind: 'gone', reason: `HTTP ${status}: the bot was removed` });
  if (status === 429) {
    const after = Number(err.response?.headers?.get?.('retry-after'));
    return new PostError({
      kind: 'rate_limited',
      retryAfterMs: Number.isFinite(after) && after > 0 ? after * 1000 : 2000,
    });
  }
  if (status !== undefined && status >= 500)
    return new PostError({ kind: 'ambiguous', detail: `HTTP ${status}` });
  if (status !== undefined) return new PostError({ kind: 'fatal', detail: `HTTP ${status}` });
  // No answer at all (connection refused): nothing was delivered.
  return new PostError({ kind: 'transient', detail: libraryCode(e) ?? err.message ?? 'request failed' });
}

export function createTeamsDigestPoster(options: {
  teams: Pick<TeamsChannel, 'sendProactive' | 'sendToUser'>;
  store: Store;
  knowledge: Knowledge;
  links: DigestLinks;
  /** A post that has not answered after this long is cut off: its outcome is unknown (tests shorten it). */
  timeoutMs?: number | undefined;
}): DigestPoster {
  const timeoutMs = options.timeoutMs ?? PLATFORM_CALL_TIMEOUT_MS;
  // botbuilder's connector client sets no time limit: a hung connector would hold the run past its lease.
  const inTime = <T>(call: Promise<T>) =>
    pTimeout(call, {
      milliseconds: timeoutMs,
      message: new PostError({
        kind: 'ambiguous',
        detail: `no answer from Teams within ${timeoutMs / 1000} s`,
      }),
    });
  const reference = async (key: string) => {
    const stored = (await options.store.listConversations('teams')).find((c) => c.key === key);
    if (!stored)
      throw new PostError({ kind: 'gone', reason: 'the bot is no longer installed in this conversation' });
    return stored.reference;
  };
  return {
    async sendDirect(sub, userId, text) {
      await inTime(
        options.teams.sendToUser(
          await reference(sub.conversation),
          userId,
          MessageFactory.attachment(CardFactory.adaptiveCard(renderNoticeCard(text))),
        ),
      );
    },
    async postText(sub, text) {
      await inTime(
        options.teams.sendProactive(
          await reference(sub.conversation),
          MessageFactory.attachment(CardFactory.adaptiveCard(renderNoticeCard(text))),
        ),
      );
    },
    async post(sub, digest) {
      const stored = (await options.store.listConversations('teams')).find((c) => c.key === sub.conversation);
      if (!stored)
        throw new PostError({ kind: 'gone', reason: 'the bot is no longer installed in this conversation' });
      const card = renderDigestCard(digest, options.knowledge.lexicon, options.links);
      try {
        const ref = await inTime(
          options.teams.sendProactive(
            stored.reference,
            MessageFactory.attachment(CardFactory.adaptiveCard(card)),
          ),
        );
        return { ref };
      } catch (e) {
        throw classifyTeamsError(e);
      }
    },
  };
}
