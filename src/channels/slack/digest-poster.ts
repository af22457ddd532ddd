// Digests into Slack channels: chat.postMessage with the digest's Block Kit, tagged with message metadata so a
// run whose outcome is unknown can be looked up (conversations.history) instead of posted again.
import { webApi } from '@slack/bolt';
import type { Knowledge } from '../../charter/load.js';
import type { Digest } from '../../digest/compose.js';
import { type DigestPoster, PostError } from '../../digest/deliver.js';
import { libraryCode } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { pausedText } from '../../phrase/digest.js';
import { clip } from '../../phrase/wording.js';
import { renderDigestSlack } from '../../render/digest-slack.js';
import type { DigestLinks } from '../../render/digest-text.js';
import { renderSlackNotice } from '../../render/slack-blocks.js';
import {
  chartAltText,
  chartSvg,
  chartTitle,
  svgToPng,
  type WijkChart,
  wijkCharts,
} from '../../render/wijk-chart.js';
import type { Subscription } from '../../store/store.js';
import { boltLogger } from './bolt-logger.js';
import { findMessage } from './find-message.js';
import { SLACK_CALL_TIMEOUT_MS } from './slack-calls.js';

export const DIGEST_EVENT = 'charterbot_digest';
/** Slack shows at most ten files in one message. */
const MAX_FILES_PER_UPLOAD = 10;
/** Slack's answers that mean the bot cannot post in that channel until someone fixes it. */
const GONE = new Set([
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'restricted_action',
  'ekm_access_denied',
]);

export function classifySlackError(e: unknown): PostError {
  if (e instanceof PostError) return e;
  const code = libraryCode(e);
  const err = e as {
    retryAfter?: number;
    data?: { error?: string };
    statusCode?: number;
    message?: string;
  };
  if (code === webApi.ErrorCode.RateLimitedError)
    return new PostError({ kind: 'rate_limited', retryAfterMs: (err.retryAfter ?? 1) * 1000 });
  if (code === webApi.ErrorCode.PlatformError) {
    const reason = err.data?.error ?? 'unknown_error';
    if (GONE.has(reason)) return new PostError({ kind: 'gone', reason });
    if (reason === 'ratelimited') return new PostError({ kind: 'rate_limited', retryAfterMs: 1000 });
    return new PostError({ kind: 'fatal', detail: reason });
  }
  if (code === webApi.ErrorCode.HTTPError)
    return new PostError({ kind: 'transient', detail: `HTTP ${err.statusCode}` });
  return new PostError({ kind: 'transient', detail: err.message ?? 'request failed' });
}

export function createSlackDigestPoster(options: {
  botToken: string;
  apiUrl: string | undefined;
  knowledge: Knowledge;
  links: DigestLinks;
  /** Upload a PNG chart per wijk under each digest (needs the files:write scope). */
  charts?: boolean;
  /** A call that has not answered after this long is cut off (tests shorten it). */
  timeoutMs?: number | undefined;
  /** The client's own messages (a request that failed) go to the JSON log, not to the console. */
  logger: Logger;
}): DigestPoster {
  // No retries inside the client: the digest runner decides, and honours Retry-After itself. A hung call is
  // cut off, so the runner can ask whether it landed well inside the run's claim lease.
  const client = new webApi.WebClient(options.botToken, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? SLACK_CALL_TIMEOUT_MS,
    logger: boltLogger(options.logger),
  });
  /**
   * The charts under the digest in its thread: per wijk its measured targets, four to an image. At most
   * ten images to an upload (one message in the thread). A failure is the runner's to log, after the run is
   * recorded: charts are never uploaded twice.
   */
  async function uploadCharts(sub: Subscription, digest: Digest, ts: string): Promise<void> {
    if (!options.charts || digest.quiet) return;
    const lines = [...digest.changed, ...digest.attention, ...digest.needsData, ...digest.folded];
    const progress = lines.map((l) => l.progress);
    const lexicon = options.knowledge.lexicon;
    // In the charter's order, whatever block each wijk's targets fell into.
    const order = [...new Set(options.knowledge.targets.map((t) => t.wijk))];
    const charts: WijkChart[] = order.flatMap((w) =>
      wijkCharts(w, progress).filter((c) => c.rows.length > 0),
    );
    for (let i = 0; i < charts.length; i += MAX_FILES_PER_UPLOAD) {
      await client.filesUploadV2({
        channel_id: sub.conversation,
        thread_ts: ts,
        file_uploads: charts.slice(i, i + MAX_FILES_PER_UPLOAD).map((chart) => ({
          file: svgToPng(chartSvg(chart, lexicon, digest.language)),
          filename: `${chart.wijk.toLowerCase()}-${digest.period}${chart.parts > 1 ? `-${chart.part}` : ''}.png`,
          title: chartTitle(chart, lexicon, digest.language),
          alt_text: clip(chartAltText(chart, lexicon, digest.language), 1000),
        })),
      });
    }
  }

  return {
    async post(sub: Subscription, digest: Digest) {
      const message = renderDigestSlack(digest, options.knowledge.lexicon, options.links, {
        showAllValue: JSON.stringify({ s: sub.id, p: digest.period }),
      });
      try {
        const res = await client.chat.postMessage({
          channel: sub.conversation,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
          metadata: {
            event_type: DIGEST_EVENT,
            event_payload: { subscription: sub.id, period: digest.period },
          },
        });
        return { ref: res.ts ?? null };
      } catch (e) {
        throw classifySlackError(e);
      }
    },
    attach: uploadCharts,
    async find(sub, period, since) {
      // Everything since the claim (a minute's grace for clocks), page by page: a busy channel hides it otherwise.
      return findMessage(
        client,
        'conversations.history',
        { channel: sub.conversation, oldest: String(Math.floor(Date.parse(since) / 1000) - 60) },
        (meta) =>
          meta?.event_type === DIGEST_EVENT &&
          meta.event_payload?.subscription === sub.id &&
          meta.event_payload?.period === period,
      );
    },
    async postText(sub, text) {
      const message = renderSlackNotice(text);
      await client.chat.postMessage({
        channel: sub.conversation,
        ...message,
        unfurl_links: false,
        unfurl_media: false,
      });
    },
    async sendDirect(_sub, userId, text) {
      await client.chat.postMessage({ channel: userId, ...renderSlackNotice(text) });
    },
    async notify(sub, reason) {
      if (!sub.subscriber) return;
      // A user id as the channel posts in the bot's direct messages with that person.
      await client.chat.postMessage({
        channel: sub.subscriber,
        text: pausedText(reason, 'slack', sub.language),
      });
    },
  };
}
