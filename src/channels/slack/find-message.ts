// Looking for a message the bot posted (a digest, an answer) by its metadata, page by page: a busy channel
// pushes it past the first page, and a lookup that stops there would post it a second time.
import type { webApi } from '@slack/bolt';

/** Slack's recommended page size for history and replies. */
const PAGE_SIZE = 200;
/** More pages than this in the window looked at is not a channel but a flood: say "cannot tell". */
const MAX_PAGES = 50;

export type Metadata = { event_type?: string; event_payload?: Record<string, unknown> };

/**
 * The ts of the first message in `conversations.history` or `conversations.replies` after `oldest` whose
 * metadata matches, or null when every page was read and none does. Throws when Slack cannot be asked (an
 * error, a rate limit) or the window holds too many pages: the caller must then treat the outcome as unknown.
 */
export async function findMessage(
  client: webApi.WebClient,
  method: 'conversations.history' | 'conversations.replies',
  options: { channel: string; oldest: string; ts?: string },
  matches: (metadata: Metadata | undefined) => boolean,
): Promise<string | null> {
  let pages = 0;
  for await (const page of client.paginate(method, {
    ...options,
    include_all_metadata: true,
    limit: PAGE_SIZE,
  })) {
    const messages = (page as { messages?: Array<{ ts?: string; metadata?: Metadata }> }).messages ?? [];
    const hit = messages.find((m) => matches(m.metadata));
    if (hit) return hit.ts ?? 'found';
    if (++pages >= MAX_PAGES)
      throw new Error(`more than ${MAX_PAGES * PAGE_SIZE} messages to look through: cannot tell`);
  }
  return null;
}
