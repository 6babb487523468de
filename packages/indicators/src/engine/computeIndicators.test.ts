import { describe, expect, it } from 'vitest';
import type { TypedRecord } from '../aggregation/aggregate.js';
import { kampung, monthly, population } from '../catalogue/__fixtures__/kampungRecords.js';
import { defaultIndicatorCatalogue } from '../catalogue/defaultIndicatorCatalogue.js';
import { computeIndicators, computeIndicatorsAsync, IndicatorEngine } from './computeIndicators.js';
import { INDICATOR_DATA_ELEMENTS, type IndicatorDataElement } from './indicatorDataElements.js';
import type { IndicatorDefinition } from './indicatorDefinition.js';
import type { IndicatorResult } from './indicatorResult.js';

const byId = (id: string) => defaultIndicatorCatalogue.find((d) => d.id === id) as IndicatorDefinition;
const CPR = byId('cpr-portal');
const NEW = byId('new-acceptors');

const users = (iud: number) => ({
  users: { iud, mow: 0, mop: 0, implant: 0, injectable: 0, pill: 0, condom: 0 },
});

/**
 * Three kampung of Kota Banjarmasin (63.71): A and B in kecamatan 63.71.04, C in 63.71.01.
 *
 * | kampung | IUD users (March) | PUS | CPR     | new acceptors Jan / Feb / Mar |
 * | A       | 50                | 100 | 50 %    | 2 / 1 / 3 = 6                  |
 * | B       | 30                | 200 | 15 %    | 4 / 1 / — = 5 (B reports till February; its last users are February's 30) |
 * | C       | 90                | 100 | 90 %    | 0 / 2 / 1 = 3                  |
 *
 * City CPR = (50 + 30 + 90) / (100 + 200 + 100) = 170 / 400 = 42.5 %, not the mean of the kampung CPRs
 * ((50 + 15 + 90) / 3 = 51.67 %). Kecamatan 63.71.04: 80 / 300 = 26.67 %.
 */
function city(): TypedRecord[] {
  const m = (k: string, month: string, iud: number, n: number) =>
    monthly(k, month, { ...users(iud), newAcceptors: { iud: n } });
  return [
    kampung('a', '63.71.04.1010'),
    kampung('b', '63.71.04.1003'),
    kampung('c', '63.71.01.1012'),
    m('a', '2020-01', 48, 2),
    m('a', '2020-02', 49, 1),
    m('a', '2020-03', 50, 3),
    m('b', '2020-01', 29, 4),
    m('b', '2020-02', 30, 1),
    m('c', '2020-01', 80, 0),
    m('c', '2020-02', 85, 2),
    m('c', '2020-03', 90, 1),
    population('a', '2019-12', 100),
    population('b', '2020-01', 200),
    population('c', '2020-01', 100),
  ];
}

const find = (rows: readonly IndicatorResult[], id: string, orgUnit: string, period = '2020Q1') =>
  rows.find((r) => r.indicatorId === id && r.orgUnit === orgUnit && r.period === period);

describe('computeIndicators: roll-up from kampung to city', () => {
  const rows = computeIndicators(city(), {
    indicators: [CPR, NEW],
    level: ['kampung', 'district', 'regency'],
    periods: ['2020Q1'],
  });

  it('computes a stock ratio from the summed numerator and denominator, never the mean of kampung ratios', () => {
    expect(find(rows, 'cpr-portal', 'a')?.value).toBe(50);
    expect(find(rows, 'cpr-portal', 'b')?.value).toBe(15);
    expect(find(rows, 'cpr-portal', 'c')?.value).toBe(90);
    expect(find(rows, 'cpr-portal', '63.71.04')).toMatchObject({
      numerator: 80,
      denominator: 300,
      value: 26.67,
    });
    expect(find(rows, 'cpr-portal', '63.71')).toMatchObject({
      level: 'regency',
      numerator: 170,
      denominator: 400,
      value: 42.5,
      nullReason: null,
      kampung: 3,
      anyMissing: true, // B did not report in March
    });
    expect(find(rows, 'cpr-portal', '63.71')?.value).not.toBe(51.67);
  });

  it('sums a flow over the months of the quarter and over kampung', () => {
    expect(find(rows, 'new-acceptors', 'a')?.value).toBe(6);
    expect(find(rows, 'new-acceptors', '63.71.04')?.value).toBe(11);
    expect(find(rows, 'new-acceptors', '63.71')).toMatchObject({
      numerator: 14,
      denominator: null,
      value: 14,
    });
  });

  it('orders rows by level, period, org unit and indicator', () => {
    expect(rows.slice(0, 4).map((r) => `${r.level} ${r.orgUnit} ${r.indicatorId}`)).toEqual([
      'kampung a cpr-portal',
      'kampung a new-acceptors',
      'kampung b cpr-portal',
      'kampung b new-acceptors',
    ]);
  });
});

describe('computeIndicators: published CPR figures (Data4Impact CPR page, Ghana DHS 2022)', () => {
  it('reproduces Ghana DHS 2022: 4,729 / 15,014 = 31.5 %, 2,978 / 8,205 = 36.3 %, 832 / 1,323 = 62.9 %', () => {
    const records: TypedRecord[] = [
      kampung('all', '63.71.01.1001'),
      kampung('married', '63.71.01.1002'),
      kampung('unmarried', '63.71.01.1003'),
      monthly('all', '2022-12', { users: { ...users(0).users, pill: 4729 } }),
      monthly('married', '2022-12', { users: { ...users(0).users, injectable: 2978 } }),
      monthly('unmarried', '2022-12', { users: { ...users(0).users, condom: 800, traditional: 32 } }),
      population('all', '2022-01', 15014),
      population('married', '2022-01', 8205),
      population('unmarried', '2022-01', 1323),
    ];
    const rows = computeIndicators(records, {
      indicators: [byId('cpr-all')],
      level: 'kampung',
      periods: ['2022'],
    });
    expect(rows.map((r) => [r.orgUnit, r.value])).toEqual([
      ['all', 31.5],
      ['married', 36.3],
      ['unmarried', 62.9],
    ]);
  });
});

describe('computeIndicators: missing values and validity', () => {
  it('tells no data from a zero denominator', () => {
    const rows = computeIndicators(
      [
        kampung('a', '63.71.04.1010'),
        kampung('b', '63.71.04.1003'),
        kampung('c', '63.71.04.1004'),
        monthly('a', '2020-01', users(5)),
        population('a', '2020-01', 0),
        monthly('b', '2020-01', users(5)), // no population snapshot
      ],
      { indicators: [CPR], level: 'kampung', periods: ['202001'] },
    );
    expect(find(rows, 'cpr-portal', 'a', '202001')).toMatchObject({
      numerator: 5,
      denominator: 0,
      value: null,
      nullReason: 'zero-denominator',
    });
    expect(find(rows, 'cpr-portal', 'b', '202001')).toMatchObject({
      numerator: 5,
      denominator: null,
      nullReason: 'no-data',
    });
    // C has a kampung record and nothing else: every element is missing.
    expect(find(rows, 'cpr-portal', 'c', '202001')).toMatchObject({ value: null, nullReason: 'no-data' });
  });

  it("reads missing elements as 0 with missingAs 'zero', but a group with nothing reported stays no-data", () => {
    const sum: IndicatorDefinition = {
      ...NEW,
      id: 'iud-plus-implant',
      numerator: 'monthly.newAcceptors.iud + monthly.newAcceptors.implant',
    };
    const zero: IndicatorDefinition = { ...sum, id: 'iud-plus-implant-zero', missingAs: 'zero' };
    const rows = computeIndicators(
      [
        kampung('a', '63.71.04.1010'),
        kampung('b', '63.71.04.1003'),
        monthly('a', '2020-01', { ...users(1), newAcceptors: { iud: 3 } }),
        monthly('b', '2020-01', users(1)),
      ],
      { indicators: [sum, zero], level: 'kampung', periods: ['202001'] },
    );
    expect(find(rows, 'iud-plus-implant', 'a', '202001')).toMatchObject({
      value: null,
      nullReason: 'no-data',
    });
    expect(find(rows, 'iud-plus-implant-zero', 'a', '202001')).toMatchObject({ value: 3, nullReason: null });
    expect(find(rows, 'iud-plus-implant-zero', 'b', '202001')).toMatchObject({
      value: null,
      nullReason: 'no-data',
    });
  });

  it('marks levels and period types a definition is not meant for', () => {
    const kampungOnly: IndicatorDefinition = { ...CPR, id: 'kampung-cpr', regionLevels: ['kampung'] };
    const rows = computeIndicators(city(), {
      indicators: [kampungOnly, byId('budget')],
      level: ['kampung', 'regency'],
      periods: ['2020Q1'],
    });
    expect(find(rows, 'kampung-cpr', 'a')?.value).toBe(50);
    expect(find(rows, 'kampung-cpr', '63.71')).toMatchObject({
      value: null,
      nullReason: 'not-valid-for-level',
    });
    expect(find(rows, 'budget', '63.71')).toMatchObject({ value: null, nullReason: 'not-valid-for-period' });
  });

  it('gives invalid-definition rows for a definition that does not compile, and lists its errors', () => {
    const bad: IndicatorDefinition = { ...CPR, id: 'bad', denominator: 'population.puss' };
    const engine = new IndicatorEngine({
      indicators: [CPR, bad],
      level: 'regency',
      periods: ['2020Q1', 'x'],
    });
    for (const r of city()) engine.add(r);
    const rows = [...engine.results()];
    expect(engine.invalidIndicators.map((i) => [i.id, i.errors[0]?.code])).toEqual([
      ['bad', 'unknown-field'],
    ]);
    expect(engine.invalidPeriods).toEqual(['x']);
    expect(find(rows, 'bad', '63.71')).toMatchObject({ value: null, nullReason: 'invalid-definition' });
    expect(find(rows, 'cpr-portal', '63.71')?.value).toBe(42.5);
  });
  it('rejects a stock summed over the months with its reason, and a definition reading it does not compile', () => {
    const pusSummed = {
      ...(INDICATOR_DATA_ELEMENTS.find((e) => e.id === 'population.pus') as IndicatorDataElement),
      id: 'custom.pusSummed',
      timeAggregation: 'sum' as const,
    };
    const reads: IndicatorDefinition = { ...CPR, id: 'reads-it', denominator: 'custom.pusSummed' };
    const engine = new IndicatorEngine({
      indicators: [CPR, reads],
      elements: [...INDICATOR_DATA_ELEMENTS, pusSummed],
      level: 'regency',
      periods: ['2020Q1'],
    });
    for (const r of city()) engine.add(r);
    const rows = [...engine.results()];
    expect(engine.invalidElements.map((e) => [e.id, e.reason.en])).toEqual([
      [
        'custom.pusSummed',
        "'custom.pusSummed' is a stock (a level at a moment): its months must not be summed; use time aggregation 'last' or 'average'",
      ],
    ]);
    expect(engine.invalidIndicators.map((i) => [i.id, i.errors[0]?.code])).toEqual([
      ['reads-it', 'unknown-field'],
    ]);
    expect(find(rows, 'reads-it', '63.71')).toMatchObject({ value: null, nullReason: 'invalid-definition' });
    expect(find(rows, 'cpr-portal', '63.71')?.value).toBe(42.5);
  });
});

describe('computeIndicators: targets and trends', () => {
  it('compares with the target of the org unit or its nearest ancestor', () => {
    const rows = computeIndicators(city(), {
      indicators: [CPR],
      level: ['kampung', 'regency'],
      periods: ['2020Q1'],
      targets: [
        {
          indicatorId: 'cpr-portal',
          regionCode: '63.71',
          year: 2020,
          value: 50,
          direction: 'higherIsBetter',
          source: 'Renstra',
        },
        {
          indicatorId: 'cpr-portal',
          regionCode: 'ID',
          year: 2020,
          value: 66,
          direction: 'higherIsBetter',
          source: 'RPJMN',
        },
        {
          indicatorId: 'cpr-portal',
          regionCode: 'c',
          year: 2020,
          value: 95,
          direction: 'higherIsBetter',
          source: 'Pokja',
        },
      ],
    });
    // 42.5 / 50 = 85 %; without a baseline, on track means at the target already.
    expect(find(rows, 'cpr-portal', '63.71')?.target).toEqual({
      regionCode: '63.71',
      year: 2020,
      value: 50,
      direction: 'higherIsBetter',
      source: 'Renstra',
      achievement: 85,
      onTrack: false,
      expected: 50,
    });
    // Kampung A (63.71.04.1010) takes the city's target; C has its own (90 / 95 = 94.74 %).
    expect(find(rows, 'cpr-portal', 'a')?.target).toMatchObject({
      regionCode: '63.71',
      achievement: 100,
      onTrack: true,
    });
    expect(find(rows, 'cpr-portal', 'c')?.target).toMatchObject({ regionCode: 'c', achievement: 94.74 });
  });

  it('adds the previous period and the same period last year, through the same engine', () => {
    const records = [
      ...city(),
      monthly('a', '2019-03', users(40)),
      population('a', '2019-01', 100),
      monthly('a', '2019-12', users(45)),
    ];
    const rows = computeIndicators(records, {
      indicators: [CPR],
      level: 'kampung',
      periods: ['2020Q1'],
      trends: true,
    });
    expect(find(rows, 'cpr-portal', 'a')).toMatchObject({
      value: 50,
      previousPeriod: { period: '2019Q4', value: 45, change: { absolute: 5, relative: 11.11 } },
      samePeriodLastYear: { period: '2019Q1', value: 40, change: { absolute: 10, relative: 25 } },
    });
    // B has no earlier data: the earlier value is null and so is the change.
    expect(find(rows, 'cpr-portal', 'b')?.previousPeriod).toEqual({
      period: '2019Q4',
      value: null,
      change: { absolute: null, relative: null },
    });
  });
});

describe('computeIndicators: streaming', () => {
  it('reads a one-shot generator once for several levels, and an async stream', async () => {
    function* stream() {
      yield* city();
    }
    const options = { indicators: [CPR], level: ['district', 'regency'] as const, periods: ['2020Q1'] };
    const rows = computeIndicators(stream(), options);
    expect(rows.map((r) => [r.orgUnit, r.value])).toEqual([
      ['63.71.01', 90],
      ['63.71.04', 26.67],
      ['63.71', 42.5],
    ]);
    async function* slow() {
      for (const r of city()) yield r;
    }
    expect(await computeIndicatorsAsync(slow(), options)).toEqual(rows);
  });

  it('accepts a data set', () => {
    const ds = {
      kampung: city().flatMap((r) => (r.type === 'kampung' ? [r.record] : [])),
      monthly: city().flatMap((r) => (r.type === 'monthly' ? [r.record] : [])),
      population: city().flatMap((r) => (r.type === 'population' ? [r.record] : [])),
    };
    expect(
      find(
        computeIndicators(ds, { indicators: [CPR], level: 'regency', periods: ['2020Q1'] }),
        'cpr-portal',
        '63.71',
      )?.value,
    ).toBe(42.5);
  });
});
