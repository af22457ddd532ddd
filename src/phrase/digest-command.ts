// Replies to the digest command, Dutch and English.
import type { Lexicon } from '../charter/schema.js';
import { THEME_KEYS, THEME_NAMES } from '../charter/themes.js';
import type { DigestCommandOutcome } from '../digest/command.js';
import type { Language } from '../engine/types.js';
import type { DigestRun, DigestRunStatus, Subscription } from '../store/store.js';
import { messages } from './catalogue.js';
import { postProblemText } from './post-problem.js';
import { joinList } from './wording.js';

const DAYS = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

const DUTCH =
  /(^|\s)(abonneer|aanmelden|opzeggen|voorbeeld|hulp|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gezondheid|onderwijs|veiligheid|wonen|werk|stil|meldingen|feestdagen|zonder-feestdagen|geen-meldingen|niet-stil)(?=\s|$)/i;
const ENGLISH =
  /(^|\s)(subscribe|unsubscribe|preview|help|monday|tuesday|wednesday|thursday|friday|saturday|sunday|health|education|safety|housing|work|quiet|alerts|no-alerts|holidays|no-holidays|heartbeat)(?=\s|$)/i;

/**
 * The command's own words say which language to answer in: a language it names ("nl", "en"), else Dutch or
 * English words beyond the verb, else the verb, else the default (DEFAULT_LANGUAGE).
 */
export function commandLanguage(text: string, fallback: Language = 'nl'): Language {
  const words = text
    .trim()
    .replace(/^\s*digest\b/i, '')
    .trim();
  const named = words.match(/(^|\s)(nl|en)(?=\s|$)/i);
  if (named) return (named[2] as string).toLowerCase() as Language;
  const rest = words.split(/\s+/).slice(1).join(' ');
  if (DUTCH.test(rest) && !ENGLISH.test(rest)) return 'nl';
  if (ENGLISH.test(rest) && !DUTCH.test(rest)) return 'en';
  const verb = words.split(/\s+/)[0] ?? '';
  if (DUTCH.test(verb)) return 'nl';
  // English verbs are the documented ones and Dutch users type them too: they decide nothing on their own.
  return fallback;
}

/** What is wrong in a subscribe command, the CLI's options or a chat command's words; `given` as typed. */
export type SubscribeProblem =
  /** CLI: neither or both of --slack-channel and --teams-conversation. */
  | { kind: 'where' }
  | { kind: 'slack_channel'; given: string }
  | { kind: 'weekday'; given: string }
  | { kind: 'time'; given: string }
  | { kind: 'zone'; given: string }
  | { kind: 'wijk'; given: string }
  | { kind: 'theme'; given: string }
  | { kind: 'owner'; given: string }
  | { kind: 'subscription'; given: string };

const WIJKEN = ['Kanaleneiland', 'Ondiep', 'Overvecht', 'Zuilen-Oost'];

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One sentence (no final stop) saying what is wrong and what to give instead, in the command's language. */
export function subscribeProblemText(p: SubscribeProblem, lang: Language): string {
  const nl = lang === 'nl';
  const or = (items: string[]) => joinList(items, lang, 'disjunction');
  switch (p.kind) {
    case 'where':
      return nl
        ? 'geef --slack-channel C... of --teams-conversation ID (één van beide)'
        : 'give either --slack-channel C... or --teams-conversation ID';
    case 'slack_channel':
      return nl
        ? `"${p.given}" is geen Slack-kanaal-id (zoals C0123ABCD; klik met rechts op het kanaal > Link kopiëren)`
        : `"${p.given}" is not a Slack channel id (C0123ABCD; right-click the channel > Copy link)`;
    case 'weekday':
      return nl
        ? `"${p.given}" is geen weekdag: gebruik maandag ... zondag (of monday ... sunday)`
        : `"${p.given}" is not a weekday: use monday ... sunday (or maandag ... zondag)`;
    case 'time':
      return nl
        ? `"${p.given}" is geen tijdstip: gebruik UU:MM, zoals 09:00`
        : `"${p.given}" is not a time of day: use HH:MM, such as 09:00`;
    case 'zone':
      return nl
        ? `"${p.given}" is geen tijdzone: gebruik er een zoals Europe/Amsterdam`
        : `"${p.given}" is not a time zone: use one such as Europe/Amsterdam`;
    case 'wijk':
      return nl
        ? `"${p.given}" is geen wijk van het charter: kies ${or(WIJKEN)}`
        : `"${p.given}" is not a wijk of the charter: choose ${or(WIJKEN)}`;
    case 'theme': {
      const names = THEME_KEYS.map((k) => THEME_NAMES[k][lang]);
      return nl
        ? `"${p.given}" is geen thema: kies ${or(names)} (Engelse namen mogen ook)`
        : `"${p.given}" is not a theme: choose ${or(names)} (Dutch names work too)`;
    }
    case 'owner':
      return nl
        ? `--owner "${p.given}": gebruik indicator=gebruikersid, zoals inbraak=U0123ABCD`
        : `--owner "${p.given}": use indicator=userid, such as burglary=U0123ABCD`;
    case 'subscription':
      return nl
        ? `geen abonnement ${p.given} (zie charterbot digest subscriptions)`
        : `no subscription ${p.given} (see charterbot digest subscriptions)`;
  }
}

/** `digest run-due --now` that is no date and time. */
export function notADateTimeText(given: string, lang: Language): string {
  return lang === 'nl'
    ? `"${given}" is geen datum en tijd zoals 2027-06-07T09:00:00+02:00`
    : `"${given}" is not a date and time such as 2027-06-07T09:00:00+02:00`;
}

export function digestUsage(prefix: string, lang: Language): string {
  return lang === 'nl'
    ? `Gebruik: ${prefix} subscribe [weekdag] [UU:MM] [wijk ...] [thema ...] [nl|en] [quiet] [no-holidays] [alerts] · ${prefix} unsubscribe · ${prefix} status · ${prefix} preview. Standaard: maandag 09:00 (Europe/Amsterdam), alle wijken en thema's, Nederlands.`
    : `Usage: ${prefix} subscribe [weekday] [HH:MM] [wijk ...] [theme ...] [nl|en] [quiet] [no-holidays] [alerts] · ${prefix} unsubscribe · ${prefix} status · ${prefix} preview. Default: Monday 09:00 (Europe/Amsterdam), all wijken and themes, Dutch.`;
}

export function describeSubscription(s: Subscription, lexicon: Lexicon, lang: Language): string {
  const nl = lang === 'nl';
  const day = DAYS[lang][s.schedule.weekday - 1];
  const wijken = s.scope.wijken.length ? s.scope.wijken.join(', ') : messages(lang).allWijken;
  const themes = s.scope.themes.length
    ? s.scope.themes.map((t) => lexicon.themes.find((x) => x.key === t)?.[lang].name ?? t).join(', ')
    : messages(lang).allThemes;
  const language =
    s.language === 'nl' ? (nl ? 'in het Nederlands' : 'in Dutch') : nl ? 'in het Engels' : 'in English';
  const holidays = s.schedule.holidays
    ? nl
      ? 'op een feestdag de eerstvolgende werkdag'
      : 'on a Dutch public holiday, the next working day'
    : nl
      ? 'ook op feestdagen'
      : 'also on public holidays';
  const quiet = s.heartbeat
    ? ''
    : nl
      ? '; niets als er niets veranderd is'
      : '; nothing when nothing changed';
  return nl
    ? `elke ${day} om ${s.schedule.time} (${s.schedule.zone}), ${holidays}, voor ${wijken} en ${themes}, ${language}${quiet}`
    : `every ${day} at ${s.schedule.time} (${s.schedule.zone}), ${holidays}, for ${wijken} and ${themes}, ${language}${quiet}`;
}

/**
 * Where a reply to the digest command is read. In chat, in the conversation the command is about: "this
 * channel", and usage lines that start with `prefix` ("/charter digest"). At the command line: the
 * conversation is named, and the usage is in --help.
 */
export type ReplyPlace =
  | { kind: 'chat'; prefix: string }
  | { kind: 'cli'; conversation: { platform: Subscription['platform']; conversation: string } | null };

/** "dit kanaal", "Slack-kanaal C0123ABCD", "Teams conversation 19:…" (a Teams key without its "teams:"). */
function channelName(place: ReplyPlace, lang: Language): string {
  const nl = lang === 'nl';
  if (place.kind === 'chat' || !place.conversation) return nl ? 'dit kanaal' : 'this channel';
  const { platform, conversation } = place.conversation;
  if (platform === 'slack') return `${nl ? 'Slack-kanaal' : 'Slack channel'} ${conversation}`;
  return `${nl ? 'Teams-gesprek' : 'Teams conversation'} ${conversation.replace(/^teams:/, '')}`;
}

export function digestCommandReply(
  o: DigestCommandOutcome,
  lexicon: Lexicon,
  place: ReplyPlace,
  lang: Language,
): string {
  const nl = lang === 'nl';
  const when = (d: { toFormat(f: string, o?: { locale: string }): string }) =>
    d.toFormat(nl ? "cccc d LLLL yyyy 'om' HH:mm" : "cccc d LLLL yyyy 'at' HH:mm", {
      locale: nl ? 'nl' : 'en',
    });
  const channel = channelName(place, lang);
  const first = capitalize(channel); // at the start of a sentence
  // The CLI has no usage line of its own: its --help lists the options.
  const usage = place.kind === 'chat' ? [digestUsage(place.prefix, lang)] : [];
  const subscribe = place.kind === 'chat' ? `${place.prefix} subscribe` : 'charterbot digest subscribe';
  switch (o.kind) {
    case 'help':
      return usage.join(' ');
    case 'invalid': {
      const problems = o.problems.map((p) => `${capitalize(subscribeProblemText(p, lang))}.`);
      const unknown = o.unknown.length
        ? [`${nl ? 'Niet begrepen' : 'Not understood'}: ${o.unknown.join(' ')}.`]
        : [];
      return [...problems, ...unknown, ...usage].join(' ');
    }
    case 'refused':
      return nl
        ? 'Alleen beheerders kunnen een overzicht aanzetten, wijzigen of stoppen. Er is niets veranderd. Iedereen kan status en preview gebruiken.'
        : "Only admins can start, change or stop a channel's digest. Nothing changed. Anyone can use status and preview.";
    case 'needs_install': {
      const chat = place.kind === 'chat';
      return nl
        ? `charterbot kan ${chat ? 'hier' : `in ${channel}`} nog niet uit zichzelf berichten plaatsen: voeg de app eerst toe aan ${chat ? 'dit team of deze chat' : 'dat team of die chat'} (Apps > charterbot > Toevoegen), en abonneer dan opnieuw.`
        : `charterbot cannot post ${chat ? 'here' : `in ${channel}`} on its own yet: add the app to ${chat ? 'this' : 'that'} team or chat first (Apps > charterbot > Add), then subscribe again.`;
    }
    case 'not_configured':
      return `${notSubscribedText(o.platform, lang)}.`;
    case 'subscribed': {
      // At the command line the subscription's id too: `digest unsubscribe` and `digest preview` take it.
      const id = place.kind === 'cli' ? ` ${nl ? 'Abonnement' : 'Subscription'} ${o.subscription.id}.` : '';
      return nl
        ? `${o.isNew ? 'Aangemeld' : 'Gewijzigd'}: ${channel} krijgt het voortgangsoverzicht ${describeSubscription(o.subscription, lexicon, lang)}. Het eerste komt ${when(o.next)}.${id}`
        : `${o.isNew ? 'Subscribed' : 'Changed'}: ${channel} gets the progress digest ${describeSubscription(o.subscription, lexicon, lang)}. The first one comes ${when(o.next)}.${id}`;
    }
    case 'unsubscribed':
      return o.existed
        ? nl
          ? `Afgemeld: ${channel} krijgt geen voortgangsoverzicht meer.`
          : `Unsubscribed: ${channel} no longer gets the progress digest.`
        : nl
          ? `${first} had geen voortgangsoverzicht.`
          : `${first} had no progress digest.`;
    case 'status': {
      const s = o.subscription;
      if (!s)
        return nl
          ? `${first} heeft geen voortgangsoverzicht. Een beheerder zet het aan met ${subscribe}.`
          : `${first} has no progress digest. An admin can start one with ${subscribe}.`;
      if (!s.active)
        return nl
          ? `Het overzicht van ${channel} is gepauzeerd (${pausedReasonText(s.pausedReason, lang)}). Een beheerder zet het weer aan met ${subscribe}.`
          : `${first}'s digest is paused (${pausedReasonText(s.pausedReason, lang)}). An admin can restart it with ${subscribe}.`;
      return nl
        ? `${first} krijgt het voortgangsoverzicht ${describeSubscription(s, lexicon, lang)}. Het volgende komt ${o.next ? when(o.next) : '?'}.`
        : `${first} gets the progress digest ${describeSubscription(s, lexicon, lang)}. The next one comes ${o.next ? when(o.next) : '?'}.`;
    }
    case 'preview':
      return '';
  }
}

/** Why a subscription's digest waits: its platform is not configured on this server, and the settings to add. */
export function notConfiguredText(platform: Subscription['platform'], lang: Language): string {
  const nl = lang === 'nl';
  if (platform === 'slack')
    return nl
      ? 'Slack is op deze server niet ingesteld: zet SLACK_BOT_TOKEN en SLACK_SIGNING_SECRET (of SLACK_APP_TOKEN voor Socket Mode)'
      : 'Slack is not configured on this server: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode)';
  return nl
    ? 'Microsoft Teams is op deze server niet ingesteld: zet MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD en MICROSOFT_APP_TENANT_ID'
    : 'Microsoft Teams is not configured on this server: set MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID';
}

const RUN_STATUS: Record<Language, Record<DigestRunStatus, string>> = {
  nl: {
    claimed: 'bezig',
    posted: 'geplaatst',
    failed: 'mislukt',
    unknown: 'onbekend of geplaatst',
    skipped: 'overgeslagen (niets veranderd)',
  },
  en: {
    claimed: 'in progress',
    posted: 'posted',
    failed: 'failed',
    unknown: 'unknown whether posted',
    skipped: 'skipped (nothing changed)',
  },
};

/** A digest run's outcome in words: "2026-W48: geplaatst". */
export function runText(run: Pick<DigestRun, 'period' | 'status'>, lang: Language): string {
  return `${run.period}: ${RUN_STATUS[lang][run.status]}`;
}

/** A run with why it failed, if it did: "2026-W48: mislukt (het kanaal is gearchiveerd; technisch: is_archived)". */
export function runWithErrorText(
  run: Pick<DigestRun, 'period' | 'status' | 'error'>,
  lang: Language,
): string {
  return run.error ? `${runText(run, lang)} (${postProblemText(run.error, lang)})` : runText(run, lang);
}

/** Why a subscription is paused, as stored (a platform code or a sentence), in words. */
export function pausedReasonText(reason: string | null, lang: Language): string {
  return reason ? postProblemText(reason, lang) : lang === 'nl' ? 'reden onbekend' : 'reason unknown';
}

/** The state of a subscription in a list: waiting (and why), active (and the next run) or paused (and why). */
export type SubscriptionState =
  | { kind: 'waiting'; platform: Subscription['platform'] }
  | { kind: 'active'; next: string }
  | { kind: 'paused'; reason: string | null };

export const STATE_WORDS = {
  nl: { waiting: 'wacht', active: 'actief', paused: 'gepauzeerd', next: 'volgende' },
  en: { waiting: 'waiting', active: 'active', paused: 'paused', next: 'next' },
} as const;

/** "wacht: Slack is op deze server niet ingesteld: zet ...; het overzicht gaat uit zodra dat is gebeurd". */
export function waitingText(platform: Subscription['platform'], lang: Language): string {
  return lang === 'nl'
    ? `${notConfiguredText(platform, lang)}; het overzicht gaat uit zodra dat is gebeurd`
    : `${notConfiguredText(platform, lang)}; the digest goes out once it is`;
}

export function subscriptionStateText(state: SubscriptionState, lang: Language): string {
  const w = STATE_WORDS[lang];
  switch (state.kind) {
    case 'waiting':
      return `${w.waiting}: ${waitingText(state.platform, lang)}`;
    case 'active':
      return `${w.active}; ${w.next}: ${state.next}`;
    case 'paused':
      return `${w.paused}: ${pausedReasonText(state.reason, lang)}`;
  }
}

/** The `digest subscriptions` table's column heads. */
export function subscriptionsHead(lang: Language): string[] {
  return lang === 'nl'
    ? ['Id', 'Waar', 'Wat en wanneer', 'Stand', 'Laatste run']
    : ['Id', 'Where', 'What and when', 'State', 'Last run'];
}

export function noSubscriptionsText(lang: Language): string {
  return lang === 'nl'
    ? 'nog geen abonnementen: `charterbot digest subscribe --slack-channel C...` of /charter digest subscribe'
    : 'no subscriptions yet: `charterbot digest subscribe --slack-channel C...` or /charter digest subscribe';
}

/** The counts of one scheduler tick (`charterbot digest run-due`), in words. */
export function tickSummaryText(
  s: {
    due: number;
    posted: number;
    skipped: number;
    failed: number;
    unknown: number;
    claimed: number;
    paused: number;
    waiting: number;
  },
  lang: Language,
): string {
  return lang === 'nl'
    ? `te versturen ${s.due}, geplaatst ${s.posted}, overgeslagen ${s.skipped}, mislukt ${s.failed}, onbekend of geplaatst ${s.unknown}, nog geclaimd ${s.claimed}, gepauzeerd ${s.paused}, wacht op instellingen ${s.waiting}`
    : `due ${s.due}, posted ${s.posted}, skipped ${s.skipped}, failed ${s.failed}, unknown ${s.unknown}, left claimed ${s.claimed}, paused ${s.paused}, waiting ${s.waiting}`;
}

/** `digest subscribe` for a platform this server cannot post to: refused, with the settings to add. */
function notSubscribedText(platform: Subscription['platform'], lang: Language): string {
  return `${notConfiguredText(platform, lang)}; ${lang === 'nl' ? 'er is niets aangemeld' : 'nothing was subscribed'}`;
}
