import { emptyDataset } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { kampung, monthly, population } from '../../__fixtures__/records.js';
import { computeIndicators } from '../../engine/computeIndicators.js';
import { computeKampungIndicators } from '../computeKampungIndicators.js';
import { kampungIndicatorsFromResults } from '../kampungIndicatorsFromResults.js';
import { KAMPUNG_PATH_INDICATORS } from '../kampungPathIndicators.js';

function reported() {
  const ds = emptyDataset();
  ds.kampung.push(kampung('k1'));
  ds.population.push(population({ pus: 200 }, '2020-01', 'k1'));
  ds.monthly.push(monthly({ users: { injectable: 90 } }, '2020-12', 'k1'));
  return ds;
}

describe('subIndicatorBases', () => {
  it('treats output indicators absent from the results as missing, not as zero denominators', () => {
    const ds = reported();
    // another engine that returned only CPR: the MKJP share, unmet need and poktan rows are absent
    const results = computeIndicators(ds, {
      indicators: KAMPUNG_PATH_INDICATORS,
      level: 'kampung',
      periods: ['2020-12'],
    }).filter((r) => r.indicatorId === 'cpr-portal');
    const k = kampungIndicatorsFromResults(ds, '2020-12', results)[0];
    const sub = (id: string) => k?.classification.subIndicators.find((s) => s.id === id);
    // 90 / 200 = 45 %
    expect([sub('cpr')?.basis, sub('cpr')?.note]).toEqual([45, null]);
    // no MKJP row although both records exist: missing, score 1
    expect([sub('mkjpShare')?.basis, sub('mkjpShare')?.note, sub('mkjpShare')?.score]).toEqual([
      null,
      'missing-record',
      1,
    ]);
    // no unmet-need row: portal mode reads it as 0 % of a zero PUS
    expect([sub('unmetNeed')?.basis, sub('unmetNeed')?.note]).toEqual([0, 'zero-denominator']);
    // no poktan rows: no target above 0, so a zero denominator (0 % in portal mode)
    expect([sub('poktanParticipation')?.basis, sub('poktanParticipation')?.note]).toEqual([
      0,
      'zero-denominator',
    ]);
  });

  it('notes a zero denominator when every poktan target is 0', () => {
    const ds = emptyDataset();
    ds.kampung.push(kampung('k1'));
    ds.population.push(
      population(
        {
          families: 0,
          familiesWithUnderFives: 0,
          familiesWithAdolescents: 0,
          familiesWithElderly: 0,
          adolescents: 0,
        },
        '2020-01',
        'k1',
      ),
    );
    ds.monthly.push(monthly({ users: { injectable: 90 }, poktan: { bkb: 5 } }, '2020-12', 'k1'));
    const sub = (opts = {}) =>
      computeKampungIndicators(ds, '2020-12', opts)[0]?.classification.subIndicators.find(
        (s) => s.id === 'poktanParticipation',
      );
    expect([sub()?.basis, sub()?.note, sub()?.explanation.en]).toEqual([
      0,
      'zero-denominator',
      expect.stringContaining('Every poktan target = 0: counted as 0 %'),
    ]);
    expect([sub({ zeroDenominator: 'missing' })?.basis, sub({ zeroDenominator: 'missing' })?.score]).toEqual([
      null,
      1,
    ]);
  });
});
