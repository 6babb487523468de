import { type FamilyTally, familyTallyKeys } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { type AggregationLevel, aggregate, groupKey, type TypedRecord } from '../aggregation/aggregate.js';
import { FAMILY_DATA_ELEMENTS } from '../aggregation/familyDataElements.js';
import { checkIndicatorDefinition } from '../engine/checkIndicatorDefinition.js';
import { computeIndicators } from '../engine/computeIndicators.js';
import { kampung } from './__fixtures__/kampungRecords.js';
import { defaultIndicatorCatalogue } from './defaultIndicatorCatalogue.js';
import { familyIndicatorCatalogue } from './familyIndicatorCatalogue.js';

/** A tally with every PK21 key at 0 except those given. */
function tally(kampungId: string, period: string, values: Record<string, number>): TypedRecord {
  const all: Record<string, number> = {};
  for (const k of familyTallyKeys) if (k.sources.includes('pk21')) all[k.key] = 0;
  const record: FamilyTally = { kampungId, period, source: 'pk21', values: { ...all, ...values } };
  return { type: 'family', record };
}

const seq = (prefix: string, codes: readonly string[], xs: readonly number[]) =>
  Object.fromEntries(codes.map((c, i) => [`${prefix}.${c}`, xs[i] as number]));
const AGES = ['a15to19', 'a20to24', 'a25to29', 'a30to34', 'a35to39', 'a40to44', 'a45to49'];

// Three kampung of Banjarmasin (63.71): k1 and k2 in kecamatan 63.71.01 (kelurahan …1001 and …1002), k3 in
// 63.71.02. Tallies of April 2021.
function records(): TypedRecord[] {
  return [
    kampung('k1', '63.71.01.1001'),
    kampung('k2', '63.71.01.1002'),
    kampung('k3', '63.71.02.1003'),
    tally('k1', '2021-04', {
      'fp.women': 100,
      'fp.usersAny': 60,
      'fp.usersModern': 55,
      'fp.usersTraditional': 5,
      'fp.users.implant': 20,
      'fp.users.injectable': 35,
      'fp.users.traditional': 5,
      'fp.need.unmetSpacing': 8,
      'fp.need.unmetLimiting': 7,
      'fp.need.metSpacing': 30,
      'fp.need.metLimiting': 30,
      'fp.need.metModern': 55,
      'fp.need.noNeed': 15,
      'fp.need.infecund': 5,
      'fp.need.missing': 5,
      'fp.portal.iat': 6,
      'fp.portal.tial': 9,
      ...seq('fert.births', AGES, [5, 20, 25, 15, 8, 2, 0]),
      ...seq('fert.exposure', AGES, [100, 100, 100, 100, 100, 100, 100]),
      'san.households': 10,
      'san.basic': 6,
      'san.limited': 2,
      'san.unimproved': 1,
      'san.unknown': 1,
      'slum.persons': 40,
      'slum.personsDeprived': 10,
      'ks.families': 10,
      'ks.praS': 3,
      'ks.ks1': 2,
      'ks.cannotPlace': 5,
      'ibangga.index.sum': 700,
      'ibangga.index.families': 10,
    }),
    tally('k2', '2021-04', {
      'fp.women': 50,
      'fp.usersAny': 20,
      'fp.usersModern': 20,
      'fp.users.pill': 20,
      'fp.need.unmetSpacing': 5,
      'fp.need.unmetLimiting': 5,
      'fp.need.metSpacing': 10,
      'fp.need.metLimiting': 10,
      'fp.need.metModern': 20,
      'fp.need.noNeed': 20,
      'fp.portal.iat': 4,
      'fp.portal.tial': 3,
    }),
    tally('k3', '2021-04', {
      'fp.women': 150,
      'fp.usersAny': 90,
      'fp.usersModern': 80,
      'fp.usersTraditional': 10,
      'fp.users.iud': 30,
      'fp.users.injectable': 50,
      'fp.users.traditional': 10,
      'fp.need.unmetSpacing': 10,
      'fp.need.unmetLimiting': 10,
      'fp.need.metSpacing': 40,
      'fp.need.metLimiting': 50,
      'fp.need.metModern': 80,
      'fp.need.noNeed': 40,
      'fp.portal.iat': 12,
      'fp.portal.tial': 8,
      ...seq('fert.births', AGES, [3, 15, 15, 10, 5, 1, 2]),
      ...seq('fert.exposure', AGES, [100, 100, 100, 100, 100, 100, 100]),
      'san.households': 20,
      'san.basic': 10,
      'san.limited': 5,
      'san.openDefecation': 5,
      'slum.persons': 80,
      'slum.personsDeprived': 30,
      'slum.personsUnknown': 20,
    }),
  ];
}

const LEVELS: readonly AggregationLevel[] = ['kampung', 'village', 'district', 'regency'];

function values(stream: readonly TypedRecord[], period = '2021Q2') {
  const rows = computeIndicators(stream, {
    indicators: defaultIndicatorCatalogue,
    level: LEVELS,
    periods: [period],
  });
  return (id: string, orgUnit: string) => {
    const r = rows.find((x) => x.indicatorId === id && x.orgUnit === orgUnit);
    return r?.value ?? r?.nullReason;
  };
}

describe('family indicators through the engine (hand-worked, kampung → kelurahan → kecamatan → city)', () => {
  it('every family indicator passes the checker', () => {
    for (const def of familyIndicatorCatalogue)
      expect(checkIndicatorDefinition(def)).toMatchObject({ ok: true });
  });

  it('family planning: ratios of summed counts at every level, never averages of kampung rates', () => {
    const v = values(records());
    // CPR: k1 60/100; k2 20/50; kecamatan 63.71.01 (60 + 20)/150 = 53.33; city 170/300 = 56.67.
    expect([v('family-cpr', 'k1'), v('family-cpr', 'k2'), v('family-cpr', 'k3')]).toEqual([60, 40, 60]);
    expect(v('family-cpr', '63.71.01.1001')).toBe(60);
    expect(v('family-cpr', '63.71.01')).toBe(53.3);
    expect(v('family-cpr', '63.71')).toBe(56.7);
    // DHS unmet need: k1 15/100; k2 10/50; kecamatan 25/150 = 16.67; city 45/300 = 15.
    expect(v('family-unmet-need', 'k2')).toBe(20);
    expect(v('family-unmet-need', '63.71.01')).toBe(16.7);
    expect(v('family-unmet-need', '63.71')).toBe(15);
    // Portal unmet need (IAT + TIAL) / PUS: city (15 + 7 + 20) / 300 = 14.
    expect(v('family-unmet-need-portal', 'k1')).toBe(15);
    expect(v('family-unmet-need-portal', '63.71')).toBe(14);
    // mDS (SDG 3.7.1): k1 55 / 75 = 73.33; kecamatan 75 / 105 = 71.43; city 155 / 215 = 72.09.
    expect(v('family-demand-satisfied-modern', 'k1')).toBe(73.3);
    expect(v('family-demand-satisfied-modern', '63.71.01')).toBe(71.4);
    expect(v('family-demand-satisfied-modern', '63.71')).toBe(72.1);
    // Demand satisfied by any method: city (60 + 20 + 90) / 215 = 79.07.
    expect(v('family-demand-satisfied-any', '63.71')).toBe(79.1);
    // Total demand city 215 / 300 = 71.67; modern unmet need (215 − 155) / 300 = 20.
    expect(v('family-demand', '63.71')).toBe(71.7);
    expect(v('family-unmet-need-modern', '63.71')).toBe(20);
    // Method mix: injectable city (35 + 50) / 170 = 50.
    expect(v('family-method-mix-injectable', '63.71')).toBe(50);
    // Survey-only indicator: PK21 tallies have no fpAll.* keys.
    expect(v('family-mcpr-all-women', 'k1')).toBe('no-data');
  });

  it('fertility: ASFR, TFR, GFR and ABR from births and woman-years', () => {
    const v = values(records());
    // k1 ASFR 50, 200, 250, 150, 80, 20, 0 → TFR 5 × 0.75 = 3.75; GFR 75 / 600 × 1000 = 125.
    expect(v('family-asfr-20-24', 'k1')).toBe(200);
    expect(v('family-tfr', 'k1')).toBe(3.75);
    expect(v('family-gfr', 'k1')).toBe(125);
    expect(v('family-abr-15-19', 'k1')).toBe(50);
    // k3 ASFR 30, 150, 150, 100, 50, 10, 20 → TFR 2.55.
    expect(v('family-tfr', 'k3')).toBe(2.55);
    // City: births 8, 35, 40, 25, 13, 3, 2 over 200 woman-years each → Σ ASFR 630 → TFR 3.15; GFR 126 births / 1,200 woman-years at 15–44.
    expect(v('family-asfr-15-19', '63.71')).toBe(40);
    expect(v('family-tfr', '63.71')).toBe(3.15);
    expect(v('family-gfr', '63.71')).toBe(105); // 1000 × 126 / 1200
    // k2 has no woman-years: no rate (a division by zero is no value, never 0).
    expect(v('family-tfr', 'k2')).not.toEqual(expect.any(Number));
    expect(v('family-abr-10-14', 'k1')).not.toEqual(expect.any(Number));
  });

  it('family-level shares leave out what cannot be placed', () => {
    const v = values(records());
    // Sanitation basic: k1 6 / (10 − 1) = 66.67; city (6 + 10) / (30 − 1) = 55.17.
    expect(v('family-sanitation-basic', 'k1')).toBe(66.7);
    expect(v('family-sanitation-basic', '63.71')).toBe(55.2);
    expect(v('family-sanitation-open-defecation', '63.71')).toBe(17.2); // 5 / 29
    // SDG 11.1.1: k1 10 / 40 = 25; k3 30 / (80 − 20) = 50; city 40 / (120 − 20) = 40.
    expect(v('family-slum-population-share', 'k1')).toBe(25);
    expect(v('family-slum-population-share', 'k3')).toBe(50);
    expect(v('family-slum-population-share', '63.71')).toBe(40);
    // KS: 3 Pra-S of the 5 placed families; 5 of 10 cannot be placed.
    expect(v('family-ks-pras', 'k1')).toBe(60);
    expect(v('family-ks-cannot-place', 'k1')).toBe(50);
    expect(v('family-ibangga-index', 'k1')).toBe(70);
  });

  it('a tally is a snapshot: it holds until the next one, and a later one of the same month replaces it', () => {
    const later = tally('k1', '2022-04', { 'fp.women': 200, 'fp.usersAny': 150 });
    const stream = [...records(), later];
    // 2021Q4: April 2021's tally is still in force (60 / 100); 2022: April 2022's (150 / 200).
    expect(values(stream, '2021Q4')('family-cpr', 'k1')).toBe(60);
    expect(values(stream, '2022')('family-cpr', 'k1')).toBe(75);
    // Before any tally: nothing.
    expect(values(stream, '2021Q1')('family-cpr', 'k1')).toBe('no-data');
    const correction = tally('k1', '2021-04', { 'fp.women': 100, 'fp.usersAny': 70 });
    expect(values([...records(), correction])('family-cpr', 'k1')).toBe(70);
  });

  it('family data elements aggregate with last over time and sum over space', () => {
    const r = aggregate(records(), { elements: FAMILY_DATA_ELEMENTS, level: 'regency', periods: ['2021'] });
    expect(r.invalidElements).toEqual([]);
    expect(r.groups.get(groupKey('63.71', '2021'))?.values['family.fp.women']).toMatchObject({
      value: 300,
      kampung: 3,
    });
    const unknown = aggregate(records(), {
      elements: [
        { ...(FAMILY_DATA_ELEMENTS[0] as (typeof FAMILY_DATA_ELEMENTS)[number]), id: 'x', path: 'fp.nope' },
      ],
      level: 'kampung',
      periods: ['2021'],
    });
    expect(unknown.invalidElements[0]?.reason.en).toBe("Path 'fp.nope' is not known for family records");
  });
});
