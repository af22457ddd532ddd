// The public JSON shape of a target (`charterbot targets --json`, `GET /api/targets`).
import type { Target } from '../charter/schema.js';

export type TargetRow = Pick<
  Target,
  'wijk' | 'theme' | 'indicator' | 'label' | 'unit' | 'kind' | 'direction' | 'clauseId' | 'quote'
> & {
  baseline: { year: number; value: number } | null;
  targets: Array<{ year: number; value: number }>;
};

export function toTargetRows(targets: Target[]): TargetRow[] {
  return targets.map((t) => ({
    wijk: t.wijk,
    theme: t.theme,
    indicator: t.indicator,
    label: t.label,
    unit: t.unit,
    kind: t.kind,
    direction: t.direction,
    baseline: t.baseline ? { year: t.baseline.year, value: t.baseline.value } : null,
    targets: t.targets.map((v) => ({ year: v.year, value: v.value })),
    clauseId: t.clauseId,
    quote: t.quote,
  }));
}
