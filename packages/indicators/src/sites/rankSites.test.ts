import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankSites, type SiteCandidate } from './rankSites.js';
import { DEFAULT_SITE_WEIGHTS, siteWeights } from './siteWeights.js';

const A: SiteCandidate = {
  regionCode: '63.71.01.1005',
  name: 'Kelayan Tengah',
  mainCriteria: { lowKbParticipation: true, highPoverty: true },
  areaCriteria: { slum: true },
  measures: { cpr: 40, unmetNeed: 20, povertyShare: null },
};
const B: SiteCandidate = {
  regionCode: '63.71.02.1008',
  name: 'Pekapuran Raya',
  mainCriteria: { lowKbParticipation: false, highPoverty: null },
  areaCriteria: { riverbank: true, dense: true },
  measures: { cpr: 60, unmetNeed: 10, density: 15000 },
};
const C: SiteCandidate = { regionCode: '63.71.03.1008' };

describe('rankSites', () => {
  it('worked example with default weights: flags, scaled measures, no data listed', () => {
    const r = rankSites([C, B, A]);
    expect(r.ranges).toEqual({
      cpr: { min: 40, max: 60 },
      unmetNeed: { min: 10, max: 20 },
      povertyShare: null,
      density: { min: 15000, max: 15000 },
    });
    // Σ weights: main 3+3+2+1, area 10 × 1, measures 3+3+3+1 = 29
    expect(r.sites.map((s) => [s.regionCode, s.rank, s.score, s.maxScore, s.dataCoverage])).toEqual([
      // 3 (low KB) + 3 (poverty) + 1 (slum) + 3 × (60−40)/20 (CPR) + 3 × (20−10)/10 (unmet) = 13;
      // data for 3+3+1+3+3 = 13 of 29 = 44.83 %
      ['63.71.01.1005', 1, 13, 29, 44.83],
      // 1 (riverbank) + 1 (dense) + CPR 0 + unmet 0 + density 0 (everyone with data has 15000) = 2;
      // data for 3+1+1+3+3+1 = 12 of 29 = 41.38 %
      ['63.71.02.1008', 2, 2, 29, 41.38],
      ['63.71.03.1008', 3, 0, 29, 0],
    ]);
    const a = r.sites[0];
    expect(a?.noData).toEqual([
      'remoteOrBorder',
      'other',
      'coastal',
      'riverbank',
      'railway',
      'poor',
      'remote',
      'border',
      'industrial',
      'tourism',
      'dense',
      'povertyShare',
      'density',
    ]);
    expect(a?.contributions.find((c) => c.code === 'cpr')).toMatchObject({
      kind: 'measure',
      value: 40,
      share: 1,
      points: 3,
      noData: false,
    });
    const b = r.sites[1];
    expect(b?.contributions.find((c) => c.code === 'highPoverty')).toMatchObject({
      value: null,
      noData: true,
      share: null,
      points: 0,
    });
    expect(b?.contributions.find((c) => c.code === 'lowKbParticipation')).toMatchObject({
      value: false,
      noData: false,
      share: 0,
      points: 0,
    });
    expect(b?.contributions.find((c) => c.code === 'density')).toMatchObject({ value: 15000, share: 0 });
    expect(r.sites[2]?.contributions.every((c) => c.noData)).toBe(true);
  });

  it('scales a measure between the extremes and rounds points to 2 decimals', () => {
    const r = rankSites(
      [
        { regionCode: '11.01.01.2001', measures: { cpr: 40 } },
        { regionCode: '11.01.01.2002', measures: { cpr: 45 } },
        { regionCode: '11.01.01.2003', measures: { cpr: 60 } },
        { regionCode: '11.01.01.2004', measures: { cpr: 50 } },
      ],
      { weights: { measures: { cpr: 1 } } },
    );
    // (60 − 45) / 20 = 0.75; (60 − 50) / 20 = 0.5
    expect(r.sites.map((s) => [s.regionCode, s.score])).toEqual([
      ['11.01.01.2001', 1],
      ['11.01.01.2002', 0.75],
      ['11.01.01.2004', 0.5],
      ['11.01.01.2003', 0],
    ]);
    const thirds = rankSites(
      [
        { regionCode: '11.01.01.2001', measures: { density: 1000 } },
        { regionCode: '11.01.01.2002', measures: { density: 2000 } },
        { regionCode: '11.01.01.2003', measures: { density: 4000 } },
      ],
      { weights: { measures: { density: 2 } } },
    );
    // 2 × (2000 − 1000) / 3000 = 0.666… → 0.67
    expect(thirds.sites.map((s) => s.score)).toEqual([2, 0.67, 0]);
    expect(thirds.sites[1]?.contributions.find((c) => c.code === 'density')?.share).toBe(0.3333);
  });

  it('gives equal scores the same rank, ordered by region code, and skips the next rank', () => {
    const r = rankSites([
      { regionCode: '63.71.05.1009', areaCriteria: { slum: true } },
      { regionCode: '63.71.01.1005', areaCriteria: { dense: true } },
      { regionCode: '63.71.02.1008', mainCriteria: { highPoverty: true } },
      { regionCode: '63.71.04.1008' },
    ]);
    expect(r.sites.map((s) => [s.regionCode, s.rank, s.tied])).toEqual([
      ['63.71.02.1008', 1, false],
      ['63.71.01.1005', 2, true],
      ['63.71.05.1009', 2, true],
      ['63.71.04.1008', 4, false],
    ]);
  });

  it("takes a city's weights; a weight of 0 drops the criterion from the explanation", () => {
    const r = rankSites([A, B], { weights: { mainCriteria: { highPoverty: 5 }, measures: { density: 0 } } });
    expect(r.weights.mainCriteria.highPoverty).toBe(5);
    expect(r.weights.mainCriteria.lowKbParticipation).toBe(3);
    expect(r.sites[0]?.score).toBe(15); // 13 with poverty weighing 5 instead of 3
    expect(r.sites[0]?.maxScore).toBe(30); // 29 + 2 − 1
    expect(r.sites[0]?.contributions.some((c) => c.code === 'density')).toBe(false);
  });

  it('no data earns 0, the score is the sum of the points, ranks follow scores', () => {
    const flag = fc.option(fc.boolean(), { nil: undefined });
    const num = fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined });
    const candidate = fc.record({
      lowKbParticipation: flag,
      slum: flag,
      cpr: num,
      unmetNeed: num,
    });
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 8 }), (rows) => {
        const cands: SiteCandidate[] = rows.map((r, i) => ({
          regionCode: `11.01.01.${2001 + i}`,
          mainCriteria: { lowKbParticipation: r.lowKbParticipation ?? null },
          areaCriteria: { slum: r.slum ?? null },
          measures: { cpr: r.cpr ?? null, unmetNeed: r.unmetNeed ?? null },
        }));
        const ranking = rankSites(cands);
        for (const s of ranking.sites) {
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(s.maxScore);
          const sum = s.contributions.reduce((a, c) => a + c.points, 0);
          expect(Math.abs(sum - s.score)).toBeLessThan(1e-9);
          for (const c of s.contributions) if (c.noData) expect(c.points).toBe(0);
        }
        // ranks are non-decreasing and scores non-increasing
        for (let i = 1; i < ranking.sites.length; i++) {
          const prev = ranking.sites[i - 1];
          const cur = ranking.sites[i];
          expect(cur?.score).toBeLessThanOrEqual(prev?.score ?? Number.POSITIVE_INFINITY);
          expect(cur?.rank).toBeGreaterThanOrEqual(prev?.rank ?? 0);
        }
      }),
    );
  });
});

describe('siteWeights', () => {
  it('keeps the defaults where the city sets nothing', () => {
    expect(siteWeights(undefined)).toEqual(DEFAULT_SITE_WEIGHTS);
    expect(siteWeights({ areaCriteria: { slum: 4 } }).areaCriteria).toMatchObject({ slum: 4, dense: 1 });
  });
});
