// The Statistics Canada / Open SDG rate ratio: how fast a target moves compared with how fast it must
// move to reach its milestone. Pure arithmetic; the thresholds that turn R into a status are options.

export type Point = { year: number; value: number };

/** direction: -1 when lower is better, +1 when higher is better. */
export type Direction = -1 | 1;

const EPSILON = 1e-9;

/** True when `value` meets `target` in the target's direction (equal counts as met). */
export function meets(value: number, target: number, d: Direction): boolean {
  return d * (value - target) >= -EPSILON;
}

/**
 * R = d * g_obs / |g_req| with g_obs = (m/b)^(1/(y-y0)) - 1 and g_req = (t/b)^(1/(yT-y0)) - 1.
 * When any of b, m, t is 0 the growth rates are undefined: the linear form compares the share of the
 * gap closed with the share of the time elapsed. A milestone equal to the baseline needs no movement:
 * R is 1 while the value holds, and negative once it moves the wrong way.
 */
export function rateRatio(base: Point, latest: Point, milestone: Point, d: Direction): number {
  const elapsed = latest.year - base.year;
  const span = milestone.year - base.year;
  if (elapsed <= 0 || span <= 0) return Number.NaN;
  if (Math.abs(milestone.value - base.value) < EPSILON) {
    return meets(latest.value, milestone.value, d) ? 1 : -1;
  }
  if (base.value > 0 && latest.value > 0 && milestone.value > 0) {
    const observed = (latest.value / base.value) ** (1 / elapsed) - 1;
    const required = (milestone.value / base.value) ** (1 / span) - 1;
    return (d * observed) / Math.abs(required);
  }
  const gapClosed = (latest.value - base.value) / (milestone.value - base.value);
  return gapClosed / (elapsed / span);
}

/** The value on the path from baseline to milestone in `year`: geometric, or linear where a value is 0. */
export function expectedAt(base: Point, milestone: Point, year: number): number {
  if (year <= base.year) return base.value;
  if (year >= milestone.year) return milestone.value;
  const share = (year - base.year) / (milestone.year - base.year);
  if (base.value > 0 && milestone.value > 0) return base.value * (milestone.value / base.value) ** share;
  return base.value + (milestone.value - base.value) * share;
}
