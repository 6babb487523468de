import { emptyDataset } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { kampung, monthly, population } from '../__fixtures__/records.js';
import { computeIndicators } from '../engine/computeIndicators.js';
import type { IndicatorResult } from '../engine/indicatorResult.js';
import { computeIndicatorValues } from './computeIndicatorValues.js';
import { kampungIndicatorsFromResults } from './kampungIndicatorsFromResults.js';
import { KAMPUNG_PATH_INDICATORS } from './kampungPathIndicators.js';

// Every poktan target is 100 except UPPKA's (families, 400); half of each target takes part, so each share
// is 0.5, their sum 2.5 (250 as a percentage sum) and the mean 50 %.
function dataset() {
  const ds = emptyDataset();
  ds.kampung.push(kampung('k1'));
  ds.population.push(population({ pus: 200 }, '2020-01', 'k1'));
  ds.monthly.push(
    monthly(
      {
        users: { injectable: 90 },
        nonUsers: { iat: 10 },
        poktan: { bkb: 50, bkr: 50, bkl: 50, uppka: 200, pikr: 50 },
      },
      '2020-12',
      'k1',
    ),
  );
  return ds;
}

/** The values from the engine's results, with `edit` applied to the rows of the given indicators. */
function valuesWith(edit: (r: IndicatorResult) => IndicatorResult | null, ids: readonly string[] = []) {
  const ds = dataset();
  const results = computeIndicators(ds, {
    indicators: KAMPUNG_PATH_INDICATORS,
    level: 'kampung',
    periods: ['2020-12'],
  })
    .map((r) => (ids.includes(r.indicatorId) ? edit(r) : r))
    .filter((r): r is IndicatorResult => r !== null);
  const k = kampungIndicatorsFromResults(ds, '2020-12', results)[0];
  if (k === undefined) throw new Error('no kampung');
  return k.indicators;
}

const missing = { value: null, numerator: null, denominator: null, nullReason: 'missing-record' };

describe('indicatorValuesFromOutput', () => {
  it('reads the untouched results (control)', () => {
    const v = valuesWith((r) => r);
    // MKJP 0 of 90; unmet 10 / 200 = 5 %
    expect(v.mkjpShare).toMatchObject({ value: 0, numerator: 0, denominator: 90 });
    expect(v.unmetNeed).toMatchObject({ value: 5, numerator: 10, denominator: 200 });
    expect(v.poktanParticipation).toMatchObject({
      value: 50,
      numerator: 250,
      denominator: 5,
      nullReason: null,
    });
    expect(v.poktanParticipation.parts).toHaveLength(5);
  });

  it('reads a result without a numerator as a missing record', () => {
    expect(
      valuesWith((r) => ({ ...r, numerator: null, value: null }), ['mkjp-share']).mkjpShare,
    ).toMatchObject(missing);
  });

  it('reads a result without a denominator as a missing record', () => {
    expect(
      valuesWith((r) => ({ ...r, denominator: null, value: null }), ['unmet-need']).unmetNeed,
    ).toMatchObject(missing);
  });

  it('leaves poktan participation missing when a poktan has no participants count', () => {
    const v = valuesWith((r) => ({ ...r, numerator: null, value: null }), ['poktan-participation.bkl']);
    expect(v.poktanParticipation).toMatchObject({ ...missing, parts: [] });
  });

  it('leaves poktan participation missing when a poktan has no target', () => {
    const v = valuesWith((r) => ({ ...r, denominator: null, value: null }), ['poktan-participation.pikr']);
    expect(v.poktanParticipation).toMatchObject({ ...missing, parts: [] });
  });

  it('leaves poktan participation missing when a poktan row is absent', () => {
    const v = valuesWith(() => null, ['poktan-participation.uppka']);
    expect(v.poktanParticipation).toMatchObject({ ...missing, parts: [] });
  });

  it('leaves poktan participation missing without the mean row', () => {
    const v = valuesWith(() => null, ['poktan-participation-mean']);
    expect(v.poktanParticipation).toMatchObject({ ...missing, parts: [] });
  });

  it('leaves poktan participation missing when the mean has no numerator', () => {
    const v = valuesWith((r) => ({ ...r, numerator: null, value: null }), ['poktan-participation-mean']);
    expect(v.poktanParticipation).toMatchObject({ ...missing, parts: [] });
  });

  it('writes a share sum of 1e21 or more (exponent notation) exactly as a percentage sum', () => {
    // String(1e21) is "1e+21": mantissa 1, exponent 21 → 1 × 100 × 10^21 = 1e23
    const v = valuesWith((r) => ({ ...r, numerator: 1e21 }), ['poktan-participation-mean']);
    expect(v.poktanParticipation.numerator).toBe(1e23);
  });
});

describe('computeIndicatorValues', () => {
  it('without a population snapshot, leaves CPR, unmet need and poktan participation missing', () => {
    const v = computeIndicatorValues({ population: null, monthly: dataset().monthly[0] ?? null });
    expect(v.cpr).toMatchObject(missing);
    expect(v.unmetNeed).toMatchObject(missing);
    expect(v.poktanParticipation).toMatchObject({ ...missing, parts: [] });
    expect(v.mkjpShare).toMatchObject({ value: 0, numerator: 0, denominator: 90 });
  });
});
