// Revised targets from a later zero measurement. The charter: "Op basis van de nulmeting 2007 ... zullen
// de streefwaarden waar nodig worden bijgesteld. Uitgangspunt daarbij is dat de relatieve hoogte van de
// ambitie (streefwaarde in relatie tot nulmeting) gehandhaafd zal blijven." Pure.
import type { Target } from '../charter/schema.js';
import type { Measurement, TargetRevision } from './types.js';

export type RevisionProposal = {
  target: Target;
  year: number;
  /** The charter's milestone as a level (null for a change target: it has none). */
  charterLevel: number | null;
  value: number;
  basis: { year: number; value: number; source: string };
};

/** Revised values keep the precision of a monitor figure. */
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * For each target measured in `basisYear`: the milestone that keeps the charter's ratio of target to
 * baseline (a level target: t * m / b; a change target: the same change applied to m).
 */
export function proposeRevisions(
  targets: Target[],
  measurements: Measurement[],
  basisYear: number,
): RevisionProposal[] {
  const out: RevisionProposal[] = [];
  for (const t of targets) {
    const m = measurements.find(
      (x) => x.wijk === t.wijk && x.indicator === t.indicator && x.year === basisYear,
    );
    if (!m) continue;
    for (const v of t.targets) {
      if (v.year <= basisYear) continue;
      let value: number;
      if (t.kind === 'level') {
        if (!t.baseline || t.baseline.value === 0) continue;
        value = round1((v.value * m.value) / t.baseline.value);
      } else {
        const sign = t.direction === 'down' ? -1 : 1;
        value = round1(m.value * (1 + (sign * v.value) / 100));
      }
      out.push({
        target: t,
        year: v.year,
        charterLevel: t.kind === 'level' ? v.value : null,
        value,
        basis: { year: basisYear, value: m.value, source: m.source },
      });
    }
  }
  return out;
}

export function toRevision(
  p: RevisionProposal,
  source: string,
  at: string,
  by: string | null,
): TargetRevision {
  return {
    wijk: p.target.wijk,
    indicator: p.target.indicator,
    year: p.year,
    value: p.value,
    source,
    basis: { year: p.basis.year, value: p.basis.value },
    recordedBy: by,
    recordedAt: at,
  };
}
