// The public JSON shape of a target's progress (`charterbot progress --json`, `GET /api/progress`).
import type { Lexicon } from '../charter/schema.js';
import type { Language } from '../engine/types.js';
import { indicatorLabel, reasonText } from '../phrase/progress.js';
import type { TargetProgress } from '../progress/types.js';

export function toProgressRow(p: TargetProgress, lexicon: Lexicon, lang: Language = 'en') {
  return {
    wijk: p.wijk,
    theme: p.theme,
    indicator: p.indicator,
    label: p.label,
    name: indicatorLabel(lexicon, p, lang),
    unit: p.unit,
    kind: p.kind,
    direction: p.direction,
    status: p.status,
    stale: p.stale,
    ratio: p.ratio,
    baseline: p.baseline,
    latest: p.latest,
    milestone: p.milestone,
    expected: p.expected,
    ended: p.ended,
    trend: p.trend,
    milestones: p.milestones.map((m) => ({
      year: m.year,
      value: m.value,
      judgement: m.judgement,
      measured: m.measured,
      measuredYear: m.measuredYear,
      charter: m.charter,
      revision: m.revision,
    })),
    revised: p.revised,
    measurements: p.measurements,
    clauseId: p.clauseId,
    reasonCode: p.reason,
    reason: reasonText(p, lang),
    asOf: p.asOf,
  };
}
