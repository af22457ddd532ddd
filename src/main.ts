// Composition root: the only place that builds and wires things together.

import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Router } from 'express';
import { createAskAndRecord } from './app/ask-and-record.js';
import type { ChannelDeps } from './app/channel-deps.js';
import { createCharterCommand } from './app/charter-command.js';
import { createDigestPreview } from './app/digest-preview.js';
import { startEngine } from './app/engine-start.js';
import { createProgressSource } from './app/progress-data.js';
import { createPseudonymizer } from './app/pseudonymize.js';
import { createRecordMeasurement } from './app/record-measurement.js';
import { createSlackChannel, type SlackChannel } from './channels/slack/create-slack-channel.js';
import { createSlackDigestPoster } from './channels/slack/digest-poster.js';
import {
  createTeamsConnector,
  type TeamsAuthOverrides,
  type TeamsConnector,
} from './channels/teams/connector.js';
import { createTeamsChannel, type TeamsChannel } from './channels/teams/create-teams-channel.js';
import { createTeamsDigestPoster } from './channels/teams/digest-poster.js';
import { createWebRouter } from './channels/web/router.js';
import { type Knowledge, loadKnowledge } from './charter/load.js';
import { type Config, loadConfig, loadDotenv } from './config.js';
import {
  createDigestRunner,
  type DigestOutcome,
  type DigestRunner,
  type TickSummary,
} from './digest/deliver.js';
import { databaseLabel } from './env.js';
import { AppError, libraryCode } from './errors.js';
import { CONSOLE_CLOSED_MESSAGE, consoleGuard } from './http/console-guard.js';
import { createApp } from './http/create-app.js';
import { isLoopbackHost } from './http/loopback.js';
import { createMetrics, metricsRouter } from './http/metrics.js';
import { createStaffSignIn } from './http/staff-sign-in.js';
import { createLogger, type Logger } from './logger.js';
import { createNames } from './measurements/names.js';
import { openStore } from './store/open.js';
import type { Store, StoreEvents } from './store/store.js';

export type Running = {
  url: string;
  /** Who the console is open to: this machine, staff who sign in (at `consoleUrl`), or nobody. */
  console: { access: 'this-machine' | 'sign-in' | 'closed'; url: string };
  store: Store;
  /** The HTTP routers in the order they are mounted (the API description is checked against them). */
  routers: Router[];
  teams: TeamsChannel | null;
  /** One scheduler tick, as `charterbot digest run-due` runs it. */
  digests: DigestRunner;
  close(): Promise<void>;
};

/** Knobs tests turn: no Web API retries against a fake, a fixed clock. */
export type StartOptions = {
  slackRetries?: number;
  now?: () => number;
  teamsAuth?: TeamsAuthOverrides;
  /** Tests shorten the digest backoff. */
  digestRetry?: { attempts: number; baseMs: number };
  /** How often a handler renews its claim on a Slack event or Teams activity (tests shorten it). */
  eventRenewMs?: number;
  /** How long a digest's platform call may go unanswered before it is cut off (tests shorten it). */
  platformTimeoutMs?: number;
};

/** The store both the server and `run-due` open. */
function openBotStore(config: Config, logger: Logger, onError?: StoreEvents['onError']): Promise<Store> {
  return openStore(
    config.database,
    {
      onError,
      // Said once: readiness stays 503 until an operator restores the database and restarts.
      onDamaged: (message) => logger.error({ module: 'store' }, message),
    },
    { fullCheck: true },
  );
}

/** The digest runner with a poster for each configured platform: all that `run-due` builds besides the store. */
function createDigests(
  config: Config,
  deps: { knowledge: Knowledge; store: Store; logger: Logger; teams: TeamsConnector | null },
  options: StartOptions,
  onOutcome?: (outcome: DigestOutcome) => void,
): DigestRunner {
  const { knowledge, store, logger, teams } = deps;
  const links = { consoleUrl: config.publicUrl };
  return createDigestRunner({
    knowledge,
    store,
    progress: config.progress,
    logger,
    now: options.now,
    ...(onOutcome ? { onOutcome } : {}),
    ...(options.platformTimeoutMs ? { callTimeoutMs: options.platformTimeoutMs } : {}),
    ...(options.digestRetry ? { retry: options.digestRetry } : {}),
    posters: {
      // Slack's poster calls the Web API itself: no Bolt app (it verifies its token over the network).
      ...(config.slack
        ? {
            slack: createSlackDigestPoster({
              botToken: config.slack.botToken,
              apiUrl: config.slack.apiUrl,
              knowledge,
              links,
              charts: true,
              timeoutMs: options.platformTimeoutMs,
              logger,
            }),
          }
        : {}),
      // Teams' poster needs only the outbound connection, not the channel that answers /api/messages.
      ...(teams
        ? {
            teams: createTeamsDigestPoster({
              teams,
              store,
              knowledge,
              links,
              timeoutMs: options.platformTimeoutMs,
            }),
          }
        : {}),
    },
  });
}

/** Builds the whole bot (store, engine, channels, digests, sign-in) without listening. */
async function buildBot(config: Config, logger: Logger, options: StartOptions) {
  const knowledge = loadKnowledge();
  const metrics = createMetrics();
  const store = await openBotStore(config, logger, metrics.storeError);
  const engine = await startEngine(knowledge, {
    contexts: { get: (t) => store.getThread(t), set: (t, c) => store.setThread(t, c) },
  });
  let pseudonymKey = config.audit.pseudonymKey;
  if (!pseudonymKey && config.teams?.mode === 'dev-unauthenticated') {
    // Local emulator work only: pseudonyms hold for this process, not across restarts or instances.
    pseudonymKey = randomBytes(32).toString('hex');
    logger.warn(
      'AUDIT_PSEUDONYM_KEY is not set: using a key for this process only (fine for local work, not for production)',
    );
  }
  const pseudonymize = createPseudonymizer(pseudonymKey);
  const progress = createProgressSource(store, config.progress);
  const askAndRecord = createAskAndRecord({
    engine,
    store,
    // The engine above reads thread context from the store: it is saved with each answer's record.
    threadsInStore: true,
    pseudonymize,
    logger,
    progress,
    logQuestions: config.logQuestions,
    onAnswered: metrics.answered,
  });
  if (config.logQuestions)
    logger.warn(
      'LOG_QUESTIONS is on: question text goes to the log. Use it for debugging only; questions may hold personal data',
    );

  const names = createNames(knowledge);
  const links = { consoleUrl: config.publicUrl };
  const previewDigest = createDigestPreview({
    knowledge,
    store,
    progress: config.progress,
    now: options.now,
  });
  const recordMeasurement = createRecordMeasurement({
    knowledge,
    names,
    store,
    progress: config.progress,
    now: options.now,
  });
  const command = createCharterCommand({
    knowledge,
    names,
    store,
    askAndRecord,
    recordMeasurement,
    previewDigest,
    pseudonymize,
    admins: new Set(config.admins),
    logger,
    defaultLanguage: config.defaultLanguage,
    platforms: config,
    now: options.now,
  });
  const channelDeps: ChannelDeps = {
    command,
    askAndRecord,
    previewDigest,
    pseudonymize,
    store,
    knowledge,
    logger,
    letter: config.email,
    readsAsFollowUp: engine.readsAsFollowUp,
    links,
    // The Teams message extension's results while typing: answered, not recorded (picking one is).
    previewAnswer: (question: string) => engine.ask(question, { data: progress }),
  };

  let slack: SlackChannel | null = null;
  if (config.slack) {
    slack = createSlackChannel(
      config.slack,
      { ...channelDeps, onRequest: (outcome, reason) => metrics.platformRequest('slack', outcome, reason) },
      {
        bodyLimitBytes: config.http.bodyLimitBytes,
        retries: options.slackRetries,
        now: options.now,
        renewEveryMs: options.eventRenewMs,
      },
    );
    logger.info({ mode: config.slack.appToken ? 'socket' : 'http' }, 'Slack is connected');
  } else {
    logger.info('Slack is not configured (set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to connect it)');
  }
  const teams = config.teams
    ? createTeamsChannel(
        config.teams,
        { ...channelDeps, onRequest: (outcome, reason) => metrics.platformRequest('teams', outcome, reason) },
        createTeamsConnector(config.teams, options.teamsAuth),
        {
          bodyLimitBytes: config.http.bodyLimitBytes,
          auth: options.teamsAuth,
          renewEveryMs: options.eventRenewMs,
        },
      )
    : null;
  if (!teams)
    logger.info('Teams is not configured: /api/messages is closed (set MICROSOFT_APP_ID, see README)');

  const digests = createDigests(config, { knowledge, store, logger, teams }, options, metrics.digest);

  // Slack's router goes first: Bolt verifies signatures over the raw body, before any JSON parser.
  // With staff sign-in the console and its API need a signed-in session on every address; without it,
  // bound beyond this machine, they are closed: nobody could have signed in to them.
  const signIn = config.signIn
    ? createStaffSignIn(config.signIn, {
        logger,
        pseudonym: (id) => pseudonymize('web', id),
        now: options.now,
      })
    : null;
  const exposed = !isLoopbackHost(config.host);
  const behindProxy = config.http.trustProxy;
  if (signIn)
    logger.info({ issuer: config.signIn?.issuer.origin }, 'the console and /api/* require staff sign-in');
  else if (exposed)
    logger.warn({ host: config.host }, `HOST is not a loopback address: ${CONSOLE_CLOSED_MESSAGE}`);
  // Behind a proxy every request arrives from this machine: what stays closed to the world is said once.
  const proxyLimits = [
    ...(!signIn && !exposed
      ? [
          'the console and /api/* answer only clients on this machine (by the address the proxy reports) until staff sign-in is configured',
        ]
      : []),
    ...(!config.metricsToken ? ['/metrics answers only with METRICS_TOKEN'] : []),
  ];
  if (behindProxy && proxyLimits.length > 0)
    logger.warn(`TRUST_PROXY is on, so requests come through a proxy: ${proxyLimits.join('; ')}`);
  const routers = [
    ...(slack ? [slack.router] : []),
    ...(teams ? [teams.router] : []),
    metricsRouter(metrics, config.metricsToken, { behindProxy }),
    ...(signIn ? [signIn.router] : [consoleGuard(exposed ? 'closed' : 'this-machine')]),
    createWebRouter({
      askAndRecord,
      previewDigest,
      knowledge,
      store,
      config,
      logger,
      pseudonymize,
      staffOf: signIn?.staffOf,
    }),
  ];
  const access = signIn ? 'sign-in' : exposed ? 'closed' : 'this-machine';
  return { store, knowledge, slack, teams, digests, routers, access } as const;
}

/** Builds the whole bot and starts listening. Tests call this with their own config and logger. */
export async function startServer(
  config: Config,
  logger: Logger,
  options: StartOptions = {},
): Promise<Running> {
  const { store, knowledge, slack, teams, digests, routers, access } = await buildBot(
    config,
    logger,
    options,
  );
  const app = createApp({ config, logger, routers });

  const server = app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
  logger.info(
    { url, knowledge: knowledge.meta.version, database: databaseLabel(config.database) },
    'charterbot is listening',
  );
  // Socket Mode connects out to Slack; HTTP mode is already served by the router above.
  await slack?.start();

  // Every instance may tick: the claim on (subscription, period) makes each digest go out once.
  let ticking: Promise<unknown> | null = null;
  const tick = () => {
    if (ticking) return;
    ticking = digests
      .tick()
      .then((summary) => {
        if (summary.due > 0) logger.info({ module: 'digest', ...summary }, 'digest tick');
      })
      .catch((err: unknown) => logger.error({ err, module: 'digest' }, 'digest tick failed'))
      .finally(() => {
        ticking = null;
      });
  };
  const scheduler = config.digestScheduler ? setInterval(tick, 60_000) : null;
  scheduler?.unref();
  if (config.digestScheduler) setTimeout(tick, 1000).unref();

  let closing: Promise<void> | null = null;
  return {
    url,
    console: { access, url: access === 'sign-in' ? (config.publicUrl ?? url) : url },
    routers,
    store,
    teams,
    digests,
    close() {
      // Stop accepting, let in-flight requests finish, then close the store.
      if (scheduler) clearInterval(scheduler);
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 10_000).unref();
      })
        .then(() => ticking)
        .then(() => slack?.stop())
        .then(() => store.close());
      return closing;
    },
  };
}

/**
 * `charterbot digest run-due`: one scheduler tick at a fixed clock, then the store is closed. It builds only
 * what posting digests needs: the knowledge, the store, the runner and its posters (no engine, channels or
 * staff sign-in).
 */
export async function runDigestsOnce(
  config: Config,
  logger: Logger,
  now: number,
  options: StartOptions = {},
): Promise<TickSummary> {
  const knowledge = loadKnowledge();
  const store = await openBotStore(config, logger);
  const teams = config.teams ? createTeamsConnector(config.teams, options.teamsAuth) : null;
  const digests = createDigests(config, { knowledge, store, logger, teams }, { ...options, now: () => now });
  try {
    return await digests.tick(now);
  } finally {
    await store.close();
  }
}

/**
 * `npm start`: configuration from the environment, graceful shutdown. Bad settings (config_invalid), a store
 * that cannot be used (store_unavailable) and a port in use (port_in_use) are thrown: the CLI's error handler
 * says what is wrong in one message and exits 1.
 */
export async function main(): Promise<void> {
  await loadDotenv();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let running: Running;
  try {
    running = await startServer(config, logger);
  } catch (e) {
    if (libraryCode(e) === 'EADDRINUSE')
      throw new AppError(
        'port_in_use',
        `port ${config.port} on ${config.host} is already in use. Stop the other process, or choose another port: PORT=${config.port + 1} npm start`,
        { cause: e },
      );
    throw e;
  }
  // Point at the console only where the person reading this can open it.
  const where =
    running.console.access === 'this-machine'
      ? `open ${running.console.url} in your browser`
      : running.console.access === 'sign-in'
        ? `open ${running.console.url} in your browser and sign in`
        : `answering Slack and Teams at ${running.url}; the console is closed on this address until staff sign-in is configured (README, "Security and privacy")`;
  process.stdout.write(`\ncharterbot is running: ${where} (Ctrl-C to stop)\n\n`);
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    running.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop(signal));
  // A wrapper that does not pass signals on (a shell, a process manager's script) may be stopped while the
  // server runs on as an orphan: when the process that started it is gone, stop too.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop('the process that started the server has exited');
  }, 1000).unref();
}
