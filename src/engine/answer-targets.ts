// Answers about wijk targets: one figure with its context, lists, comparisons, city-wide averages. This
// file decides which targets, years and figures answer the question; src/phrase/target-answer.ts words it.

import type { Target, YearValue } from '../charter/schema.js';
import {
  charterWijken,
  cite,
  type Deps,
  type Response,
  targetFacts,
  uniqueCitations,
  wijkName,
} from './answer-parts.js';
import { claimedNumbers, saidRoughly, sameFigure } from './claimed-figure.js';
import { grammar } from './grammar/index.js';
import type {
  Draft,
  ExtremePlan,
  First,
  ListPlan,
  Plan,
  SinglePlan,
  StandIn,
  TargetVerdict,
} from './plan.js';
import { saidFirst } from './plan.js';
import { EXISTENCE, isYesNo } from './question-shape.js';
import { noSuchTopic, notFound } from './refusals.js';
import type { Fact, Intent, Status } from './types.js';
import type { Understanding } from './understand.js';

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

function standIn(deps: Deps, found: Found, asked: string[], where?: string[]): StandIn | null {
  if (!found.standIn) return null;
  const lex = deps.knowledge.lexicon;
  const combined =
    (lex.indicators.find((i) => i.key === found.target.indicator)?.standsInFor.length ?? 0) > 1;
  return { asked: asked[0] ?? '', target: found.target, where: where ?? [found.target.wijk], combined };
}

/** One target, one wijk: the asked figure first, then baseline and the other milestone. */
function planSingle(deps: Deps, intent: Intent, found: Found): { plan: SinglePlan; status: Status } {
  const t = found.target;
  const note = standIn(deps, found, intent.indicators);
  const asked = intent.years.filter((y) => y !== t.baseline?.year && y !== 2006);
  if (intent.asks === 'baseline' || (intent.years.length > 0 && asked.length === 0)) {
    return t.baseline
      ? { plan: { kind: 'baseline', target: t, standIn: note }, status: 'answered' }
      : { plan: { kind: 'no_baseline', target: t, standIn: note }, status: 'partial' };
  }
  // "2006 / 2011 / 2017?", "nulmeting + doel 2011 + 2017": the baseline with every target year (understood
  // as a trajectory) is the whole trajectory.
  const whole = intent.asks === 'trajectory' && t.targets.every((v) => asked.includes(v.year));
  if (asked.length > 0 && !whole) {
    const hits = t.targets.filter((v) => asked.includes(v.year));
    const missing = asked.filter((y) => !t.targets.some((v) => v.year === y));
    if (hits.length === 0) {
      return { plan: { kind: 'years_missing', target: t, missing, standIn: note }, status: 'partial' };
    }
    return {
      plan: { kind: 'years', target: t, hits, missing, standIn: note },
      status: missing.length > 0 ? 'partial' : 'answered',
    };
  }
  return { plan: { kind: 'trajectory', target: t, standIn: note }, status: 'answered' };
}

function citywideAnswer(
  deps: Deps,
  intent: Intent,
  indicators: string[],
  folded: string,
  question: string,
): Draft | null {
  const avg = deps.knowledge.citywide.find((c) => indicators.includes(c.indicator));
  if (!avg) return null;
  const wijken = intent.wijken
    .map((key) =>
      deps.knowledge.targets.find(
        (x) => x.wijk === wijkName(deps, key) && x.indicator === avg.indicator && x.baseline,
      ),
    )
    .filter((t): t is Target => t !== undefined);
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
    ...wijken.flatMap((t) => targetFacts(t, [], true)),
  ];
  // "was Zuilen-Oost above the city average in 2006?": yes or no first.
  const first = wijken[0];
  const side = grammar.above.test(folded) ? 1 : grammar.below.test(folded) ? -1 : 0;
  const verdict =
    first?.baseline &&
    side !== 0 &&
    isYesNo(folded) &&
    first.unit === avg.unit &&
    first.baseline.value !== avg.value
      ? Math.sign(first.baseline.value - avg.value) === side
      : null;
  // "Am I right that it was 21,9% there, against a city average of 18,4%?": every claimed figure is checked
  // against the average and the wijken's baselines; the first that is neither is refuted.
  const claim =
    verdict === null && isYesNo(folded)
      ? claimedFigures(question, [
          avg.value,
          ...wijken.flatMap((t) => (t.baseline ? [t.baseline.value] : [])),
        ])
      : null;
  const yesNo: First | null =
    verdict !== null
      ? { kind: 'exists', answer: verdict ? 'yes' : 'no' }
      : claim
        ? { kind: 'claim', verdict: claim }
        : null;
  return {
    status: 'answered',
    language: intent.language,
    plan: saidFirst(yesNo, {
      kind: 'citywide',
      // "od uitkering doel 2017 + stedelijk gem 2006": the target years asked are said beside the average.
      plan: {
        average: avg,
        wijken,
        // "... vergeleken met het stedelijk gemiddelde, en wat is het doel?": every target year.
        years:
          intent.years.length === 0 && grammar.targetWord.test(folded)
            ? [...new Set(wijken.flatMap((t) => t.targets.map((v) => v.year)))].sort((a, b) => a - b)
            : intent.years.filter((y) => y !== avg.year),
        against: wijken.map((t) =>
          t.baseline && t.unit === avg.unit && t.baseline.year === avg.year
            ? (Math.sign(t.baseline.value - avg.value) as 1 | -1 | 0)
            : null,
        ),
      },
    }),
    facts,
    citations: [cite(deps, avg.clauseId), ...wijken.map((t) => cite(deps, t.clauseId))],
  };
}

function extremes(deps: Deps, intent: Intent, indicators: string[]): Draft | null {
  const year = intent.years.find((y) => y !== 2006) ?? null;
  const baseline = year === null && intent.years.includes(2006);
  const rows = deps.knowledge.targets
    .filter((t) => indicators.includes(t.indicator) && t.kind === 'level')
    .map((t) => {
      const v = baseline ? t.baseline : year ? t.targets.find((x) => x.year === year) : t.targets.at(-1);
      return v ? { target: t, value: v } : null;
    })
    .filter((r): r is { target: Target; value: YearValue } => r !== null);
  if (rows.length === 0) return null;
  const lowest = intent.asks === 'lowest';
  const values = rows.map((r) => r.value.value);
  const extreme = lowest ? Math.min(...values) : Math.max(...values);
  const winners = rows.filter((r) => r.value.value === extreme);
  const plan: ExtremePlan = {
    lowest,
    baseline,
    winners,
    others: rows.filter((r) => !winners.includes(r)),
    incomplete: rows.length < charterWijken(deps).length,
  };
  return {
    status: 'answered',
    language: intent.language,
    plan: { kind: 'extreme', plan },
    facts: rows.flatMap((r) =>
      targetFacts(r.target, r.value === r.target.baseline ? [] : [r.value], r.value === r.target.baseline),
    ),
    citations: uniqueCitations(rows.map((r) => cite(deps, r.target.clauseId))),
  };
}

/**
 * A figure the question claims for a target, checked against the charter's value for the asked year (or
 * 2006): holds, or does not. Null when the question states no figure to check.
 */
/** A claim's figures against the charter's: it holds when each is one of them. Null when it claims none. */
function claimedFigures(question: string, known: number[]): TargetVerdict | null {
  const claimed = claimedNumbers(question);
  if (claimed.length === 0) return null;
  const wrong = claimed.find(
    (n) => !known.some((k) => sameFigure(Number(n.replace(',', '.')), k, saidRoughly(question, n))),
  );
  return { holds: wrong === undefined, claimed: wrong ?? (claimed[0] as string) };
}

/**
 * "inwoners van 16 tot 54 jaar", "aged 15 to 26": a range the target's own label states names who is
 * counted; its numbers are no claimed figure.
 */
function withoutLabelRange(question: string, t: Target): string {
  const own = new Set(`${t.label} ${t.unit}`.match(/\d+/g) ?? []);
  if (own.size < 2) return question;
  return question.replace(/\b(\d+)\s*(?:tot en met|tot|to|t\/m|-|–|and)\s*(\d+)\b/gi, (range, a, b) =>
    own.has(a) && own.has(b) ? ' ' : range,
  );
}

function targetVerdict(question: string, t: Target, asked: number[]): TargetVerdict | null {
  const year = asked.find((y) => y !== t.baseline?.year) ?? (asked.length > 0 ? t.baseline?.year : undefined);
  const value = year === t.baseline?.year ? t.baseline : t.targets.find((v) => v.year === year);
  if (!value) return null;
  const per = /^per (\d+)/.exec(t.unit)?.[1];
  const claimed = claimedNumbers(withoutLabelRange(question, t)).filter((n) => n !== per);
  const first = claimed[0];
  if (first === undefined) return null;
  const num = (n: string) => Number(n.replace(',', '.'));
  // "van 42% naar 28%": a claim with the baseline and the target holds when each is the charter's and the
  // asked year's figure is among them; the first figure the charter does not have is the one refuted.
  if (claimed.length > 1) {
    const known = [t.baseline?.value, ...t.targets.map((v) => v.value)];
    const wrong = claimed.find((n) => !known.includes(num(n)));
    const holds = wrong === undefined && claimed.some((n) => num(n) === value.value);
    return { holds, claimed: wrong ?? first };
  }
  return { holds: sameFigure(num(first), value.value, saidRoughly(question, first)), claimed: first };
}

export function answerTargets(deps: Deps, u: Understanding): Response {
  const intent = u.intent;
  const lang = intent.language;
  const indicators = intent.indicators;

  if (intent.asks === 'citywide' && indicators.length > 0) {
    const a = citywideAnswer(deps, intent, indicators, u.folded, u.question);
    if (a) return { answer: a, remember: { wijken: intent.wijken, indicators, theme: intent.theme } };
    // No city-wide figure for it: the wijken's own are no answer to "what was the city's average?".
    const [indicator] = indicators as [string];
    const wijken = deps.knowledge.targets.filter(
      (t) =>
        t.indicator === indicator &&
        (intent.wijken.length === 0 || intent.wijken.some((k) => wijkName(deps, k) === t.wijk)),
    );
    return {
      answer: notFound(
        deps,
        lang,
        { kind: 'refusal', refusal: { kind: 'no_citywide', indicator, wijken } },
        wijken.map((t) => cite(deps, t.clauseId)),
        { indicators },
      ),
      remember: { wijken: intent.wijken, indicators, theme: intent.theme },
    };
  }
  if ((intent.asks === 'lowest' || intent.asks === 'highest') && indicators.length > 0) {
    const a = extremes(deps, intent, indicators);
    if (a) return { answer: a, remember: { wijken: [], indicators, theme: intent.theme } };
  }

  const wijkKeys = intent.wijken.length > 0 ? intent.wijken : charterWijken(deps).map((w) => w.key);
  const named = intent.wijken.length > 0;
  let found: Found[] = [];
  if (indicators.length > 0) {
    for (const key of wijkKeys) found.push(...findTargets(deps, wijkName(deps, key), indicators));
  } else {
    found = deps.knowledge.targets
      .filter(
        (t) =>
          wijkKeys.some((k) => wijkName(deps, k) === t.wijk) &&
          (intent.theme === null || t.theme === intent.theme),
      )
      .map((target) => ({ target, standIn: false }));
  }

  if (found.length === 0) {
    if (indicators.length > 0) {
      const elsewhere = [
        ...new Set(deps.knowledge.targets.filter((t) => indicators.includes(t.indicator)).map((t) => t.wijk)),
      ];
      // "idem voor KE" after Ondiep's schooluitval: what that wijk has on the same theme instead
      // (vroegtijdig schoolverlaters), named.
      const asked = wijkKeys.map((k) => wijkName(deps, k));
      const theme = deps.knowledge.targets.find((t) => indicators.includes(t.indicator))?.theme;
      const instead =
        asked.length === 1 && theme
          ? [
              ...new Set(
                deps.knowledge.targets
                  .filter(
                    (t) => t.wijk === asked[0] && t.theme === theme && !indicators.includes(t.indicator),
                  )
                  .map((t) => t.indicator),
              ),
            ]
          : [];
      const said: Plan = {
        kind: 'refusal',
        refusal: {
          kind: 'no_target_for',
          indicator: indicators[0] ?? '',
          wijken: asked,
          elsewhere,
          instead,
        },
      };
      // Where the charter does set one, its clause shows what the indicator is. (A "heeft Ondiep een doel
      // voor ...?" is answered "Nee." first by the router, as every such not_found answer is.)
      const example = deps.knowledge.targets.find((t) => indicators.includes(t.indicator));
      const citations = example ? [cite(deps, example.clauseId)] : [];
      return { answer: notFound(deps, lang, said, citations, { indicators }), remember: null };
    }
    return {
      answer: noSuchTopic(deps, lang, named ? wijkName(deps, wijkKeys[0] ?? '') : null),
      remember: null,
    };
  }

  // A list of a wijk's targets has no one topic: a follow-up ("and for KE?") asks for the same list.
  const remember = {
    wijken: intent.wijken,
    // A target that stands in for the one asked (Overvecht's combined burglaries and car break-ins for home
    // burglaries) answers for that wijk; the conversation stays with what was asked ("and the city-wide
    // average?" is home burglaries').
    indicators:
      indicators.length > 0
        ? [...new Set(found.flatMap((f) => (f.standIn ? indicators : [f.target.indicator])))]
        : [],
    theme: intent.theme,
  };
  if (found.length === 1 && (named || indicators.length > 0)) {
    const only = found[0] as Found;
    const { plan, status } = planSingle(deps, intent, only);
    // "Is the Ondiep burglary target for 2011 25 per 1000?": yes or no first, then the target itself.
    const claimed = isYesNo(u.folded) ? targetVerdict(u.question, only.target, intent.years) : null;
    // "Is there a burglary target for Kanaleneiland?": yes, or not a separate one.
    const exists = !claimed && isYesNo(u.folded) && EXISTENCE.test(u.folded);
    // "Is er ook een tussendoel voor 2011?" where the charter sets none for that year: no, which answers it.
    const noneThatYear = exists && plan.kind === 'years_missing';
    const yesNo: First | null = claimed
      ? { kind: 'claim', verdict: claimed }
      : exists
        ? { kind: 'exists', answer: noneThatYear ? 'no' : only.standIn ? 'stand_in' : 'yes' }
        : null;
    // Found without naming its wijk: "Only Ondiep has a target for this."
    const alone = !named && indicators.length > 0 ? only.target.wijk : null;
    return {
      answer: {
        status: noneThatYear ? 'answered' : status,
        language: lang,
        plan: saidFirst(yesNo, { kind: 'target', plan, only: alone }),
        facts: targetFacts(only.target, only.target.targets, plan.kind !== 'no_baseline'),
        citations: [cite(deps, only.target.clauseId)],
      },
      remember,
    };
  }

  const asked = intent.years.filter((y) => y !== 2006);
  const standIns = found.filter((f) => f.standIn);
  const first = standIns[0];
  const plan: ListPlan = {
    heading:
      indicators.length > 0
        ? {
            kind: 'indicator',
            indicator: indicators[0] ?? '',
            years: asked,
            standIn: first
              ? standIn(deps, first, indicators, [...new Set(standIns.map((f) => f.target.wijk))])
              : null,
          }
        : {
            kind: 'wijken',
            wijken: wijkKeys.map((k) => wijkName(deps, k)),
            theme: intent.theme,
            years: asked,
          },
    asked,
    rows: found.map(({ target }) => ({
      target,
      hits: target.targets.filter((v) => asked.includes(v.year)),
      showWijk: found.some((f) => f.target.wijk !== target.wijk),
    })),
  };
  // A list that gives the asked year for some targets answers the question; rows without it say so.
  const missingAll = asked.length > 0 && plan.rows.every((r) => r.hits.length === 0);
  return {
    answer: {
      status: missingAll ? 'partial' : 'answered',
      language: lang,
      plan: { kind: 'target_list', plan },
      facts: found.flatMap((f) => targetFacts(f.target, f.target.targets, true)),
      citations: uniqueCitations(found.map((f) => cite(deps, f.target.clauseId))),
    },
    remember,
  };
}
