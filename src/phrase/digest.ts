// A digest in words, Dutch and English: title, blocks, one line per target with its inputs and a text bar.
// Shared by every rendering (Slack, Teams, e-mail, terminal), so they say the same thing.
import { DateTime } from 'luxon';
import type { Lexicon } from '../charter/schema.js';
import type { Digest, DigestLine } from '../digest/compose.js';
import type { Language } from '../engine/types.js';
import type { ProgressStatus, TargetProgress } from '../progress/types.js';
import { count, messages, plural } from './catalogue.js';
import { valueWithUnit } from './numbers.js';
import { postProblemText } from './post-problem.js';
import { charterMilestone, endedText, indicatorLabel, judgedOnText, statusWord } from './progress.js';

/** "9 juni 2008", "9 June 2008": luxon's month names, as every other date the bot writes. */
export const dateText = (iso: string, lang: Language) => {
  const date = DateTime.fromISO(iso, { zone: 'utc' });
  return date.isValid ? date.setLocale(lang === 'nl' ? 'nl' : 'en-GB').toFormat('d LLLL yyyy') : iso;
};

const week = (period: string, lang: Language) => {
  const [y, w] = period.split('-W');
  return lang === 'nl' ? `week ${Number(w)} van ${y}` : `week ${Number(w)} of ${y}`;
};

export function digestTitle(d: Digest, lang: Language): string {
  return lang === 'nl'
    ? `Charter krachtwijken: voortgang ${week(d.period, lang)}`
    : `Charter krachtwijken: progress, ${week(d.period, lang)}`;
}

/** A target's clause in words: its theme and wijk as the charter's section title says them ("Veiligheid › Ondiep"). */
export function clauseName(
  p: Pick<TargetProgress, 'theme' | 'wijk'>,
  lexicon: Lexicon,
  lang: Language,
): string {
  const theme = lexicon.themes.find((t) => t.key === p.theme)?.[lang].name ?? p.theme;
  return `${theme.charAt(0).toUpperCase()}${theme.slice(1)} › ${p.wijk}`;
}

export function scopeText(d: Digest, lexicon: Lexicon, lang: Language): string {
  const m = messages(lang);
  const wijken = d.scope.wijken.length ? d.scope.wijken.join(', ') : m.allWijken;
  const themes = d.scope.themes.length
    ? d.scope.themes.map((t) => lexicon.themes.find((x) => x.key === t)?.[lang].name ?? t).join(', ')
    : m.allThemes;
  return lang === 'nl'
    ? `${wijken}; ${themes}; peildatum ${dateText(d.asOf, lang)}`
    : `${wijken}; ${themes}; as of ${dateText(d.asOf, lang)}`;
}

const ORDER: ProgressStatus[] = [
  'off_track',
  'missed',
  'at_risk',
  'not_measured',
  'no_data',
  'on_track',
  'achieved',
];

/** "3 uit koers · 2 risico · 12 op koers": every status that occurs, in words. */
export function countsText(d: Digest, lang: Language): string {
  return ORDER.filter((s) => d.counts[s] > 0)
    .map((s) => `${d.counts[s]} ${statusWord(s, lang)}`)
    .join(' · ');
}

/** The count line: after the last milestone it says the charter period has ended and gives the final standing. */
export function countsLine(d: Digest, lang: Language): string {
  return d.ended ? `${endedText(lang)} ${countsText(d, lang)}` : countsText(d, lang);
}

export const HEADINGS = {
  nl: {
    changed: (since: string | null) => (since ? `Veranderd sinds ${week(since, 'nl')}` : 'Veranderd'),
    attention: 'Vraagt aandacht',
    milestones: 'Mijlpalen',
    needsData: 'Heeft gegevens nodig',
    folded: (n: number) =>
      `${count(n, 'nl', 'doel ligt', 'doelen liggen')} op koers of ${plural(n, 'nl', 'is', 'zijn')} gehaald`,
    showAll: 'Toon alles',
    progressPage: 'Voortgangspagina',
    more: (n: number, where: string) => `… en nog ${n}: zie ${where}`,
    consolePage: 'de voortgangspagina in de console (/progress)',
    source:
      'Bron: metingen zoals vastgelegd; doelen uit het charter krachtwijken Utrecht (9 juni 2008). Methode: snelheidsverhouding (Statistics Canada / Open SDG).',
  },
  en: {
    changed: (since: string | null) => (since ? `Changed since ${week(since, 'en')}` : 'Changed'),
    attention: 'Needs attention',
    milestones: 'Milestones',
    needsData: 'Needs data',
    folded: (n: number) => `${count(n, 'en', 'target is', 'targets are')} on track or achieved`,
    showAll: 'Show all',
    progressPage: 'Progress page',
    more: (n: number, where: string) => `… and ${n} more: see ${where}`,
    consolePage: "the console's progress page (/progress)",
    source:
      'Source: measurements as recorded; targets from the Utrecht krachtwijken charter (9 June 2008). Method: rate ratio (Statistics Canada / Open SDG).',
  },
} as const;

/** ▓▓▓░░: the share of the way from baseline to milestone, in five cells; ░░░░░ when not measured. */
export function bar(share: number | null): string {
  const filled = share === null ? 0 : Math.round(share * 5);
  return `${'▓'.repeat(filled)}${'░'.repeat(5 - filled)}`;
}

/** One target: wijk and indicator, status in words, baseline → latest (year) → milestone (year), expected now, bar. */
export function lineText(l: DigestLine, lexicon: Lexicon, lang: Language): string {
  const p = l.progress;
  const m = messages(lang);
  const v = (x: number) => valueWithUnit(x, p.unit, lang);
  const status = `${statusWord(p.status, lang)}${l.was ? ` (was ${statusWord(l.was, lang)})` : ''}${p.stale ? `, ${m.stale}` : ''}`;
  const base = p.baseline ? `${v(p.baseline.value)} (${p.baseline.year})` : '? (2006)';
  const latest = p.latest ? `${v(p.latest.value)} (${p.latest.year})` : m.notMeasured;
  const goal =
    p.milestone.value !== null ? v(p.milestone.value) : charterMilestone(p, p.milestone.year, lang);
  const last = p.milestones.at(-1);
  const expected =
    p.reason === 'final_milestone' && last
      ? `; ${judgedOnText(p, last, lang)}`
      : p.trend
        ? lang === 'nl'
          ? `; bij de laatste meting (${p.trend.year}): ${statusWord(p.trend.status, lang)}`
          : `; at the latest measurement (${p.trend.year}): ${statusWord(p.trend.status, lang)}`
        : p.expected !== null && p.latest && !p.ended
          ? lang === 'nl'
            ? `; verwacht nu ${valueWithUnit(p.expected, p.unit, lang, 1)}`
            : `; expected now ${valueWithUnit(p.expected, p.unit, lang, 1)}`
          : '';
  return `${p.wijk}, ${indicatorLabel(lexicon, p, lang)}: ${status}. ${base} → ${latest} → ${goal} (${p.milestone.year})${expected} ${bar(l.share)}`;
}

export function milestoneText(
  m: { line: DigestLine; year: number; judgement: 'achieved' | 'missed' },
  lexicon: Lexicon,
  lang: Language,
): string {
  const p = m.line.progress;
  const ms = p.milestones.find((x) => x.year === m.year);
  const target =
    ms?.value !== null && ms?.value !== undefined
      ? valueWithUnit(ms.value, p.unit, lang)
      : charterMilestone(p, m.year, lang);
  const measured = ms ? judgedOnText(p, ms, lang) : '';
  return lang === 'nl'
    ? `${p.wijk}, ${indicatorLabel(lexicon, p, lang)}: doel ${m.year} (${target}) ${m.judgement === 'achieved' ? 'gehaald' : 'niet gehaald'}, ${measured}`
    : `${p.wijk}, ${indicatorLabel(lexicon, p, lang)}: ${m.year} target (${target}) ${m.judgement === 'achieved' ? 'achieved' : 'missed'}, ${measured}`;
}

export function heartbeatText(d: Digest, lang: Language): string {
  return lang === 'nl'
    ? `Charter krachtwijken, ${week(d.period, lang)}: geen veranderingen en geen nieuwe metingen sinds ${week(d.previousPeriod ?? d.period, lang)}. (${countsText(d, lang)})`
    : `Charter krachtwijken, ${week(d.period, lang)}: no changes and no new measurements since ${week(d.previousPeriod ?? d.period, lang)}. (${countsText(d, lang)})`;
}

/** Told once to whoever subscribed, when the digest can no longer be posted: why (in words), and how to fix it. */
export function pausedText(reason: string, platform: 'slack' | 'teams', lang: Language): string {
  const fix =
    platform === 'slack'
      ? lang === 'nl'
        ? 'Nodig @charterbot uit in het kanaal (/invite @charterbot), of kies een ander kanaal, en abonneer opnieuw met /charter digest subscribe.'
        : 'Invite @charterbot to the channel (/invite @charterbot), or pick another channel, and subscribe again with /charter digest subscribe.'
      : lang === 'nl'
        ? 'Voeg de app charterbot opnieuw toe aan het team of de chat en abonneer opnieuw met: digest subscribe.'
        : 'Add the charterbot app to the team or chat again and subscribe again with: digest subscribe.';
  return lang === 'nl'
    ? `Het wekelijkse voortgangsoverzicht van het charter kan niet meer worden geplaatst (${postProblemText(reason, lang)}); het abonnement is gepauzeerd. ${fix}`
    : `The weekly charter progress digest can no longer be posted (${postProblemText(reason, lang)}); the subscription is paused. ${fix}`;
}

/** An alert: targets whose status changed since the last alert, one line each. */
export function alertText(lines: DigestLine[], lexicon: Lexicon, lang: Language): string {
  const n = lines.length;
  const head =
    lang === 'nl'
      ? plural(
          n,
          lang,
          'Charter krachtwijken: de status van een doel is veranderd.',
          `Charter krachtwijken: de status van ${n} doelen is veranderd.`,
        )
      : plural(
          n,
          lang,
          "Charter krachtwijken: a target's status changed.",
          `Charter krachtwijken: the status of ${n} targets changed.`,
        );
  return [
    head,
    ...lines.map((l) => `• ${lineText(l, lexicon, lang)} [${clauseName(l.progress, lexicon, lang)}]`),
  ].join('\n');
}

/** A reminder to a data owner: which indicators' figures are overdue. */
export function reminderText(
  overdue: Array<{ wijk: string; name: string; last: number | null }>,
  year: number,
  lang: Language,
): string {
  const lines = overdue.map((o) =>
    lang === 'nl'
      ? `• ${o.wijk}, ${o.name}: laatste meting ${o.last ?? 'geen'}`
      : `• ${o.wijk}, ${o.name}: latest measurement ${o.last ?? 'none'}`,
  );
  return lang === 'nl'
    ? `Charter krachtwijken: de cijfers over ${year} ontbreken nog voor:\n${lines.join('\n')}\nLeg ze vast met charterbot measurements import of /charter record.`
    : `Charter krachtwijken: the figures for ${year} are still missing for:\n${lines.join('\n')}\nRecord them with charterbot measurements import or /charter record.`;
}
