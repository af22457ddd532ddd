// `digest subscribe [weekday] [HH:MM] [wijk ...] [theme ...] [nl|en]`, `unsubscribe`, `status`, `preview`: the
// chat command of Slack (/charter digest ...) and Teams (digest ...), parsed here; the CLI's digest subcommands
// read their options into the same DigestCommand. Decided here as data, for both: only admins change
// subscriptions, anyone may ask for status and a preview; src/app/commands.ts words the outcome.
import { randomUUID } from 'node:crypto';
import type { DateTime } from 'luxon';
import type { Knowledge } from '../charter/load.js';
import type { ThemeKey } from '../charter/schema.js';
import type { Config } from '../config.js';
import type { Language } from '../engine/types.js';
import type { Names } from '../measurements/names.js';
import type { SubscribeProblem } from '../phrase/digest-command.js';
import type { Store, Subscription } from '../store/store.js';
import { unconfigured } from './platforms.js';
import { DEFAULT_SCHEDULE, nextRun, parseTime, parseWeekday, type Schedule } from './schedule.js';

export type DigestCommand =
  | {
      action: 'subscribe';
      /** Only what the command names: a second subscribe changes that and keeps the rest. */
      schedule: Partial<Schedule>;
      scope: { wijken?: string[]; themes?: ThemeKey[] };
      language?: Language;
      heartbeat?: boolean;
      alerts?: boolean;
      /** Who is reminded of an indicator's overdue figures (the CLI's --owner): replaces the list. */
      owners?: Record<string, string[]>;
    }
  | { action: 'unsubscribe' }
  | { action: 'status' }
  | { action: 'help' }
  | {
      action: 'preview';
      /** Where no conversation or subscription is named (the CLI): these wijken and themes (empty: all). */
      scope?: { wijken: string[]; themes: ThemeKey[] };
      /** "2010-06-01"; today when absent. */
      asOf?: string;
    }
  /** Words not understood at all, and words recognisably meant as a time or a wijk but wrong. */
  | { action: 'invalid'; unknown: string[]; problems: SubscribeProblem[] };

export const DIGEST_COMMAND = /^\s*digest\b/i;

/** A word meant as a time of day that is none ("25:00", "9.75"): said so, not just "not understood". */
const TIME_LIKE = /^\d{1,2}[:.]\d{1,2}$/;

export function parseDigestCommand(text: string, names: Names, knowledge: Knowledge): DigestCommand {
  const words = text.trim().replace(DIGEST_COMMAND, '').trim().split(/\s+/).filter(Boolean);
  const verb = (words.shift() ?? '').toLowerCase();
  if (verb === '' || verb === 'help' || verb === 'hulp') return { action: 'help' };
  if (['unsubscribe', 'stop', 'opzeggen'].includes(verb)) return { action: 'unsubscribe' };
  if (verb === 'status') return { action: 'status' };
  if (['preview', 'voorbeeld'].includes(verb)) return { action: 'preview' };
  if (!['subscribe', 'abonneer', 'aanmelden'].includes(verb))
    return { action: 'invalid', unknown: [verb], problems: [] };
  const schedule: Partial<Schedule> = {};
  const wijken = new Set<string>();
  const themes = new Set<ThemeKey>();
  let language: Language | undefined;
  let heartbeat: boolean | undefined;
  let alerts: boolean | undefined;
  const unknown: string[] = [];
  const problems: SubscribeProblem[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const two = `${w} ${words[i + 1] ?? ''}`;
    const lower = w.toLowerCase();
    const weekday = parseWeekday(w);
    const time = parseTime(w);
    const theme = knowledge.lexicon.themes.find(
      (t) => t.key === lower || t.nl.name.toLowerCase() === lower || t.en.name.toLowerCase() === lower,
    );
    if (weekday) schedule.weekday = weekday;
    else if (time) schedule.time = time;
    else if (lower === 'nl' || lower === 'en') language = lower;
    else if (['no-holidays', 'noholidays', 'zonder-feestdagen'].includes(lower)) schedule.holidays = false;
    else if (['holidays', 'feestdagen'].includes(lower)) schedule.holidays = true;
    else if (['quiet', 'stil'].includes(lower)) heartbeat = false;
    else if (['heartbeat', 'not-quiet', 'niet-stil'].includes(lower)) heartbeat = true;
    else if (['alerts', 'meldingen'].includes(lower)) alerts = true;
    else if (['no-alerts', 'noalerts', 'geen-meldingen'].includes(lower)) alerts = false;
    else if (theme) themes.add(theme.key);
    else {
      const pair = names.wijk(two);
      const one = names.wijk(w);
      const hit = pair && 'name' in pair ? pair : one && 'name' in one ? one : null;
      if (hit) {
        wijken.add(hit.name);
        if (hit === pair) i += 1;
      } else if (TIME_LIKE.test(w)) problems.push({ kind: 'time', given: w });
      else if (one && 'outside' in one) problems.push({ kind: 'wijk', given: w });
      else unknown.push(w);
    }
  }
  if (unknown.length > 0 || problems.length > 0) return { action: 'invalid', unknown, problems };
  return {
    action: 'subscribe',
    schedule,
    scope: {
      ...(wijken.size > 0 ? { wijken: [...wijken] } : {}),
      ...(themes.size > 0 ? { themes: [...themes] } : {}),
    },
    ...(language ? { language } : {}),
    ...(heartbeat !== undefined ? { heartbeat } : {}),
    ...(alerts !== undefined ? { alerts } : {}),
  };
}

/** A subscription's settings after a subscribe: what it names, else what it had, else the defaults. */
export function mergeSubscribe(
  command: Extract<DigestCommand, { action: 'subscribe' }>,
  existing: Subscription | undefined,
  defaultLanguage: Language = 'nl',
): Pick<Subscription, 'schedule' | 'scope' | 'language' | 'heartbeat' | 'alerts' | 'owners'> {
  return {
    schedule: { ...(existing?.schedule ?? DEFAULT_SCHEDULE), ...command.schedule },
    scope: {
      wijken: command.scope.wijken ?? existing?.scope.wijken ?? [],
      themes: command.scope.themes ?? existing?.scope.themes ?? [],
    },
    language: command.language ?? existing?.language ?? defaultLanguage,
    heartbeat: command.heartbeat ?? existing?.heartbeat ?? true,
    alerts: command.alerts ?? existing?.alerts ?? false,
    owners: command.owners ?? existing?.owners ?? {},
  };
}

export type DigestCommandOutcome =
  | { kind: 'help' }
  | { kind: 'invalid'; unknown: string[]; problems: SubscribeProblem[] }
  | { kind: 'refused' }
  /** Teams: no conversation reference was stored at install, so the bot cannot post there unasked. */
  | { kind: 'needs_install' }
  /** This server has no settings for the platform: nothing it subscribes would ever be posted. */
  | { kind: 'not_configured'; platform: Subscription['platform'] }
  | { kind: 'subscribed'; subscription: Subscription; isNew: boolean; next: DateTime }
  | { kind: 'unsubscribed'; existed: boolean }
  | { kind: 'status'; subscription: Subscription | null; next: DateTime | null }
  | { kind: 'preview'; subscription: Subscription | null };

/** The conversation a command is about: Slack's channel id, Teams' installed conversation key ("teams:19:…"). */
export type DigestPlace = {
  platform: Subscription['platform'];
  conversation: string;
  /** Slack's workspace id; null where unknown (Teams), which keeps what a subscription had. */
  team: string | null;
};

export async function handleDigestCommand(
  deps: {
    store: Store;
    defaultLanguage?: Language;
    /** The platforms this server posts to: a subscription to another is refused. */
    platforms: Pick<Config, 'slack' | 'teams'>;
  },
  command: DigestCommand,
  where: {
    /** Null where the command names no conversation (the CLI): only a preview of a scope goes without. */
    place: DigestPlace | null;
    /** Who is told if delivery stops; null keeps the subscription's. */
    subscriber: string | null;
    isAdmin: boolean;
    now: number;
  },
): Promise<DigestCommandOutcome> {
  if (command.action === 'help') return { kind: 'help' };
  if (command.action === 'invalid')
    return { kind: 'invalid', unknown: command.unknown, problems: command.problems };
  const place = where.place;
  if (!place) {
    if (command.action === 'preview') return { kind: 'preview', subscription: null };
    return { kind: 'invalid', unknown: [], problems: [{ kind: 'where' }] };
  }
  const existing = await deps.store.findSubscription(place.platform, place.conversation);
  if (command.action === 'status') {
    const next = existing?.active ? nextRun(existing.schedule, where.now) : null;
    return { kind: 'status', subscription: existing ?? null, next };
  }
  if (command.action === 'preview') return { kind: 'preview', subscription: existing ?? null };
  // Changing what a channel receives is for admins only; nothing changes for anyone else.
  if (!where.isAdmin) return { kind: 'refused' };
  if (command.action === 'unsubscribe') {
    return {
      kind: 'unsubscribed',
      existed: existing ? await deps.store.deleteSubscription(existing.id) : false,
    };
  }
  // A digest is only subscribed where it can be posted: this server has the platform's settings, and in
  // Teams the conversation reference stored at install (Slack says at the first post; not_in_channel pauses).
  if (unconfigured(place.platform, deps.platforms))
    return { kind: 'not_configured', platform: place.platform };
  if (
    place.platform === 'teams' &&
    !(await deps.store.listConversations('teams')).some((c) => c.key === place.conversation)
  )
    return { kind: 'needs_install' };
  const at = new Date(where.now).toISOString();
  const { isNew, subscription } = await deps.store.saveSubscription({
    id: existing?.id ?? randomUUID(),
    platform: place.platform,
    conversation: place.conversation,
    team: place.team ?? existing?.team ?? null,
    ...mergeSubscribe(command, existing, deps.defaultLanguage),
    active: true,
    pausedReason: null,
    subscriber: where.subscriber ?? existing?.subscriber ?? null,
    createdAt: at,
    updatedAt: at,
  });
  return { kind: 'subscribed', subscription, isNew, next: nextRun(subscription.schedule, where.now) };
}
