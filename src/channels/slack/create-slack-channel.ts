// Slack through Bolt: HTTP mode on the shared server (POST /slack/events), or Socket Mode as its own
// App when SLACK_APP_TOKEN is set. Listeners are registered by kind, as in the bolt starter template.
import { App, ExpressReceiver } from '@slack/bolt';
import express, { type Router } from 'express';
import type { ChannelDeps } from '../../app/channel-deps.js';
import {
  ClaimedElsewhere,
  type DeferredClaim,
  EVENT_LEASE_MS,
  type HeldClaim,
  holdEventClaim,
} from '../../app/event-claim.js';
import type { SlackConfig } from '../../config.js';
import { boltLogger } from './bolt-logger.js';
import { answeredBefore, claimedWithAnswer, DELIVERY_CLAIM } from './conversation.js';
import { slackErrorReply } from './error-reply.js';
import * as actions from './listeners/actions/index.js';
import * as assistant from './listeners/assistant/index.js';
import * as commands from './listeners/commands/index.js';
import * as events from './listeners/events/index.js';
import { ANSWER_RETRY, SLACK_CALL_TIMEOUT_MS } from './slack-calls.js';
import { rejectUntimelyRequests } from './verify-request.js';

export type SlackChannel = { router: Router; start(): Promise<void>; stop(): Promise<void> };

export type SlackOptions = {
  bodyLimitBytes: number;
  /** Tests set 0 so a lost fake fails fast. */
  retries?: number;
  now?: () => number;
  /** How often a working handler renews its event claim (tests shorten it). */
  renewEveryMs?: number;
};

export function createSlackChannel(
  config: SlackConfig,
  deps: ChannelDeps,
  options: SlackOptions,
): SlackChannel {
  const logger = boltLogger(deps.logger);
  // Answers retry briefly and give up well inside the event claim's lease (see slack-calls.ts), never for the
  // half hour the Web API client would by default.
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    timeout: SLACK_CALL_TIMEOUT_MS,
    retryConfig: options.retries !== undefined ? { retries: options.retries } : ANSWER_RETRY,
  };
  const now = options.now ?? Date.now;
  const socketMode = config.appToken !== undefined;
  let receiver: ExpressReceiver | undefined;
  let app: App;
  if (socketMode) {
    app = new App({
      token: config.botToken,
      appToken: config.appToken,
      socketMode: true,
      logger,
      clientOptions,
      extendedErrorHandler: true,
      // The listeners ignore the bot's own messages themselves; every event then reaches the middleware
      // below, which logs when it is finished.
      ignoreSelf: false,
    });
  } else {
    receiver = new ExpressReceiver({
      signingSecret: config.signingSecret ?? '',
      endpoints: '/slack/events',
      processBeforeResponse: false,
      bodyLimit: options.bodyLimitBytes,
      logger,
    });
    app = new App({
      token: config.botToken,
      receiver,
      logger,
      clientOptions,
      extendedErrorHandler: true,
      // See above: self-messages are ignored by the listeners, so every event is logged when finished.
      ignoreSelf: false,
    });
  }

  // Slack redelivers events it thinks failed: each team_id + event_id is answered once, across instances.
  app.use(async ({ body, next, client, context }) => {
    const b = body as {
      event_id?: string;
      team_id?: string;
      event?: { type?: string; channel_type?: string; channel?: string; ts?: string; thread_ts?: string };
    };
    if (!b.event_id) {
      await next();
      return;
    }
    const key = `slack:${b.team_id ?? ''}:${b.event_id}`;
    const log = deps.logger.child({ module: 'slack', event: b.event_id });
    // A first delivery of a mention or a channel message is claimed in the transaction that records its
    // answer: claim, thread and audit are one write. Nothing is written for one the bot does not answer.
    if (claimedWithAnswer(b.event) && !(await deps.store.knowsEvent(key))) {
      // Renewed from the moment the answer's write claims it, as below.
      const holding: { held?: HeldClaim } = {};
      const claim: DeferredClaim = {
        key,
        staleAfterMs: EVENT_LEASE_MS,
        at: now(),
        onClaimed: () => {
          holding.held = holdEventClaim(deps.store, key, {
            now,
            renewEveryMs: options.renewEveryMs,
            onError: (err) => log.warn({ err }, 'could not renew the claim on a slack event'),
          });
        },
      };
      context[DELIVERY_CLAIM] = claim;
      try {
        await next();
      } catch (err) {
        if (err instanceof ClaimedElsewhere) {
          log.info('slack event skipped: already handled');
          deps.onRequest?.('duplicate');
          return;
        }
        await holding.held?.release();
        throw err;
      }
      if (holding.held) {
        await holding.held.stop();
        await deps.store.finishEvent(key);
      }
      log.info('slack event handled');
      deps.onRequest?.('handled');
      return;
    }
    const claim = await deps.store.claimEvent(key, EVENT_LEASE_MS, now());
    if (!claim) {
      log.info('slack event skipped: already handled');
      deps.onRequest?.('duplicate');
      return;
    }
    // Renewed while this process works on it: a slow answer (Slack retrying a post) is not taken for a dead one.
    const held = holdEventClaim(deps.store, key, {
      now,
      renewEveryMs: options.renewEveryMs,
      onError: (err) => log.warn({ err }, 'could not renew the claim on a slack event'),
    });
    try {
      // Taken over from an instance that died while handling it: it may have answered just before. Every
      // answer carries its event id, so look; answer only when no answer is there, never when unsure.
      if (claim === 'unknown') {
        const answered = b.event ? await answeredBefore(client, b.event, b.event_id) : false;
        if (answered !== false) {
          await held.stop();
          await deps.store.finishEvent(key);
          if (answered) log.info('slack event skipped: answered before the restart');
          else log.warn('slack event skipped: could not check whether it was answered before the restart');
          deps.onRequest?.(answered ? 'duplicate' : 'unknown');
          return;
        }
      }
      await next();
    } catch (err) {
      // Given up (the answer's retries end inside the lease): Slack's next redelivery takes the claim over,
      // looks for an answer, and answers only when there is none.
      await held.release();
      throw err;
    }
    await held.stop();
    await deps.store.finishEvent(key);
    // One line per event when its listener is done: operators (and tests) know nothing more will happen.
    log.info('slack event handled');
    deps.onRequest?.('handled');
  });

  // The assistant surface first: its messages (DM threads in the assistant container) are its own.
  assistant.register(app, deps);
  events.register(app, deps);
  commands.register(app, deps);
  actions.register(app, deps);

  // One error handler: the log keeps the detail, the user gets one polite sentence where we can reach them.
  // With extendedErrorHandler Bolt passes { error, body, ... }; its public types only name the short form.
  const onError = async ({ error, body }: { error: Error; body?: unknown }) => {
    deps.logger.error({ err: error, module: 'slack' }, 'slack listener failed');
    const url = (body as { response_url?: string } | undefined)?.response_url;
    if (url) {
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(slackErrorReply(error)),
      }).catch(() => undefined);
    }
  };
  app.error(onError as unknown as Parameters<App['error']>[0]);

  const router = express.Router();
  if (receiver) {
    router.post('/slack/events', rejectUntimelyRequests(deps.logger, options.now, deps.onRequest));
    router.use(receiver.router);
  }
  return {
    router,
    start: async () => {
      if (socketMode) await app.start();
    },
    stop: async () => {
      if (socketMode) await app.stop();
    },
  };
}
