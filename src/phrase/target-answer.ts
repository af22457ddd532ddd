// Answers about wijk targets in words, Dutch and English, from the engine's plans: one target, a list, the
// city-wide average, the lowest or highest. What to say is decided; this file only says it.
import type { Lexicon, Target, YearValue } from '../charter/schema.js';
import type { CitywidePlan, ExtremePlan, ListPlan, SinglePlan, StandIn } from '../engine/plan.js';
import type { Language } from '../engine/types.js';
import { messages, plural } from './catalogue.js';
import {
  capital,
  indicatorName,
  joinList,
  themeName,
  valueAt,
  withUnit,
  years as yearList,
} from './wording.js';

/**
 * A target's name with the ages its sentence limits it to ("inwoners van 16 tot 54 jaar") where the name
 * does not say them: "inwoners van 16 tot 54 jaar die hun gezondheid als matig/slecht ervaren".
 */
function withAges(t: Target, name: string, lang: Language): string {
  const m = /\b(\d+) tot (\d+) jaar\b/.exec(t.quote);
  if (!m || name.includes(m[1] as string)) return name;
  const ages = lang === 'nl' ? `van ${m[1]} tot ${m[2]} jaar` : `aged ${m[1]} to ${m[2]}`;
  const people = /^(inwoners|bewoners|residents|people)\b/;
  return people.test(name) ? name.replace(people, `$1 ${ages}`) : `${name}, ${ages}`;
}

const nameOf = (lexicon: Lexicon, t: Target, lang: Language) =>
  withAges(t, indicatorName(lexicon, t.indicator, lang, t.label), lang);

function standInNote(lexicon: Lexicon, s: StandIn, lang: Language): string {
  const t = s.target;
  const where = joinList(s.where, lang);
  const askedName = indicatorName(lexicon, s.asked, lang, '');
  const relative =
    t.kind === 'change_vs_2006'
      ? lang === 'nl'
        ? ', uitgedrukt als verandering ten opzichte van 2006'
        : ', expressed as a change relative to 2006'
      : '';
  if (s.combined) {
    const label = t.label.replace(/^percentage /, '');
    const name = indicatorName(lexicon, t.indicator, lang, label);
    return lang === 'nl'
      ? ` Let op: voor ${where} heeft het charter geen apart doel voor ${askedName}, maar één gecombineerd doel voor ${label}${relative}.`
      : ` Note: for ${where} the charter has no separate target for ${askedName}; it sets one combined target for ${name} ("${label}")${relative}.`;
  }
  return lang === 'nl'
    ? ` Let op: voor ${where} heeft het charter geen doel voor ${askedName}; het gebruikt daar de indicator "${t.label}"${relative}.`
    : ` Note: for ${where} the charter has no target for ${askedName}; it uses the indicator "${t.label}" instead${relative}.`;
}

/** "2006: 38 per 1000 woningen; doel 2011: 21 per 1000 woningen; doel 2017: 15 ..." */
export function trajectory(t: Target, lang: Language, except?: number): string {
  const parts: string[] = [];
  if (t.baseline && except !== t.baseline.year)
    parts.push(`${t.baseline.year}: ${withUnit(t.baseline, t.unit, lang)}`);
  for (const v of t.targets) {
    if (v.year === except) continue;
    parts.push(
      lang === 'nl'
        ? `doel ${v.year}: ${valueAt(t, v, lang, false)}`
        : `${v.year} target: ${valueAt(t, v, lang, false)}`,
    );
  }
  return parts.join('; ');
}

export function phraseSingle(plan: SinglePlan, lexicon: Lexicon, lang: Language): string {
  const t = plan.target;
  const name = nameOf(lexicon, t, lang);
  const note = plan.standIn ? standInNote(lexicon, plan.standIn, lang) : '';
  switch (plan.kind) {
    case 'no_baseline':
      return lang === 'nl'
        ? `Het charter noemt voor ${t.wijk} geen cijfer voor 2006 voor ${name}: het doel is uitgedrukt als verandering ten opzichte van 2006 (${trajectory(t, lang)}).${note}`
        : `The charter gives no 2006 figure for ${name} in ${t.wijk}: the target is expressed as a change relative to 2006 (${trajectory(t, lang)}).${note}`;
    case 'baseline': {
      const b = t.baseline as YearValue;
      return lang === 'nl'
        ? `In ${b.year} (het uitgangsjaar van het charter) was dit voor ${t.wijk} ${withUnit(b, t.unit, lang)} (${name}). Het charter stelt als doel ${joinList(
            t.targets.map((v) => `${valueAt(t, v, lang)} ${messages(lang).byYear(v.year)}`),
            lang,
          )}.${note}`
        : `In ${b.year} (the baseline) the figure for ${t.wijk} was ${withUnit(b, t.unit, lang)} (${name}). The charter's target is ${joinList(
            t.targets.map((v) => `${valueAt(t, v, lang)} ${messages(lang).byYear(v.year)}`),
            lang,
          )}.${note}`;
    }
    case 'years_missing': {
      const milestones = joinList(
        t.targets.map((v) =>
          lang === 'nl'
            ? `${valueAt(t, v, lang, false)} in ${v.year}`
            : `${valueAt(t, v, lang, false)} for ${v.year}`,
        ),
        lang,
      );
      const from = t.baseline ? ` (${t.baseline.year}: ${withUnit(t.baseline, t.unit, lang)})` : '';
      const missing = joinList(plan.missing.map(String), lang);
      const targets = (n: number) =>
        lang === 'nl' ? plural(n, lang, 'een doel', 'doelen') : plural(n, lang, 'a target', 'targets');
      return lang === 'nl'
        ? `Het charter noemt voor ${t.wijk} geen doel voor ${missing} voor ${name}. Het noemt alleen ${targets(t.targets.length)} voor ${yearList(t.targets, lang)}: ${milestones}${from}.${note}`
        : `The charter sets no ${missing} target for ${name} in ${t.wijk}. It sets ${targets(t.targets.length)} for ${yearList(t.targets, lang)} only: ${milestones}${from}.${note}`;
    }
    case 'years': {
      const lead = plan.hits
        .map((v) =>
          lang === 'nl'
            ? `Het doel voor ${v.year} voor ${name} in ${t.wijk} is ${valueAt(t, v, lang)}`
            : `The ${v.year} target for ${name} in ${t.wijk} is ${valueAt(t, v, lang)}`,
        )
        .join('. ');
      const others = trajectory(t, lang, plan.hits.length === 1 ? plan.hits[0]?.year : undefined);
      const gap =
        plan.missing.length > 0
          ? lang === 'nl'
            ? ` Voor ${joinList(plan.missing.map(String), lang)} noemt het charter geen doel.`
            : ` The charter sets no target for ${joinList(plan.missing.map(String), lang)}.`
          : '';
      return `${lead}${plan.hits.length === 1 && others ? ` (${others})` : ''}.${gap}${note}`;
    }
    case 'trajectory':
      return `${capital(name)} in ${t.wijk}: ${trajectory(t, lang)}.${note}`;
  }
}

/** "Only Ondiep has a target for this." before a single target found without naming its wijk. */
export function onlyWijk(wijk: string, lang: Language): string {
  return lang === 'nl' ? `Alleen ${wijk} heeft hiervoor een doel. ` : `Only ${wijk} has a target for this. `;
}

export function phraseList(plan: ListPlan, lexicon: Lexicon, lang: Language): string {
  const h = plan.heading;
  const forYears = h.years.length
    ? lang === 'nl'
      ? ` voor ${joinList(h.years.map(String), lang)}`
      : ` for ${joinList(h.years.map(String), lang)}`
    : '';
  let heading: string;
  let note = '';
  if (h.kind === 'indicator') {
    const name = indicatorName(lexicon, h.indicator, lang, h.indicator);
    heading =
      lang === 'nl'
        ? `Doelen${forYears} voor ${name}, per wijk:`
        : `Targets${forYears} for ${name}, by wijk:`;
    // The note on a wijk that has another indicator instead follows the list it explains.
    if (h.standIn) note = standInNote(lexicon, h.standIn, lang).trim();
  } else {
    const themePart = h.theme
      ? ` ${lang === 'nl' ? 'op het gebied van' : 'on'} ${themeName(lexicon, h.theme, lang)}`
      : '';
    const wijken = joinList(h.wijken, lang);
    heading =
      lang === 'nl'
        ? `Doelen${themePart}${forYears} in ${wijken}:`
        : `Targets${themePart}${forYears} in ${wijken}:`;
  }
  const asked = plan.asked;
  const lines = plan.rows.map(({ target: t, hits, showWijk }) => {
    const name = nameOf(lexicon, t, lang);
    const from = t.baseline ? ` (${t.baseline.year}: ${withUnit(t.baseline, t.unit, lang)})` : '';
    const lead =
      asked.length === 0
        ? trajectory(t, lang)
        : hits.length > 0
          ? `${hits.map((v) => `${v.year}: ${valueAt(t, v, lang)}`).join('; ')}${from}`
          : lang === 'nl'
            ? `geen doel voor ${joinList(asked.map(String), lang)} (${trajectory(t, lang)})`
            : `no ${joinList(asked.map(String), lang)} target (${trajectory(t, lang)})`;
    return `- ${showWijk ? `${t.wijk}, ${name}` : capital(name)}: ${lead}`;
  });
  return `${heading}\n${lines.join('\n')}${note ? `\n${note}` : ''}`;
}

/** A wijk's figure against the city's: the side it was on, said after it. */
const AGAINST_NL = {
  1: ', hoger dan het stedelijk gemiddelde',
  [-1]: ', lager dan het stedelijk gemiddelde',
  0: ', gelijk aan het stedelijk gemiddelde',
} as const;
const AGAINST_EN = {
  1: ', above the city-wide average',
  [-1]: ', below the city-wide average',
  0: ', the same as the city-wide average',
} as const;

export function phraseCitywide(plan: CitywidePlan, lexicon: Lexicon, lang: Language): string {
  const avg = plan.average;
  const name = indicatorName(lexicon, avg.indicator, lang, avg.label);
  const v = withUnit({ text: avg.text }, avg.unit, lang);
  let text =
    lang === 'nl'
      ? `Het stedelijk gemiddelde in ${avg.year} voor ${name} was ${v} (heel Utrecht).`
      : `The city-wide average for ${name} in ${avg.year} was ${v} (all of Utrecht).`;
  for (const [i, t] of plan.wijken.entries()) {
    const b = t.baseline as YearValue;
    const side = plan.against[i] ?? null;
    const against = side === null ? '' : lang === 'nl' ? AGAINST_NL[side] : AGAINST_EN[side];
    text +=
      lang === 'nl'
        ? ` In ${t.wijk} was het in ${b.year} ${withUnit(b, t.unit, lang)}${against}.`
        : ` In ${t.wijk} it was ${withUnit(b, t.unit, lang)} in ${b.year}${against}.`;
    const goals = t.targets
      .filter((v) => plan.years.includes(v.year))
      .map((v) =>
        lang === 'nl' ? `${valueAt(t, v, lang)} in ${v.year}` : `${valueAt(t, v, lang)} by ${v.year}`,
      );
    if (goals.length > 0)
      text +=
        lang === 'nl'
          ? ` Het doel daar is ${joinList(goals, lang)}.`
          : ` The target there is ${joinList(goals, lang)}.`;
  }
  return text;
}

/** No city-wide average for the indicator: say so, and name the wijken's own baselines instead. */
export function phraseNoCitywide(
  indicator: string,
  wijken: Target[],
  lexicon: Lexicon,
  lang: Language,
): string {
  const name = indicatorName(lexicon, indicator, lang, wijken[0]?.label ?? indicator);
  const own = wijken
    .filter((t) => t.baseline)
    .map((t) => `${t.wijk} ${withUnit(t.baseline as YearValue, t.unit, lang)}`);
  const year = wijken.find((t) => t.baseline)?.baseline?.year;
  const head =
    lang === 'nl'
      ? `Het charter noemt geen stedelijk gemiddelde voor ${name}.`
      : `The charter gives no city-wide average for ${name}.`;
  if (own.length === 0 || year === undefined) return head;
  return lang === 'nl'
    ? `${head} Het noemt alleen de waarden van de wijken in ${year}: ${joinList(own, lang)}.`
    : `${head} It gives only the wijken's own figures for ${year}: ${joinList(own, lang)}.`;
}

export function phraseExtreme(plan: ExtremePlan, lexicon: Lexicon, lang: Language): string {
  const first = plan.winners[0];
  if (!first) return '';
  const name = nameOf(lexicon, first.target, lang);
  const when = String(first.value.year);
  const which = joinList(
    plan.winners.map((r) => r.target.wijk),
    lang,
  );
  const others = plan.others
    .map((r) => `${r.target.wijk} ${withUnit(r.value, r.target.unit, lang)}`)
    .join(', ');
  const kind = plan.baseline ? (lang === 'nl' ? 'waarde' : 'figure') : lang === 'nl' ? 'doel' : 'target';
  const value = withUnit(first.value, first.target.unit, lang);
  const n = plan.winners.length;
  return lang === 'nl'
    ? `${which} ${plural(n, lang, 'heeft', 'hebben')} het ${plan.lowest ? 'laagste' : 'hoogste'} ${kind} voor ${when} voor ${name}: ${value}.${others ? ` Ter vergelijking: ${others}.` : ''}${plan.incomplete ? ` De andere wijken hebben voor ${when} geen doel hiervoor.` : ''}`
    : `${which} ${plural(n, lang, 'has', 'have')} the ${plan.lowest ? 'lowest' : 'highest'} ${when} ${kind} for ${name}: ${value}.${others ? ` For comparison: ${others}.` : ''}${plan.incomplete ? ` The other wijken have no ${when} target for this.` : ''}`;
}

/** No target for an indicator in the wijken asked about; where the charter does set one. */
export function phraseNoTargetFor(
  lexicon: Lexicon,
  indicator: string,
  wijken: string[],
  elsewhere: string[],
  lang: Language,
  instead: string[] = [],
): string {
  const name = indicatorName(lexicon, indicator, lang, indicator);
  const list = joinList(wijken, lang);
  const has = joinList(
    instead.map((i) => indicatorName(lexicon, i, lang, i)),
    lang,
  );
  return lang === 'nl'
    ? `Het charter bevat geen doel voor ${name} in ${list}.${elsewhere.length ? ` Er is wel een doel voor ${joinList(elsewhere, lang)}.` : ''}${has ? ` ${list} heeft op dit gebied wel ${instead.length > 1 ? 'doelen' : 'een doel'} voor ${has}.` : ''}`
    : `The charter sets no target for ${name} in ${list}.${elsewhere.length ? ` It does set one for ${joinList(elsewhere, lang)}.` : ''}${has ? ` On this theme, ${list} does have ${instead.length > 1 ? 'targets' : 'a target'} for ${has}.` : ''}`;
}
