import type { Dataset, Issue } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { cleanDataset, intervention, kampung, monthly, population, profile } from './__fixtures__/records.js';
import { validateDataset } from './validateDataset.js';

const TODAY = '2021-01-31';

function run(ds: Dataset, options: Parameters<typeof validateDataset>[1] = {}) {
  return validateDataset(ds, { today: TODAY, ...options });
}
/** Issues of a rule definition: its own id, or for a template the issues whose code is its id. */
function only(issues: readonly Issue[], ruleId: string): Issue[] {
  return issues.filter((i) => i.ruleId === ruleId || i.code === ruleId);
}

describe('validateDataset: a clean data set', () => {
  it('raises nothing and accounts for every record', () => {
    const { issues, summary } = run(cleanDataset(), { cityCode: '63.71' });
    expect(issues).toEqual([]);
    expect(summary.bySeverity).toEqual({ error: 0, warning: 0, info: 0 });
    expect(summary.byRecordType).toEqual({
      region: { total: 3, withErrors: 0 },
      kampung: { total: 1, withErrors: 0 },
      profile: { total: 1, withErrors: 0 },
      population: { total: 1, withErrors: 0 },
      monthly: { total: 1, withErrors: 0 },
      intervention: { total: 1, withErrors: 0 },
      proposal: { total: 0, withErrors: 0 },
      budget: { total: 0, withErrors: 0 },
      family: { total: 0, withErrors: 0 },
    });
    expect(Object.keys(summary.byRule)).toHaveLength(19);
    expect(Object.values(summary.byRule).every((n) => n === 0)).toBe(true);
  });
});

describe('record-shape and count-non-negative-integer', () => {
  it('reports each schema problem once, counts apart, with field and kind', () => {
    const ds = cleanDataset();
    const bad = { ...monthly(), users: { ...monthly().users, iud: -1, pill: 2.5 }, extra: 'x' };
    ds.monthly = [bad as never];
    const { issues } = run(ds);
    const counts = only(issues, 'count-non-negative-integer');
    expect(counts.map((i) => [i.location.field, i.values['kind'], i.values['value']])).toEqual([
      ['users.iud', 'minimum', -1],
      ['users.pill', 'integer', 2.5],
    ]);
    expect(counts[0]?.code).toBe('count-non-negative-integer');
    expect(counts[0]?.message.id).toContain("'users.iud' tidak boleh kurang dari 0");
    const shape = only(issues, 'record-shape');
    expect(shape).toHaveLength(1);
    expect(shape[0]).toMatchObject({
      code: 'record-shape',
      severity: 'error',
      location: { recordType: 'monthly', kampungId: 'sungai-andai', period: '2020-03', field: 'extra' },
      values: { kind: 'unknown-field', value: null },
    });
  });

  it('does not run value rules on a record failing its schema (no cascade)', () => {
    const ds = cleanDataset();
    // iud -1 makes users+nonUsers 247 ≠ 260 and jkn > population, but only the schema problems are reported.
    ds.monthly = [{ ...monthly({ jknHolders: 99999 }), users: { ...monthly().users, iud: -1 } }];
    const { issues } = run(ds);
    expect(issues.map((i) => i.ruleId)).toEqual(['count-non-negative-integer']);
  });

  it('skips the value rules of a report whose snapshot in force fails its schema', () => {
    const ds = cleanDataset();
    ds.population = [{ ...population({ pus: 999 }), families: -5 }];
    const { issues } = run(ds);
    expect(issues.map((i) => `${i.ruleId}:${i.location.recordType}:${i.location.field}`)).toEqual([
      'count-non-negative-integer:population:families',
    ]);
  });

  it('reports a record that is not an object at all', () => {
    const ds = cleanDataset();
    ds.interventions = [null as never];
    const { issues, summary } = run(ds);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ruleId: 'record-shape', location: { recordType: 'intervention' } });
    expect(summary.byRecordType.intervention).toEqual({ total: 1, withErrors: 1 });
  });
});

describe('kkbpk-balance', () => {
  it('passes when users 170 + non-users 90 = PUS 260', () => {
    expect(only(run(cleanDataset()).issues, 'kkbpk-balance')).toEqual([]);
  });

  it('fires with the compared numbers when users + non-users ≠ PUS', () => {
    const ds = cleanDataset();
    ds.monthly = [monthly({ users: { ...monthly().users, iud: 13 } })];
    const [issue, ...rest] = only(run(ds).issues, 'kkbpk-balance');
    expect(rest).toEqual([]);
    expect(issue?.values).toEqual({
      left: 261,
      right: 260,
      users: 171,
      nonUsers: 90,
      usersPlusNonUsers: 261,
      pus: 260,
      difference: 1,
      populationPeriod: '2020-01',
    });
    expect(issue?.message).toEqual({
      id: 'Peserta KB (171) + PUS bukan peserta KB (90) = 261, tidak sama dengan PUS (260) pada data penduduk 2020-01',
      en: 'Contraceptive users (171) + non-using PUS (90) = 261, not equal to PUS (260) in the population snapshot of 2020-01',
    });
  });

  it('counts MAL and traditional methods as users when given', () => {
    const ds = cleanDataset();
    ds.monthly = [
      monthly({ users: { ...monthly().users, injectable: 70, mal: 4, traditional: 6 } }), // 160 + 10 = 170
      monthly({ period: '2020-04', users: { ...monthly().users, mal: 3 } }), // 173
    ];
    const issues = only(run(ds).issues, 'kkbpk-balance');
    expect(issues.map((i) => [i.location.period, i.values['users']])).toEqual([['2020-04', 173]]);
  });

  it('uses the snapshot in force: a later snapshot does not apply to an earlier month', () => {
    const ds = cleanDataset();
    ds.population = [
      population({ period: '2020-06', pus: 300 }),
      population({ period: '2020-01', pus: 260 }),
    ];
    ds.monthly = [
      monthly({ period: '2020-03' }),
      monthly({ period: '2020-05' }),
      monthly({ period: '2020-06' }),
    ];
    const issues = only(run(ds).issues, 'kkbpk-balance');
    // 2020-03 and 2020-05 use the 2020-01 snapshot (PUS 260): balanced. 2020-06 uses PUS 300.
    expect(issues.map((i) => [i.location.period, i.values['pus'], i.values['populationPeriod']])).toEqual([
      ['2020-06', 300, '2020-06'],
    ]);
  });

  it('keeps snapshots of other kampung apart', () => {
    const ds = cleanDataset();
    ds.kampung.push(kampung({ id: 'alalak-selatan', regionCode: '63.71.04.1003' }));
    ds.regions.push({ code: '63.71.04.1003', name: 'Alalak Selatan' });
    ds.population.push(population({ kampungId: 'alalak-selatan', pus: 100 }));
    ds.monthly.push(monthly({ kampungId: 'alalak-selatan' }));
    const issues = only(run(ds).issues, 'kkbpk-balance');
    expect(issues.map((i) => [i.location.kampungId, i.values['pus']])).toEqual([['alalak-selatan', 100]]);
  });
});

describe('population-missing', () => {
  it('warns instead of comparing when no snapshot is in force', () => {
    const ds = cleanDataset();
    ds.monthly = [monthly({ period: '2019-12', jknHolders: 99999 })];
    const { issues, summary } = run(ds);
    expect(issues.map((i) => i.ruleId)).toEqual(['population-missing']);
    expect(issues[0]).toMatchObject({
      severity: 'warning',
      values: { kampungId: 'sungai-andai', period: '2019-12' },
      message: {
        en: 'No population snapshot of kampung sungai-andai for 2019-12 or earlier; the PUS balance, poktan targets and JKN limit cannot be checked',
      },
    });
    expect(summary.bySeverity).toEqual({ error: 0, warning: 1, info: 0 });
    expect(summary.byRecordType.monthly).toEqual({ total: 1, withErrors: 0 });
  });
});

describe('poktan-within-target', () => {
  it('passes at the target exactly', () => {
    const ds = cleanDataset();
    ds.monthly = [monthly({ poktanParticipants: { bkb: 120, bkr: 150, bkl: 90, uppka: 410, pikr: 230 } })];
    expect(only(run(ds).issues, 'poktan-within-target')).toEqual([]);
  });

  it('raises one issue per poktan over its target, naming BKB, BKR, BKL, UPPKA and PIK-R', () => {
    const ds = cleanDataset();
    ds.monthly = [monthly({ poktanParticipants: { bkb: 121, bkr: 151, bkl: 91, uppka: 411, pikr: 231 } })];
    const issues = only(run(ds).issues, 'poktan-within-target');
    expect(
      issues.map((i) => [i.ruleId, i.code, i.location.field, i.values['poktan'], i.values['targetValue']]),
    ).toEqual([
      ['poktan-within-target.bkb', 'poktan-within-target', 'poktanParticipants.bkb', 'bkb', 120],
      ['poktan-within-target.bkr', 'poktan-within-target', 'poktanParticipants.bkr', 'bkr', 150],
      ['poktan-within-target.bkl', 'poktan-within-target', 'poktanParticipants.bkl', 'bkl', 90],
      ['poktan-within-target.uppka', 'poktan-within-target', 'poktanParticipants.uppka', 'uppka', 410],
      ['poktan-within-target.pikr', 'poktan-within-target', 'poktanParticipants.pikr', 'pikr', 230],
    ]);
    expect(issues[0]?.values).toEqual({
      left: 121,
      right: 120,
      poktan: 'bkb',
      participants: 121,
      target: 'familiesWithUnderFives',
      targetValue: 120,
      populationPeriod: '2020-01',
    });
    expect(issues[0]?.message).toEqual({
      id: 'Peserta BKB (121) melebihi sasarannya, keluarga yang punya balita (120), pada data penduduk 2020-01',
      en: 'BKB participants (121) exceed the target, families with under-fives (120), in the population snapshot of 2020-01',
    });
    expect(issues[1]?.message.id).toContain('Peserta BKR (151)');
    expect(issues[2]?.message.en).toContain('families with elderly members (90)');
    expect(issues[3]?.message.id).toContain('Peserta UPPKA (411) melebihi sasarannya, jumlah keluarga (410)');
    expect(issues[4]?.message.en).toContain('PIK-R participants (231) exceed the target, adolescents (230)');
  });
});

describe('jkn-within-population', () => {
  it('passes at the population exactly and fires one above it', () => {
    const ds = cleanDataset();
    ds.monthly = [monthly({ jknHolders: 1600 }), monthly({ period: '2020-04', jknHolders: 1601 })];
    const issues = only(run(ds).issues, 'jkn-within-population');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      location: { period: '2020-04', field: 'jknHolders' },
      values: { jknHolders: 1601, totalPopulation: 1600, populationPeriod: '2020-01' },
      message: {
        id: 'Pemegang JKN/BPJS (1601) melebihi jumlah penduduk (1600) pada data penduduk 2020-01',
        en: 'JKN/BPJS holders (1601) exceed the total population (1600) in the population snapshot of 2020-01',
      },
    });
  });
});

describe('region-code-level', () => {
  it('fires for a kampung coded at district level, not for a village', () => {
    const ds = cleanDataset();
    ds.kampung = [kampung({ regionCode: '63.71.04' })];
    const issues = only(run(ds).issues, 'region-code-level');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      location: { recordType: 'kampung', kampungId: 'sungai-andai', field: 'regionCode' },
      values: { regionCode: '63.71.04', level: 'district' },
      message: { id: 'Kode wilayah kampung 63.71.04 adalah kode kecamatan, bukan kode desa/kelurahan' },
    });
    expect(only(run(cleanDataset()).issues, 'region-code-level')).toEqual([]);
  });

  it('leaves a malformed code to record-shape', () => {
    const ds = cleanDataset();
    ds.kampung = [kampung({ regionCode: '63.7.4' })];
    expect(run(ds).issues.map((i) => i.ruleId)).toEqual(['record-shape']);
  });
});

describe('region-parent', () => {
  it('names the listed levels a kampung is missing', () => {
    const ds = cleanDataset();
    ds.regions = [{ code: '63.71', name: 'Kota Banjarmasin' }];
    const issues = only(run(ds).issues, 'region-parent');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'region-parent',
      location: { recordType: 'kampung', field: 'regionCode' },
      values: { regionCode: '63.71.04.1010', missing: '63.71.04.1010, 63.71.04', missingCount: 2 },
      message: {
        id: 'Wilayah kampung belum ada di daftar wilayah: 63.71.04.1010 (desa/kelurahan), 63.71.04 (kecamatan)',
        en: "The kampung's regions are not in the region list: 63.71.04.1010 (village), 63.71.04 (district)",
      },
    });
  });

  it('requires the parent of a region record except at the top-most listed level', () => {
    const ds = cleanDataset();
    ds.regions = [
      { code: '63.71.04', name: 'Banjarmasin Utara' },
      { code: '63.71.04.1010', name: 'Sungai Andai' },
      { code: '63.71.01.1004', name: 'Kelayan Barat' },
    ];
    ds.kampung = [];
    ds.profiles = [];
    ds.population = [];
    ds.monthly = [];
    ds.interventions = [];
    const issues = only(run(ds).issues, 'region-parent');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      location: { recordType: 'region', recordId: '63.71.01.1004', field: 'code' },
      values: { regionCode: '63.71.01.1004', parentCode: '63.71.01', parentLevel: 'district' },
      message: { en: 'The parent of region 63.71.01.1004, district 63.71.01, is not in the region list' },
    });
  });

  it('does not require regions to be listed when the data set lists none', () => {
    const ds = cleanDataset();
    ds.regions = [];
    expect(run(ds).issues).toEqual([]);
  });

  it('reports kampung and regions outside the city as region-outside-city', () => {
    const ds = cleanDataset();
    ds.regions.push({ code: '63', name: 'Kalimantan Selatan' }, { code: '63.72', name: 'Kota Banjarbaru' });
    ds.kampung.push(kampung({ id: 'guntung-manggis', regionCode: '63.72.02.1001' }));
    const issues = only(run(ds, { cityCode: '6371' }).issues, 'region-parent');
    expect(
      issues.map((i) => [i.code, i.location.recordType, i.values['regionCode'], i.values['cityCode']]),
    ).toEqual([
      ['region-outside-city', 'region', '63.72', '63.71'],
      ['region-parent', 'kampung', '63.72.02.1001', undefined],
      ['region-outside-city', 'kampung', '63.72.02.1001', '63.71'],
    ]);
    expect(issues[0]?.message.id).toBe('Kode wilayah 63.72 berada di luar kabupaten/kota program (63.71)');
    // Without cityCode only the listing problem remains.
    expect(only(run(ds).issues, 'region-parent').map((i) => i.code)).toEqual(['region-parent']);
  });

  it('rejects a cityCode that is not a regency/city code', () => {
    expect(() => run(cleanDataset(), { cityCode: '63.71.04' })).toThrow(RangeError);
    expect(() => run(cleanDataset(), { cityCode: 'Banjarmasin' })).toThrow(RangeError);
  });
});

describe('unknown-kampung', () => {
  it('fires for each record referring to an unlisted kampung', () => {
    const ds = cleanDataset();
    ds.profiles.push(profile({ kampungId: 'kuin-cerucuk' }));
    ds.population.push(population({ kampungId: 'kuin-cerucuk' }));
    ds.monthly.push(monthly({ kampungId: 'kuin-cerucuk' }));
    ds.interventions.push(intervention({ id: 'kc-1', kampungId: 'kuin-cerucuk' }));
    const issues = only(run(ds).issues, 'unknown-kampung');
    expect(issues.map((i) => i.location.recordType)).toEqual([
      'profile',
      'population',
      'monthly',
      'intervention',
    ]);
    expect(issues[2]).toMatchObject({
      location: { kampungId: 'kuin-cerucuk', period: '2020-03', field: 'kampungId' },
      values: { kampungId: 'kuin-cerucuk' },
      message: {
        id: "Kampung 'kuin-cerucuk' pada laporan bulanan ini tidak ada di data kampung",
        en: "Kampung 'kuin-cerucuk' of this monthly report is not in the kampung records",
      },
    });
    expect(issues[3]?.location).toMatchObject({ recordId: 'kc-1', period: '2020-03-14' });
  });
});

describe('duplicate-record', () => {
  it('reports the second occurrence of each key, naming the first one’s file and line', () => {
    const ds = cleanDataset();
    const sources = ds.sources as WeakMap<object, { file: string; line?: number; index?: number }>;
    const first = monthly();
    const second = monthly();
    ds.monthly = [first, monthly({ period: '2020-04' }), second];
    sources.set(first, { file: 'monthly.csv', line: 2 });
    sources.set(second, { file: 'monthly.csv', line: 4 });
    ds.kampung.push(kampung());
    ds.regions.push({ code: '63.71', name: 'Banjarmasin' });
    const p2 = population();
    ds.population.push(p2);
    sources.set(ds.population[0] as object, { file: 'population.json', index: 0 });
    sources.set(p2, { file: 'population.json', index: 1 });
    ds.interventions.push(intervention());
    ds.profiles.push(profile({ period: '2020-02' }));
    const issues = only(run(ds).issues, 'duplicate-record');
    expect(issues.map((i) => [i.location.recordType, i.values['firstPosition']])).toEqual([
      ['region', 0],
      ['kampung', 0],
      ['population', 0],
      ['monthly', 0],
      ['intervention', 0],
    ]);
    const dup = issues[3];
    expect(dup?.location).toEqual({
      recordType: 'monthly',
      kampungId: 'sungai-andai',
      period: '2020-03',
      file: 'monthly.csv',
      line: 4,
    });
    expect(dup?.values).toEqual({
      kampungId: 'sungai-andai',
      period: '2020-03',
      firstPosition: 0,
      firstFile: 'monthly.csv',
      firstLine: 2,
    });
    expect(dup?.message).toEqual({
      id: 'Laporan bulanan ganda untuk kampung sungai-andai periode 2020-03; yang pertama di monthly.csv:2',
      en: 'Duplicate monthly report for kampung sungai-andai, period 2020-03; the first is at monthly.csv:2',
    });
    expect(issues[2]?.values).toMatchObject({ firstFile: 'population.json', firstIndex: 0 });
    expect(issues[2]?.location).toMatchObject({ file: 'population.json', index: 1 });
    expect(issues[1]?.message.en).toBe('Duplicate kampung with id sungai-andai; the first is record 1');
    expect(issues[0]?.message.id).toBe('Wilayah ganda dengan kode 63.71; yang pertama adalah data ke-1');
  });

  it('reports a third occurrence against the first as well', () => {
    const ds = cleanDataset();
    ds.interventions = [intervention(), intervention(), intervention()];
    const issues = only(run(ds).issues, 'duplicate-record');
    expect(issues.map((i) => i.values['firstPosition'])).toEqual([0, 0]);
  });
});

describe('future-date', () => {
  it('fires for periods after the current month and dates after today', () => {
    const ds = cleanDataset();
    ds.kampung = [kampung({ designationDate: '2021-02-01' })];
    ds.monthly = [monthly({ period: '2021-01' }), monthly({ period: '2021-02' })];
    ds.interventions = [
      intervention({ date: '2021-01-31' }),
      intervention({ id: 'later', date: '2021-02-01' }),
    ];
    const issues = only(run(ds).issues, 'future-date');
    expect(
      issues.map((i) => [i.location.recordType, i.location.field, i.values['period'] ?? i.values['date']]),
    ).toEqual([
      ['kampung', 'designationDate', '2021-02-01'],
      ['monthly', 'period', '2021-02'],
      ['intervention', 'date', '2021-02-01'],
    ]);
    expect(issues[1]?.message).toEqual({
      id: 'Periode 2021-02 belum tiba (bulan berjalan 2021-01)',
      en: 'Period 2021-02 is in the future (current month 2021-01)',
    });
    expect(issues[2]?.values).toEqual({ date: '2021-02-01', today: '2021-01-31' });
  });

  it('defaults today to the current date and rejects an impossible one', () => {
    const ds = cleanDataset();
    ds.monthly = [monthly({ period: '9999-12' })];
    expect(only(validateDataset(ds).issues, 'future-date')).toHaveLength(1);
    expect(() => run(cleanDataset(), { today: '2021-02-30' })).toThrow(RangeError);
  });
});

describe('locations from dataset.sources', () => {
  it('carries file and line for CSV records and index for JSON records', () => {
    const ds = cleanDataset();
    const bad = monthly({ users: { ...monthly().users, iud: 13 } });
    ds.monthly = [bad];
    ds.sources?.set(bad, { file: 'monthly.csv', line: 14 });
    const issue = only(run(ds).issues, 'kkbpk-balance')[0];
    expect(issue?.location).toEqual({
      recordType: 'monthly',
      kampungId: 'sungai-andai',
      period: '2020-03',
      file: 'monthly.csv',
      line: 14,
    });
  });

  it('never echoes a 16-digit identifier', () => {
    const ds = cleanDataset();
    ds.monthly = [monthly({ kampungId: '6371041234567890' })];
    const json = JSON.stringify(run(ds).issues);
    expect(json).toContain('************7890');
    expect(json).not.toContain('6371041234567890');
  });
});

describe('disabled rules and the summary', () => {
  it('drops the issues of disabled rules and lists them, and unknown ids apart', () => {
    const ds = cleanDataset();
    ds.monthly = [monthly({ users: { ...monthly().users, iud: 13 }, jknHolders: 1601 })];
    const all = run(ds);
    expect(all.issues.map((i) => i.ruleId)).toEqual(['kkbpk-balance', 'jkn-within-population']);
    const { issues, summary } = run(ds, { disabled: ['jkn-within-population', 'kkbpk-balanse'] });
    expect(issues.map((i) => i.ruleId)).toEqual(['kkbpk-balance']);
    expect(summary.disabledRules).toEqual(['jkn-within-population']);
    expect(summary.unknownDisabledRules).toEqual(['kkbpk-balanse']);
    expect('jkn-within-population' in summary.byRule).toBe(false);
    expect(summary.byRule['kkbpk-balance']).toBe(1);
  });

  it('keeps value rules off schema-invalid records even when record-shape is disabled', () => {
    const ds = cleanDataset();
    ds.monthly = [{ ...monthly({ jknHolders: 99999 }), extra: 1 } as never];
    const { issues, summary } = run(ds, { disabled: ['record-shape'] });
    expect(issues).toEqual([]);
    expect(summary.byRecordType.monthly).toEqual({ total: 1, withErrors: 0 });
  });

  it('counts exactly per severity, rule and record type', () => {
    const ds = cleanDataset();
    ds.monthly = [
      monthly({ users: { ...monthly().users, iud: 13 }, jknHolders: 1601 }), // balance + jkn: 1 record, 2 errors
      monthly({
        period: '2020-04',
        poktanParticipants: { bkb: 121, bkr: 151, bkl: 25, uppka: 20, pikr: 35 },
      }), // 2 poktan
      monthly({ period: '2019-11' }), // population-missing (warning)
      monthly({ period: '2020-05' }), // clean
    ];
    ds.interventions.push(intervention({ id: 'x', kampungId: 'nowhere' })); // unknown-kampung
    const { issues, summary } = run(ds);
    // report-missing (warning): no report for 2019-12 … 2020-02
    expect(issues).toHaveLength(7);
    expect(summary.bySeverity).toEqual({ error: 5, warning: 2, info: 0 });
    expect(summary.byRule).toEqual({
      'record-shape': 0,
      'count-non-negative-integer': 0,
      'kkbpk-balance': 1,
      'population-missing': 1,
      'poktan-within-target': 2,
      'jkn-within-population': 1,
      'mkjp-within-users': 0,
      'cpr-within-100': 0,
      'pus-within-population': 0,
      'family-groups-within-families': 0,
      'intervention-after-designation': 0,
      'intervention-spend-funding': 0,
      'intervention-output-plausible': 0,
      'region-code-level': 0,
      'region-parent': 0,
      'unknown-kampung': 1,
      'duplicate-record': 0,
      'future-date': 0,
      'report-missing': 1,
    });
    expect(summary.byRecordType).toEqual({
      region: { total: 3, withErrors: 0 },
      kampung: { total: 1, withErrors: 0 },
      profile: { total: 1, withErrors: 0 },
      population: { total: 1, withErrors: 0 },
      monthly: { total: 4, withErrors: 2 },
      intervention: { total: 2, withErrors: 1 },
      proposal: { total: 0, withErrors: 0 },
      budget: { total: 0, withErrors: 0 },
      family: { total: 0, withErrors: 0 },
    });
  });
});

describe('scale', () => {
  it('validates about 100,000 records, each report against its own snapshot in force', () => {
    const ds: Dataset = { ...cleanDataset(), profiles: [], interventions: [], monthly: [], population: [] };
    const ids = Array.from({ length: 400 }, (_, i) => `k-${i}`);
    ds.kampung = ids.map((id) => kampung({ id }));
    ids.forEach((id, k) => {
      // Snapshots every other January, PUS rising by 10 each time, pushed newest first.
      for (let y = 2018; y >= 2000; y -= 2) {
        ds.population.push(population({ kampungId: id, period: `${y}-01`, pus: 260 + (y - 2000) * 5 }));
      }
      for (let i = 0; i < 240; i += 1) {
        const y = 2000 + Math.floor(i / 12);
        const period = `${y}-${String((i % 12) + 1).padStart(2, '0')}`;
        const pus = 260 + (y - (y % 2) - 2000) * 5;
        // One report in 1000 is off by one; the rest balance against the snapshot in force.
        const off = (k * 240 + i) % 1000 === 999 ? 1 : 0;
        ds.monthly.push(
          monthly({
            kampungId: id,
            period,
            nonUsers: { pregnant: pus - 170 + off, ias: 0, iat: 0, tial: 0 },
          }),
        );
      }
    });
    const { issues, summary } = run(ds);
    expect(summary.byRecordType.monthly.total + summary.byRecordType.population.total).toBe(100_000);
    expect(issues).toHaveLength(96);
    expect(issues.every((i) => i.ruleId === 'kkbpk-balance' && i.values['difference'] === 1)).toBe(true);
    expect(summary.byRecordType.monthly).toEqual({ total: 96_000, withErrors: 96 });
  });
});
