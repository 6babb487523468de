/**
 * Writes `engineDifferential.json.gz` (gzipped JSON): seeded random cases (see `engineDifferentialCases.ts`) with the results
 * the engine and the aggregator gave on them when this script was run on main before issue 9's rewrite
 * (commit b85b238). The differential test requires the same results from the engine of today. Run once,
 * from the repository root:
 *
 * `node --conditions=@kampung-kb/source --import tsx packages/indicators/src/engine/__fixtures__/generateEngineDifferential.ts`
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { type AggregationLevel, aggregate } from '../../aggregation/aggregate.js';
import { computeIndicators } from '../computeIndicators.js';
import { aggregationJson } from './aggregationJson.js';
import { AGGREGATE_ELEMENTS, caseArbitrary, caseOptions, SEED } from './engineDifferentialCases.js';

const CASES = 32;
const cases = fc.sample(caseArbitrary, { seed: SEED, numRuns: CASES }).map((c) => ({
  ...c,
  results: computeIndicators(c.stream, caseOptions(c)),
}));
const aggregates = cases.slice(0, 6).map((c, i) => {
  const levels: AggregationLevel[] = ['kampung', 'village', 'district', 'regency', 'province'];
  const options = { level: levels[i % 5] as AggregationLevel, periods: ['2020Q1', '2020', '2019'] };
  return {
    caseIndex: i,
    options,
    result: aggregationJson(aggregate(c.stream, { ...options, elements: AGGREGATE_ELEMENTS })),
  };
});
const out = new URL('./engineDifferential.json.gz', import.meta.url);
writeFileSync(out, gzipSync(`${JSON.stringify({ seed: SEED, cases, aggregates })}\n`, { level: 9 }));
console.log(
  `${cases.length} cases, ${cases.reduce((s, c) => s + c.results.length, 0)} rows, ${aggregates.length} aggregations`,
);
