// Answers about progress and measured values in words, Dutch and English, from the engine's plan.
// Every figure it writes is a charter figure, a recorded measurement or a recorded revision: the status is
// said in words, never as a computed number.
import type { Lexicon, Target } from '../charter/schema.js';
import { progressStatus } from '../engine/answer-progress.js';
import type { AskedDate } from '../engine/asked-date.js';
import type { ProgressPlan } from '../engine/plan.js';
import type { Language, Status } from '../engine/types.js';
import type { TargetProgress } from '../progress/types.js';
import { messages } from './catalogue.js';
import { dateText } from './digest.js';
import { valueWithUnit } from './numbers.js';
import { endedSentence, endedText, judgedOnText, statusWord, trendText } from './progress.js';
import { joinList, valueAt, withUnit } from './wording.js';

const lcFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

type Row = { target: Target; progress: TargetProgress; standIn: boolean };
type Measured = { year: number; value: number; source: string };

const name = (lexicon: Lexicon, t: Target, lang: Language) =>
  lexicon.indicators.find((i) => i.key === t.indicator)?.[lang].name ?? t.label;

const measured = (p: TargetProgress, m: Measured, lang: Language) =>
  `${valueWithUnit(m.value, p.unit, lang)} (${m.year}, ${m.source})`;

/** The charter's targets as it states them: "21 per 1000 homes by 2011 and 15 by 2017 (2006: 38)". */
function charterTargets(t: Target, lang: Language): string {
  const goals = joinList(
    t.targets.map((v) => `${valueAt(t, v, lang, false)} ${messages(lang).byYear(v.year)}`),
    lang,
  );
  const base = t.baseline ? ` (${t.baseline.year}: ${withUnit(t.baseline, t.unit, lang)})` : '';
  const relative = t.kind === 'change_vs_2006' ? ` ${messages(lang).comparedWith(2006)}` : '';
  return `${goals}${relative}${base}`;
}

/** The milestone the status is judged against, revised where a revision is active. */
function goal(p: TargetProgress, t: Target, lang: Language): string {
  const m = p.milestones.find((x) => x.year === p.milestone.year);
  const v = t.targets.find((x) => x.year === p.milestone.year);
  const charter = v ? valueAt(t, v, lang) : '';
  if (m?.revision) {
    return lang === 'nl'
      ? `${valueWithUnit(m.revision.value, p.unit, lang)} in ${p.milestone.year} (bijgesteld: ${m.revision.source}; het charter noemt ${charter})`
      : `${valueWithUnit(m.revision.value, p.unit, lang)} by ${p.milestone.year} (revised: ${m.revision.source}; the charter says ${charter})`;
  }
  return `${charter} ${messages(lang).byYear(p.milestone.year)}`;
}

function pace(p: TargetProgress, lang: Language): string {
  const nl = lang === 'nl';
  if (p.status === 'on_track')
    return nl ? 'In dit tempo wordt het doel gehaald.' : 'At this pace the target will be reached.';
  if (p.status === 'at_risk')
    return nl
      ? 'Het gaat de goede kant op, maar te langzaam om het doel op tijd te halen.'
      : 'It is improving, but too slowly to reach the target in time.';
  if ((p.ratio ?? 0) < 0) return nl ? 'Het beweegt van het doel af.' : 'It is moving away from the target.';
  return nl
    ? 'Het gaat veel te langzaam om het doel op tijd te halen.'
    : 'It is improving far too slowly to reach the target in time.';
}

function single(r: Row, lexicon: Lexicon, lang: Language): string {
  const { target: t, progress: p } = r;
  const nl = lang === 'nl';
  const n = name(lexicon, t, lang);
  const w = t.wijk;
  const stale =
    p.stale && p.latest
      ? nl
        ? ` De laatste meting is van ${p.latest.year}: er zijn nieuwere cijfers nodig.`
        : ` The latest measurement is from ${p.latest.year}: newer figures are needed.`
      : '';
  const standIn = r.standIn
    ? nl
      ? ` (Voor ${w} gaat het doel over ${t.label}.)`
      : ` (For ${w} the charter's target is for "${t.label}".)`
    : '';
  switch (p.reason) {
    case 'final_not_measured':
      return nl
        ? `${endedSentence(lang)} Voor ${n} in ${w}: ${lcFirst(trendText(p, lang))} Het doel in het charter: ${charterTargets(t, lang)}.${standIn}`
        : `${endedSentence(lang)} For ${n} in ${w}: ${lcFirst(trendText(p, lang))} The charter's target: ${charterTargets(t, lang)}.${standIn}`;
    case 'no_measurement':
      return nl
        ? `${p.ended ? `${endedSentence(lang)} ` : ''}Voor ${n} in ${w} is na ${p.baseline?.year ?? 2006} nog geen meting vastgelegd, dus of het op koers ligt is nog niet te zeggen. Het doel in het charter: ${charterTargets(t, lang)}.${standIn}`
        : `${p.ended ? `${endedSentence(lang)} ` : ''}No measurement of ${n} in ${w} after ${p.baseline?.year ?? 2006} has been recorded, so whether it is on track cannot be said yet. The charter's target: ${charterTargets(t, lang)}.${standIn}`;
    case 'change_without_baseline': {
      const latest = p.measurements.at(-1);
      const l = latest
        ? nl
          ? ` De laatste meting is ${measured(p, latest, lang)}.`
          : ` The latest measurement is ${measured(p, latest, lang)}.`
        : '';
      return nl
        ? `Het doel voor ${n} in ${w} is een verandering ten opzichte van 2006 (${charterTargets(t, lang)}); zonder gemeten waarde voor 2006 is de voortgang nog niet te beoordelen.${l}${standIn}`
        : `The target for ${n} in ${w} is a change relative to 2006 (${charterTargets(t, lang)}); without a measured 2006 value its progress cannot be judged yet.${l}${standIn}`;
    }
    case 'meets_milestone': {
      const l = p.latest as Measured;
      return nl
        ? `${w} heeft het doel voor ${n} voor ${p.milestone.year} al gehaald (${statusWord('achieved', lang)}): gemeten ${measured(p, l, lang)}, tegen een doel van ${goal(p, t, lang)}.${stale}${standIn}`
        : `${w} has already reached its ${p.milestone.year} target for ${n} (${statusWord('achieved', lang)}): measured ${measured(p, l, lang)}, against a target of ${goal(p, t, lang)}.${stale}${standIn}`;
    }
    case 'final_milestone': {
      const got = p.status === 'achieved';
      const what = judgedOn(p, lang);
      return nl
        ? `${endedSentence(lang)} ${w} heeft het doel voor ${n} voor ${p.milestone.year} ${got ? 'gehaald' : 'niet gehaald'}: ${what}, tegen een doel van ${goal(p, t, lang)}.${standIn}`
        : `${endedSentence(lang)} ${w} ${got ? 'reached' : 'did not reach'} its ${p.milestone.year} target for ${n}: ${what}, against a target of ${goal(p, t, lang)}.${standIn}`;
    }
    case 'rate_ratio': {
      const l = p.latest as Measured;
      const b = p.baseline as { year: number; value: number };
      const from = valueWithUnit(b.value, p.unit, lang);
      return nl
        ? `${w} ligt voor ${n} ${p.status === 'on_track' ? 'op koers' : p.status === 'at_risk' ? 'niet helemaal op koers (risico)' : 'uit koers'}: gemeten ${measured(p, l, lang)}, vanaf ${from} in ${b.year}; het doel is ${goal(p, t, lang)}. ${pace(p, lang)}${stale}${standIn}`
        : `${w} is ${statusWord(p.status, lang)} for ${n}: measured ${measured(p, l, lang)}, from ${from} in ${b.year}; the target is ${goal(p, t, lang)}. ${pace(p, lang)}${stale}${standIn}`;
    }
  }
}

/** The measurement the last milestone was judged on, with its source: "16 in 2017 (Wijkenmonitor 2017)". */
function judgedOn(p: TargetProgress, lang: Language): string {
  const last = p.milestones.at(-1);
  if (!last) return '';
  return judgedOnText(p, last, lang, { source: true });
}

function line(r: Row, lexicon: Lexicon, lang: Language, withWijk: boolean): string {
  const { target: t, progress: p } = r;
  const nl = lang === 'nl';
  const m = messages(lang);
  const who = withWijk ? `${t.wijk}, ${name(lexicon, t, lang)}` : name(lexicon, t, lang);
  const trend = p.trend
    ? nl
      ? `, toen ${p.trend.status === 'achieved' ? 'al gehaald' : statusWord(p.trend.status, lang)}`
      : `, ${p.trend.status === 'achieved' ? 'already achieved' : statusWord(p.trend.status, lang)} then`
    : '';
  const latest =
    p.reason === 'final_milestone'
      ? judgedOn(p, lang)
      : p.latest
        ? `${p.status === 'not_measured' ? (nl ? 'laatste meting' : 'latest measurement') : m.measured} ${measured(p, p.latest, lang)}${trend}`
        : m.notMeasuredYet;
  return `- ${who}: ${statusWord(p.status, lang)}${p.stale ? ` (${m.stale})` : ''}; ${latest}; ${m.target} ${goal(p, t, lang)}`;
}

function actual(plan: Extract<ProgressPlan, { kind: 'actual' }>, lexicon: Lexicon, lang: Language) {
  const nl = lang === 'nl';
  const text = (r: (typeof plan.rows)[number]) => {
    const { target: t, progress: p, measurement: m } = r;
    const n = name(lexicon, t, lang);
    const latest = p.measurements.at(-1);
    if (m)
      return nl
        ? `De gemeten waarde voor ${n} in ${t.wijk}${plan.year ? ` in ${plan.year}` : ' (de laatste meting)'} is ${valueWithUnit(m.value, p.unit, lang)} (${m.year}, bron: ${m.source}). Het doel in het charter: ${charterTargets(t, lang)}.`
        : `The measured figure for ${n} in ${t.wijk}${plan.year ? ` in ${plan.year}` : ' (the latest measurement)'} is ${valueWithUnit(m.value, p.unit, lang)} (${m.year}, source: ${m.source}). The charter's target: ${charterTargets(t, lang)}.`;
    const also =
      latest && plan.year === null
        ? ''
        : latest && latest.year !== plan.year && plan.year !== null && latest.year < plan.year
          ? nl
            ? ` De laatste meting is ${measured(p, latest, lang)}.`
            : ` The latest measurement is ${measured(p, latest, lang)}.`
          : '';
    return nl
      ? `Er is geen gemeten waarde voor ${n} in ${t.wijk}${plan.year ? ` voor ${plan.year}` : ''} vastgelegd.${also} Het charter noemt doelen, geen metingen: ${charterTargets(t, lang)}.`
      : `No measured figure for ${n} in ${t.wijk}${plan.year ? ` for ${plan.year}` : ''} has been recorded.${also} The charter gives targets, not measurements: ${charterTargets(t, lang)}.`;
  };
  if (plan.rows.length === 1) return text(plan.rows[0] as (typeof plan.rows)[number]);
  return plan.rows.map((r) => `- ${text(r)}`).join('\n');
}

export function phraseProgressPlan(
  plan: ProgressPlan,
  lexicon: Lexicon,
  lang: Language,
): { text: string; status: Status } {
  // The status is the engine's; it is given beside the words for callers that show both.
  const status = progressStatus(plan);
  if (plan.kind === 'actual') return { text: actual(plan, lexicon, lang), status };
  const said = progress(plan, lexicon, lang);
  return { text: plan.asked ? `${askedText(plan.asked, lang)} ${said}` : said, status };
}

/** "Eind 2010:" / "Per 1 juni 2010:": the date the answer is about, when the question asked for one. */
function askedText(asked: AskedDate, lang: Language): string {
  if (asked.kind === 'year_end')
    return lang === 'nl' ? `Eind ${asked.asOf.slice(0, 4)}:` : `At the end of ${asked.asOf.slice(0, 4)}:`;
  return lang === 'nl' ? `Per ${dateText(asked.asOf, lang)}:` : `As of ${dateText(asked.asOf, lang)}:`;
}

function progress(
  plan: Extract<ProgressPlan, { kind: 'progress' }>,
  lexicon: Lexicon,
  lang: Language,
): string {
  if (plan.rows.length === 1) return single(plan.rows[0] as Row, lexicon, lang);
  const withWijk = new Set(plan.rows.map((r) => r.target.wijk)).size > 1;
  const anyMeasured = plan.rows.some((r) => r.progress.latest);
  const heading = plan.rows.every((r) => r.progress.ended)
    ? endedText(lang, plan.wijk)
    : lang === 'nl'
      ? `Zo staan de doelen${plan.wijk ? ` van ${plan.wijk}` : ''} ervoor, per doel:`
      : `Where the targets${plan.wijk ? ` for ${plan.wijk}` : ''} stand, target by target:`;
  const tail = anyMeasured
    ? ''
    : lang === 'nl'
      ? '\nEr zijn nog geen metingen vastgelegd, dus de voortgang is nog niet te beoordelen.'
      : '\nNo measurements have been recorded yet, so progress cannot be judged.';
  return `${heading}\n${plan.rows.map((r) => line(r, lexicon, lang, withWijk)).join('\n')}${tail}`;
}
