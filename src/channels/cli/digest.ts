// `charterbot digest ...`: subscriptions from the command line, previews in every format, and one scheduler
// tick at a fixed clock (`run-due`) for operators and tests.
import { randomUUID } from 'node:crypto';
import Table from 'cli-table3';
import { DateTime } from 'luxon';
import { loadKnowledge } from '../../charter/load.js';
import type { ThemeKey } from '../../charter/schema.js';
import { mergeSubscribe } from '../../digest/command.js';
import { unconfigured } from '../../digest/platforms.js';
import { prepareDigest } from '../../digest/prepare.js';
import { isZone, nextRun, parseTime, parseWeekday, periodOf } from '../../digest/schedule.js';
import type { Language } from '../../engine/types.js';
import { createNames, type Names } from '../../measurements/names.js';
import {
  describeSubscription,
  noSubscriptionsText,
  notConfiguredText,
  notSubscribedText,
  runText,
  type SubscriptionState,
  subscribedText,
  subscriptionStateText,
  subscriptionsHead,
  tickSummaryText,
  unsubscribedText,
} from '../../phrase/digest-command.js';
import { renderDigestCard } from '../../render/digest-card.js';
import { renderDigestSlack } from '../../render/digest-slack.js';
import { renderDigestEmail, renderDigestText } from '../../render/digest-text.js';
import { ZONE } from '../../time.js';
import { UsageError } from './report-failure.js';
import { withStore } from './with-store.js';

type Io = { out: (s: string) => void; err: (s: string) => void };

function wijkNames(names: Names, list: string[] | undefined): string[] {
  return (list ?? []).map((w) => {
    const hit = names.wijk(w);
    if (!hit || 'outside' in hit)
      throw new UsageError(
        `"${w}" is not a wijk of the charter: use Kanaleneiland, Ondiep, Overvecht or Zuilen-Oost`,
      );
    return hit.name;
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
    theme?: ThemeKey[];
    language?: Language;
    quiet?: boolean;
    holidays?: boolean;
    alerts?: boolean;
    subscriber?: string;
    owner?: string[];
  },
  io: Io,
): Promise<number> {
  const knowledge = loadKnowledge();
  const names = createNames(knowledge);
  const owners: Record<string, string[]> = {};
  for (const o of opts.owner ?? []) {
    const [indicatorText, user] = o.split('=');
    const keys = names.indicators(indicatorText ?? '');
    if (keys.length !== 1 || !user || !/^[A-Za-z0-9:._-]{2,100}$/.test(user))
      throw new UsageError(`--owner "${o}": use indicator=userid, such as burglary=U0123ABCD`);
    owners[keys[0] as string] = [...(owners[keys[0] as string] ?? []), user];
  }
  if (Boolean(opts.slackChannel) === Boolean(opts.teamsConversation))
    throw new UsageError('give either --slack-channel C... or --teams-conversation ID');
  if (opts.slackChannel && !/^[CGD][A-Z0-9]{2,30}$/.test(opts.slackChannel))
    throw new UsageError(
      `"${opts.slackChannel}" is not a Slack channel id (C0123ABCD; right-click the channel > Copy link)`,
    );
  // Only what is given changes: a second subscribe keeps every other setting of the channel's subscription.
  const named: Parameters<typeof mergeSubscribe>[0] = { action: 'subscribe', schedule: {}, scope: {} };
  if (opts.weekday !== undefined) {
    const weekday = parseWeekday(opts.weekday);
    if (!weekday) throw new UsageError(`"${opts.weekday}" is not a weekday: use monday ... sunday`);
    named.schedule.weekday = weekday;
  }
  if (opts.time !== undefined) {
    const time = parseTime(opts.time);
    if (!time) throw new UsageError(`"${opts.time}" is not a time of day: use HH:MM, such as 09:00`);
    named.schedule.time = time;
  }
  if (opts.zone !== undefined) {
    if (!isZone(opts.zone))
      throw new UsageError(`"${opts.zone}" is not a time zone: use one such as Europe/Amsterdam`);
    named.schedule.zone = opts.zone;
  }
  if (opts.holidays !== undefined) named.schedule.holidays = opts.holidays;
  if (opts.wijk !== undefined) named.scope.wijken = wijkNames(names, opts.wijk);
  if (opts.theme !== undefined) named.scope.themes = opts.theme;
  if (opts.language !== undefined) named.language = opts.language;
  if (opts.quiet !== undefined) named.heartbeat = !opts.quiet;
  if (opts.alerts !== undefined) named.alerts = opts.alerts;
  return withStore(async (store, config) => {
    const lang = opts.language ?? config.defaultLanguage;
    const platform = opts.slackChannel ? 'slack' : 'teams';
    if (unconfigured(platform, config)) throw new UsageError(notSubscribedText(platform, lang));
    const conversation =
      opts.slackChannel ?? `teams:${(opts.teamsConversation ?? '').replace(/^teams:/, '')}`;
    if (
      platform === 'teams' &&
      !(await store.listConversations('teams')).some((c) => c.key === conversation)
    ) {
      throw new UsageError(
        `charterbot is not installed in Teams conversation ${conversation.slice(6)}: add the app to that team or chat first (Apps > charterbot > Add), then subscribe`,
      );
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
  return withStore(async (store, config) => {
    const lang = opts.language ?? config.defaultLanguage;
    const subs = await store.listSubscriptions();
    const rows = await Promise.all(
      subs.map(async (s) => {
        const waiting = s.active ? unconfigured(s.platform, config) : null;
        return {
          ...s,
          waiting: waiting ? notConfiguredText(waiting, lang) : null,
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
        r.lastRun ? runText(r.lastRun, lang) : '—',
      ]);
    }
    io.out(`${table.toString()}\n`);
    return 0;
  });
}

export async function unsubscribe(id: string, opts: { language?: Language }, io: Io): Promise<number> {
  return withStore(async (store, config) => {
    const lang = opts.language ?? config.defaultLanguage;
    if (!(await store.deleteSubscription(id))) throw new UsageError(unsubscribedText(id, false, lang));
    io.out(`${unsubscribedText(id, true, lang)}\n`);
    return 0;
  });
}

export async function preview(
  opts: {
    wijk?: string[];
    theme?: ThemeKey[];
    asOf?: string;
    language?: Language;
    format: string;
    subscription?: string;
  },
  io: Io,
): Promise<number> {
  const knowledge = loadKnowledge();
  const wijken = wijkNames(createNames(knowledge), opts.wijk);
  return withStore(async (store, config) => {
    const sub = opts.subscription ? await store.getSubscription(opts.subscription) : undefined;
    if (opts.subscription && !sub) throw new UsageError(`no subscription ${opts.subscription}`);
    const asOf = opts.asOf ?? (DateTime.now().setZone(ZONE).toISODate() as string);
    const period = periodOf(DateTime.fromISO(asOf, { zone: ZONE }));
    const digest = await prepareDigest(
      { knowledge, store, progress: config.progress },
      sub
        ? { scope: sub.scope, language: sub.language, subscriptionId: sub.id }
        : { scope: { wijken, themes: opts.theme ?? [] }, language: opts.language ?? config.defaultLanguage },
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
  const { loadConfig, loadDotenv } = await import('../../config.js');
  const { createLogger } = await import('../../logger.js');
  await loadDotenv();
  const config = loadConfig();
  const now = opts.now ? Date.parse(opts.now) : Date.now();
  if (!Number.isFinite(now))
    throw new UsageError(`"${opts.now}" is not a date and time such as 2027-06-07T09:00:00+02:00`);
  // The log goes to stderr: stdout carries the summary.
  const summary = await runDigestsOnce(config, createLogger(config.logLevel, process.stderr), now);
  io.out(`${tickSummaryText(summary, opts.language ?? config.defaultLanguage)}\n`);
  return summary.failed > 0 || summary.unknown > 0 || summary.claimed > 0 ? 1 : 0;
}
