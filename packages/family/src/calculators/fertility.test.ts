import { describe, expect, it } from 'vitest';
import { dhsWoman } from './__fixtures__/dhsWoman.js';
import { adolescentExposure10to14, fertilityExposure } from './fertilityExposure.js';
import { ageSpecificFertilityRates, generalFertilityRate, totalFertilityRate } from './fertilityRates.js';

describe('fertilityExposure (FE_RATES.do)', () => {
  it('T5: v011 = 1000, v008 = 1320, 3-year window → 16 months at 20–24, 20 at 25–29', () => {
    const e = fertilityExposure(dhsWoman({ v011: 1000, v008: 1320, birthsCmc: [] }));
    expect(e.exposureMonths).toEqual([0, 0, 16, 20, 0, 0, 0, 0]);
    expect(e.exposureMonths.reduce((a, b) => a + b, 0)).toBe(36);
  });
  it('places births by the mother’s age group and the window’s ends (months 1–36 before the data month)', () => {
    // Window 1284–1319; 20–24 is 1240–1299, 25–29 is 1300–1359.
    const e = fertilityExposure(
      dhsWoman({ v011: 1000, v008: 1320, birthsCmc: [1283, 1284, 1299, 1300, 1319, 1320] }),
    );
    expect(e.births).toEqual([0, 0, 2, 2, 0, 0, 0, 0]);
  });
  it('a five-year window ({ lw: -4, uw: 0 }) counts 60 months', () => {
    const e = fertilityExposure(dhsWoman({ v011: 1000, v008: 1320 }), { lw: -4, uw: 0 });
    expect(e.exposureMonths).toEqual([0, 0, 40, 20, 0, 0, 0, 0]);
  });
  it('a woman without dates has no exposure', () => {
    expect(fertilityExposure(dhsWoman({ v011: null })).exposureMonths).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('adolescentExposure10to14 (FE_ASFR_10_14.do, Lexis weights)', () => {
  it('hand-worked: aged 15, 2 months at 12, 12 at 13, 12 at 14 → (6·2 + 2·12 + 1.2·12)/12 = 4.2 woman-years', () => {
    const w = dhsWoman({ v011: 1000, v008: 1190, v012: 15, birthsCmc: [1175] });
    const a = adolescentExposure10to14(w);
    expect(a.exposureYears).toBeCloseTo(4.2, 12);
    // The birth at CMC 1175 is at age 14 (1168–1179): weight 6/5.
    expect(a.births).toBeCloseTo(1.2, 12);
    expect((1000 * a.births) / a.exposureYears).toBeCloseTo(285.714, 3);
  });
  it('only women 15–17 at the interview count', () => {
    expect(adolescentExposure10to14(dhsWoman({ v011: 1000, v008: 1190, v012: 18 }))).toEqual({
      births: 0,
      exposureYears: 0,
    });
  });
});

describe('rates', () => {
  it('T2: TFR from the published ASFRs .051 .196 .208 .147 .075 .024 .004 is 3.53 (decimal rounding)', () => {
    expect(totalFertilityRate([0.051, 0.196, 0.208, 0.147, 0.075, 0.024, 0.004], { per: 1 })).toBe(3.53);
    expect(totalFertilityRate([51, 196, 208, 147, 75, 24, 4])).toBe(3.53);
    // The trap the reference names: toFixed on the binary double gives 3.52.
    expect((5 * 0.705).toFixed(2)).toBe('3.52');
  });
  it('TFR is null when a rate is missing or the groups are not seven', () => {
    expect(totalFertilityRate([51, 196, null, 147, 75, 24, 4])).toBeNull();
    expect(totalFertilityRate([51, 196])).toBeNull();
  });
  it('ASFR = 1000 · births / woman-years; GFR over ages 15–44', () => {
    expect(ageSpecificFertilityRates([3, 0, 1], [60, 10, 0])).toEqual([50, 0, null]);
    expect(generalFertilityRate(9, 80)).toBe(113); // 112.5 → 113, half away from zero
    expect(generalFertilityRate(9, 80, 1)).toBe(112.5);
    expect(generalFertilityRate(1, 0)).toBeNull();
  });
});
