import type { Dataset, MonthlyReport } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { cleanDataset, monthly } from './__fixtures__/records.js';
import { testRuleCommon } from './__fixtures__/ruleCommon.js';
import { builtinRules } from './builtinRules.js';
import type { JumpRule, OutlierRule } from './ruleDefinition.js';
import { validateDataset } from './validateDataset.js';

const common = testRuleCommon;

const jump = (extra: Partial<JumpRule> = {}): JumpRule => ({
  ...common,
  kind: 'jump',
  id: 'users-jump',
  expression: 'sum(users[*])',
  maxRatio: 1.3,
  minBase: 20,
  ...extra,
});

/** Reports of sungai-andai for consecutive months from 2020-01 with the given JKN holder counts. */
function jknSeries(values: readonly number[]): MonthlyReport[] {
  return values.map((jknHolders, i) =>
    monthly({ period: `2020-${String(i + 1).padStart(2, '0')}`, jknHolders }),
  );
}

function run(ds: Dataset, extra: readonly (JumpRule | OutlierRule)[]) {
  return validateDataset(ds, { today: '2021-01-31', rules: [...builtinRules, ...extra] });
}

describe('jump rules', () => {
  it('flags a rise beyond maxRatio against the previous month, with both values and the ratio', () => {
    const ds = cleanDataset();
    // users 170 in 2020-02; 2020-03 adds 70 injectable users: 240 / 170 = 1.41 > 1.3 (non-users cut to keep the balance)
    ds.monthly = [
      monthly({ period: '2020-02' }),
      monthly({
        users: { ...monthly().users, injectable: 150 },
        nonUsers: { pregnant: 10, ias: 10, iat: 0, tial: 0 },
      }),
    ];
    const { issues } = run(ds, [jump()]);
    expect(issues.map((i) => [i.ruleId, i.severity, i.location.period])).toEqual([
      ['users-jump', 'warning', '2020-03'],
    ]);
    expect(issues[0]?.values).toEqual({
      value: 240,
      previous: 170,
      previousPeriod: '2020-02',
      ratio: 240 / 170,
      maxRatio: 1.3,
      minBase: 20,
    });
    expect(issues[0]?.message.en).toBe(
      'Test: sum(users[*]) rose from 170 (2020-02) to 240, a ratio of 1.41 above 1.3',
    );
    expect(issues[0]?.message.id).toBe(
      'Uji: sum(users[*]) naik dari 170 (2020-02) menjadi 240, rasio 1.41 melebihi 1.3',
    );
  });

  it('does not flag within the ratio, below the minimum base, or without the previous month', () => {
    const ds = cleanDataset();
    ds.monthly = [
      monthly({ period: '2020-01' }),
      monthly({ period: '2020-02' }),
      monthly({ period: '2020-04' }),
    ];
    expect(run(ds, [jump()]).issues.filter((i) => i.ruleId !== 'report-missing')).toEqual([]);
    const small = cleanDataset();
    small.monthly = [monthly({ period: '2020-02', jknHolders: 5 }), monthly({ jknHolders: 15 })];
    // 15 / 5 = 3 > 1.3, but max(15, 5) = 15 < minBase 20
    expect(run(small, [jump({ expression: 'jknHolders' })]).issues).toEqual([]);
  });

  it('treats a jump from 0 as an infinite ratio (reported as null)', () => {
    const ds = cleanDataset();
    ds.monthly = [monthly({ period: '2020-02', jknHolders: 0 }), monthly({ jknHolders: 25 })];
    const [issue] = run(ds, [jump({ expression: 'jknHolders' })]).issues;
    expect(issue?.values).toMatchObject({ value: 25, previous: 0, ratio: null });
    expect(issue?.message.en).toContain('a ratio of infinity above 1.3');
  });
});

describe('outlier rules', () => {
  const outlier = (method: OutlierRule['method'], extra: Partial<OutlierRule> = {}): OutlierRule => ({
    ...common,
    kind: 'outlier',
    id: `jkn-${method}`,
    expression: 'jknHolders',
    method,
    minHistory: 6,
    ...extra,
  });

  it('modified z-score flags 40 in 10 11 12 13 14 15 40 (0.6745 × 27 / 2 = 9.11 > 3.5); z-score does not (2.42 ≤ 3)', () => {
    const ds = cleanDataset();
    ds.monthly = jknSeries([10, 11, 12, 13, 14, 15, 40]);
    const { issues } = run(ds, [outlier('zScore'), outlier('modifiedZScore')]);
    expect(issues.map((i) => [i.ruleId, i.location.period])).toEqual([['jkn-modifiedZScore', '2020-07']]);
    expect(issues[0]?.values).toEqual({
      value: 40,
      median: 13,
      mad: 2,
      modifiedZScore: (0.6745 * 27) / 2,
      threshold: 3.5,
      historyLength: 7,
    });
    expect(issues[0]?.message.en).toBe(
      "Test: jknHolders = 40 is far from this kampung's history (modified z-score 9.11 > 3.5; median 13, MAD 2, 7 months)",
    );
  });

  it('z-score flags one value d above 11 equal ones (z = √11 = 3.32 > 3) but not above 8 (z = √8 = 2.83)', () => {
    const eleven = cleanDataset();
    eleven.monthly = jknSeries([...Array(11).fill(100), 200]);
    const [issue, ...rest] = run(eleven, [outlier('zScore')]).issues;
    expect(rest).toEqual([]);
    expect(issue?.location.period).toBe('2020-12');
    expect(issue?.values['zScore']).toBeCloseTo(Math.sqrt(11), 10);
    expect(issue?.values['mean']).toBeCloseTo(1300 / 12, 10);
    const eight = cleanDataset();
    eight.monthly = jknSeries([...Array(8).fill(100), 200]);
    expect(run(eight, [outlier('zScore')]).issues).toEqual([]);
  });

  it('needs minHistory values and a configurable threshold', () => {
    const ds = cleanDataset();
    ds.monthly = jknSeries([10, 11, 12, 13, 14, 15, 40]);
    expect(run(ds, [outlier('modifiedZScore', { minHistory: 8 })]).issues).toEqual([]);
    expect(run(ds, [outlier('modifiedZScore', { threshold: 10 })]).issues).toEqual([]);
    expect(run(ds, [outlier('zScore', { threshold: 2.4 })]).issues.map((i) => i.location.period)).toEqual([
      '2020-07',
    ]);
  });
});

describe('prev() in a comparison rule', () => {
  it('compares with the previous month of the same kampung', () => {
    const ds = cleanDataset();
    ds.monthly = [monthly({ period: '2020-02', jknHolders: 1000 }), monthly({ jknHolders: 900 })];
    const rule = {
      ...common,
      kind: 'comparison' as const,
      id: 'jkn-not-falling',
      left: { expression: 'jknHolders', missingValueStrategy: 'skipIfAnyMissing' as const },
      operator: '>=' as const,
      right: { expression: 'prev(jknHolders)', missingValueStrategy: 'skipIfAnyMissing' as const },
    };
    const { issues } = validateDataset(ds, { today: '2021-01-31', rules: [...builtinRules, rule] });
    expect(issues.map((i) => [i.ruleId, i.location.period, i.values['left'], i.values['right']])).toEqual([
      ['jkn-not-falling', '2020-03', 900, 1000],
    ]);
  });
});
