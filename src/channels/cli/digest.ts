// `charterbot digest ...`: subscriptions from the command line, previews in every format, and one scheduler
// tick at a fixed clock (`run-due`) for operators and tests.
import { randomUUID } from 'node:crypto';
import Table from 'cli-table3';
import { DateTime } from 'luxon';
import { loadKnowledge } from '../../charter/load.js';
import type { ThemeKey } from '../../charter/schema.js';
import { themeKey } from '../../charter/themes.js';
import { mergeSubscribe } from '../../digest/command.js';
import { unconfigured } from '../../digest/platforms.js';
import { prepareDigest } from '../../digest/prepare.js';
import { isZone, nextRun, parseTime, parseWeekday, periodOf } from '../../digest/schedule.js';
import type { Language } from '../../engine/types.js';
import { createNames, type Names } from '../../measurements/names.js';
import {
  describeSubscription,
  noSubscriptionsText,
  notADateTimeText,
  notConfiguredText,
  notSubscribedText,
  pausedReasonText,
  runWithErrorText,
  type SubscribeProblem,
  type SubscriptionState,
  subscribedText,
  subscribeProblemText,
  subscriptionStateText,
  subscriptionsHead,
  tickSummaryText,
  unsubscribedText,
} from '../../phrase/digest-command.js';
import { renderDigestCard } from '../../render/digest-card.js';
import { renderDigestSlack } from '../../render/digest-slack.js';
import { renderDigestEmail, renderDigestText } from '../../render/digest-text.js';
import { ZONE } from '../../time.js';
import type { CommandIo as Io } from './io.js';
import { UsageError } from './report-failure.js';
import { withStore } from './with-store.js';

/** The language of a command's replies, errors included: --language, else DEFAULT_LANGUAGE (also from .env). */
async function replyLanguage(language: Language | undefined, env: NodeJS.ProcessEnv): Promise<Language> {
  if (language) return language;
  const { defaultLanguage } = await import('../../env.js');
  return defaultLanguage(env);
}

/** Bad input to a subscribe or preview: refused in the command's language. */
const refuse = (problem: SubscribeProblem, lang: Language) =>
  new UsageError(subscribeProblemText(problem, lang));

function wijkNames(names: Names, list: string[] | undefined, lang: Language): string[] {
  return (list ?? []).map((w) => {
    const hit = names.wijk(w);
    if (!hit || 'outside' in hit) throw refuse({ kind: 'wijk', given: w }, lang);
    return hit.name;
  });
}

/** Themes as typed, in Dutch or English ("veiligheid", "safety"), as their keys. */
function themeKeys(list: string[] | undefined, lang: Language): ThemeKey[] {
  return (list ?? []).map((t) => {
    const key = themeKey(t);
    if (!key) throw refuse({ kind: 'theme', given: t }, lang);
    return key;
  });
}

export async function subscribe(
  opts: {
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
  },
  io: Io,
): Promise<number> {
  const lang = await replyLanguage(opts.language, io.env);
  const knowledge = loadKnowledge();
  const names = createNames(knowledge);
  const owners: Record<string, string[]> = {};
  for (const o of opts.owner ?? []) {
    const [indicatorText, user] = o.split('=');
    const keys = names.indicators(indicatorText ?? '');
    if (keys.length !== 1 || !user || !/^[A-Za-z0-9:._-]{2,100}$/.test(user))
      throw refuse({ kind: 'owner', given: o }, lang);
    owners[keys[0] as string] = [...(owners[keys[0] as string] ?? []), user];
  }
  if (Boolean(opts.slackChannel) === Boolean(opts.teamsConversation)) throw refuse({ kind: 'where' }, lang);
  if (opts.slackChannel && !/^[CGD][A-Z0-9]{2,30}$/.test(opts.slackChannel))
    throw refuse({ kind: 'slack_channel', given: opts.slackChannel }, lang);
  // Only what is given changes: a second subscribe keeps every other setting of the channel's subscription.
  const named: Parameters<typeof mergeSubscribe>[0] = { action: 'subscribe', schedule: {}, scope: {} };
  if (opts.weekday !== undefined) {
    const weekday = parseWeekday(opts.weekday);
    if (!weekday) throw refuse({ kind: 'weekday', given: opts.weekday }, lang);
    named.schedule.weekday = weekday;
  }
  if (opts.time !== undefined) {
    const time = parseTime(opts.time);
    if (!time) throw refuse({ kind: 'time', given: opts.time }, lang);
    named.schedule.time = time;
  }
  if (opts.zone !== undefined) {
    if (!isZone(opts.zone)) throw refuse({ kind: 'zone', given: opts.zone }, lang);
    named.schedule.zone = opts.zone;
  }
  if (opts.holidays !== undefined) named.schedule.holidays = opts.holidays;
  if (opts.wijk !== undefined) named.scope.wijken = wijkNames(names, opts.wijk, lang);
  if (opts.theme !== undefined) named.scope.themes = themeKeys(opts.theme, lang);
  if (opts.language !== undefined) named.language = opts.language;
  if (opts.quiet !== undefined) named.heartbeat = !opts.quiet;
  if (opts.alerts !== undefined) named.alerts = opts.alerts;
  return withStore(io.env, async (store, config) => {
    const platform = opts.slackChannel ? 'slack' : 'teams';
    if (unconfigured(platform, config)) throw new UsageError(notSubscribedText(platform, lang));
    const conversation =
      opts.slackChannel ?? `teams:${(opts.teamsConversation ?? '').replace(/^teams:/, '')}`;
    if (
      platform === 'teams' &&
      !(await store.listConversations('teams')).some((c) => c.key === conversation)
    ) {
      throw refuse({ kind: 'teams_not_installed', given: conversation.slice(6) }, lang);
    }
    const at = new Date().toISOString();
    const existing = await store.findSubscription(platform, conversation);
    const { isNew, subscription } = await store.saveSubscription({
      id: existing?.id ?? randomUUID(),
      platform,
      conversation,
      team: opts.slackTeam ?? existing?.team ?? null,
      ...mergeSubscribe(named, existing, config.defaultLanguage),
      owners: Object.keys(owners).length > 0 ? owners : (existing?.owners ?? {}),
      active: true,
      pausedReason: null,
      subscriber: opts.subscriber ?? existing?.subscriber ?? null,
      createdAt: at,
      updatedAt: at,
    });
    const next = nextRun(subscription.schedule, Date.now()).toFormat('yyyy-LL-dd HH:mm ZZ');
    io.out(`${subscribedText({ isNew, subscription, next }, knowledge.lexicon, lang)}\n`);
    return 0;
  });
}

export async function listSubscriptions(
  opts: { json?: boolean; language?: Language },
  io: Io,
): Promise<number> {
  const knowledge = loadKnowledge();
  return withStore(io.env, async (store, config) => {
    const lang = opts.language ?? config.defaultLanguage;
    const subs = await store.listSubscriptions();
    const rows = await Promise.all(
      subs.map(async (s) => {
        const waiting = s.active ? unconfigured(s.platform, config) : null;
        return {
          ...s,
          waiting: waiting ? notConfiguredText(waiting, lang) : null,
          // The stored reason stays as it is (a platform code, say); this says it in the reader's words.
          pausedReasonText: s.active ? null : pausedReasonText(s.pausedReason, lang),
          lastRun: (await store.listDigestRuns(s.id))[0] ?? null,
          next: s.active ? nextRun(s.schedule, Date.now()) : null,
        };
      }),
    );
    if (opts.json) {
      io.out(
        `${JSON.stringify(
          rows.map((r) => ({ ...r, next: r.next?.toISO() ?? null })),
          null,
          2,
        )}\n`,
      );
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
    for (const r of rows) {
      const state: SubscriptionState = r.waiting
        ? { kind: 'waiting', platform: r.platform }
        : r.active
          ? { kind: 'active', next: r.next?.toFormat('yyyy-LL-dd HH:mm') ?? '' }
          : { kind: 'paused', reason: r.pausedReason };
      table.push([
        r.id,
        `${r.platform === 'slack' ? 'Slack' : 'Teams'} ${r.conversation}`,
        describeSubscription(r, knowledge.lexicon, lang),
        subscriptionStateText(state, lang),
        r.lastRun ? runWithErrorText(r.lastRun, lang) : '—',
      ]);
    }
    io.out(`${table.toString()}\n`);
    return 0;
  });
}

export async function unsubscribe(id: string, opts: { language?: Language }, io: Io): Promise<number> {
  return withStore(io.env, async (store, config) => {
    const lang = opts.language ?? config.defaultLanguage;
    if (!(await store.deleteSubscription(id))) throw new UsageError(unsubscribedText(id, false, lang));
    io.out(`${unsubscribedText(id, true, lang)}\n`);
    return 0;
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
  const knowledge = loadKnowledge();
  const wijken = wijkNames(createNames(knowledge), opts.wijk, lang);
  const themes = themeKeys(opts.theme, lang);
  return withStore(io.env, async (store, config) => {
    const sub = opts.subscription ? await store.getSubscription(opts.subscription) : undefined;
    if (opts.subscription && !sub) throw refuse({ kind: 'subscription', given: opts.subscription }, lang);
    const asOf = opts.asOf ?? (DateTime.now().setZone(ZONE).toISODate() as string);
    const period = periodOf(DateTime.fromISO(asOf, { zone: ZONE }));
    const digest = await prepareDigest(
      { knowledge, store, progress: config.progress },
      sub
        ? { scope: sub.scope, language: sub.language, subscriptionId: sub.id }
        : { scope: { wijken, themes }, language: lang },
      asOf,
      period,
    );
    const links = { consoleUrl: config.publicUrl };
    const lexicon = knowledge.lexicon;
    if (opts.format === 'json') io.out(`${JSON.stringify(digest, null, 2)}\n`);
    else if (opts.format === 'slack')
      io.out(`${JSON.stringify(renderDigestSlack(digest, lexicon, links), null, 2)}\n`);
    else if (opts.format === 'teams')
      io.out(`${JSON.stringify(renderDigestCard(digest, lexicon, links), null, 2)}\n`);
    else if (opts.format === 'email') io.out(renderDigestEmail(digest, lexicon, links));
    else io.out(renderDigestText(digest, lexicon, links));
    return 0;
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
