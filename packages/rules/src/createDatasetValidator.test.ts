import { type Dataset, emptyDataset, type Issue, type MonthlyReport, RECORD_TYPES } from '@kampung-kb/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanDataset, kampung, monthly, population } from './__fixtures__/records.js';
import { testRuleCommon } from './__fixtures__/ruleCommon.js';
import { builtinRules } from './builtinRules.js';
import { compileRules } from './compileRules.js';
import { createDatasetValidator, type DatasetValidatorOptions } from './createDatasetValidator.js';
import type { RuleDefinition } from './ruleDefinition.js';
import { validateDataset } from './validateDataset.js';

const common = testRuleCommon;

/** Rules across months of every kind: prev() and lastYear() in per-record rules, jumps, outliers. */
const crossPeriodRules: readonly RuleDefinition[] = [
  ...builtinRules,
  {
    ...common,
    kind: 'comparison',
    id: 'jkn-not-falling',
    left: { expression: 'jknHolders', missingValueStrategy: 'skipIfAnyMissing' },
    operator: '>=',
    right: { expression: 'prev(jknHolders) - 5', missingValueStrategy: 'skipIfAnyMissing' },
    values: { iud: 'users.iud', previousIud: 'prev(users.iud)' },
  },
  {
    ...common,
    kind: 'condition',
    id: 'iud-within-last-year',
    expression: 'isNull(lastYear(users.iud)) or users.iud <= lastYear(users.iud) + 10',
    missingValueStrategy: 'skipIfAnyMissing',
  },
  { ...common, kind: 'jump', id: 'users-jump', expression: 'sum(users[*])', maxRatio: 1.3, minBase: 5 },
  {
    ...common,
    kind: 'jump',
    id: 'jkn-change-jump',
    expression: 'jknHolders - coalesce(prev(jknHolders), 0)',
    maxRatio: 2,
    minBase: 5,
    values: { pus: 'pus' },
  },
  {
    ...common,
    kind: 'outlier',
    id: 'jkn-outlier',
    expression: 'jknHolders',
    method: 'zScore',
    minHistory: 3,
    threshold: 1.5,
  },
  {
    ...common,
    kind: 'outlier',
    id: 'iud-outlier',
    expression: 'users.iud / pus',
    method: 'modifiedZScore',
    minHistory: 3,
    threshold: 2,
  },
];

const KAMPUNG = ['a-1', 'b-2'] as const;
const monthOf = (i: number) => `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

// Unbiased (fast-check otherwise favours small values): reports spread over 15 months so that a month,
// the one before and the one a year before often all occur.
const reportArb = fc.record({
  kampungId: fc.constantFrom(...KAMPUNG, 'zz-9'),
  month: fc.noBias(fc.nat({ max: 14 })),
  jkn: fc.noBias(fc.nat({ max: 60 })),
  iud: fc.noBias(fc.nat({ max: 40 })),
  injectable: fc.noBias(fc.nat({ max: 80 })),
  invalid: fc.noBias(fc.nat({ max: 9 })).map((n) => n === 0),
});

const datasetArb = fc
  .record({
    kampung: fc.subarray([...KAMPUNG], { minLength: 1 }),
    snapshots: fc.array(
      fc.record({ k: fc.constantFrom(...KAMPUNG), month: fc.noBias(fc.nat({ max: 17 })) }),
      {
        maxLength: 4,
      },
    ),
    reports: fc.array(reportArb, { maxLength: 50 }),
  })
  .map(({ kampung: ids, snapshots, reports }) => {
    const ds = emptyDataset();
    const sources = ds.sources as WeakMap<object, { file: string; line: number }>;
    for (const id of ids) ds.kampung.push(kampung({ id }));
    for (const s of snapshots) ds.population.push(population({ kampungId: s.k, period: monthOf(s.month) }));
    for (const r of reports) {
      ds.monthly.push(
        monthly({
          kampungId: r.kampungId,
          period: monthOf(r.month),
          jknHolders: r.invalid ? -1 : r.jkn,
          users: { ...monthly().users, iud: r.iud, injectable: r.injectable },
        }),
      );
    }
    ds.kampung.forEach((k, i) => {
      sources.set(k, { file: 'kampung.csv', line: i + 2 });
    });
    ds.population.forEach((p, i) => {
      sources.set(p, { file: 'population.csv', line: i + 2 });
    });
    ds.monthly.forEach((m, i) => {
      sources.set(m, { file: 'monthly.csv', line: i + 2 });
    });
    return ds;
  });

const keyOf = (r: MonthlyReport) => `${r.kampungId}|${r.period}`;

/**
 * The monthly reports in another order, keeping reports of the same kampung and month in their order
 * (which of them is the first, kept one, is part of what the data says).
 */
function reorder(
  reports: readonly MonthlyReport[],
  rank: (r: MonthlyReport, i: number) => number,
): MonthlyReport[] {
  const order = reports.map((_, i) => i).sort((a, b) => rank(reports[a]!, a) - rank(reports[b]!, b) || a - b);
  const byKey = new Map<string, number[]>();
  reports.forEach((r, i) => {
    const l = byKey.get(keyOf(r)) ?? [];
    l.push(i);
    byKey.set(keyOf(r), l);
  });
  const next = new Map<string, number>();
  return order.map((i) => {
    const key = keyOf(reports[i]!);
    const n = next.get(key) ?? 0;
    next.set(key, n + 1);
    return reports[(byKey.get(key) as number[])[n] as number]!;
  });
}

/** Feeds a data set to a validator: non-monthly records first, then the monthly reports as given. */
function feed(ds: Dataset, monthlyReports: readonly MonthlyReport[], options: DatasetValidatorOptions) {
  const v = createDatasetValidator(options);
  for (const info of RECORD_TYPES) {
    if (info.type === 'monthly') continue;
    for (const r of ds[info.collection] ?? []) v.add(info.type, r, ds.sources?.get(r));
  }
  for (const r of monthlyReports) v.add('monthly', r, ds.sources?.get(r));
  return v.finish();
}

/** Issues as comparable text, without `firstPosition` (the arrival number of a duplicate's first copy). */
function asSet(issues: readonly Issue[]): string[] {
  return issues
    .map((i) => {
      const { firstPosition: _, ...values } = i.values;
      return JSON.stringify({ ...i, values });
    })
    .sort();
}

const compiled = compileRules(crossPeriodRules);
if (!compiled.ok) throw new Error('the test rules do not compile');
const options = { today: '2020-04-30', rules: compiled.ruleSet } as const;

describe('createDatasetValidator', () => {
  it('gives the issues of validateDataset, as a set, whatever the order of the monthly reports', () => {
    const fired: string[] = [];
    fc.assert(
      fc.property(
        datasetArb,
        fc.array(fc.noBias(fc.nat()), { minLength: 50, maxLength: 50 }),
        (ds, noise) => {
          const expected = validateDataset(ds, options);
          const byMonth = reorder(ds.monthly, (r) => Number(r.period.replace('-', '')));
          const byKampung = reorder(ds.monthly, (r) => KAMPUNG.indexOf(r.kampungId as never));
          const shuffled = reorder(ds.monthly, (_, i) => noise[i] ?? 0);
          const reversed = reorder(ds.monthly, (_, i) => -i);
          for (const order of [byMonth, byKampung, shuffled, reversed]) {
            const got = feed(ds, order, options);
            expect(asSet(got.issues)).toEqual(asSet(expected.issues));
            expect(got.summary).toEqual(expected.summary);
          }
          fired.push(...expected.issues.map((i) => i.ruleId));
          const a = feed(ds, byMonth, options);
          const b = feed(ds, byKampung, options);
          expect(asSet(a.issues)).toEqual(asSet(b.issues));
        },
      ),
      // A fixed seed: the check below, that the generated data sets exercise every cross-period rule, must not
      // depend on the luck of the draw (a random seed left `iud-within-last-year` unfired once in 150 runs).
      { numRuns: 150, seed: 20261130 },
    );
    // The generated data sets exercise every cross-period rule.
    for (const id of [
      'jkn-not-falling',
      'iud-within-last-year',
      'users-jump',
      'jkn-change-jump',
      'jkn-outlier',
      'iud-outlier',
      'duplicate-record',
      'population-missing',
      'unknown-kampung',
      'future-date',
    ]) {
      expect(fired).toContain(id);
    }
  });

  it('streams the same issues through onIssue and returns none, with the same summary', () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        const expected = validateDataset(ds, options);
        const streamed: Issue[] = [];
        const result = feed(ds, ds.monthly, { ...options, onIssue: (i) => streamed.push(i) });
        expect(result.issues).toEqual([]);
        expect(asSet(streamed)).toEqual(asSet(expected.issues));
        expect(result.summary).toEqual(expected.summary);
      }),
      { numRuns: 60 },
    );
  });

  it('collects issues in record order: the order validateDataset documents', () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        const expected = validateDataset(ds, options).issues;
        const got = feed(ds, ds.monthly, options).issues;
        expect(got).toEqual(expected);
        const order = got.map((i) => RECORD_TYPES.findIndex((t) => t.type === i.location.recordType));
        expect(order).toEqual([...order].sort((x, y) => x - y));
      }),
      { numRuns: 60 },
    );
  });

  it('explains every expression and cross-period issue, whatever the order', () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        const explained = (issues: readonly Issue[], ex: ReadonlyMap<Issue, unknown> | undefined) =>
          issues
            .filter((i) => ex?.has(i))
            .map((i) => JSON.stringify([i.ruleId, i.location.kampungId, i.location.period, ex?.get(i)]))
            .sort();
        const expected = validateDataset(ds, { ...options, explain: true });
        const got = feed(
          ds,
          reorder(ds.monthly, (_, i) => -i),
          { ...options, explain: true },
        );
        expect(explained(got.issues, got.explanations)).toEqual(
          explained(expected.issues, expected.explanations),
        );
        const crossPeriod = got.issues.filter((i) =>
          ['users-jump', 'jkn-outlier', 'jkn-not-falling'].includes(i.ruleId),
        );
        for (const i of crossPeriod) expect(got.explanations?.has(i)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('gives the same issues for every order of a month, the month before and the month a year before', () => {
    const ds = cleanDataset();
    ds.population = [population({ period: '2019-01' })];
    ds.monthly = [
      monthly({ period: '2019-03', jknHolders: 1000, users: { ...monthly().users, iud: 1 } }),
      monthly({ period: '2020-02', jknHolders: 1000 }),
      monthly({
        period: '2020-03',
        jknHolders: 900,
        users: { ...monthly().users, iud: 40, injectable: 150 },
      }),
    ];
    const expected = validateDataset(ds, options).issues;
    const ids = expected.map((i) => i.ruleId);
    for (const id of ['jkn-not-falling', 'iud-within-last-year', 'users-jump']) expect(ids).toContain(id);
    for (const order of [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ]) {
      const got = feed(
        ds,
        order.map((i) => ds.monthly[i] as MonthlyReport),
        options,
      );
      expect(asSet(got.issues)).toEqual(asSet(expected));
    }
  });

  it('runs a prev() rule in finish() when the previous month comes later', () => {
    const ds = cleanDataset();
    const march = monthly({ jknHolders: 900 });
    const february = monthly({ period: '2020-02', jknHolders: 1000 });
    const v = createDatasetValidator(options);
    v.add('kampung', ds.kampung[0]);
    v.add('population', ds.population[0]);
    const seen: string[] = [];
    const streaming = createDatasetValidator({ ...options, onIssue: (i) => seen.push(i.ruleId) });
    streaming.add('kampung', ds.kampung[0]);
    streaming.add('population', ds.population[0]);
    streaming.add('monthly', march);
    expect(seen).toEqual([]);
    streaming.add('monthly', february);
    streaming.finish();
    expect(seen).toContain('jkn-not-falling');
    v.add('monthly', march);
    v.add('monthly', february);
    const { issues } = v.finish();
    const fell = issues.filter((i) => i.ruleId === 'jkn-not-falling');
    expect(
      fell.map((i) => [i.location.period, i.values['left'], i.values['right'], i.values['previousIud']]),
    ).toEqual([['2020-03', 900, 995, 12]]);
  });

  it('checks a valid duplicate against its kampung’s outlier statistics, as validateDataset always did', () => {
    const ds = cleanDataset();
    ds.monthly = [10, 11, 12, 13, 14, 15].map((jknHolders, i) =>
      monthly({ period: `2020-0${i + 1}`, jknHolders }),
    );
    ds.monthly.splice(3, 0, monthly({ period: '2020-02', jknHolders: 40 }));
    const outlier: RuleDefinition = {
      ...common,
      kind: 'outlier',
      id: 'jkn-out',
      expression: 'jknHolders',
      method: 'modifiedZScore',
      minHistory: 6,
    };
    const { issues } = validateDataset(ds, { today: '2021-01-31', rules: [...builtinRules, outlier] });
    // The statistics are those of the first reports (10 … 15); the later 2020-02 copy (40) is far from them.
    expect(
      issues.map((i) => [i.ruleId, i.location.period, i.values['value'] ?? i.values['firstPosition']]),
    ).toEqual([
      ['jkn-out', '2020-02', 40],
      ['duplicate-record', '2020-02', 1],
    ]);
  });

  it('reports a duplicate monthly report with the first one’s file and line', () => {
    const v = createDatasetValidator({ today: '2021-01-31' });
    v.add('kampung', kampung());
    v.add('population', population());
    v.add('monthly', monthly(), { file: 'monthly.csv', line: 2 });
    v.add('monthly', monthly({ period: '2020-04' }), { file: 'monthly.csv', line: 3 });
    v.add('monthly', monthly(), { file: 'monthly.csv', line: 4 });
    const dup = v.finish().issues.filter((i) => i.ruleId === 'duplicate-record');
    expect(dup.map((i) => [i.location.line, i.values['firstPosition'], i.values['firstLine']])).toEqual([
      [4, 0, 2],
    ]);
    expect(dup[0]?.message.en).toBe(
      'Duplicate monthly report for kampung sungai-andai, period 2020-03; the first is at monthly.csv:2',
    );
  });

  it('refuses a kampung, region or population record after monthly reports, but takes interventions', () => {
    const v = createDatasetValidator({ today: '2021-01-31' });
    v.add('kampung', kampung());
    v.add('monthly', monthly());
    expect(() => v.add('population', population())).toThrow(RangeError);
    expect(() => v.add('kampung', kampung({ id: 'b-2' }))).toThrow(RangeError);
    expect(() => v.add('region', { code: '63.71', name: 'Kota Banjarmasin' })).toThrow(RangeError);
    v.add('intervention', { id: 'x' });
    const { summary } = v.finish();
    expect(summary.byRecordType.intervention).toEqual({ total: 1, withErrors: 1 });
    expect(() => v.add('monthly', monthly())).toThrow(Error);
  });

  it('checks non-monthly records against each other whatever their order (kampung before regions)', () => {
    const ds = cleanDataset();
    const v = createDatasetValidator({ today: '2021-01-31', cityCode: '63.71' });
    for (const i of ds.interventions) v.add('intervention', i);
    for (const k of ds.kampung) v.add('kampung', k);
    for (const p of ds.population) v.add('population', p);
    for (const p of ds.profiles) v.add('profile', p);
    for (const r of ds.regions) v.add('region', r);
    for (const m of ds.monthly) v.add('monthly', m);
    expect(v.finish().issues).toEqual([]);
  });
});
