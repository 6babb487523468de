import { defaultIndicatorCatalogue } from '@kampung-kb/indicators';
import type { Dataset } from '@kampung-kb/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differentialHarness } from './__fixtures__/differentialHarness.js';

// The FP analyst's indicators (demand, mDS, mUN, new acceptors and drop-outs by method, MKJP share of new
// acceptors) and CYP by product, on random monthly reports that carry every optional field they read:
// MAL and traditional users, flows by method, and `distributed` broken down by product (sometimes more
// than the method's total, sometimes without it).

const { expectSame } = differentialHarness();

const IDS = [
  'demand-total',
  'demand-satisfied-modern',
  'demand-satisfied-any',
  'unmet-need-modern',
  'new-acceptors-by-method',
  'mkjp-share-new-acceptors',
  'dropout-rate-by-method',
  'cyp',
  'cyp-2011',
];
const indicators = defaultIndicatorCatalogue.filter((d) => IDS.includes(d.id));
const MONTHS = ['2019-12', '2020-01', '2020-02', '2020-03'];
const small = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 }));
const methods = (keys: readonly string[]) => fc.record(Object.fromEntries(keys.map((k) => [k, small])));
const ALL = ['iud', 'mow', 'mop', 'implant', 'injectable', 'pill', 'condom', 'mal', 'traditional'];
const DISTRIBUTED = [
  'iud',
  'mow',
  'mop',
  'implant',
  'injectable',
  'pill',
  'condom',
  'iudCopper',
  'iudHormonal',
  'implantThreeYear',
  'implantFourYear',
  'implantFiveYear',
  'injectableOneMonth',
  'injectableTwoMonth',
  'injectableThreeMonth',
  'pillCombined',
  'pillProgestinOnly',
];
const monthlyArb = (k: string) =>
  fc.record({
    kampungId: fc.constant(k),
    period: fc.constantFrom(...MONTHS),
    users: methods(ALL),
    nonUsers: methods(['pregnant', 'ias', 'iat', 'tial']),
    newAcceptors: methods(ALL),
    dropouts: methods(ALL),
    distributed: methods(DISTRIBUTED),
  });
const popArb = (k: string) =>
  fc.record({ kampungId: fc.constant(k), period: fc.constantFrom('2019-06', ...MONTHS), pus: small });
const datasetArb = fc
  .uniqueArray(fc.constantFrom('k1', 'k2', 'k3', 'k4'), { minLength: 1, maxLength: 4 })
  .chain((ids) =>
    fc.record({
      kampung: fc.tuple(
        ...ids.map((id) =>
          fc.constantFrom('63.71.01.1001', '63.71.01.1002', '63.71.02.1001').map((regionCode) => ({
            id,
            name: id,
            regionCode,
            designationDate: '2016-01-15',
          })),
        ),
      ),
      monthly: fc.array(fc.constantFrom(...ids).chain(monthlyArb), { maxLength: 16 }),
      population: fc.array(fc.constantFrom(...ids).chain(popArb), { maxLength: 6 }),
    }),
  );

describe('differential: the FP analyst indicators and CYP by product, JS vs SQL', () => {
  it('compiles every one of them to SQL (nothing left to the JavaScript engine)', async () => {
    const results = await expectSame({ kampung: [], monthly: [], population: [] } as unknown as Dataset, {
      indicators,
      level: ['kampung'],
      periods: ['2020Q1'],
    });
    expect(results).toEqual([]);
  });

  it('gives the same results on seeded random data sets', async () => {
    let withValues = 0;
    await fc.assert(
      fc.asyncProperty(datasetArb, async (records) => {
        const dataset = records as unknown as Dataset;
        const js = await expectSame(dataset, {
          indicators,
          level: ['kampung', 'district', 'regency'],
          periods: ['2020-01', '2020-03', '2020Q1'],
        });
        withValues += js.filter((r) => r.value !== null && r.indicatorId !== 'cyp').length;
      }),
      { seed: 20261130, numRuns: 10 },
    );
    // The property saw real values, not only nulls.
    expect(withValues).toBeGreaterThan(50);
  }, 300_000);
});
