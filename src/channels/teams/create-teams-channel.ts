// Microsoft Teams through botbuilder's CloudAdapter at POST /api/messages. A thin adapter: swapping
// the Bot Framework SDK for the Microsoft 365 Agents SDK touches this folder only.
import type { Activity, TurnContext } from 'botbuilder';
import express, { type Router } from 'express';
import type { ChannelDeps } from '../../app/channel-deps.js';
import { EVENT_LEASE_MS, holdEventClaim } from '../../app/event-claim.js';
import type { TeamsConfig } from '../../config.js';
import { isLoopback } from '../../http/loopback.js';
import type { TeamsAuthOverrides, TeamsConnector } from './connector.js';
import { teamsErrorReply } from './error-reply.js';
import { createSignatureCheck, tokenRefusal } from './token-precheck.js';
import { handleTurn } from './turn.js';

export type TeamsChannel = TeamsConnector & { router: Router };

const REFUSALS = {
  400: { error: 'bad_request', message: 'The activity could not be understood.' },
  401: { error: 'unauthorized', message: 'The request is not authorized.' },
} as const;

export function createTeamsChannel(
  config: TeamsConfig,
  deps: ChannelDeps,
  connector: TeamsConnector,
  options: { bodyLimitBytes: number; auth?: TeamsAuthOverrides; renewEveryMs?: number | undefined },
): TeamsChannel {
  const { adapter, auth, sendPersonal } = connector;
  const log = deps.logger.child({ module: 'teams' });
  const signatureRefusal = createSignatureCheck({
    openIdMetadataUrl: options.auth?.openIdMetadataUrl,
    channelIssuer: options.auth?.tokenIssuer,
  });

  // The one error handler: the log keeps the detail, the user gets one polite sentence.
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error({ err: error, activity: context.activity.id }, 'teams turn failed');
    await context.sendActivity(teamsErrorReply(error)).catch(() => undefined);
  };

  const router = express.Router();
  if (config.mode === 'dev-unauthenticated') {
    log.warn(
      'TEAMS_DEV_UNAUTHENTICATED is on: /api/messages accepts unauthenticated requests from this machine only',
    );
  }
  router.post('/api/messages', express.json({ limit: options.bodyLimitBytes }), async (req, res, next) => {
    if (config.mode === 'dev-unauthenticated' && !isLoopback(req.socket.remoteAddress)) {
      res.status(403).json({
        error: 'forbidden',
        message: 'Unauthenticated Teams requests are accepted from this machine only.',
      });
      return;
    }
    // Authenticate first, then read the activity, then run the turn: every refusal is a 401 or a 400 with
    // its reason logged at warn, never a 500 with a stack trace (CloudAdapter.process answers 500 to
    // token errors it does not recognise and to a body without a type).
    const refuse = (status: 400 | 401, reason: string) => {
      log.warn({ status, reason }, 'teams request refused');
      deps.onRequest?.('refused', status === 400 ? 'malformed activity' : 'token refused');
      res.status(status).json(REFUSALS[status]);
    };
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      refuse(400, 'the body is not a JSON object');
      return;
    }
    const activity = body as Activity & Record<string, unknown>;
    const header = req.headers.authorization ?? '';
    let authenticated: Awaited<ReturnType<typeof auth.authenticateRequest>>;
    try {
      const plainlyInvalid =
        config.mode === 'authenticated' ? (tokenRefusal(header) ?? (await signatureRefusal(header))) : null;
      if (plainlyInvalid) throw new Error(plainlyInvalid);
      authenticated = await auth.authenticateRequest(activity, header);
    } catch (e) {
      refuse(401, (e as Error).message || 'the token was refused');
      return;
    }
    if (typeof activity.type !== 'string' || activity.type.length === 0) {
      refuse(400, 'the activity has no type');
      return;
    }
    for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
      const value = activity[field];
      if (typeof value === 'string') (activity as Record<string, unknown>)[field] = new Date(value);
    }
    try {
      const invoke = await adapter.run(authenticated, activity, async (context) => {
        const a = context.activity;
        // Teams redelivers activities it thinks failed: answer each activity in a conversation once.
        const key = a.id ? `teams:${a.conversation?.id ?? ''}:${a.id}` : null;
        const claim = key ? await deps.store.claimEvent(key, EVENT_LEASE_MS) : 'fresh';
        if (!claim) {
          log.info({ activity: a.id }, 'teams activity skipped: already handled');
          deps.onRequest?.('duplicate');
          return;
        }
        // Taken over from an instance that died while handling it. Teams offers no way to see whether it
        // answered before dying, so it is not answered again: an operator can look at the conversation.
        if (key && claim === 'unknown') {
          await deps.store.finishEvent(key);
          log.warn(
            { activity: a.id, conversation: a.conversation?.id },
            'teams activity skipped: outcome unknown after a restart, not answered again',
          );
          deps.onRequest?.('unknown');
          return;
        }
        // Renewed while the turn runs: a slow turn is not taken for one whose process died.
        const held = key
          ? holdEventClaim(deps.store, key, {
              now: Date.now,
              renewEveryMs: options.renewEveryMs,
              onError: (err) =>
                log.warn({ err, activity: a.id }, 'could not renew the claim on a teams activity'),
            })
          : null;
        try {
          await handleTurn(context, { ...deps, sendPersonal });
        } finally {
          await held?.stop();
        }
        if (key) await deps.store.finishEvent(key);
        // One line per activity when its turn is done: operators (and tests) know nothing more will happen.
        log.info({ activity: a.id }, 'teams activity handled');
        deps.onRequest?.('handled');
      });
      if (invoke?.body === undefined) res.status(invoke?.status ?? 200).end();
      else res.status(invoke.status).json(invoke.body);
    } catch (e) {
      next(e);
    }
  });

  return { ...connector, router };
}
