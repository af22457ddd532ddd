// `charterbot digest ...`: the digest command of Slack and Teams (src/app/commands.ts) at the command line. The
// options are read into the chat's DigestCommand, the operator is an admin, and the reply is the chat's, naming
// the conversation. Also the list of subscriptions, previews in every format, and one scheduler tick at a fixed
// clock (`run-due`) for operators and tests.
import Table from 'cli-table3';
import {
  createDigestCommand,
  type DigestAsker,
  type DigestReply,
  listSubscriptions as listRows,
  type RunDigestCommand,
} from '../../app/commands.js';
import { createDigestPreview } from '../../app/digest-preview.js';
import { type Knowledge, loadKnowledge } from '../../charter/load.js';
import type { ThemeKey } from '../../charter/schema.js';
import { themeKey } from '../../charter/themes.js';
import type { DigestCommand, DigestPlace } from '../../digest/command.js';
import { isZone, parseTime, parseWeekday } from '../../digest/schedule.js';
import type { Language } from '../../engine/types.js';
import { createNames, type Names } from '../../measurements/names.js';
import {
  describeSubscription,
  noSubscriptionsText,
  notADateTimeText,
  notConfiguredText,
  pausedReasonText,
  runWithErrorText,
  type SubscribeProblem,
  type SubscriptionState,
  subscriptionStateText,
  subscriptionsHead,
  tickSummaryText,
} from '../../phrase/digest-command.js';
import { renderDigestCard } from '../../render/digest-card.js';
import { renderDigestSlack } from '../../render/digest-slack.js';
import { renderDigestEmail, renderDigestText } from '../../render/digest-text.js';
import type { Store } from '../../store/store.js';
import type { CommandIo as Io } from './io.js';
import { printNotice } from './operator.js';
import { UsageError } from './report-failure.js';
import { withStore } from './with-store.js';

/** A reply at the terminal: a notice (see printNotice), or a digest in the format asked for. */
type Show = (reply: DigestReply, format?: string) => number;

/** The digest command with this installation's store and settings, as the server runs it. */
function withDigestCommand(
  io: Io,
  fn: (run: RunDigestCommand, use: { store: Store; knowledge: Knowledge; show: Show }) => Promise<number>,
): Promise<number> {
  return withStore(io.env, (store, config) => {
    const knowledge = loadKnowledge();
    const previewDigest = createDigestPreview({ knowledge, store, progress: config.progress });
    const run = createDigestCommand({
      knowledge,
      store,
      previewDigest,
      platforms: config,
      defaultLanguage: config.defaultLanguage,
    });
    const links = { consoleUrl: config.publicUrl };
    const lexicon = knowledge.lexicon;
    const show: Show = (reply, format = 'text') => {
      if (reply.kind === 'notice') return printNotice(reply, io);
      const { digest } = reply;
      if (format === 'json') io.out(`${JSON.stringify(digest, null, 2)}\n`);
      else if (format === 'slack')
        io.out(`${JSON.stringify(renderDigestSlack(digest, lexicon, links), null, 2)}\n`);
      else if (format === 'teams')
        io.out(`${JSON.stringify(renderDigestCard(digest, lexicon, links), null, 2)}\n`);
      else if (format === 'email') io.out(renderDigestEmail(digest, lexicon, links));
      else io.out(renderDigestText(digest, lexicon, links));
      return 0;
    };
    return fn(run, { store, knowledge, show });
  });
}

/** The operator at the terminal, about one conversation (or none). */
const operator = (place: DigestPlace | null, subscriber?: string): DigestAsker => ({
  surface: 'cli',
  place,
  subscriber: subscriber ?? null,
  isAdmin: true,
});

/** The conversation a subscription is kept for; a problem when there is no subscription with that id. */
async function placeOf(store: Store, id: string, problems: SubscribeProblem[]): Promise<DigestPlace | null> {
  const s = await store.getSubscription(id);
  if (!s) problems.push({ kind: 'subscription', given: id });
  return s ? { platform: s.platform, conversation: s.conversation, team: s.team } : null;
}

/** --wijk as typed ("zuilen-oost"), as the charter names it; a problem for one that is no wijk of it. */
function wijkNames(names: Names, list: string[], problems: SubscribeProblem[]): string[] {
  return list.flatMap((w) => {
    const hit = names.wijk(w);
    if (hit && 'name' in hit) return [hit.name];
    problems.push({ kind: 'wijk', given: w });
    return [];
  });
}

/** --theme in Dutch or English ("veiligheid", "safety"), as its key. */
function themeKeys(list: string[], problems: SubscribeProblem[]): ThemeKey[] {
  return list.flatMap((t) => {
    const key = themeKey(t);
    if (key) return [key];
    problems.push({ kind: 'theme', given: t });
    return [];
  });
}

/** The language of a command's replies, errors included: --language, else DEFAULT_LANGUAGE (also from .env). */
async function replyLanguage(language: Language | undefined, env: NodeJS.ProcessEnv): Promise<Language> {
  if (language) return language;
  const { defaultLanguage } = await import('../../env.js');
  return defaultLanguage(env);
}

type SubscribeOptions = {
  slackChannel?: string;
  slackTeam?: string;
  teamsConversation?: string;
  weekday?: string;
  time?: string;
  zone?: string;
  wijk?: string[];
  theme?: string[];
  language?: Language;
  quiet?: boolean;
  holidays?: boolean;
  alerts?: boolean;
  subscriber?: string;
  owner?: string[];
};

/**
 * The options of `digest subscribe` as the chat's `digest subscribe` words: only what is given, so a second
 * subscribe changes that and keeps the rest. The conversation: exactly one of --slack-channel and
 * --teams-conversation (else none, which the command refuses).
 */
function readSubscribe(
  opts: SubscribeOptions,
  names: Names,
): { command: DigestCommand; place: DigestPlace | null } {
  const problems: SubscribeProblem[] = [];
  const { slackChannel: slack, teamsConversation: teams } = opts;
  if (slack && !/^[CGD][A-Z0-9]{2,30}$/.test(slack)) problems.push({ kind: 'slack_channel', given: slack });
  const command: Extract<DigestCommand, { action: 'subscribe' }> = {
    action: 'subscribe',
    schedule: {},
    scope: {},
  };
  if (opts.weekday !== undefined) {
    const weekday = parseWeekday(opts.weekday);
    if (weekday) command.schedule.weekday = weekday;
    else problems.push({ kind: 'weekday', given: opts.weekday });
  }
  if (opts.time !== undefined) {
    const time = parseTime(opts.time);
    if (time) command.schedule.time = time;
    else problems.push({ kind: 'time', given: opts.time });
  }
  if (opts.zone !== undefined) {
    if (isZone(opts.zone)) command.schedule.zone = opts.zone;
    else problems.push({ kind: 'zone', given: opts.zone });
  }
  if (opts.holidays !== undefined) command.schedule.holidays = opts.holidays;
  if (opts.wijk !== undefined) command.scope.wijken = wijkNames(names, opts.wijk, problems);
  if (opts.theme !== undefined) command.scope.themes = themeKeys(opts.theme, problems);
  if (opts.language !== undefined) command.language = opts.language;
  if (opts.quiet !== undefined) command.heartbeat = !opts.quiet;
  if (opts.alerts !== undefined) command.alerts = opts.alerts;
  if (opts.owner !== undefined) {
    const owners: Record<string, string[]> = {};
    for (const o of opts.owner) {
      const [indicatorText, user] = o.split('=');
      const keys = names.indicators(indicatorText ?? '');
      const key = keys[0];
      if (keys.length !== 1 || !key || !user || !/^[A-Za-z0-9:._-]{2,100}$/.test(user))
        problems.push({ kind: 'owner', given: o });
      else owners[key] = [...(owners[key] ?? []), user];
    }
    command.owners = owners;
  }
  const place: DigestPlace | null =
    Boolean(slack) === Boolean(teams)
      ? null
      : slack
        ? { platform: 'slack', conversation: slack, team: opts.slackTeam ?? null }
        : { platform: 'teams', conversation: `teams:${(teams ?? '').replace(/^teams:/, '')}`, team: null };
  return { command: problems.length > 0 ? { action: 'invalid', unknown: [], problems } : command, place };
}

export async function subscribe(opts: SubscribeOptions, io: Io): Promise<number> {
  const lang = await replyLanguage(opts.language, io.env);
  return withDigestCommand(io, async (run, { knowledge, show }) => {
    const { command, place } = readSubscribe(opts, createNames(knowledge));
    return show(await run(command, operator(place, opts.subscriber), lang));
  });
}

export async function listSubscriptions(
  opts: { json?: boolean; language?: Language },
  io: Io,
): Promise<number> {
  const knowledge = loadKnowledge();
  return withStore(io.env, async (store, config) => {
    const lang = opts.language ?? config.defaultLanguage;
    const rows = await listRows({ store, platforms: config }, Date.now());
    if (opts.json) {
      const json = rows.map(({ subscription: s, next, last, waiting }) => ({
        ...s,
        waiting: waiting ? notConfiguredText(waiting, lang) : null,
        // The stored reason stays as it is (a platform code, say); this says it in the reader's words.
        pausedReasonText: s.active ? null : pausedReasonText(s.pausedReason, lang),
        lastRun: last,
        next: next?.toISO() ?? null,
      }));
      io.out(`${JSON.stringify(json, null, 2)}\n`);
      return 0;
    }
    if (rows.length === 0) {
      io.out(`${noSubscriptionsText(lang)}\n`);
      return 0;
    }
    const table = new Table({
      head: subscriptionsHead(lang),
      style: { head: [], border: [] },
      wordWrap: true,
      colWidths: [38, 22, 44, 36, 22],
    });
    for (const { subscription: s, next, last, waiting } of rows) {
      const state: SubscriptionState = waiting
        ? { kind: 'waiting', platform: s.platform }
        : s.active
          ? { kind: 'active', next: next?.toFormat('yyyy-LL-dd HH:mm') ?? '' }
          : { kind: 'paused', reason: s.pausedReason };
      table.push([
        s.id,
        `${s.platform === 'slack' ? 'Slack' : 'Teams'} ${s.conversation}`,
        describeSubscription(s, knowledge.lexicon, lang),
        subscriptionStateText(state, lang),
        last ? runWithErrorText(last, lang) : '—',
      ]);
    }
    io.out(`${table.toString()}\n`);
    return 0;
  });
}

export async function unsubscribe(id: string, opts: { language?: Language }, io: Io): Promise<number> {
  const lang = await replyLanguage(opts.language, io.env);
  return withDigestCommand(io, async (run, { store, show }) => {
    const problems: SubscribeProblem[] = [];
    const place = await placeOf(store, id, problems);
    const command: DigestCommand =
      problems.length > 0 ? { action: 'invalid', unknown: [], problems } : { action: 'unsubscribe' };
    return show(await run(command, operator(place), lang));
  });
}

export async function preview(
  opts: {
    wijk?: string[];
    theme?: string[];
    asOf?: string;
    language?: Language;
    format: string;
    subscription?: string;
  },
  io: Io,
): Promise<number> {
  const lang = await replyLanguage(opts.language, io.env);
  return withDigestCommand(io, async (run, { store, knowledge, show }) => {
    const problems: SubscribeProblem[] = [];
    const scope = {
      wijken: wijkNames(createNames(knowledge), opts.wijk ?? [], problems),
      themes: themeKeys(opts.theme ?? [], problems),
    };
    // A subscription's digest follows its scope and language; without one, the options' scope.
    const place = opts.subscription ? await placeOf(store, opts.subscription, problems) : null;
    const command: DigestCommand =
      problems.length > 0
        ? { action: 'invalid', unknown: [], problems }
        : { action: 'preview', scope, ...(opts.asOf ? { asOf: opts.asOf } : {}) };
    return show(await run(command, operator(place), lang), opts.format);
  });
}

export async function runDue(
  opts: { now?: string; language?: Language },
  io: Io,
  { runDigestsOnce }: Pick<typeof import('../../main.js'), 'runDigestsOnce'>,
): Promise<number> {
  const { loadConfig } = await import('../../config.js');
  const { createLogger } = await import('../../logger.js');
  const config = loadConfig(io.env);
  const lang = opts.language ?? config.defaultLanguage;
  const now = opts.now ? Date.parse(opts.now) : Date.now();
  if (!Number.isFinite(now)) throw new UsageError(notADateTimeText(opts.now ?? '', lang));
  // The log goes to stderr: stdout carries the summary.
  const summary = await runDigestsOnce(config, createLogger(config.logLevel, io.stderr), now);
  io.out(`${tickSummaryText(summary, lang)}\n`);
  return summary.failed > 0 || summary.unknown > 0 || summary.claimed > 0 ? 1 : 0;
}
