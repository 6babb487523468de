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

function budget(kampungId: string, year: unknown, amount?: number): TypedRecord {
  const record: Record<string, unknown> = { kampungId, year, fundingSource: 'apbd' };
  if (amount !== undefined) record['amount'] = amount;
  return { type: 'budget', record } as unknown as TypedRecord;
}

function storeOf(ids: readonly string[], periods: readonly string[], needs?: number[][]): KampungMonthStore {
  const { resolved } = resolveElements(ids.map(element));
  return new KampungMonthStore(resolved, periods.map(period), needs);
}

describe('resolveElements: aggregations an element cannot take', () => {
  const reasonOf = (e: DataElement) => {
    const { resolved, invalid } = resolveElements([e]);
    expect(resolved).toEqual([]);
    return invalid.map((i) => `${i.id}: ${i.reason.en}`);
  };

  it("rejects space aggregation 'distinct' for a number that is not a set of codes", () => {
    // users.iud is a stock taking its last month: only the space aggregation is wrong.
    expect(reasonOf({ ...element('monthly.users.iud'), spaceAggregation: 'distinct' })).toEqual([
      "monthly.users.iud: Space aggregation 'distinct' is only for sets of codes ('monthly.users.iud')",
    ]);
  });

  it('rejects a budget averaged over time: a yearly budget is only summed', () => {
    // A flow may be averaged; a budget may not, although it is a flow.
    expect(reasonOf({ ...element('budget.amount'), timeAggregation: 'average' })).toEqual([
      "budget.amount: 'budget.amount' counts events or yearly budgets: its time aggregation must be 'sum'",
    ]);
  });

  it('rejects an event count averaged over time', () => {
    expect(reasonOf({ ...element('interventions'), timeAggregation: 'average' })).toEqual([
      "interventions: 'interventions' counts events or yearly budgets: its time aggregation must be 'sum'",
    ]);
  });
});

describe('KampungMonthStore.add: records it cannot read are counted as ignored', () => {
  it('ignores a report without a kampung id, and a kampung record without an id', () => {
    const s = storeOf(['monthly.users.iud'], ['2020Q1']);
    const { kampungId: _, ...noKampung } = (monthly('k', '2020-01', 10, 0).record as MonthlyReport) ?? {};
    s.add({ type: 'monthly', record: noKampung } as unknown as TypedRecord);
    const { id: __, ...noId } = kampung('k').record as Kampung;
    s.add({ type: 'kampung', record: noId } as unknown as TypedRecord);
    expect(s.ignored).toBe(2);
    // Nothing was kept: no kampung known, no kampung state.
    expect(s.bookkeepingEntries).toBe(0);
  });

  it('ignores a month that is not a YYYY-MM text, for reports and snapshots', () => {
    const s = storeOf(['monthly.users.iud', 'population.pus'], ['2020Q1']);
    // An array whose text is '2020-01' is still no month text.
    s.add({
      type: 'monthly',
      record: { ...monthly('k', '2020-01', 10, 0).record, period: ['2020-01'] },
    } as never);
    s.add(population('k', '2020-13', 100));
    expect(s.ignored).toBe(2);
    expect(s.bookkeepingEntries).toBe(0);
  });

  it('ignores a budget line whose year is not a whole number', () => {
    const s = storeOf(['budget.amount'], ['2020']);
    s.add(budget('k', 2020.5, 500));
    s.add(budget('k', '2020', 500));
    expect(s.ignored).toBe(2);
    expect(s.bookkeepingEntries).toBe(0);
  });
});

describe('KampungMonthStore: kampung records', () => {
  it('places no kampung whose region code is not a text (it is unplaced above the kampung level)', () => {
    const s = storeOf(['monthly.users.iud'], ['2020Q1']);
    s.add({ type: 'kampung', record: { ...kampung('k').record, regionCode: 6371041010 } } as never);
    const t = s.groups('district', period('2020Q1'), [0], 'stream');
    expect(t.orgUnits).toEqual([]);
    expect(t.unplaced).toEqual(['k']);
  });

  it('expects a kampung without a designation date in every month', () => {
    const s = storeOf(['monthly.users.iud'], ['2020Q1']);
    const { designationDate: _, ...record } = kampung('k').record as Kampung;
    s.add({ type: 'kampung', record } as unknown as TypedRecord);
    // No report: the 3 months of the quarter are all missing.
    expect(cellOf(s, period('2020Q1'), 0)).toEqual({ value: null, months: 0, missing: 3 });
  });
});

describe('KampungMonthStore: what is kept of records outside the periods (bookkeepingEntries)', () => {
  // bookkeepingEntries = kampung records + per kampung state: 1 + month cells + routed event months +
  // snapshot cells + 1 per carried-in snapshot + budget sums (one per budget element) + event counters.

  it('keeps monthly reports only from the first month to the last of the periods', () => {
    const s = storeOf(['monthly.users.iud'], ['2020Q1']);
    for (const m of ['2019-12', '2020-02', '2020-04']) s.add(monthly('k', m, 10, 0));
    // 1 state + 1 month cell (2020-02).
    expect(s.bookkeepingEntries).toBe(2);
  });

  it('keeps snapshots by month from the first month on, one before it, none after the last', () => {
    const s = storeOf(['population.pus'], ['2020Q1']);
    for (const m of ['2019-10', '2019-11', '2020-01', '2020-02', '2020-04']) s.add(population('k', m, 100));
    // 1 state + 2 cells (2020-01, 2020-02) + 1 carried in (2019-11, the latest before 2020-01).
    expect(s.bookkeepingEntries).toBe(4);
  });

  it('keeps budget sums only for the years of year periods', () => {
    const quarter = storeOf(['budget.amount'], ['2020Q1']);
    quarter.add(budget('k', 2020, 500));
    // 1 state: a quarter never shows a budget, so the 2020 line is not summed.
    expect(quarter.bookkeepingEntries).toBe(1);
    const year = storeOf(['budget.amount'], ['2020']);
    year.add(budget('k', 2020, 500));
    year.add(budget('k', 2021, 700));
    // 1 state + 1 sum (2020; 2021 is no period's year).
    expect(year.bookkeepingEntries).toBe(2);
  });

  it('keeps event counters and routed months only inside the periods', () => {
    const s = storeOf(['interventions'], ['2020Q1']);
    s.add(intervention('i1', 'k', '2019-12-05'));
    s.add(intervention('i2', 'k', '2020-04-01'));
    s.add(intervention('i3', 'k', 'kemarin'));
    // 1 state; the unreadable date sends the kampung to every period without a routed month.
    expect(s.bookkeepingEntries).toBe(1);
    s.add(intervention('i4', 'k', '2020-02-10'));
    // + 1 routed month (2020-02) + 1 counter (one event element) in 2020-02.
    expect(s.bookkeepingEntries).toBe(3);
  });

  it('routes a proposal by its addressed month only when its raised month is readable', () => {
    const s = storeOf(['monthly.users.iud'], ['2020Q1']);
    s.add({
      type: 'proposal',
      record: {
        id: 'p',
        kampungId: 'k',
        raisedOn: 'kemarin',
        title: 'Titian',
        section: 'environment',
        status: 'addressed',
        addressedOn: '2020-02-03',
      },
    });
    // 1 state, no routed month: an unreadable raised date already sends it to every period.
    expect(s.bookkeepingEntries).toBe(1);
  });
});

describe('KampungMonthStore: snapshots and budgets in the values', () => {
  const q1 = period('2020Q1');

  it('carries in the snapshot from before the first month', () => {
    const s = storeOf(['population.pus'], ['2020Q1']);
    s.add(population('k', '2019-12', 100));
    // In force in all 3 months; the last is 100.
    expect(cellOf(s, q1, 0)).toEqual({ value: 100, months: 3, missing: 0 });
  });

  it('carries in the latest snapshot before the first month, whatever the order they come in', () => {
    const s = storeOf(['population.pus'], ['2020Q1']);
    s.add(population('k', '2019-12', 100));
    s.add(population('k', '2019-11', 90));
    expect(cellOf(s, q1, 0)).toEqual({ value: 100, months: 3, missing: 0 });
  });

  it("keeps a snapshot of the periods' last month", () => {
    const s = storeOf(['population.pus'], ['2020Q1']);
    s.add(population('k', '2020-01', 100));
    s.add(population('k', '2020-03', 120));
    expect(cellOf(s, q1, 0)).toEqual({ value: 120, months: 3, missing: 0 });
  });

  it('sums budget lines of a year, skipping a line without an amount', () => {
    const s = storeOf(['budget.amount'], ['2020']);
    s.add(budget('k', 2020, 500));
    s.add(budget('k', 2020));
    s.add(budget('k', 2020, 250));
    // 500 + 250; the year has a budget, so all 12 months have a value.
    expect(cellOf(s, period('2020'), 0)).toEqual({ value: 750, months: 12, missing: 0 });
  });
});

describe('KampungMonthStore: the periods a record is read for, with needs', () => {
  it('reads a snapshot from before the first month for the periods it is carried into', () => {
    const s = storeOf(['population.pus'], ['202001'], [[0]]);
    s.add(population('k', '2019-12', 100));
    expect(cellOf(s, period('202001'), 0)).toEqual({ value: 100, months: 1, missing: 0 });
  });

  it('does not read a monthly report for a later period that needs the element', () => {
    // 202001 needs newAcceptors.iud only, 202002 users.iud only: January's users.iud is not read.
    const s = storeOf(['monthly.users.iud', 'monthly.newAcceptors.iud'], ['202001', '202002'], [[1], [0]]);
    s.add(monthly('k', '2020-01', 10, 2));
    expect(cellOf(s, period('202001'), 0)).toEqual({ value: null, months: 0, missing: 1 });
    expect(cellOf(s, period('202001'), 1)).toEqual({ value: 2, months: 1, missing: 0 });
  });

  it('reads a budget line for the year period of its year that needs it, and no other', () => {
    // 2020 needs nothing, 2021 needs budget.amount.
    const s = storeOf(['budget.amount'], ['2020', '2021'], [[], [0]]);
    s.add(budget('k', 2020, 500));
    s.add(budget('k', 2021, 700));
    expect(cellOf(s, period('2021'), 0)).toEqual({ value: 700, months: 12, missing: 0 });
    expect(cellOf(s, period('2020'), 0)).toEqual({ value: null, months: 0, missing: 12 });
  });
});

describe('KampungMonthStore: period-mode routing of events with odd dates', () => {
  const members = (s: KampungMonthStore, id: string) => {
    const t = s.groups('kampung', period(id), [0], 'period');
    return [...t.orgUnits];
  };

  it('sends an event whose date is not a text to every period', () => {
    const s = storeOf(['interventions'], ['202001', '202002']);
    s.add({
      type: 'intervention',
      record: { ...intervention('i', 'y', '2020-02-10').record, date: ['2020-02-10'] },
    } as never);
    expect(members(s, '202001')).toEqual(['y']);
    expect(members(s, '202002')).toEqual(['y']);
  });

  it('routes a proposal without an addressed date only by its raised month', () => {
    const s = storeOf(['interventions'], ['202001', '202002']);
    s.add({
      type: 'proposal',
      record: {
        id: 'p',
        kampungId: 'w',
        raisedOn: '2020-01-20',
        title: 'Titian',
        section: 'environment',
        status: 'raised',
      },
    });
    expect(members(s, '202001')).toEqual(['w']);
    expect(members(s, '202002')).toEqual([]);
  });
});
