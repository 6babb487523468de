import { describe, expect, it } from 'vitest';
import { cleanDataset, intervention, kampung, monthly, population } from './__fixtures__/records.js';
import { validateDataset } from './validateDataset.js';

const TODAY = '2021-01-31';

describe('plausibility rules of the catalogue', () => {
  it('pus-within-population: PUS 1601 > 1600 residents on the population snapshot', () => {
    const ds = cleanDataset();
    ds.population = [population({ pus: 1601 })];
    ds.monthly = [];
    const { issues } = validateDataset(ds, { today: TODAY });
    expect(
      issues.map((i) => [
        i.ruleId,
        i.location.recordType,
        i.location.field,
        i.values['left'],
        i.values['right'],
      ]),
    ).toEqual([['pus-within-population', 'population', 'pus', 1601, 1600]]);
  });

  it('family-groups-within-families: families with elderly 411 > families 410', () => {
    const ds = cleanDataset();
    ds.population = [population({ familiesWithElderly: 411 })];
    ds.monthly = [];
    const [issue, ...rest] = validateDataset(ds, { today: TODAY }).issues;
    expect(rest).toEqual([]);
    expect(issue?.ruleId).toBe('family-groups-within-families');
    expect(issue?.values).toEqual({
      value: false,
      families: 410,
      familiesWithUnderFives: 120,
      familiesWithAdolescents: 150,
      familiesWithElderly: 411,
    });
    expect(issue?.message.en).toBe(
      'Target families exceed the families (410): with under-fives 120, with adolescents 150, with elderly 411',
    );
  });

  it('cpr-within-100: users 300 of PUS 260 is a CPR of 115.38 %, alongside the balance error', () => {
    const ds = cleanDataset();
    ds.monthly = [monthly({ users: { ...monthly().users, injectable: 210 } })]; // 170 + 130 = 300 users
    const issues = validateDataset(ds, { today: TODAY }).issues;
    expect(issues.map((i) => i.ruleId)).toEqual(['kkbpk-balance', 'cpr-within-100']);
    expect(issues[1]?.values).toEqual({
      left: (300 * 100) / 260,
      right: 100,
      users: 300,
      pus: 260,
      populationPeriod: '2020-01',
    });
    expect(issues[1]?.message.id).toBe(
      'CPR 115.38 % di atas 100 %: peserta KB (300) melebihi PUS (260) pada data penduduk 2020-01',
    );
  });

  it('intervention-after-designation warns on an intervention dated before the kampung was designated', () => {
    const ds = cleanDataset();
    ds.kampung = [kampung({ designationDate: '2016-11-10' })];
    ds.interventions = [
      intervention({ date: '2016-11-09' }),
      intervention({ id: 'same-day', date: '2016-11-10' }),
    ];
    const { issues, summary } = validateDataset(ds, { today: TODAY });
    expect(issues.map((i) => [i.ruleId, i.severity, i.location.recordId, i.location.field])).toEqual([
      ['intervention-after-designation', 'warning', 'sa-2020-03', 'date'],
    ]);
    expect(issues[0]?.message.en).toBe(
      "Intervention date 2016-11-09 is before the kampung's designation (2016-11-10)",
    );
    expect(summary.byRecordType.intervention).toEqual({ total: 2, withErrors: 0 });
  });

  it('explains each expression issue on request', () => {
    const ds = cleanDataset();
    ds.monthly = [monthly({ jknHolders: 1601 })];
    const r = validateDataset(ds, { today: TODAY, explain: true });
    const [issue] = r.issues;
    expect(issue?.ruleId).toBe('jkn-within-population');
    expect(r.explanations?.get(issue!)?.right?.operands).toEqual([
      { field: 'totalPopulation', period: 'current', source: 'variable', value: 1600 },
    ]);
    expect(validateDataset(ds, { today: TODAY }).explanations).toBeUndefined();
  });
});
