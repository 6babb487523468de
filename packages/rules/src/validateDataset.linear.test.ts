import { type Dataset, emptyDataset, type MonthlyReport, type RecordType } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { kampung, monthly, population } from './__fixtures__/records.js';
import { testRuleCommon } from './__fixtures__/ruleCommon.js';
import { builtinRules } from './builtinRules.js';
import { createDatasetValidator } from './createDatasetValidator.js';
import type { JumpRule, RuleDefinition } from './ruleDefinition.js';
import { validateDataset } from './validateDataset.js';

/**
 * No function of the validation path may go over the data set once per kampung. The step counter: every
 * read of a property of a record (each record is a Proxy that counts them) and every element read of
 * the data set's arrays (Proxies too). Whatever looks at a record, in any order and through any internal
 * copy, reads at least one of its properties, so a scan of the monthly reports per kampung costs at
 * least kampung × reports steps; a linear run costs a bounded number of steps per record.
 */
interface Counter {
  steps: number;
}

function counted<T extends object>(record: T, counter: Counter): T {
  return new Proxy(record, {
    get(target, key, receiver) {
      counter.steps++;
      return Reflect.get(target, key, receiver);
    },
  });
}

function countedArray<T>(items: T[], counter: Counter): T[] {
  return new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^[0-9]+$/.test(key)) counter.steps++;
      return Reflect.get(target, key, receiver);
    },
  });
}

const MONTHS = 12;
const period = (m: number) => `2020-${String(m + 1).padStart(2, '0')}`;

/**
 * `n` kampung × 12 months, with a second population snapshot mid-year for one kampung in 7 (its PUS one
 * higher: the balance breaks from then on), one report in 50 with an extra IUD user, one kampung in 100
 * without a population snapshot, and one report in 250 repeated.
 */
function generate(n: number, counter: Counter): { dataset: Dataset; records: number } {
  const ds = emptyDataset();
  const kampungList = [];
  const populationList = [];
  const monthlyList: MonthlyReport[] = [];
  for (let k = 0; k < n; k++) {
    const id = `k-${k}`;
    kampungList.push(counted(kampung({ id, designationDate: '2019-01-01' }), counter));
    if (k % 100 !== 99) populationList.push(counted(population({ kampungId: id }), counter));
    if (k % 7 === 3)
      populationList.push(counted(population({ kampungId: id, period: '2020-07', pus: 261 }), counter));
  }
  // By month, then kampung (the order of the documented files).
  for (let m = 0; m < MONTHS; m++) {
    for (let k = 0; k < n; k++) {
      const i = m * n + k;
      const base = monthly({ kampungId: `k-${k}`, period: period(m) });
      const report = i % 50 === 17 ? { ...base, users: { ...base.users, iud: 13 } } : base;
      monthlyList.push(counted(report, counter));
      if (i % 250 === 101) monthlyList.push(counted({ ...report }, counter));
    }
  }
  ds.kampung = countedArray(kampungList, counter);
  ds.population = countedArray(populationList, counter);
  ds.monthly = countedArray(monthlyList, counter);
  return { dataset: ds, records: kampungList.length + populationList.length + monthlyList.length };
}

const common = testRuleCommon;

/** The built-in rules plus rules that read earlier months (kept per kampung and month by the validator). */
const withHistory: readonly RuleDefinition[] = [
  ...builtinRules,
  {
    ...common,
    kind: 'jump',
    id: 'users-jump',
    expression: 'sum(users[*])',
    maxRatio: 1.3,
    minBase: 20,
  } as JumpRule,
  {
    ...common,
    kind: 'condition',
    id: 'jkn-steady',
    expression: 'jknHolders >= prev(jknHolders) - 100',
    missingValueStrategy: 'skipIfAnyMissing',
  },
];

const TODAY = '2021-01-31';

/** Steps per record of a run of `validateDataset` over `n` kampung. */
function stepsPerRecord(n: number, rules: readonly RuleDefinition[]): { perRecord: number; issues: number } {
  const counter = { steps: 0 };
  const { dataset, records } = generate(n, counter);
  counter.steps = 0;
  const { summary } = validateDataset(dataset, { today: TODAY, rules });
  return {
    perRecord: counter.steps / records,
    issues: summary.bySeverity.error + summary.bySeverity.warning,
  };
}

/** Steps per record of a streaming run fed the records one by one (monthly reports last). */
function streamingStepsPerRecord(n: number, rules: readonly RuleDefinition[]): number {
  const counter = { steps: 0 };
  const { dataset, records } = generate(n, counter);
  const feed: [RecordType, unknown][] = [
    ...[...dataset.kampung].map((r): [RecordType, unknown] => ['kampung', r]),
    ...[...dataset.population].map((r): [RecordType, unknown] => ['population', r]),
    ...[...dataset.monthly].map((r): [RecordType, unknown] => ['monthly', r]),
  ];
  counter.steps = 0;
  let issues = 0;
  const v = createDatasetValidator({ today: TODAY, rules, onIssue: () => issues++ });
  for (const [type, record] of feed) v.add(type, record);
  v.finish();
  expect(issues).toBeGreaterThan(n / 10);
  return counter.steps / records;
}

/** A per-kampung scan of the monthly reports, as the quadratic code this test guards against would do. */
function perKampungScan(dataset: Dataset): number {
  let found = 0;
  for (const k of dataset.kampung) {
    for (const r of dataset.monthly) if (r.kampungId === k.id) found++;
  }
  return found;
}

// A linear run reads each record a bounded number of times (schema check, rules, references): measured
// 79 steps per record (validateDataset, built-in rules) and 87 (streaming, with history rules), the same at
// 2,000 and 20,000 kampung; a scan per kampung adds at least one step per kampung to every report.
const MAX_STEPS_PER_RECORD = 120;

describe('validation is linear in the records: no scan of the data set per kampung (20,000 kampung)', () => {
  it('validateDataset reads each record a bounded number of times, at 20,000 kampung as at 2,000', () => {
    const small = stepsPerRecord(2000, builtinRules);
    const large = stepsPerRecord(20_000, builtinRules);
    expect(large.issues).toBeGreaterThan(2000);
    expect(large.perRecord).toBeLessThan(MAX_STEPS_PER_RECORD);
    // Linear: the steps per record do not grow with the number of kampung.
    expect(large.perRecord).toBeLessThan(small.perRecord * 1.1);
  }, 240_000);

  it('the streaming validator does the same', () => {
    const small = streamingStepsPerRecord(2000, withHistory);
    const large = streamingStepsPerRecord(20_000, withHistory);
    expect(large).toBeLessThan(MAX_STEPS_PER_RECORD);
    expect(large).toBeLessThan(small * 1.1);
  }, 240_000);

  it('the counter catches a per-kampung scan (the bound would fail)', () => {
    const counter = { steps: 0 };
    // 400 kampung already: a scan per kampung costs about 2 × 400 steps per record.
    const { dataset, records } = generate(400, counter);
    counter.steps = 0;
    expect(perKampungScan(dataset)).toBe(dataset.monthly.length);
    expect(counter.steps / records).toBeGreaterThan(MAX_STEPS_PER_RECORD * 5);
  });
});
