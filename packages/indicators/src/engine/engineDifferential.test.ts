import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type AggregationLevel, aggregate, type TypedRecord } from '../aggregation/aggregate.js';
import { aggregationJson } from './__fixtures__/aggregationJson.js';
import { AGGREGATE_ELEMENTS, caseOptions, type EngineCase } from './__fixtures__/engineDifferentialCases.js';
import { computeIndicators, IndicatorEngine } from './computeIndicators.js';

/**
 * The engine and the aggregator give, on seeded random cases, exactly the results frozen in
 * `__fixtures__/engineDifferential.json.gz` by `generateEngineDifferential.ts` on main before the rewrite for
 * linear time (issue 9): same rows, order, values, null reasons, `anyMissing`, kampung counts, targets and
 * trends.
 */
interface Fixture {
  readonly cases: readonly (EngineCase & { readonly results: unknown[] })[];
  readonly aggregates: readonly {
    readonly caseIndex: number;
    readonly options: { readonly level: AggregationLevel; readonly periods: readonly string[] };
    readonly result: unknown;
  }[];
}

const fixture = JSON.parse(
  gunzipSync(readFileSync(new URL('./__fixtures__/engineDifferential.json.gz', import.meta.url))).toString(
    'utf8',
  ),
) as Fixture;
const json = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe('engine differential against the frozen results of the engine before issue 9', () => {
  it('has cases with values, nulls of every kind, missing data, targets and trends', () => {
    const rows = fixture.cases.flatMap((c) => c.results) as Record<string, unknown>[];
    expect(fixture.cases.length).toBeGreaterThanOrEqual(30);
    for (const reason of [
      null,
      'no-data',
      'zero-denominator',
      'not-valid-for-level',
      'not-valid-for-period',
      'invalid-definition',
    ])
      expect(rows.some((r) => r['nullReason'] === reason)).toBe(true);
    expect(rows.some((r) => r['anyMissing'] === true)).toBe(true);
    expect(rows.some((r) => r['target'] !== undefined)).toBe(true);
    expect(rows.some((r) => r['previousPeriod'] !== undefined)).toBe(true);
    expect(rows.some((r) => r['samePeriodLastYear'] !== undefined)).toBe(true);
  });

  fixture.cases.forEach((c, i) => {
    it(`case ${i}: ${c.catalogue} catalogue, ${c.level.join('+')}, ${c.periods.join(' ')}`, () => {
      const rows = computeIndicators(c.stream, caseOptions(c));
      expect(json(rows)).toEqual(c.results);
      // Same keys in the same order too: the CLI prints these rows as JSON.
      expect(JSON.stringify(rows)).toBe(JSON.stringify(c.results));
    });
  });

  it('gives the same results fed one record at a time through IndicatorEngine', () => {
    for (const c of fixture.cases.slice(0, 8)) {
      const engine = new IndicatorEngine(caseOptions(c));
      for (const r of c.stream) engine.add(r as TypedRecord);
      expect(json([...engine.results()])).toEqual(c.results);
    }
  });

  fixture.aggregates.forEach((a) => {
    it(`aggregate: case ${a.caseIndex}, ${a.options.level}`, () => {
      const c = fixture.cases[a.caseIndex] as EngineCase;
      const r = aggregate(c.stream, { ...a.options, elements: AGGREGATE_ELEMENTS });
      expect(json(aggregationJson(r))).toEqual(a.result);
    });
  });
});
