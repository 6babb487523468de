import type { Kampung, MonthlyReport, PopulationSnapshot } from '@kampung-kb/model';
import { ageBandCounts } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import type { TypedRecord } from '../aggregate.js';
import type { DataElement } from '../dataElement.js';
import { findDataElement } from '../defaultDataElements.js';
import { KampungMonthStore, resolveElements, type StorePeriod, storePeriod } from './kampungMonthStore.js';

// The store as the engine drives it (the `Aggregator` never passes `needs` nor uses the `period` roster
// mode, so its own tests cannot see these paths). Every expected value below is worked by hand.

function element(id: string): DataElement {
  return findDataElement(id) as DataElement;
}

function period(id: string): StorePeriod {
  return storePeriod(id) as StorePeriod;
}

function kampung(id: string): TypedRecord {
  const record: Kampung = {
    id,
    name: `Kampung KB ${id}`,
    regionCode: '63.71.04.1010',
    designationDate: '2016-11-10',
    mainCriteria: [],
    areaCriteria: [],
  };
  return { type: 'kampung', record };
}

function monthly(kampungId: string, month: string, iud: number, newIud: number): TypedRecord {
  const record: MonthlyReport = {
    kampungId,
    period: month,
    users: { iud, mow: 0, mop: 0, implant: 0, injectable: 0, pill: 0, condom: 0 },
    nonUsers: { pregnant: 0, ias: 0, iat: 0, tial: 0 },
    poktanParticipants: { bkb: 0, bkr: 0, bkl: 0, uppka: 0, pikr: 0 },
    jknHolders: 0,
    newAcceptors: { iud: newIud },
  };
  return { type: 'monthly', record };
}

function population(kampungId: string, month: string, pus: number): TypedRecord {
  const bands = ageBandCounts();
  const record: PopulationSnapshot = {
    kampungId,
    period: month,
    male: bands,
    female: bands,
    families: pus,
    pus,
    familiesWithUnderFives: 0,
    familiesWithAdolescents: 0,
    familiesWithElderly: 0,
    adolescents: 0,
  };
  return { type: 'population', record };
}

function intervention(id: string, kampungId: string, date: string): TypedRecord {
  return {
    type: 'intervention',
    record: {
      id,
      kampungId,
      title: id,
      date,
      section: 'economy',
      agencies: ['dinas_pupr'],
      targetGroups: [],
    },
  };
}

/** One column's cell of one group: value (`null` for NaN), kampung-months with a value, missing months. */
function cellOf(
  store: KampungMonthStore,
  p: StorePeriod,
  column: number,
  mode: 'stream' | 'period' = 'stream',
) {
  const t = store.groups('kampung', p, [column], mode);
  const g = t.index.get('k');
  if (g === undefined) return undefined;
  const v = t.value[g] as number;
  return { value: Number.isNaN(v) ? null : v, months: t.kampungMonths[g], missing: t.missing[g] };
}

describe('KampungMonthStore: a record is read only for the elements its periods need', () => {
  // Columns: 0 users.iud (last), 1 newAcceptors.iud (sum), 2 budget.amount (sum), 3 population.pus (last).
  // Periods: 202001 needs 0, 2 and 3; 2020Q1 and the year 2020 need only 1.
  //
  // | record            | periods it counts in     | columns read   |
  // | monthly 2020-01   | 202001, 2020Q1, 2020     | 0, 1, 2, 3     | iud 10, new 2
  // | monthly 2020-02   | 2020Q1, 2020             | 1              | (iud 11 not read), new 1
  // | population 2019-12| all (carried in)         | 0, 1, 2, 3     | PUS 100
  // | population 2020-01| all (by their last month)| 0, 1, 2, 3     | PUS 150
  // | population 2020-02| 2020Q1, 2020             | 1              | (PUS 200 not read)
  // | budget 2020       | 2020 (a year)            | 1              | (500 not read)
  const p1 = period('202001');
  const q1 = period('2020Q1');
  const y = period('2020');
  function store(): KampungMonthStore {
    const { resolved } = resolveElements(
      ['monthly.users.iud', 'monthly.newAcceptors.iud', 'budget.amount', 'population.pus'].map(element),
    );
    const s = new KampungMonthStore(resolved, [p1, q1, y], [[0, 2, 3], [1], [1]]);
    for (const r of [
      kampung('k'),
      monthly('k', '2020-01', 10, 2),
      monthly('k', '2020-02', 11, 1),
      population('k', '2019-12', 100),
      population('k', '2020-01', 150),
      population('k', '2020-02', 200),
      { type: 'budget', record: { kampungId: 'k', year: 2020, fundingSource: 'apbd', amount: 500 } },
    ] as TypedRecord[])
      s.add(r);
    return s;
  }

  it("reads a month's record for every period whose months include it, from its first month to its last", () => {
    const s = store();
    expect(cellOf(s, p1, 0)).toEqual({ value: 10, months: 1, missing: 0 });
    expect(cellOf(s, p1, 1)).toEqual({ value: 2, months: 1, missing: 0 });
    // February counts only in 2020Q1 and 2020, which do not need users.iud: the quarter's last is January's.
    expect(cellOf(s, q1, 0)).toEqual({ value: 10, months: 1, missing: 2 });
    expect(cellOf(s, q1, 1)).toEqual({ value: 3, months: 2, missing: 1 });
  });

  it('reads a snapshot for the periods ending on or after its month', () => {
    const s = store();
    expect(cellOf(s, p1, 3)).toEqual({ value: 150, months: 1, missing: 0 });
    // February's snapshot (200) is not read: in the quarter, January's 150 is the last with a value.
    expect(cellOf(s, q1, 3)).toEqual({ value: 150, months: 1, missing: 2 });
  });

  it('reads a budget line only for year periods of its year', () => {
    // Only the year 2020 can count a 2020 budget, and it does not need budget.amount: nothing is read,
    // although 202001 (a month of 2020) needs it.
    expect(cellOf(store(), y, 2)).toEqual({ value: null, months: 0, missing: 12 });
  });

  it('reads every element without needs', () => {
    const { resolved } = resolveElements(['monthly.users.iud', 'population.pus'].map(element));
    const s = new KampungMonthStore(resolved, [q1]);
    for (const r of [kampung('k'), monthly('k', '2020-02', 11, 1), population('k', '2020-02', 200)]) s.add(r);
    expect(cellOf(s, q1, 0)).toEqual({ value: 11, months: 1, missing: 2 });
    expect(cellOf(s, q1, 1)).toEqual({ value: 200, months: 2, missing: 1 });
  });
});

describe('KampungMonthStore: which kampung without a kampung record a period knows', () => {
  // No kampung record for any of them; one column: interventions (a count, 0 without events).
  // x: one intervention dated 2020-02-10; y: one whose date cannot be read; z: one dated 2020-13-01 (a
  // date-like text that is no month: neither routed nor sent everywhere).
  function store(): KampungMonthStore {
    const { resolved } = resolveElements([element('interventions')]);
    const s = new KampungMonthStore(resolved, [period('202001'), period('202002')]);
    for (const r of [
      intervention('i-x', 'x', '2020-02-10'),
      intervention('i-y', 'y', 'kemarin'),
      intervention('i-z', 'z', '2020-13-01'),
    ])
      s.add(r);
    return s;
  }
  const members = (s: KampungMonthStore, id: string, mode: 'stream' | 'period') => {
    const t = s.groups('kampung', period(id), [0], mode);
    return t.orgUnits.map((u) => `${u}=${t.value[t.index.get(u) as number]}`);
  };

  it('in period mode: a kampung with an event in the period, or an event of unreadable month', () => {
    const s = store();
    expect(members(s, '202001', 'period')).toEqual(['y=0']);
    expect(members(s, '202002', 'period')).toEqual(['x=1', 'y=0']);
  });

  it('in stream mode: every kampung any usable record named', () => {
    const s = store();
    expect(members(s, '202001', 'stream')).toEqual(['x=0', 'y=0', 'z=0']);
    expect(members(s, '202002', 'stream')).toEqual(['x=1', 'y=0', 'z=0']);
  });

  it('in period mode: a proposal is routed by the month it was raised and the month it was addressed', () => {
    const { resolved } = resolveElements([element('interventions')]);
    const s = new KampungMonthStore(resolved, [period('202001'), period('202002'), period('202003')]);
    s.add({
      type: 'proposal',
      record: {
        id: 'p',
        kampungId: 'w',
        raisedOn: '2020-01-20',
        title: 'Titian',
        section: 'environment',
        status: 'addressed',
        addressedOn: '2020-03-02',
      },
    });
    expect(members(s, '202001', 'period')).toEqual(['w=0']);
    expect(members(s, '202002', 'period')).toEqual([]);
    expect(members(s, '202003', 'period')).toEqual(['w=0']);
  });
});
