// Table-driven checks of the progress method (DESIGN.md "Progress of a target"): each status, both
// directions, change targets, zeros, missing years, stale data, revisions and corrected values.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import type { Target } from '../../src/charter/schema.js';
import { evaluateProgress, evaluateTarget } from '../../src/progress/evaluate.js';
import { expectedAt, rateRatio } from '../../src/progress/rate-ratio.js';
import { proposeRevisions, toRevision } from '../../src/progress/revise.js';
import type { Measurement, TargetRevision } from '../../src/progress/types.js';

const k = loadKnowledge();
const target = (id: string) => k.targets.find((t) => t.id === id) as Target;

const m = (id: string, year: number, value: number, source = `Wijkenmonitor ${year}`): Measurement => {
  const t = target(id);
  return {
    wijk: t.wijk,
    indicator: t.indicator,
    year,
    value,
    unit: t.unit,
    source,
    note: null,
    recordedBy: null,
    recordedAt: '2026-01-01T00:00:00.000Z',
  };
};

describe('the rate ratio', () => {
  it('gives the worked examples of DESIGN.md (Ondiep burglary, b = 38 in 2006, t = 21 in 2011)', () => {
    const b = { year: 2006, value: 38 };
    const t = { year: 2011, value: 21 };
    expect(rateRatio(b, { year: 2009, value: 30 }, t, -1)).toBeCloseTo(0.68, 2);
    expect(rateRatio(b, { year: 2010, value: 22 }, t, -1)).toBeCloseTo(1.14, 2);
    expect(rateRatio(b, { year: 2009, value: 40 }, t, -1)).toBeLessThan(0);
  });

  it('uses the linear form when a value is 0: share of the gap closed over share of the time', () => {
    // 10 -> 0 by 2016; half the time gone (2011) and 2.5 of 10 closed: R = 0.25 / 0.5.
    expect(
      rateRatio({ year: 2006, value: 10 }, { year: 2011, value: 7.5 }, { year: 2016, value: 0 }, -1),
    ).toBe(0.5);
    expect(rateRatio({ year: 2006, value: 0 }, { year: 2008, value: 4 }, { year: 2010, value: 4 }, 1)).toBe(
      2,
    );
  });

  it('is 1 while a milestone equal to the baseline holds, negative when it slips', () => {
    const b = { year: 2006, value: 5 };
    const t = { year: 2011, value: 5 };
    expect(rateRatio(b, { year: 2008, value: 5 }, t, 1)).toBe(1);
    expect(rateRatio(b, { year: 2008, value: 4 }, t, 1)).toBe(-1);
  });

  it('draws the expected path geometrically, linearly through zero', () => {
    expect(expectedAt({ year: 2006, value: 38 }, { year: 2011, value: 21 }, 2006)).toBe(38);
    expect(expectedAt({ year: 2006, value: 38 }, { year: 2011, value: 21 }, 2011)).toBe(21);
    expect(expectedAt({ year: 2006, value: 38 }, { year: 2011, value: 21 }, 2009)).toBeCloseTo(26.62, 2);
    expect(expectedAt({ year: 2006, value: 10 }, { year: 2016, value: 0 }, 2011)).toBe(5);
  });
});

type Row = {
  name: string;
  id: string;
  asOf: string;
  data: Array<[number, number]>;
  status: string;
  reason: string;
  ratio?: number;
  stale?: boolean;
};

const rows: Row[] = [
  {
    name: 'falling indicator, at risk',
    id: 'ondiep.burglary',
    asOf: '2010-06-01',
    data: [[2009, 30]],
    status: 'at_risk',
    reason: 'rate_ratio',
    ratio: 0.68,
  },
  {
    name: 'falling indicator, on track',
    id: 'ondiep.burglary',
    asOf: '2010-06-01',
    data: [[2010, 22]],
    status: 'on_track',
    reason: 'rate_ratio',
    ratio: 1.14,
  },
  {
    name: 'falling indicator moving away, off track',
    id: 'ondiep.burglary',
    asOf: '2010-06-01',
    data: [[2009, 40]],
    status: 'off_track',
    reason: 'rate_ratio',
  },
  {
    name: 'already meets the current milestone',
    id: 'ondiep.burglary',
    asOf: '2010-06-01',
    data: [[2009, 20]],
    status: 'achieved',
    reason: 'meets_milestone',
  },
  {
    name: 'nothing measured after the baseline',
    id: 'ondiep.burglary',
    asOf: '2010-06-01',
    data: [],
    status: 'no_data',
    reason: 'no_measurement',
  },
  {
    name: 'a measurement after the as-of year is not used',
    id: 'ondiep.burglary',
    asOf: '2008-06-01',
    data: [[2010, 20]],
    status: 'no_data',
    reason: 'no_measurement',
  },
  {
    // Overvecht neighbourhood rating 5.1 (2006) -> 5.5 (2011): rising indicator.
    name: 'rising indicator, on track',
    id: 'overvecht.neighbourhood_rating',
    asOf: '2009-01-01',
    data: [[2008, 5.3]],
    status: 'on_track',
    reason: 'rate_ratio',
  },
  {
    name: 'rising indicator falling back, off track',
    id: 'overvecht.neighbourhood_rating',
    asOf: '2009-01-01',
    data: [[2008, 5.0]],
    status: 'off_track',
    reason: 'rate_ratio',
  },
  {
    name: 'change target without a measured 2006 value',
    id: 'ondiep.school_dropout',
    asOf: '2010-01-01',
    data: [[2009, 5]],
    status: 'no_data',
    reason: 'change_without_baseline',
  },
  {
    // -10% by 2011 from 10 is 9; 9.5 in 2008 after 2 of 5 years: R > 1.
    name: 'change target with a measured 2006 value',
    id: 'ondiep.school_dropout',
    asOf: '2010-01-01',
    data: [
      [2006, 10],
      [2008, 9.5],
    ],
    status: 'on_track',
    reason: 'rate_ratio',
  },
  {
    name: 'passed milestone met in its own year, then the next milestone is current',
    id: 'ondiep.burglary',
    asOf: '2013-01-01',
    data: [
      [2011, 20],
      [2012, 19],
    ],
    status: 'on_track',
    reason: 'rate_ratio',
  },
  {
    name: 'every milestone passed and met',
    id: 'ondiep.burglary',
    asOf: '2019-01-01',
    data: [
      [2011, 21],
      [2017, 14],
    ],
    status: 'achieved',
    reason: 'final_milestone',
  },
  {
    name: 'every milestone passed, the last missed',
    id: 'ondiep.burglary',
    asOf: '2019-01-01',
    data: [
      [2011, 21],
      [2017, 16],
    ],
    status: 'missed',
    reason: 'final_milestone',
  },
  {
    name: 'every milestone passed, the last judged on the year before it',
    id: 'ondiep.burglary',
    asOf: '2019-01-01',
    data: [
      [2011, 21],
      [2016, 14],
    ],
    status: 'achieved',
    reason: 'final_milestone',
  },
  {
    name: 'every milestone passed, nothing measured within a year of the last',
    id: 'ondiep.burglary',
    asOf: '2019-01-01',
    data: [
      [2011, 21],
      [2015, 14],
    ],
    status: 'not_measured',
    reason: 'final_not_measured',
  },
  {
    name: 'every milestone passed, nothing measured after the baseline',
    id: 'ondiep.burglary',
    asOf: '2026-12-02',
    data: [],
    status: 'no_data',
    reason: 'no_measurement',
  },
  {
    name: 'an old latest measurement is stale',
    id: 'ondiep.burglary',
    asOf: '2016-01-01',
    data: [[2008, 25]],
    status: 'on_track',
    reason: 'rate_ratio',
    stale: true,
  },
  {
    name: 'a latest measurement within cadence plus grace is not stale',
    id: 'ondiep.burglary',
    asOf: '2016-01-01',
    data: [[2013, 19]],
    status: 'on_track',
    reason: 'rate_ratio',
    stale: false,
  },
];

describe.each(rows)('$name', (row) => {
  const p = evaluateTarget(
    target(row.id),
    row.data.map(([y, v]) => m(row.id, y, v)),
    [],
    row.asOf,
  );
  it(`is ${row.status} (${row.reason})`, () => {
    expect(p.status).toBe(row.status);
    expect(p.reason).toBe(row.reason);
    if (row.ratio !== undefined) expect(p.ratio).toBeCloseTo(row.ratio, 2);
    if (row.stale !== undefined) expect(p.stale).toBe(row.stale);
  });
});

describe('progress of a target', () => {
  it('shows every input: baseline, latest with source, milestone, expected value, judgements', () => {
    const p = evaluateTarget(
      target('ondiep.burglary'),
      [m('ondiep.burglary', 2009, 30, 'Wijkenmonitor 2009')],
      [],
      '2010-06-01',
    );
    expect(p).toMatchObject({
      wijk: 'Ondiep',
      indicator: 'burglary',
      baseline: { year: 2006, value: 38 },
      latest: { year: 2009, value: 30, source: 'Wijkenmonitor 2009' },
      milestone: { year: 2011, value: 21 },
      expected: 23.64,
      clauseId: target('ondiep.burglary').clauseId,
    });
    expect(p.milestones.map((x) => [x.year, x.value, x.judgement])).toEqual([
      [2011, 21, 'pending'],
      [2017, 15, 'pending'],
    ]);
  });

  // The passed-milestone rule at its boundaries: Ondiep burglary, 21 by 2011, judged as of mid-2013.
  it.each([
    ['measured in its own year', [[2011, 20]], 'achieved', 20, 2011],
    ['measured only the year before', [[2010, 22]], 'missed', 22, 2010],
    ['measured only the year after', [[2012, 19]], 'achieved', 19, 2012],
    [
      'measured the year before and after: the year before counts',
      [
        [2010, 22],
        [2012, 19],
      ],
      'missed',
      22,
      2010,
    ],
    [
      'its own year wins over the years next to it',
      [
        [2010, 22],
        [2011, 21],
        [2012, 25],
      ],
      'achieved',
      21,
      2011,
    ],
    ['measured only two years before', [[2009, 20]], 'not_measured', null, null],
    ['measured only two years after', [[2013, 20]], 'not_measured', null, null],
    ['measured not at all', [], 'not_measured', null, null],
  ] as Array<[string, Array<[number, number]>, string, number | null, number | null]>)(
    'judges a passed milestone %s',
    (_name, data, judgement, measured, measuredYear) => {
      const p = evaluateTarget(
        target('ondiep.burglary'),
        data.map(([y, v]) => m('ondiep.burglary', y, v)),
        [],
        '2013-06-01',
      );
      expect(p.milestones[0]).toMatchObject({ year: 2011, judgement, measured, measuredYear });
      expect(p.ended).toBe(false);
    },
  );

  it('does not judge a milestone in the as-of year itself: it is the current one', () => {
    const p = evaluateTarget(target('ondiep.burglary'), [m('ondiep.burglary', 2010, 22)], [], '2011-12-31');
    expect(p.milestones[0]?.judgement).toBe('pending');
    expect(p.milestone.year).toBe(2011);
    expect(p.status).toBe('on_track');
  });

  it('after the last milestone: the verdict, or not_measured with the latest value and the trend then', () => {
    const t = target('ondiep.burglary');
    // The case: 2007-2010 measured, asked today.
    const data = [m(t.id, 2007, 36), m(t.id, 2008, 33), m(t.id, 2009, 30), m(t.id, 2010, 22)];
    const p = evaluateTarget(t, data, [], '2026-12-02');
    expect(p).toMatchObject({
      status: 'not_measured',
      reason: 'final_not_measured',
      ended: true,
      latest: { year: 2010, value: 22 },
      milestone: { year: 2017, value: 15 },
      trend: { status: 'on_track', year: 2010 },
    });
    expect(p.milestones.map((x) => [x.year, x.judgement, x.measuredYear])).toEqual([
      [2011, 'missed', 2010],
      [2017, 'not_measured', null],
    ]);
    const met = evaluateTarget(t, [...data, m(t.id, 2018, 14)], [], '2026-12-02');
    expect(met).toMatchObject({ status: 'achieved', reason: 'final_milestone', trend: null, ended: true });
    expect(met.milestones[1]).toMatchObject({ measured: 14, measuredYear: 2018 });
  });

  it('turns a change target into levels only with a measured 2006 value', () => {
    const t = target('kanaleneiland.burglary_car_combined');
    const without = evaluateTarget(t, [], [], '2010-01-01');
    expect(without.milestones.map((x) => x.value)).toEqual([null, null]);
    expect(without.baseline).toBeNull();
    const withBase = evaluateTarget(t, [m(t.id, 2006, 100)], [], '2010-01-01');
    expect(withBase.milestones.map((x) => x.value)).toEqual([67, 55]);
    expect(withBase.baseline).toEqual({ year: 2006, value: 100 });
    expect(withBase.milestones[0]?.charter).toEqual({ value: 33, kind: 'change_vs_2006' });
  });

  it('uses the active revision and keeps the charter original beside it', () => {
    const t = target('ondiep.burglary');
    const measurements = [m(t.id, 2007, 30), m(t.id, 2009, 24)];
    const proposals = proposeRevisions([t], measurements, 2007);
    // 21 * 30 / 38 = 16.6; 15 * 30 / 38 = 11.8: the ratio of target to baseline is kept.
    expect(proposals.map((p) => [p.year, p.value])).toEqual([
      [2011, 16.6],
      [2017, 11.8],
    ]);
    const revisions: TargetRevision[] = proposals.map((p) =>
      toRevision(p, 'Nulmeting 2007', '2026-01-01T00:00:00.000Z', null),
    );
    const p = evaluateTarget(t, measurements, revisions, '2010-01-01');
    expect(p.revised).toBe(true);
    expect(p.baseline).toEqual({ year: 2007, value: 30 });
    expect(p.milestone).toEqual({ year: 2011, value: 16.6 });
    expect(p.milestones[0]?.charter).toEqual({ value: 21, kind: 'level' });
    // Without the revision the same data is on track; against the revised milestone it is at risk.
    expect(evaluateTarget(t, measurements, [], '2010-01-01').status).toBe('on_track');
    expect(p.status).toBe('at_risk');
  });

  it('revises a change target by applying the same change to the zero measurement', () => {
    const t = target('overvecht.early_school_leavers');
    const [first] = proposeRevisions([t], [m(t.id, 2007, 8)], 2007);
    expect(first).toMatchObject({ year: 2011, value: 3.2, charterLevel: null });
  });

  it('uses the corrected value: the store keeps one current value per year', () => {
    const t = target('ondiep.burglary');
    const before = evaluateTarget(t, [m(t.id, 2009, 40)], [], '2010-01-01');
    const after = evaluateTarget(t, [m(t.id, 2009, 22)], [], '2010-01-01');
    expect([before.status, after.status]).toEqual(['off_track', 'on_track']);
  });

  it('evaluates all 48 targets in the charter order', () => {
    const all = evaluateProgress(k.targets, [m('ondiep.burglary', 2009, 30)], [], '2010-06-01');
    expect(all).toHaveLength(48);
    expect(all.map((p) => p.targetId)).toEqual(k.targets.map((t) => t.id));
    expect(all.filter((p) => p.status !== 'no_data').map((p) => [p.targetId, p.status])).toEqual([
      ['ondiep.burglary', 'at_risk'],
    ]);
  });
});
