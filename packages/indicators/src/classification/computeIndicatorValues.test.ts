import { roundFraction } from '@kampung-kb/expr';
import { POKTAN_TARGETS, type PoktanCode } from '@kampung-kb/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthly, population } from '../__fixtures__/records.js';
import { computeIndicatorValues } from './computeIndicatorValues.js';

const pop = population({
  pus: 300,
  families: 410,
  familiesWithUnderFives: 120,
  familiesWithAdolescents: 150,
  familiesWithElderly: 90,
  adolescents: 230,
});
const m = monthly({
  // 7 methods: 10 + 5 + 0 + 20 + 60 + 30 + 5 = 130 users; MAL and traditional are not counted.
  users: {
    iud: 10,
    mow: 5,
    mop: 0,
    implant: 20,
    injectable: 60,
    pill: 30,
    condom: 5,
    mal: 9,
    traditional: 9,
  },
  nonUsers: { pregnant: 10, ias: 20, iat: 20, tial: 21 },
  poktan: { bkb: 40, bkr: 30, bkl: 25, uppka: 20, pikr: 35 },
});

describe('computeIndicatorValues', () => {
  it('reports CPR, MKJP share and unmet need to 2 decimals on the exact ratio', () => {
    const v = computeIndicatorValues({ population: pop, monthly: m });
    // 130 / 300 = 43.333… %
    expect(v.cpr).toMatchObject({ value: 43.33, numerator: 130, denominator: 300, nullReason: null });
    // (10 + 5 + 0 + 20) / 130 = 26.923… %
    expect(v.mkjpShare).toMatchObject({ value: 26.92, numerator: 35, denominator: 130, nullReason: null });
    // (20 + 21) / 300 = 13.666… %
    expect(v.unmetNeed).toMatchObject({ value: 13.67, numerator: 41, denominator: 300, nullReason: null });
    expect(v.cpr.label.id).toBe('CPR (peserta KB aktif per PUS)');
  });
  it('rounds a half away from zero: 1/8 of PUS 800 … 1 user in 800 = 0.125 % → 0.13', () => {
    const v = computeIndicatorValues({
      population: population({ pus: 800 }),
      monthly: monthly({ users: { pill: 1 } }),
    });
    expect(v.cpr.value).toBe(0.13);
  });
  it('reports poktan participation as the mean of the five exact ratios', () => {
    const p = computeIndicatorValues({ population: pop, monthly: m }).poktanParticipation;
    // 40/120 + 30/150 + 25/90 + 20/410 + 35/230 = 0.33333 + 0.2 + 0.27778 + 0.04878 + 0.15217 = 1.01206…
    // ×100 = 101.21 (numerator); / 5 = 20.2412… → 20.24
    expect(p).toMatchObject({ value: 20.24, numerator: 101.21, denominator: 5, nullReason: null });
    expect(p.parts.map((x) => [x.poktan, x.target, x.participants, x.targetPopulation, x.percent])).toEqual([
      ['bkb', 'familiesWithUnderFives', 40, 120, 33.33],
      ['bkr', 'familiesWithAdolescents', 30, 150, 20],
      ['bkl', 'familiesWithElderly', 25, 90, 27.78],
      ['uppka', 'families', 20, 410, 4.88],
      ['pikr', 'adolescents', 35, 230, 15.22],
    ]);
  });
  it('rounds the poktan mean once, on the exact sum of ratios, half away from zero at a tie', () => {
    // 1/3 + 1/6 + 51/4000 = 0.51275; ×100 / 5 = 10.255 exactly → 10.26 (a tie, half away from zero; in
    // binary ×100 is 51.275000000000006, so the value must come from the decimal, not the raw double).
    const tie = computeIndicatorValues({
      population: population({
        familiesWithUnderFives: 3,
        familiesWithAdolescents: 6,
        familiesWithElderly: 4000,
        families: 0,
        adolescents: 0,
      }),
      monthly: monthly({ poktan: { bkb: 1, bkr: 1, bkl: 51, uppka: 0, pikr: 0 } }),
    }).poktanParticipation;
    expect(tie).toMatchObject({ value: 10.26, numerator: 51.28, denominator: 5 });
    // 8/11 alone: ×100 / 5 = 14.5454… → 14.55, rounded once from the ratio (not from 72.73 / 5 = 14.546).
    const one = computeIndicatorValues({
      population: population({
        familiesWithUnderFives: 11,
        familiesWithAdolescents: 0,
        familiesWithElderly: 0,
        families: 0,
        adolescents: 0,
      }),
      monthly: monthly({ poktan: { bkb: 8, bkr: 0, bkl: 0, uppka: 0, pikr: 0 } }),
    }).poktanParticipation;
    expect(one.value).toBe(14.55);
  });
  it('counts a zero-target poktan as 0 % and still divides by five', () => {
    const p = computeIndicatorValues({
      population: population({
        familiesWithUnderFives: 100,
        familiesWithAdolescents: 100,
        familiesWithElderly: 100,
        families: 100,
        adolescents: 0,
      }),
      monthly: monthly({ poktan: { bkb: 50, bkr: 50, bkl: 50, uppka: 50, pikr: 0 } }),
    }).poktanParticipation;
    // (50 + 50 + 50 + 50 + 0) / 5 = 40
    expect([p.value, p.parts[4]?.percent]).toEqual([40, null]);
  });
  it('gives null with zero-denominator when PUS, users or every target is 0', () => {
    const zero = population({
      pus: 0,
      families: 0,
      familiesWithUnderFives: 0,
      familiesWithAdolescents: 0,
      familiesWithElderly: 0,
      adolescents: 0,
    });
    const v = computeIndicatorValues({ population: zero, monthly: monthly({ nonUsers: { iat: 2 } }) });
    expect(v.cpr).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
      nullReason: 'zero-denominator',
    });
    expect(v.unmetNeed).toMatchObject({
      value: null,
      numerator: 2,
      denominator: 0,
      nullReason: 'zero-denominator',
    });
    expect(v.mkjpShare).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
      nullReason: 'zero-denominator',
    });
    expect(v.poktanParticipation).toMatchObject({ value: null, nullReason: 'zero-denominator' });
  });
  it('gives null with missing-record when the report or the population snapshot is missing', () => {
    const noPop = computeIndicatorValues({ population: null, monthly: m });
    expect(noPop.cpr).toMatchObject({
      value: null,
      numerator: null,
      denominator: null,
      nullReason: 'missing-record',
    });
    expect(noPop.unmetNeed.nullReason).toBe('missing-record');
    expect(noPop.poktanParticipation).toMatchObject({ value: null, nullReason: 'missing-record', parts: [] });
    // MKJP share needs only the report
    expect(noPop.mkjpShare.value).toBe(26.92);
    const noReport = computeIndicatorValues({ population: pop, monthly: null });
    expect([noReport.cpr.nullReason, noReport.mkjpShare.nullReason]).toEqual([
      'missing-record',
      'missing-record',
    ]);
  });
});

describe('computeIndicatorValues runs the catalogue through the engine, equal to exact arithmetic', () => {
  // The oracle: the formulas the kampung path had by hand before it read the catalogue, in exact integer
  // arithmetic (bigint fractions, one rounding at the end).
  const round2 = (n: bigint, d: bigint): number | null => roundFraction(n, d, 2);
  const count = fc.integer({ min: 0, max: 5000 });
  it('CPR, MKJP share, unmet need and poktan participation (value, numerator, parts) on random counts', () => {
    fc.assert(
      fc.property(
        fc.record({ iud: count, mow: count, implant: count, pill: count, mal: count }),
        fc.record({ iat: count, tial: count }),
        fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 0, max: 20_000 }),
        (users, nonUsers, participants, targets, pus) => {
          const [bkb, bkr, bkl, uppka, pikr] = participants as [number, number, number, number, number];
          const [u5, teen, old, fam, adol] = targets as [number, number, number, number, number];
          const p = population({
            pus,
            familiesWithUnderFives: u5,
            familiesWithAdolescents: teen,
            familiesWithElderly: old,
            families: fam,
            adolescents: adol,
          });
          const mm = monthly({ users, nonUsers, poktan: { bkb, bkr, bkl, uppka, pikr } });
          const v = computeIndicatorValues({ population: p, monthly: mm });
          const portal = BigInt(users.iud + users.mow + users.implant + users.pill);
          const mkjp = BigInt(users.iud + users.mow + users.implant);
          expect(v.cpr.value).toBe(round2(portal * 100n, BigInt(pus)));
          expect(v.mkjpShare.value).toBe(round2(mkjp * 100n, portal));
          expect(v.unmetNeed.value).toBe(round2(BigInt(nonUsers.iat + nonUsers.tial) * 100n, BigInt(pus)));
          // Σ participants/target over the poktan with a target, exactly, then ×100 / 5.
          const pt = v.poktanParticipation.parts.map((x) => [x.participants, x.targetPopulation] as const);
          expect(pt).toEqual(
            (Object.keys(POKTAN_TARGETS) as PoktanCode[]).map((c) => [
              mm.poktanParticipants[c],
              p[POKTAN_TARGETS[c]],
            ]),
          );
          let n = 0n;
          let d = 1n;
          for (const [a, t] of pt) {
            if (t === 0) continue;
            n = n * BigInt(t) + BigInt(a) * d;
            d *= BigInt(t);
          }
          const anyTarget = pt.some(([, t]) => t !== 0);
          expect(v.poktanParticipation.value).toBe(anyTarget ? round2(n * 100n, d * 5n) : null);
          expect(v.poktanParticipation.numerator).toBe(round2(n * 100n, d));
          expect(v.poktanParticipation.parts.map((x) => x.percent)).toEqual(
            pt.map(([a, t]) => (t === 0 ? null : round2(BigInt(a) * 100n, BigInt(t)))),
          );
        },
      ),
      { seed: 9, numRuns: 200 },
    );
  });
});
