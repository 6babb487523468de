import { roundDecimal } from '@kampung-kb/expr';
import {
  ageBandCounts,
  emptyDataset,
  type Kampung,
  type MonthlyReport,
  type PopulationSnapshot,
} from '@kampung-kb/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AggregationOptions,
  type AggregationResult,
  Aggregator,
  aggregate,
  aggregateAsync,
  groupKey,
  type TypedRecord,
} from './aggregate.js';
import type { DataElement } from './dataElement.js';
import { DEFAULT_DATA_ELEMENTS, findDataElement } from './defaultDataElements.js';

// Three kampung of Kota Banjarmasin (63.71) in two kecamatan:
//   A in kelurahan 63.71.04.1010 and B in 63.71.04.1003 (kecamatan Banjarmasin Utara, 63.71.04);
//   C in kelurahan 63.71.01.1012 (kecamatan Banjarmasin Selatan, 63.71.01).
function kampung(id: string, regionCode: string, designationDate = '2016-11-10'): Kampung {
  return {
    id,
    name: `Kampung KB ${id}`,
    regionCode,
    designationDate,
    mainCriteria: [],
    areaCriteria: ['riverbank'],
  };
}

function monthly(kampungId: string, period: string, iud: number, newIud?: number): MonthlyReport {
  return {
    kampungId,
    period,
    users: { iud, mow: 0, mop: 0, implant: 0, injectable: 0, pill: 0, condom: 0 },
    nonUsers: { pregnant: 0, ias: 0, iat: 0, tial: 0 },
    poktanParticipants: { bkb: 0, bkr: 0, bkl: 0, uppka: 0, pikr: 0 },
    jknHolders: 0,
    ...(newIud === undefined ? {} : { newAcceptors: { iud: newIud } }),
  };
}

const zeroBands = ageBandCounts();

function population(kampungId: string, period: string, pus: number): PopulationSnapshot {
  return {
    kampungId,
    period,
    male: { ...zeroBands, y20_24: pus },
    female: { ...zeroBands, y20_24: pus },
    families: pus,
    pus,
    familiesWithUnderFives: 0,
    familiesWithAdolescents: 0,
    familiesWithElderly: 0,
    adolescents: 0,
  };
}

/**
 * Quarter 2020Q1, hand-worked:
 *
 * | kampung | users.iud Jan/Feb/Mar | last | newAcceptors.iud | sum | PUS snapshots            | PUS in force |
 * | A       | 10 / 11 / 12          | 12   | 2 / 1 / 3        | 6   | 2019-12: 100             | 100 (3 months) |
 * | B       | 20 / 21 / —           | 21   | 4 / 1 / —        | 5   | 2020-02: 200             | 200 (Feb, Mar) |
 * | C       | 5 / 6 / 7             | 7    | 0 / 2 / 1        | 3   | none                     | —              |
 *
 * B reports in February last, so its "last" is February's 21 while A and C give March's values.
 */
function records(): TypedRecord[] {
  return [
    { type: 'kampung', record: kampung('kampung-a', '63.71.04.1010') },
    { type: 'kampung', record: kampung('kampung-b', '63.71.04.1003') },
    { type: 'kampung', record: kampung('kampung-c', '63.71.01.1012') },
    { type: 'region', record: { code: '63.71', name: 'Kota Banjarmasin' } },
    { type: 'monthly', record: monthly('kampung-a', '2020-01', 10, 2) },
    { type: 'monthly', record: monthly('kampung-a', '2020-02', 11, 1) },
    { type: 'monthly', record: monthly('kampung-a', '2020-03', 12, 3) },
    { type: 'monthly', record: monthly('kampung-b', '2020-01', 20, 4) },
    { type: 'monthly', record: monthly('kampung-b', '2020-02', 21, 1) },
    { type: 'monthly', record: monthly('kampung-c', '2020-01', 5, 0) },
    { type: 'monthly', record: monthly('kampung-c', '2020-02', 6, 2) },
    { type: 'monthly', record: monthly('kampung-c', '2020-03', 7, 1) },
    { type: 'monthly', record: monthly('kampung-a', '2019-12', 99, 9) }, // before the quarter
    { type: 'population', record: population('kampung-a', '2019-06', 90) }, // replaced by 2019-12
    { type: 'population', record: population('kampung-a', '2019-12', 100) },
    { type: 'population', record: population('kampung-b', '2020-02', 200) },
    { type: 'population', record: population('kampung-c', '2020-04', 300) }, // after the quarter
    {
      type: 'intervention',
      record: {
        id: 'a-1',
        kampungId: 'kampung-a',
        title: 'Pelatihan UPPKA',
        date: '2020-01-10',
        section: 'economy',
        agencies: ['dinas_sosial', 'dinas_pupr'],
        targetGroups: [],
      },
    },
    {
      type: 'intervention',
      record: {
        id: 'b-1',
        kampungId: 'kampung-b',
        title: 'Perbaikan titian',
        date: '2020-02-03',
        section: 'environment',
        agencies: ['dinas_pupr'],
        targetGroups: [],
      },
    },
    {
      type: 'intervention',
      record: {
        id: 'c-1',
        kampungId: 'kampung-c',
        title: 'Posyandu',
        date: '2020-03-31',
        section: 'economy',
        agencies: ['dinas_kesehatan'],
        targetGroups: [],
      },
    },
    {
      type: 'intervention',
      record: {
        id: 'a-2',
        kampungId: 'kampung-a',
        title: 'Di luar triwulan',
        date: '2020-04-01',
        section: 'economy',
        agencies: ['bps'],
        targetGroups: [],
      },
    },
    {
      type: 'proposal',
      record: {
        id: 'p-a',
        kampungId: 'kampung-a',
        raisedOn: '2020-01-20',
        title: 'Titian RT 04',
        section: 'environment',
        status: 'addressed',
        addressedOn: '2020-03-02',
        interventionId: 'b-1',
      },
    },
    {
      type: 'proposal',
      record: {
        id: 'p-b',
        kampungId: 'kampung-b',
        raisedOn: '2020-02-01',
        title: 'Pelatihan',
        section: 'economy',
        status: 'assigned',
        assignedAgency: 'dinas_koperasi',
      },
    },
    {
      type: 'proposal',
      record: {
        id: 'p-c',
        kampungId: 'kampung-c',
        raisedOn: '2019-12-30',
        title: 'Lampu jalan',
        section: 'environment',
        status: 'addressed',
        addressedOn: '2020-02-15',
      },
    },
    {
      type: 'budget',
      record: { kampungId: 'kampung-a', year: 2020, fundingSource: 'apbd', amount: 10_000_000 },
    },
    {
      type: 'budget',
      record: { kampungId: 'kampung-a', year: 2020, fundingSource: 'selfFunded', amount: 2_500_000 },
    },
    {
      type: 'budget',
      record: { kampungId: 'kampung-c', year: 2020, fundingSource: 'danaDesa', amount: 5_000_000 },
    },
    {
      type: 'budget',
      record: { kampungId: 'kampung-c', year: 2019, fundingSource: 'danaDesa', amount: 4_000_000 },
    },
  ];
}

const ELEMENTS = [
  'monthly.users.iud',
  'monthly.newAcceptors.iud',
  'population.pus',
  'interventions',
  'interventionsBySection.economy',
  'distinctAgencies',
  'proposalsRaised',
  'proposalsAddressed',
  'budget.amount',
].map((id) => findDataElement(id) as DataElement);

function run(level: AggregationOptions['level'], periods = ['2020Q1']): AggregationResult {
  return aggregate(records(), { elements: ELEMENTS, level, periods });
}

function cell(r: AggregationResult, orgUnit: string, period: string, element: string) {
  return r.groups.get(groupKey(orgUnit, period))?.values[element];
}

describe('aggregate: a stock and a flow rolled up for a quarter', () => {
  it('takes the last month per kampung and sums the flow (kampung level)', () => {
    const r = run('kampung');
    expect(cell(r, 'kampung-a', '2020Q1', 'monthly.users.iud')).toEqual({
      value: 12,
      kampungMonths: 3,
      kampung: 1,
      missingKampungMonths: 0,
      anyMissing: false,
    });
    expect(cell(r, 'kampung-b', '2020Q1', 'monthly.users.iud')).toEqual({
      value: 21,
      kampungMonths: 2,
      kampung: 1,
      missingKampungMonths: 1,
      anyMissing: true,
    });
    expect(cell(r, 'kampung-a', '2020Q1', 'monthly.newAcceptors.iud')?.value).toBe(6);
    expect(cell(r, 'kampung-b', '2020Q1', 'monthly.newAcceptors.iud')?.value).toBe(5);
    expect(cell(r, 'kampung-c', '2020Q1', 'monthly.newAcceptors.iud')?.value).toBe(3);
  });

  it('rolls up to kelurahan, kecamatan and kota by code prefix', () => {
    const village = run('village');
    expect([...village.groups.keys()]).toEqual([
      '63.71.01.1012@2020Q1',
      '63.71.04.1003@2020Q1',
      '63.71.04.1010@2020Q1',
    ]);
    expect(cell(village, '63.71.04.1003', '2020Q1', 'monthly.users.iud')?.value).toBe(21);

    const district = run('district');
    expect([...district.groups.keys()]).toEqual(['63.71.01@2020Q1', '63.71.04@2020Q1']);
    expect(district.groups.get('63.71.04@2020Q1')).toMatchObject({
      orgUnit: '63.71.04',
      level: 'district',
      periodId: '2020Q1',
      kampungIds: ['kampung-a', 'kampung-b'],
      expectedKampungMonths: 6,
    });
    // 12 (A, March) + 21 (B, February)
    expect(cell(district, '63.71.04', '2020Q1', 'monthly.users.iud')).toEqual({
      value: 33,
      kampungMonths: 5,
      kampung: 2,
      missingKampungMonths: 1,
      anyMissing: true,
    });
    expect(cell(district, '63.71.04', '2020Q1', 'monthly.newAcceptors.iud')?.value).toBe(11);
    expect(cell(district, '63.71.01', '2020Q1', 'monthly.users.iud')?.value).toBe(7);
    expect(cell(district, '63.71.01', '2020Q1', 'monthly.users.iud')?.anyMissing).toBe(false);

    const city = run('regency');
    expect(cell(city, '63.71', '2020Q1', 'monthly.users.iud')).toEqual({
      value: 40,
      kampungMonths: 8,
      kampung: 3,
      missingKampungMonths: 1,
      anyMissing: true,
    });
    expect(cell(city, '63.71', '2020Q1', 'monthly.newAcceptors.iud')?.value).toBe(14);
    expect(cell(run('province'), '63', '2020Q1', 'monthly.users.iud')?.value).toBe(40);
  });

  it('uses the population snapshot in force, even from before the quarter', () => {
    const city = run('regency');
    // A: 100 (2019-12, all three months); B: 200 from February (January missing); C: none (3 missing).
    expect(cell(city, '63.71', '2020Q1', 'population.pus')).toEqual({
      value: 300,
      kampungMonths: 5,
      kampung: 2,
      missingKampungMonths: 4,
      anyMissing: true,
    });
    expect(cell(run('kampung'), 'kampung-c', '2020Q1', 'population.pus')?.value).toBeNull();
    // In the second quarter C's April snapshot (300) is in force, A and B carry theirs in: 600.
    expect(cell(run('regency', ['2020Q2']), '63.71', '2020Q2', 'population.pus')?.value).toBe(600);
  });

  it('counts interventions and proposals, and distinct agencies without double counting', () => {
    const district = run('district');
    const city = run('regency');
    expect(cell(city, '63.71', '2020Q1', 'interventions')?.value).toBe(3);
    expect(cell(city, '63.71', '2020Q1', 'interventionsBySection.economy')?.value).toBe(2);
    // dinas_sosial, dinas_pupr (A and B), dinas_kesehatan (C): 3 distinct, not 2 + 1 + 1 = 4.
    expect(cell(city, '63.71', '2020Q1', 'distinctAgencies')?.value).toBe(3);
    expect(cell(district, '63.71.04', '2020Q1', 'distinctAgencies')?.value).toBe(2);
    expect(cell(city, '63.71', '2020Q1', 'proposalsRaised')?.value).toBe(2);
    expect(cell(city, '63.71', '2020Q1', 'proposalsAddressed')?.value).toBe(2);
    // Events: a kampung without any counts 0, and is not missing.
    expect(cell(run('kampung'), 'kampung-b', '2020Q1', 'interventionsBySection.economy')).toEqual({
      value: 0,
      kampungMonths: 3,
      kampung: 1,
      missingKampungMonths: 0,
      anyMissing: false,
    });
  });

  it('sums yearly budgets in the year only; a quarter has none', () => {
    const year = run('regency', ['2020']);
    expect(cell(year, '63.71', '2020', 'budget.amount')).toEqual({
      value: 17_500_000,
      kampungMonths: 24,
      kampung: 2,
      missingKampungMonths: 12,
      anyMissing: true,
    });
    expect(cell(run('regency'), '63.71', '2020Q1', 'budget.amount')?.value).toBeNull();
  });

  it('averages over space when the element says so', () => {
    const avg: DataElement = {
      ...(findDataElement('monthly.users.iud') as DataElement),
      id: 'iudAverage',
      spaceAggregation: 'average',
    };
    const r = aggregate(records(), { elements: [avg], level: 'regency', periods: ['2020Q1'] });
    // (12 + 21 + 7) / 3
    expect(roundDecimal(cell(r, '63.71', '2020Q1', 'iudAverage')?.value as number, 2)).toBe(13.33);
    const overTime: DataElement = {
      ...avg,
      id: 'iudMonthlyMean',
      timeAggregation: 'average',
      spaceAggregation: 'sum',
    };
    const t = aggregate(records(), { elements: [overTime], level: 'kampung', periods: ['2020Q1'] });
    expect(cell(t, 'kampung-a', '2020Q1', 'iudMonthlyMean')?.value).toBe(11);
    expect(cell(t, 'kampung-b', '2020Q1', 'iudMonthlyMean')?.value).toBe(20.5);
  });
});

describe('aggregate: groups, periods and what cannot be used', () => {
  it('gives null, not 0, when no kampung of a group has data', () => {
    const r = run('regency', ['2019Q1']);
    expect(cell(r, '63.71', '2019Q1', 'monthly.users.iud')).toEqual({
      value: null,
      kampungMonths: 0,
      kampung: 0,
      missingKampungMonths: 9,
      anyMissing: true,
    });
  });

  it('expects a kampung from its designation month only', () => {
    const late: TypedRecord[] = [
      { type: 'kampung', record: kampung('kampung-d', '63.71.01.1005', '2020-03-15') },
      { type: 'monthly', record: monthly('kampung-d', '2020-03', 4) },
    ];
    const r = aggregate(late, { elements: ELEMENTS, level: 'kampung', periods: ['2020Q1', '2019Q4'] });
    expect(r.groups.get('kampung-d@2020Q1')?.expectedKampungMonths).toBe(1);
    expect(cell(r, 'kampung-d', '2020Q1', 'monthly.users.iud')).toMatchObject({
      value: 4,
      anyMissing: false,
    });
    expect(r.groups.has('kampung-d@2019Q4')).toBe(false);
  });

  it('reports unplaced kampung, bad periods, bad elements and unreadable records', () => {
    const extra: TypedRecord[] = [
      ...records(),
      { type: 'monthly', record: monthly('no-record', '2020-01', 1) },
      { type: 'monthly', record: { ...monthly('kampung-a', '2020-01', 1), period: 'Jan' } },
    ];
    const r = aggregate(extra, {
      elements: [
        ...ELEMENTS,
        { ...(ELEMENTS[0] as DataElement), id: 'monthly.users.iud' },
        { ...(ELEMENTS[0] as DataElement), id: 'bad', path: 'users.patch' },
        { ...(ELEMENTS[0] as DataElement), id: 'mixed', timeAggregation: 'distinct' },
        { ...(ELEMENTS[3] as DataElement), id: 'lastEvent', timeAggregation: 'last' },
      ],
      level: 'district',
      periods: ['2020Q1', '2020-01', '202001', '2020Q5'],
    });
    expect(r.periods).toEqual(['2020Q1', '202001']);
    expect(r.invalidPeriods).toEqual(['2020Q5']);
    expect(r.invalidElements.map((e) => e.id)).toEqual(['monthly.users.iud', 'bad', 'mixed', 'lastEvent']);
    expect(r.invalidElements[1]?.reason.en).toBe("Path 'users.patch' is not known for monthly records");
    expect(r.unplacedKampung).toEqual(['no-record']);
    expect(r.ignoredRecords).toBe(1);
    expect(cell(r, '63.71.04', '202001', 'monthly.users.iud')?.value).toBe(30);
  });

  it("checks each element's kind against its time aggregation: a stock is never summed, a flow never 'last'", () => {
    const pus = findDataElement('population.pus') as DataElement;
    const newIud = findDataElement('monthly.newAcceptors.iud') as DataElement;
    const interventions = findDataElement('interventions') as DataElement;
    const r = aggregate(records(), {
      elements: [
        { ...pus, id: 'pusSummed', timeAggregation: 'sum' },
        { ...newIud, id: 'newIudLast', timeAggregation: 'last' },
        { ...interventions, id: 'interventionStock', kind: 'stock' },
        { ...pus, id: 'pusMean', timeAggregation: 'average' },
        { ...newIud, id: 'newIudMean', timeAggregation: 'average' },
      ],
      level: 'kampung',
      periods: ['2020Q1'],
    });
    expect(r.invalidElements).toEqual([
      {
        id: 'pusSummed',
        reason: {
          id: "'pusSummed' adalah stok (keadaan pada satu saat): nilai beberapa bulan tidak boleh dijumlahkan; pakai agregasi waktu 'last' atau 'average'",
          en: "'pusSummed' is a stock (a level at a moment): its months must not be summed; use time aggregation 'last' or 'average'",
        },
      },
      {
        id: 'newIudLast',
        reason: {
          id: "'newIudLast' adalah arus (kejadian selama periode): bulan terakhir saja tidak mewakili periode; pakai agregasi waktu 'sum' atau 'average'",
          en: "'newIudLast' is a flow (what happens during the period): the last month alone does not stand for the period; use time aggregation 'sum' or 'average'",
        },
      },
      {
        id: 'interventionStock',
        reason: {
          id: "'interventionStock' menghitung kejadian atau anggaran, jadi jenisnya 'flow', bukan 'stock'",
          en: "'interventionStock' counts events or budgets, so its kind is 'flow', not 'stock'",
        },
      },
    ]);
    const a = r.groups.get(groupKey('kampung-a', '2020Q1'))?.values;
    expect(Object.keys(a ?? {})).toEqual(['pusMean', 'newIudMean']);
    // A: PUS 100 in each month (mean 100); new IUD acceptors 2, 1, 3 (mean 2).
    expect([a?.['pusMean']?.value, a?.['newIudMean']?.value]).toEqual([100, 2]);
  });

  it('reads a Dataset and an async stream alike', async () => {
    const ds = emptyDataset();
    for (const { type, record } of records()) {
      if (type === 'kampung') ds.kampung.push(record);
      if (type === 'monthly') ds.monthly.push(record);
      if (type === 'population') ds.population.push(record);
      if (type === 'intervention') ds.interventions.push(record);
      if (type === 'proposal') ds.proposals.push(record);
      if (type === 'budget') ds.budgets.push(record);
    }
    const options = { elements: ELEMENTS, level: 'district' as const, periods: ['2020Q1', '2020'] };
    const fromDataset = aggregate(ds, options);
    async function* stream() {
      for (const r of records()) yield r;
    }
    const fromStream = await aggregateAsync(stream(), options);
    expect(fromStream).toEqual(fromDataset);
    expect(cell(fromDataset, '63.71.04', '2020', 'monthly.users.iud')?.value).toBe(33);
  });

  it('covers every default element without invalid ones', () => {
    const r = aggregate(records(), { elements: DEFAULT_DATA_ELEMENTS, level: 'regency', periods: ['2020'] });
    expect(r.invalidElements).toEqual([]);
    expect(new Set(DEFAULT_DATA_ELEMENTS.map((e) => e.id)).size).toBe(DEFAULT_DATA_ELEMENTS.length);
    const g = r.groups.get('63.71@2020');
    expect(g?.values['population.total']?.value).toBe(2 * (100 + 200 + 300));
    expect(g?.values['monthly.users.mal']?.value).toBeNull();
  });
});

describe('aggregate: properties', () => {
  const kampungIds = ['k-1', 'k-2', 'k-3', 'k-4'];
  const regionOf = ['63.71.04.1010', '63.71.04.1003', '63.71.01.1012', '63.72.01.2001'];
  const months = ['2019-11', '2019-12', '2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-06'];

  /** Records with at most one monthly report and one snapshot per kampung-month (the only order-sensitive case). */
  const stream = fc
    .tuple(
      fc.uniqueArray(fc.tuple(fc.nat(3), fc.nat(7)), { selector: ([k, m]) => `${k}/${m}`, maxLength: 20 }),
      fc.uniqueArray(fc.tuple(fc.nat(3), fc.nat(7)), { selector: ([k, m]) => `${k}/${m}`, maxLength: 10 }),
      fc.array(fc.tuple(fc.nat(3), fc.nat(7), fc.subarray(['dinas_sosial', 'dinas_pupr', 'bps'] as const)), {
        maxLength: 10,
      }),
      fc.array(fc.tuple(fc.nat(3), fc.nat(1_000_000)), { maxLength: 5 }),
      fc.nat(1000),
    )
    .map(([reports, snapshots, events, budgets, seed]) => {
      const out: TypedRecord[] = kampungIds.map((id, i) => ({
        type: 'kampung',
        record: kampung(id, regionOf[i] as string, i === 3 ? '2020-02-01' : '2016-01-01'),
      }));
      reports.forEach(([k, m], i) => {
        const rec = monthly(
          kampungIds[k] as string,
          months[m] as string,
          (seed + i * 7) % 50,
          (seed + i) % 5,
        );
        out.push({ type: 'monthly', record: rec });
      });
      snapshots.forEach(([k, m], i) => {
        out.push({
          type: 'population',
          record: population(kampungIds[k] as string, months[m] as string, 100 + i),
        });
      });
      events.forEach(([k, m, agencies], i) => {
        out.push({
          type: 'intervention',
          record: {
            id: `e-${i}`,
            kampungId: kampungIds[k] as string,
            title: 'x',
            date: `${months[m]}-15`,
            section: i % 2 === 0 ? 'economy' : 'environment',
            agencies: [...agencies],
            targetGroups: [],
          },
        });
      });
      budgets.forEach(([k, amount]) => {
        out.push({
          type: 'budget',
          record: { kampungId: kampungIds[k] as string, year: 2020, fundingSource: 'apbd', amount },
        });
      });
      return out;
    });

  const options: AggregationOptions = {
    elements: DEFAULT_DATA_ELEMENTS,
    level: 'district',
    periods: ['2020Q1', '2020S1', '2020', '202002', '2019Q4'],
  };

  it('gives the same result whatever the order of the stream', () => {
    fc.assert(
      fc.property(
        stream.chain((rs) =>
          fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length })),
        ),
        ([ordered, shuffled]) => {
          expect(aggregate(shuffled, options)).toEqual(aggregate(ordered, options));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps bookkeeping proportional to the groups: repeating records adds no entries', () => {
    fc.assert(
      fc.property(stream, fc.integer({ min: 2, max: 5 }), (rs, times) => {
        const once = new Aggregator(options);
        for (const r of rs) once.add(r);
        const repeated = new Aggregator(options);
        for (let i = 0; i < times; i++) for (const r of rs) repeated.add(r);
        expect(repeated.bookkeepingEntries).toBe(once.bookkeepingEntries);
        // Stock values do not change when records repeat (a repeated report replaces itself).
        const a = once.result().groups.get('63.71.04@2020Q1')?.values['monthly.users.iud'];
        const b = repeated.result().groups.get('63.71.04@2020Q1')?.values['monthly.users.iud'];
        expect(b).toEqual(a);
      }),
      { numRuns: 40 },
    );
  });

  it('bounds bookkeeping by kampung × periods × months, however many records', () => {
    const agg = new Aggregator({ ...options, periods: ['2020Q1'] });
    for (let i = 0; i < 5000; i++) {
      agg.add({ type: 'monthly', record: monthly(`k-${i % 4}`, `2020-0${(i % 3) + 1}`, i % 50) });
      agg.add({
        type: 'intervention',
        record: {
          id: `i-${i}`,
          kampungId: `k-${i % 4}`,
          title: 't',
          date: '2020-02-02',
          section: 'economy',
          agencies: ['bps'],
          targetGroups: [],
        },
      });
    }
    // 4 kampung states + 12 month cells + 4 event months (by date) + 4 × (event counters + 1 agency code).
    const eventSlots = DEFAULT_DATA_ELEMENTS.filter(
      (e) => e.recordType === 'intervention' || e.recordType === 'proposal',
    ).length;
    expect(agg.bookkeepingEntries).toBe(4 + 4 + 12 + 4 * (eventSlots + 1));
  });
});

describe('aggregate: a corrected snapshot carried in from before the period', () => {
  // Both kampung took their population snapshot in November 2019 and corrected it later in the stream (the
  // correction comes second, as a line appended to the file would): the correction is the one in force.
  const stream: TypedRecord[] = [
    { type: 'kampung', record: kampung('a', '63.71.04.1010') },
    { type: 'kampung', record: kampung('c', '63.71.01.1012') },
    { type: 'population', record: population('a', '2019-11', 100) },
    { type: 'population', record: population('c', '2019-11', 40) },
    { type: 'population', record: population('a', '2019-11', 150) },
    { type: 'population', record: population('c', '2019-11', 60) },
  ];
  const levels = ['kampung', 'village', 'district', 'regency', 'province'] as const;
  const periods = ['202002', '2020Q1', '2020S1', '2020'];
  const expected: Record<(typeof levels)[number], Record<string, number>> = {
    kampung: { a: 150, c: 60 },
    village: { '63.71.04.1010': 150, '63.71.01.1012': 60 },
    district: { '63.71.04': 150, '63.71.01': 60 },
    regency: { '63.71': 210 },
    province: { '63': 210 },
  };
  for (const level of levels) {
    it(`keeps the later of two snapshots of the same month at ${level} level, for a month, quarter, half and year`, () => {
      const r = aggregate(stream, {
        elements: [findDataElement('population.pus') as DataElement],
        level,
        periods,
      });
      for (const period of periods) {
        for (const [orgUnit, value] of Object.entries(expected[level])) {
          expect(
            r.groups.get(groupKey(orgUnit, period))?.values['population.pus']?.value,
            `${orgUnit}@${period}`,
          ).toBe(value);
        }
      }
    });
  }
});

describe('aggregate: corrections inside the periods', () => {
  // A population snapshot and a monthly report of February 2020, each corrected later in the stream (a line
  // appended to the file): the correction replaces the first record; it never adds to it, and the first never
  // wins. The probe that kept the first snapshot gave PUS 100 for kampung a instead of the corrected 120.
  const stream: TypedRecord[] = [
    { type: 'kampung', record: kampung('a', '63.71.04.1010') },
    { type: 'kampung', record: kampung('c', '63.71.01.1012') },
    { type: 'population', record: population('a', '2020-02', 100) },
    { type: 'monthly', record: monthly('a', '2020-02', 10, 5) },
    { type: 'population', record: population('c', '2020-02', 40) },
    { type: 'monthly', record: monthly('c', '2020-02', 3, 1) },
    { type: 'population', record: population('a', '2020-02', 120) },
    { type: 'monthly', record: monthly('a', '2020-02', 12, 7) },
    { type: 'population', record: population('c', '2020-02', 60) },
    { type: 'monthly', record: monthly('c', '2020-02', 4, 2) },
  ];
  const levels = ['kampung', 'village', 'district', 'regency', 'province'] as const;
  // February itself, the quarter, half and year around it; Q2 only carries the snapshot in.
  const periods = ['202002', '2020Q1', '2020S1', '2020', '2020Q2'];
  // Worked by hand: [PUS, users.iud (last), newAcceptors.iud (sum)] per org unit.
  const expected: Record<(typeof levels)[number], Record<string, readonly [number, number, number]>> = {
    kampung: { a: [120, 12, 7], c: [60, 4, 2] },
    village: { '63.71.04.1010': [120, 12, 7], '63.71.01.1012': [60, 4, 2] },
    district: { '63.71.04': [120, 12, 7], '63.71.01': [60, 4, 2] },
    regency: { '63.71': [180, 16, 9] },
    province: { '63': [180, 16, 9] },
  };
  const ids = ['population.pus', 'monthly.users.iud', 'monthly.newAcceptors.iud'];
  for (const level of levels) {
    it(`keeps the later snapshot and report of a month at ${level} level, for a month, quarter, half, year and the next quarter`, () => {
      const r = aggregate(stream, {
        elements: ids.map((id) => findDataElement(id) as DataElement),
        level,
        periods,
      });
      for (const period of periods) {
        for (const [orgUnit, [pus, users, acceptors]] of Object.entries(expected[level])) {
          const values = r.groups.get(groupKey(orgUnit, period))?.values;
          expect(values?.['population.pus']?.value, `PUS ${orgUnit}@${period}`).toBe(pus);
          // Q2 has no monthly report: null, not the February values.
          const q2 = period === '2020Q2';
          expect(values?.['monthly.users.iud']?.value, `users ${orgUnit}@${period}`).toBe(q2 ? null : users);
          expect(values?.['monthly.newAcceptors.iud']?.value, `new ${orgUnit}@${period}`).toBe(
            q2 ? null : acceptors,
          );
        }
      }
    });
  }
});
