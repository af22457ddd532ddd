// Answers about progress and measured values: "is Ondiep on track for burglary?", "what was the actual
// number of burglaries in Ondiep in 2009?", "hoe staat Zuilen-Oost ervoor?". Decides what the answer is
// (which targets, which measurement, which status) as a plan; src/phrase/progress-answer.ts words it.
// The measurements arrive as data with the question; a target is never presented as a measured value.
import { revisionClauseId } from '../charter/revision-clause.js';
import type { Target } from '../charter/schema.js';
import { evaluateTarget } from '../progress/evaluate.js';
import { DEFAULT_PROGRESS_OPTIONS, type Measurement, type TargetProgress } from '../progress/types.js';
import {
  charterWijken,
  cite,
  type Deps,
  type Response,
  targetFacts,
  uniqueCitations,
  wijkName,
} from './answer-parts.js';
import { type Found, findTargets } from './answer-targets.js';
import { askedDate } from './asked-date.js';
import type { ProgressPlan } from './plan.js';
import type { Fact, ProgressData, Status } from './types.js';
import type { Understanding } from './understand.js';

/** Without data from a store, nothing is measured (the CLI without a database, benchmarks). */
const NO_DATA = (asOf: string): ProgressData => ({
  measurements: [],
  revisions: [],
  asOf,
  options: DEFAULT_PROGRESS_OPTIONS,
});

function scope(deps: Deps, u: Understanding): Found[] | null {
  const { intent } = u;
  if (intent.wijken.length === 0 && intent.indicators.length === 0 && intent.theme === null) return null;
  const wijkKeys = intent.wijken.length > 0 ? intent.wijken : charterWijken(deps).map((w) => w.key);
  if (intent.indicators.length > 0) {
    return wijkKeys.flatMap((k) => findTargets(deps, wijkName(deps, k), intent.indicators));
  }
  return deps.knowledge.targets
    .filter(
      (t) =>
        wijkKeys.some((k) => wijkName(deps, k) === t.wijk) &&
        (intent.theme === null || t.theme === intent.theme),
    )
    .map((target) => ({ target, standIn: false }));
}

const measurementFact = (t: Target, m: Pick<Measurement, 'year' | 'value' | 'unit' | 'source'>): Fact => ({
  wijk: t.wijk,
  indicator: t.indicator,
  label: t.label,
  year: m.year,
  value: m.value,
  unit: m.unit,
  kind: 'measurement',
  clauseId: t.clauseId,
  source: m.source,
});

/** The charter's figures for a target, the measurements the answer names, and any revised milestones. */
function factsFor(
  t: Target,
  p: TargetProgress,
  measured: Array<{ year: number; value: number; source: string }>,
) {
  const facts: Fact[] = [...targetFacts(t, t.targets, true)];
  for (const m of measured) facts.push(measurementFact(t, { ...m, unit: p.unit }));
  for (const m of p.milestones) {
    if (m.revision)
      facts.push({
        wijk: t.wijk,
        indicator: t.indicator,
        label: t.label,
        year: m.year,
        value: m.revision.value,
        unit: p.unit,
        kind: 'level',
        clauseId: t.clauseId,
        source: m.revision.source,
      });
  }
  return facts;
}

export function answerProgress(
  deps: Deps,
  u: Understanding,
  given: ProgressData | undefined,
): Response | null {
  const found = scope(deps, u);
  if (!found || found.length === 0) return null;
  const { intent } = u;
  const lang = intent.language;
  const data = given ?? NO_DATA(`${deps.knowledge.meta.validUntil ?? '2017-12-31'}`);
  // "hoe stond Ondiep ervoor in 2010?": the date the question asks about, where it names one.
  const asked = intent.asks === 'progress' ? askedDate(u.question, data.asOf) : null;
  const asOf = asked?.asOf ?? data.asOf;
  const evaluated = found.map((f) => ({
    ...f,
    progress: evaluateTarget(
      f.target,
      data.measurements.filter((m) => m.wijk === f.target.wijk && m.indicator === f.target.indicator),
      data.revisions.filter((r) => r.wijk === f.target.wijk && r.indicator === f.target.indicator),
      asOf,
      data.options,
    ),
  }));
  const revisionClause = revisionClauseId(deps.knowledge);
  const remember = {
    wijken: intent.wijken,
    indicators: [...new Set(found.map((f) => f.target.indicator))],
    theme: intent.theme,
  };

  let plan: ProgressPlan;
  const facts: Fact[] = [];
  if (intent.asks === 'actual') {
    const year = intent.years[0] ?? null;
    // The charter's 2006 figures are themselves the measured baseline: the target answer gives them.
    if (year !== null && year === (found[0]?.target.baseline?.year ?? 2006)) {
      const measured2006 = evaluated.some((e) => e.progress.measurements.some((m) => m.year === year));
      if (!measured2006) return null;
    }
    const rows = evaluated.map((e) => {
      const own = e.progress.measurements;
      const hit = year !== null ? (own.find((m) => m.year === year) ?? null) : (own.at(-1) ?? null);
      const latest = own.at(-1) ?? null;
      facts.push(
        ...factsFor(
          e.target,
          e.progress,
          [hit, year !== null ? null : latest].filter((m) => m !== null),
        ),
      );
      return { target: e.target, progress: e.progress, standIn: e.standIn, measurement: hit };
    });
    plan = { kind: 'actual', year, rows, asOf: data.asOf };
  } else {
    for (const e of evaluated) {
      facts.push(...factsFor(e.target, e.progress, e.progress.latest ? [e.progress.latest] : []));
      // A path that starts at a measurement (a change target's 2006 value, a revision's basis) states it.
      const base = e.progress.baseline;
      const charterBase = e.target.baseline;
      if (base && (!charterBase || charterBase.year !== base.year || charterBase.value !== base.value)) {
        const source =
          e.progress.measurements.find((m) => m.year === base.year)?.source ??
          e.progress.milestones.find((m) => m.revision)?.revision?.source ??
          '';
        facts.push(measurementFact(e.target, { ...base, unit: e.progress.unit, source }));
      }
    }
    plan = {
      kind: 'progress',
      rows: evaluated.map((e) => ({ target: e.target, progress: e.progress, standIn: e.standIn })),
      wijk: intent.wijken.length === 1 ? wijkName(deps, intent.wijken[0] as string) : null,
      asOf,
      asked,
    };
  }
  const revised = evaluated.some((e) => e.progress.revised);
  const citations = uniqueCitations([
    ...found.map((f) => cite(deps, f.target.clauseId)),
    ...(revised && revisionClause ? [cite(deps, revisionClause)] : []),
  ]);
  return {
    answer: {
      status: progressStatus(plan),
      language: lang,
      plan: { kind: 'progress', plan },
      facts: dedupeFacts(facts),
      citations,
    },
    remember,
  };
}

/** Why one target's progress cannot be judged, or not fully: the charter's side of it is all there is. */
const PARTIAL_REASONS: ReadonlySet<TargetProgress['reason']> = new Set([
  'final_not_measured',
  'no_measurement',
  'change_without_baseline',
]);

/**
 * Answered when what was asked is known: every asked measurement recorded, one target's status judged, or
 * for several targets something measured at all; partial otherwise.
 */
export function progressStatus(plan: ProgressPlan): Status {
  if (plan.kind === 'actual') return plan.rows.every((r) => r.measurement) ? 'answered' : 'partial';
  const [only] = plan.rows;
  if (plan.rows.length === 1 && only)
    return PARTIAL_REASONS.has(only.progress.reason) ? 'partial' : 'answered';
  return plan.rows.some((r) => r.progress.latest) ? 'answered' : 'partial';
}

function dedupeFacts(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.wijk}|${f.indicator}|${f.kind}|${f.year}|${f.value}|${f.source ?? ''}`;
    return !seen.has(key) && seen.add(key);
  });
}
