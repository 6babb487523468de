import { describe, expect, it } from 'vitest';
import type { TypedRecord } from '../aggregate.js';
import type { DataElement } from '../dataElement.js';
import { findDataElement } from '../defaultDataElements.js';
import {
  KampungMonthStore,
  type RosterMode,
  resolveElements,
  type StorePeriod,
  storePeriod,
} from './kampungMonthStore.js';

// `KampungMonthStore.groups` as the engine calls it: which kampung a (level, period) holds, how its groups are
// sorted, and each column's value by source (monthly, snapshots, budget, events, sets of codes). The store
// reads records as plain objects, so the records below carry only the fields the columns read. Every
// expected value is worked by hand.

function period(id: string): StorePeriod {
  return storePeriod(id) as StorePeriod;
}

const M01 = period('202001');
const Q1 = period('2020Q1');
const Q2 = period('2020Q2');
const Y = period('2020');

/** Distinct agencies per kampung over time, summed (not unioned) over space. */
const AGENCIES_SUMMED: DataElement = {
  id: 'agenciesSummed',
  label: { id: 'Instansi per kampung, dijumlahkan', en: 'Agencies per kampung, summed' },
  recordType: 'intervention',
  path: 'agencies',
  timeAggregation: 'distinct',
  spaceAggregation: 'sum',
  kind: 'flow',
};

/** Column indices of {@link COLUMNS}. */
const C = {
  iud: 0,
  pus: 1,
  pokjaMembers: 2,
  women: 3,
  budget: 4,
  interventions: 5,
  proposals: 6,
  agencies: 7,
  agenciesSummed: 8,
} as const;

const COLUMNS: readonly DataElement[] = [
  ...[
    'monthly.users.iud',
    'population.pus',
    'profile.pokja.members',
    'family.fp.women',
    'budget.amount',
    'interventions',
    'proposalsRaised',
    'distinctAgencies',
  ].map((id) => findDataElement(id) as DataElement),
  AGENCIES_SUMMED,
];

function storeOf(periods: readonly StorePeriod[], records: readonly object[]): KampungMonthStore {
  const { resolved, invalid } = resolveElements(COLUMNS);
  expect(invalid).toEqual([]);
  const s = new KampungMonthStore(resolved, periods);
  for (const r of records) s.add(r as TypedRecord);
  return s;
}

/** A kampung record in Banjarmasin Tengah (63.71.04), designated in the given month. */
function kampung(id: string, designated = '2016-11-10') {
  return { type: 'kampung', record: { id, regionCode: '63.71.04.1010', designationDate: designated } };
}
const monthly = (kampungId: string, period: string, iud: number) => ({
  type: 'monthly',
  record: { kampungId, period, users: { iud } },
});
const population = (kampungId: string, period: string, pus: number) => ({
  type: 'population',
  record: { kampungId, period, pus },
});
const profile = (kampungId: string, period: string, members: number) => ({
  type: 'profile',
  record: { kampungId, period, pokja: { members } },
});
const family = (kampungId: string, period: string, women: number) => ({
  type: 'family',
  record: { kampungId, period, values: { 'fp.women': women } },
});
const budget = (kampungId: string, year: number, amount: number) => ({
  type: 'budget',
  record: { kampungId, year, amount },
});
const intervention = (kampungId: string, date: string, agencies: string[] = ['dinas_pupr']) => ({
  type: 'intervention',
  record: { id: `${kampungId}-${date}`, kampungId, date, agencies },
});

/** Per group (by org unit): value (`null` for none), kampung-months with a value, missing months. */
function cells(
  s: KampungMonthStore,
  level: string,
  p: StorePeriod,
  column: number,
  mode: RosterMode = 'stream',
): Record<string, { value: number | null; months: number; missing: number; expected: number }> {
  const t = s.groups(level, p, [column], mode);
  const out: Record<string, { value: number | null; months: number; missing: number; expected: number }> = {};
  t.orgUnits.forEach((ou, g) => {
    const v = t.value[g] as number;
    out[ou] = {
      value: Number.isNaN(v) ? null : v,
      months: t.kampungMonths[g] as number,
      missing: t.missing[g] as number,
      expected: t.expected[g] as number,
    };
  });
  return out;
}

/** The org units of a (level, period, column). */
function unitsOf(s: KampungMonthStore, p: StorePeriod, column: number, mode: RosterMode = 'stream') {
  return s.groups('kampung', p, [column], mode).orgUnits;
}

describe('KampungMonthStore.groups: who is in a period', () => {
  // 'late' is designated in 2030: expected in no month of 2020, so it is in a 2020 period only with data in it.
  const late = () => kampung('late', '2030-01-01');

  it('keeps a kampung designated before the period without any data, every month missing', () => {
    const s = storeOf([Q1], [kampung('on')]);
    // Expected in the 3 months of the quarter, no value in any of them.
    expect(cells(s, 'kampung', Q1, C.iud)).toEqual({
      on: { value: null, months: 0, missing: 3, expected: 3 },
    });
  });

  it('leaves out a kampung designated after the period when it has no data in it', () => {
    const s = storeOf([Q1], [late(), kampung('on')]);
    expect(unitsOf(s, Q1, C.iud)).toEqual(['on']);
    expect(unitsOf(s, Q1, C.iud, 'period')).toEqual(['on']);
  });

  it('keeps a kampung designated after the period that has a monthly report in it, expected in no month', () => {
    const s = storeOf([M01, Q1], [late(), monthly('late', '2020-02', 5)]);
    expect(cells(s, 'kampung', Q1, C.iud)).toEqual({
      late: { value: 5, months: 1, missing: 0, expected: 0 },
    });
    // January has no report of it.
    expect(unitsOf(s, M01, C.iud)).toEqual([]);
  });

  it('counts a snapshot in a period when it was taken by the period’s last month', () => {
    // A population snapshot of March: in the quarter (its last month), not in January.
    const s = storeOf([M01, Q1], [late(), population('late', '2020-03', 40)]);
    expect(unitsOf(s, M01, C.iud)).toEqual([]);
    expect(unitsOf(s, Q1, C.iud)).toEqual(['late']);
    expect(cells(s, 'kampung', Q1, C.pus)).toEqual({
      late: { value: 40, months: 1, missing: 0, expected: 0 },
    });
  });

  it('counts a snapshot carried in from before the store’s first month', () => {
    const s = storeOf([M01], [late(), population('late', '2019-12', 40)]);
    expect(cells(s, 'kampung', M01, C.pus)).toEqual({
      late: { value: 40, months: 1, missing: 0, expected: 0 },
    });
  });

  it('counts a profile snapshot and a family tally alone as data', () => {
    const withProfile = storeOf([M01], [late(), profile('late', '2020-01', 7)]);
    expect(unitsOf(withProfile, M01, C.iud)).toEqual(['late']);
    const withFamily = storeOf([M01], [late(), family('late', '2020-01', 30)]);
    expect(unitsOf(withFamily, M01, C.iud)).toEqual(['late']);
  });

  it("counts a budget line only in its year's period, not in a quarter of that year", () => {
    const s = storeOf([Q1, Y], [late(), budget('late', 2020, 900)]);
    expect(unitsOf(s, Q1, C.budget)).toEqual([]);
    expect(cells(s, 'kampung', Y, C.budget)).toEqual({
      late: { value: 900, months: 12, missing: 0, expected: 0 },
    });
  });

  it('counts an event only for the event columns of the table that it hits', () => {
    // An intervention of February hits `interventions` (event slot 0), not `proposalsRaised` (slot 1).
    const s = storeOf([Q1], [late(), intervention('late', '2020-02-10')]);
    expect(cells(s, 'kampung', Q1, C.interventions)).toEqual({
      late: { value: 1, months: 3, missing: 0, expected: 0 },
    });
    expect(unitsOf(s, Q1, C.proposals)).toEqual([]);
    // A table without event columns: the event is no data of it (monthly slot 0 is not event slot 0).
    expect(unitsOf(s, Q1, C.iud)).toEqual([]);
  });
});

describe('KampungMonthStore.groups: org units', () => {
  it('leaves a kampung without a region code unplaced above the kampung level', () => {
    const s = storeOf(
      [M01],
      [{ type: 'kampung', record: { id: 'nowhere', designationDate: '2016-11-10' } }, kampung('k')],
    );
    const t = s.groups('province', M01, [C.iud], 'stream');
    expect(t.orgUnits).toEqual(['63']);
    expect(t.kampungIds).toEqual([['k']]);
    expect(t.unplaced).toEqual(['nowhere']);
  });

  it('sorts the groups by org unit, whatever order the kampung came in', () => {
    const ids = ['e', 'c', 'a', 'd', 'b'];
    // Each kampung's January iud is its letter's rank: a 1, b 2, c 3, d 4, e 5.
    const s = storeOf(
      [M01],
      ids.flatMap((id) => [kampung(id), monthly(id, '2020-01', 'abcde'.indexOf(id) + 1)]),
    );
    const t = s.groups('kampung', M01, [C.iud], 'stream');
    expect(t.orgUnits).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect([...t.index]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 3],
      ['e', 4],
    ]);
    expect([...t.value]).toEqual([1, 2, 3, 4, 5]);
    expect(t.kampungIds).toEqual([['a'], ['b'], ['c'], ['d'], ['e']]);
  });
});

describe('KampungMonthStore.groups: snapshot columns read their own source', () => {
  // One kampung with a snapshot of each kind and distinct values, so that a column reading another source's
  // series shows: population 100 (Jan), profile 7 (Feb), family 30 (Mar).
  const records = [
    kampung('k'),
    population('k', '2020-01', 100),
    profile('k', '2020-02', 7),
    family('k', '2020-03', 30),
  ];

  it('reads a profile column alone: the snapshot in force from its month on', () => {
    // Profile of February holds in February and March; January has none: last 7, 2 months, 1 missing.
    const s = storeOf([Q1], records);
    expect(cells(s, 'kampung', Q1, C.pokjaMembers)).toEqual({
      k: { value: 7, months: 2, missing: 1, expected: 3 },
    });
  });

  it('reads a family column alone: the tally in force from its month on', () => {
    const s = storeOf([Q1], records);
    expect(cells(s, 'kampung', Q1, C.women)).toEqual({
      k: { value: 30, months: 1, missing: 2, expected: 3 },
    });
  });

  it('reads population, profile and family columns side by side', () => {
    const s = storeOf([Q1], records);
    const t = s.groups('kampung', Q1, [C.pus, C.pokjaMembers, C.women], 'stream');
    expect([...t.value]).toEqual([100, 7, 30]);
    expect([...t.kampungMonths]).toEqual([3, 2, 1]);
    expect([...t.missing]).toEqual([0, 1, 2]);
  });

  it('carries in the latest snapshot before the period, not the earliest', () => {
    // January 100 then February 200, none in Q2: the snapshot in force in April–June is February's.
    const s = storeOf(
      [M01, Q2],
      [kampung('k'), population('k', '2020-01', 100), population('k', '2020-02', 200)],
    );
    expect(cells(s, 'kampung', Q2, C.pus)).toEqual({ k: { value: 200, months: 3, missing: 0, expected: 3 } });
  });
});

describe('KampungMonthStore.groups: sets of codes', () => {
  // k: January {A, B}, February {B, C}; j: February {C, D}. Both in kecamatan 63.71.04.
  const records = [
    kampung('k'),
    kampung('j'),
    intervention('k', '2020-01-05', ['A', 'B']),
    intervention('k', '2020-02-05', ['B', 'C']),
    intervention('j', '2020-02-07', ['C', 'D']),
  ];

  it('merges the months of a kampung into the distinct codes of the period', () => {
    const s = storeOf([M01, Q1], records);
    // Summed over space: each kampung's own distinct count, k {A, B, C} = 3, j {C, D} = 2.
    expect(cells(s, 'kampung', Q1, C.agenciesSummed)).toEqual({
      j: { value: 2, months: 3, missing: 0, expected: 3 },
      k: { value: 3, months: 3, missing: 0, expected: 3 },
    });
    // The kecamatan: summed 3 + 2 = 5; distinct over space, the union {A, B, C, D} = 4.
    expect(cells(s, 'district', Q1, C.agenciesSummed)['63.71.04']?.value).toBe(5);
    expect(cells(s, 'district', Q1, C.agencies)['63.71.04']?.value).toBe(4);
  });

  it("does not change a month's codes when merging it into a longer period", () => {
    const s = storeOf([M01, Q1], records);
    expect(cells(s, 'kampung', Q1, C.agenciesSummed)['k']?.value).toBe(3);
    // January alone, after the quarter was computed: still {A, B}.
    expect(cells(s, 'kampung', M01, C.agenciesSummed)['k']?.value).toBe(2);
    expect(cells(s, 'kampung', M01, C.agencies)['k']?.value).toBe(2);
  });
});
