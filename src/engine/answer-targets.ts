// Answers about wijk targets: one figure with its context, lists, comparisons, city-wide averages.
import type { Target, ThemeKey, YearValue } from '../charter/schema.js';
import { phraseTargetVerdict, type TargetVerdict } from '../phrase/target-verdict.js';
import {
  charterWijken,
  cite,
  type Deps,
  type Response,
  targetFacts,
  uniqueCitations,
  wijkName,
} from './answer-parts.js';
import { isYesNo } from './question-shape.js';
import { noSuchTopic, notFound } from './refusals.js';
import type { Answer, Fact, Intent, Language } from './types.js';
import type { Understanding } from './understand.js';
import { indicatorName, joinList, themeName, valueAt, withUnit, years as yearList } from './wording.js';

export type Found = { target: Target; standIn: boolean };

/** The wijk's targets for the asked indicators, or the target the lexicon says stands in for them. */
export function findTargets(deps: Deps, wijk: string, asked: string[]): Found[] {
  const own = deps.knowledge.targets.filter((t) => t.wijk === wijk && asked.includes(t.indicator));
  if (own.length > 0) return own.map((target) => ({ target, standIn: false }));
  const lex = deps.knowledge.lexicon.indicators;
  const related = (key: string) => {
    const entry = lex.find((i) => i.key === key);
    return asked.some(
      (a) => entry?.standsInFor.includes(a) || lex.find((i) => i.key === a)?.standsInFor.includes(key),
    );
  };
  return deps.knowledge.targets
    .filter((t) => t.wijk === wijk && related(t.indicator))
    .map((target) => ({ target, standIn: true }));
}

function standInNote(deps: Deps, found: Found, asked: string[], lang: Language, wijken?: string): string {
  const t = found.target;
  const lex = deps.knowledge.lexicon;
  const askedName = indicatorName(lex, asked[0] ?? '', lang, '');
  const where = wijken ?? t.wijk;
  const combined = (lex.indicators.find((i) => i.key === t.indicator)?.standsInFor.length ?? 0) > 1;
  const relative =
    t.kind === 'change_vs_2006'
      ? lang === 'nl'
        ? ', uitgedrukt als verandering ten opzichte van 2006'
        : ', expressed as a change relative to 2006'
      : '';
  if (combined) {
    const label = t.label.replace(/^percentage /, '');
    const name = indicatorName(lex, t.indicator, lang, label);
    return lang === 'nl'
      ? ` Let op: voor ${where} heeft het charter geen apart doel voor ${askedName}, maar één gecombineerd doel voor ${label}${relative}.`
      : ` Note: for ${where} the charter has no separate target for ${askedName}; it sets one combined target for ${name} ("${label}")${relative}.`;
  }
  return lang === 'nl'
    ? ` Let op: voor ${where} heeft het charter geen doel voor ${askedName}; het gebruikt daar de indicator "${t.label}"${relative}.`
    : ` Note: for ${where} the charter has no target for ${askedName}; it uses the indicator "${t.label}" instead${relative}.`;
}

function trajectoryText(t: Target, lang: Language, except?: number): string {
  const parts: string[] = [];
  if (t.baseline && except !== t.baseline.year) {
    parts.push(`${t.baseline.year}: ${withUnit(t.baseline, t.unit, lang)}`);
  }
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

/** One target, one wijk: the asked figure first, then baseline and the other milestone. */
function singleTarget(
  deps: Deps,
  intent: Intent,
  found: Found,
): { text: string; status: Answer['status']; facts: Fact[] } {
  const t = found.target;
  const lang = intent.language;
  const name = indicatorName(deps.knowledge.lexicon, t.indicator, lang, t.label);
  const note = found.standIn ? standInNote(deps, found, intent.indicators, lang) : '';
  const asked = intent.years.filter((y) => y !== t.baseline?.year && y !== 2006);

  if (intent.asks === 'baseline' || (intent.years.length > 0 && asked.length === 0)) {
    if (!t.baseline) {
      const text =
        lang === 'nl'
          ? `Het charter noemt voor ${t.wijk} geen cijfer voor 2006 voor ${name}: het doel is uitgedrukt als verandering ten opzichte van 2006 (${trajectoryText(t, lang)}).${note}`
          : `The charter gives no 2006 figure for ${name} in ${t.wijk}: the target is expressed as a change relative to 2006 (${trajectoryText(t, lang)}).${note}`;
      return { text, status: 'partial', facts: targetFacts(t, t.targets, false) };
    }
    const b = t.baseline;
    const text =
      lang === 'nl'
        ? `In ${b.year} (het uitgangsjaar van het charter) was dit voor ${t.wijk} ${withUnit(b, t.unit, lang)} (${name}). Het charter stelt als doel ${t.targets.map((v) => `${valueAt(t, v, lang)} in ${v.year}`).join(' en ')}.${note}`
        : `In ${b.year} (the baseline) the figure for ${t.wijk} was ${withUnit(b, t.unit, lang)} (${name}). The charter's target is ${t.targets.map((v) => `${valueAt(t, v, lang)} by ${v.year}`).join(' and ')}.${note}`;
    return { text, status: 'answered', facts: targetFacts(t, t.targets, true) };
  }

  if (asked.length > 0) {
    const hits = t.targets.filter((v) => asked.includes(v.year));
    const missing = asked.filter((y) => !t.targets.some((v) => v.year === y));
    if (hits.length === 0) {
      const milestones = joinList(
        t.targets.map((v) =>
          lang === 'nl'
            ? `${valueAt(t, v, lang, false)} in ${v.year}`
            : `${valueAt(t, v, lang, false)} for ${v.year}`,
        ),
        lang,
      );
      const from = t.baseline ? ` (${t.baseline.year}: ${withUnit(t.baseline, t.unit, lang)})` : '';
      const missingText = joinList(missing.map(String), lang);
      const text =
        lang === 'nl'
          ? `Het charter noemt voor ${t.wijk} geen doel voor ${missingText} voor ${name}. Het noemt alleen ${t.targets.length > 1 ? 'doelen' : 'een doel'} voor ${yearList(t.targets, lang)}: ${milestones}${from}.${note}`
          : `The charter sets no ${missingText} target for ${name} in ${t.wijk}. It sets ${t.targets.length > 1 ? 'targets' : 'a target'} for ${yearList(t.targets, lang)} only: ${milestones}${from}.${note}`;
      return { text, status: 'partial', facts: targetFacts(t, t.targets, true) };
    }
    const lead = hits
      .map((v) =>
        lang === 'nl'
          ? `Het doel voor ${v.year} voor ${name} in ${t.wijk} is ${valueAt(t, v, lang)}`
          : `The ${v.year} target for ${name} in ${t.wijk} is ${valueAt(t, v, lang)}`,
      )
      .join('. ');
    const others = trajectoryText(t, lang, hits.length === 1 ? hits[0]?.year : undefined);
    const gap =
      missing.length > 0
        ? lang === 'nl'
          ? ` Voor ${joinList(missing.map(String), lang)} noemt het charter geen doel.`
          : ` The charter sets no target for ${joinList(missing.map(String), lang)}.`
        : '';
    const text = `${lead}${hits.length === 1 && others ? ` (${others})` : ''}.${gap}${note}`;
    return {
      text,
      status: missing.length > 0 ? 'partial' : 'answered',
      facts: targetFacts(t, t.targets, true),
    };
  }

  const text =
    lang === 'nl'
      ? `${capital(name)} in ${t.wijk}: ${trajectoryText(t, lang)}.${note}`
      : `${capital(name)} in ${t.wijk}: ${trajectoryText(t, lang)}.${note}`;
  return { text, status: 'answered', facts: targetFacts(t, t.targets, true) };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function citywideAnswer(deps: Deps, intent: Intent, indicators: string[]): Answer | null {
  const lang = intent.language;
  const avg = deps.knowledge.citywide.find((c) => indicators.includes(c.indicator));
  if (!avg) return null;
  const name = indicatorName(deps.knowledge.lexicon, avg.indicator, lang, avg.label);
  const v = withUnit({ text: avg.text }, avg.unit, lang);
  const facts: Fact[] = [
    {
      wijk: null,
      indicator: avg.indicator,
      label: avg.label,
      year: avg.year,
      value: avg.value,
      unit: avg.unit,
      kind: 'citywide_average',
      clauseId: avg.clauseId,
    },
  ];
  const citations = [cite(deps, avg.clauseId)];
  let text =
    lang === 'nl'
      ? `Het stedelijk gemiddelde in ${avg.year} voor ${name} was ${v} (heel Utrecht).`
      : `The city-wide average for ${name} in ${avg.year} was ${v} (all of Utrecht).`;
  for (const key of intent.wijken) {
    const t = deps.knowledge.targets.find(
      (x) => x.wijk === wijkName(deps, key) && x.indicator === avg.indicator && x.baseline,
    );
    if (!t?.baseline) continue;
    text +=
      lang === 'nl'
        ? ` In ${t.wijk} was het in ${t.baseline.year} ${withUnit(t.baseline, t.unit, lang)}.`
        : ` In ${t.wijk} it was ${withUnit(t.baseline, t.unit, lang)} in ${t.baseline.year}.`;
    facts.push(...targetFacts(t, [], true));
    citations.push(cite(deps, t.clauseId));
  }
  return { status: 'answered', language: lang, answer: text, facts, citations };
}

function compare(deps: Deps, intent: Intent, indicators: string[]): Answer | null {
  const lang = intent.language;
  const year = intent.years.find((y) => y !== 2006) ?? null;
  const useBaseline = year === null && intent.years.includes(2006);
  const rows = deps.knowledge.targets
    .filter((t) => indicators.includes(t.indicator) && t.kind === 'level')
    .map((t) => {
      const v = useBaseline ? t.baseline : year ? t.targets.find((x) => x.year === year) : t.targets.at(-1);
      return v ? { t, v } : null;
    })
    .filter((r): r is { t: Target; v: YearValue } => r !== null);
  if (rows.length === 0) return null;
  const values = rows.map((r) => r.v.value);
  const extreme = intent.asks === 'lowest' ? Math.min(...values) : Math.max(...values);
  const winners = rows.filter((r) => r.v.value === extreme);
  const first = winners[0] as { t: Target; v: YearValue };
  const name = indicatorName(deps.knowledge.lexicon, first.t.indicator, lang, first.t.label);
  const when = String(first.v.year);
  const which = joinList(
    winners.map((r) => r.t.wijk),
    lang,
  );
  const others = rows
    .filter((r) => !winners.includes(r))
    .map((r) => `${r.t.wijk} ${withUnit(r.v, r.t.unit, lang)}`)
    .join(', ');
  const kind = useBaseline ? (lang === 'nl' ? 'waarde' : 'figure') : lang === 'nl' ? 'doel' : 'target';
  const low = intent.asks === 'lowest';
  const text =
    lang === 'nl'
      ? `${which} ${winners.length > 1 ? 'hebben' : 'heeft'} het ${low ? 'laagste' : 'hoogste'} ${kind} voor ${when} voor ${name}: ${withUnit(first.v, first.t.unit, lang)}.${others ? ` Ter vergelijking: ${others}.` : ''}${rows.length < charterWijken(deps).length ? ` De andere wijken hebben voor ${when} geen doel hiervoor.` : ''}`
      : `${which} ${winners.length > 1 ? 'have' : 'has'} the ${low ? 'lowest' : 'highest'} ${when} ${kind} for ${name}: ${withUnit(first.v, first.t.unit, lang)}.${others ? ` For comparison: ${others}.` : ''}${rows.length < charterWijken(deps).length ? ` The other wijken have no ${when} target for this.` : ''}`;
  return {
    status: 'answered',
    language: lang,
    answer: text,
    facts: rows.flatMap((r) => targetFacts(r.t, r.v === r.t.baseline ? [] : [r.v], r.v === r.t.baseline)),
    citations: uniqueCitations(rows.map((r) => cite(deps, r.t.clauseId))),
  };
}

/** Several targets (several wijken, or a theme): one line each, the asked year first. */
function listTargets(deps: Deps, intent: Intent, found: Found[], heading: string): Answer {
  const lang = intent.language;
  const asked = intent.years.filter((y) => y !== 2006);
  const lines: string[] = [];
  const facts: Fact[] = [];
  let missingAll = asked.length > 0;
  for (const { target: t } of found) {
    const name = indicatorName(deps.knowledge.lexicon, t.indicator, lang, t.label);
    const hits = t.targets.filter((v) => asked.includes(v.year));
    if (hits.length > 0) missingAll = false;
    const lead =
      asked.length === 0
        ? trajectoryText(t, lang)
        : hits.length > 0
          ? `${hits.map((v) => `${v.year}: ${valueAt(t, v, lang)}`).join('; ')}${t.baseline ? ` (${t.baseline.year}: ${withUnit(t.baseline, t.unit, lang)})` : ''}`
          : lang === 'nl'
            ? `geen doel voor ${joinList(asked.map(String), lang)} (${trajectoryText(t, lang)})`
            : `no ${joinList(asked.map(String), lang)} target (${trajectoryText(t, lang)})`;
    const who = found.some((f) => f.target.wijk !== t.wijk) ? `${t.wijk}, ${name}` : capital(name);
    lines.push(`- ${who}: ${lead}`);
    facts.push(...targetFacts(t, t.targets, true));
  }
  return {
    // A list that gives the asked year for some targets answers the question; rows without it say so.
    status: missingAll ? 'partial' : 'answered',
    language: lang,
    answer: `${heading}\n${lines.join('\n')}`,
    facts,
    citations: uniqueCitations(found.map((f) => cite(deps, f.target.clauseId))),
  };
}

/**
 * A figure the question claims for a target, checked against the charter's value for the asked year (or
 * 2006): holds, or does not. Null when the question states no figure to check.
 */
function targetVerdict(question: string, t: Target, asked: number[]): TargetVerdict | null {
  const year = asked.find((y) => y !== t.baseline?.year) ?? (asked.length > 0 ? t.baseline?.year : undefined);
  const value = year === t.baseline?.year ? t.baseline : t.targets.find((v) => v.year === year);
  if (!value) return null;
  const per = /^per (\d+)/.exec(t.unit)?.[1];
  const claimed = [...question.matchAll(/\d+(?:[.,]\d+)?/g)]
    .map((m) => m[0])
    .filter((n) => !/^(19|20)\d\d$/.test(n) && n !== per);
  const first = claimed[0];
  if (first === undefined) return null;
  return { holds: Number(first.replace(',', '.')) === value.value, claimed: first };
}

export function answerTargets(deps: Deps, u: Understanding): Response {
  const intent = u.intent;
  const lang = intent.language;
  const lexicon = deps.knowledge.lexicon;
  const indicators = intent.indicators;

  if (intent.asks === 'citywide' && indicators.length > 0) {
    const a = citywideAnswer(deps, intent, indicators);
    if (a) return { answer: a, remember: { wijken: intent.wijken, indicators, theme: intent.theme } };
  }
  if ((intent.asks === 'lowest' || intent.asks === 'highest') && indicators.length > 0) {
    const a = compare(deps, intent, indicators);
    if (a) return { answer: a, remember: { wijken: [], indicators, theme: intent.theme } };
  }

  const wijkKeys = intent.wijken.length > 0 ? intent.wijken : charterWijken(deps).map((w) => w.key);
  const named = intent.wijken.length > 0;
  let found: Found[] = [];
  if (indicators.length > 0) {
    for (const key of wijkKeys) found.push(...findTargets(deps, wijkName(deps, key), indicators));
  } else {
    const theme: ThemeKey | null = intent.theme;
    found = deps.knowledge.targets
      .filter(
        (t) => wijkKeys.some((k) => wijkName(deps, k) === t.wijk) && (theme === null || t.theme === theme),
      )
      .map((target) => ({ target, standIn: false }));
  }

  if (found.length === 0) {
    if (indicators.length > 0) {
      const where = [
        ...new Set(deps.knowledge.targets.filter((t) => indicators.includes(t.indicator)).map((t) => t.wijk)),
      ];
      const name = indicatorName(lexicon, indicators[0] ?? '', lang, indicators[0] ?? '');
      const wijkList = joinList(
        wijkKeys.map((k) => wijkName(deps, k)),
        lang,
      );
      const answer =
        lang === 'nl'
          ? `Het charter bevat geen doel voor ${name} in ${wijkList}.${where.length ? ` Er is wel een doel voor ${joinList(where, lang)}.` : ''}`
          : `The charter sets no target for ${name} in ${wijkList}.${where.length ? ` It does set one for ${joinList(where, lang)}.` : ''}`;
      return { answer: notFound(deps, lang, answer, [], { indicators }), remember: null };
    }
    return {
      answer: noSuchTopic(deps, lang, named ? wijkName(deps, wijkKeys[0] ?? '') : null),
      remember: null,
    };
  }

  // A list of a wijk's targets has no one topic: a follow-up ("and for KE?") asks for the same list.
  const remember = {
    wijken: intent.wijken,
    indicators: indicators.length > 0 ? [...new Set(found.map((f) => f.target.indicator))] : [],
    theme: intent.theme,
  };
  if (found.length === 1 && (named || indicators.length > 0)) {
    const only = found[0] as Found;
    const { text, status, facts } = singleTarget(deps, intent, only);
    const prefix =
      !named && indicators.length > 0
        ? lang === 'nl'
          ? `Alleen ${only.target.wijk} heeft hiervoor een doel. `
          : `Only ${only.target.wijk} has a target for this. `
        : '';
    // "Is the Ondiep burglary target for 2011 25 per 1000?": yes or no first, then the target itself.
    const verdict = isYesNo(u.folded) ? targetVerdict(u.question, only.target, intent.years) : null;
    return {
      answer: {
        status,
        language: lang,
        answer: `${verdict ? `${phraseTargetVerdict(verdict, lang)} ` : ''}${prefix}${text}`,
        facts,
        citations: [cite(deps, only.target.clauseId)],
      },
      remember,
    };
  }

  const yearText = intent.years.filter((y) => y !== 2006);
  const forYears = yearText.length
    ? lang === 'nl'
      ? ` voor ${joinList(yearText.map(String), lang)}`
      : ` for ${joinList(yearText.map(String), lang)}`
    : '';
  let heading: string;
  if (indicators.length > 0) {
    const name = indicatorName(lexicon, indicators[0] ?? '', lang, indicators[0] ?? '');
    heading =
      lang === 'nl'
        ? `Doelen${forYears} voor ${name}, per wijk:`
        : `Targets${forYears} for ${name}, by wijk:`;
    const standIns = found.filter((f) => f.standIn);
    if (standIns.length > 0) {
      const where = joinList([...new Set(standIns.map((f) => f.target.wijk))], lang);
      heading += standInNote(deps, standIns[0] as Found, indicators, lang, where);
    }
  } else {
    const wijkList = joinList(
      wijkKeys.map((k) => wijkName(deps, k)),
      lang,
    );
    const themePart = intent.theme
      ? ` ${lang === 'nl' ? 'op het gebied van' : 'on'} ${themeName(lexicon, intent.theme, lang)}`
      : '';
    heading =
      lang === 'nl'
        ? `Doelen${themePart}${forYears} in ${wijkList}:`
        : `Targets${themePart}${forYears} in ${wijkList}:`;
  }
  return { answer: listTargets(deps, intent, found, heading), remember };
}
