import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ageBands, codesOf, sourceOf } from '@kampung-kb/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDataDir } from './readDataDir.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kkb-kit-read-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
}

const AGE_BANDS = codesOf(ageBands);
const bands = (start: number) => Object.fromEntries(AGE_BANDS.map((b, i) => [b, start + i]));

const POPULATION_HEADER = [
  'kampungId',
  'period',
  ...AGE_BANDS.map((b) => `male.${b}`),
  ...AGE_BANDS.map((b) => `female.${b}`),
  'families',
  'pus',
  'familiesWithUnderFives',
  'familiesWithAdolescents',
  'familiesWithElderly',
  'adolescents',
].join(';');
const POPULATION_ROW = [
  'sungai-andai',
  '2020-01',
  ...AGE_BANDS.map((_, i) => String(50 + i)),
  ...AGE_BANDS.map((_, i) => String(60 + i)),
  '410',
  '260',
  '120',
  '150',
  '90',
  '230',
].join(';');

const FILES: Record<string, string> = {
  'regions.csv':
    '\uFEFFcode,name\r\n63.71,Kota Banjarmasin\r\n63.71.04,Banjarmasin Utara\r\n63.71.04.1010,Sungai Andai\r\n',
  'kampung.json': JSON.stringify(
    [
      {
        id: 'sungai-andai',
        name: 'Kampung KB Sungai Biuku',
        regionCode: '63.71.04.1010',
        scope: { rt: ['02', '04'] },
        designationDate: '2016-11-10',
        mainCriteria: ['lowKbParticipation'],
        areaCriteria: ['riverbank'],
        branding: 'Kampung Baiman',
      },
    ],
    null,
    2,
  ),
  'profiles.csv':
    'kampungId,period,pokja.exists,pokja.decree,pokja.members,pokja.trained,fundingSources,poktan,facilities.secretariat,facilities.rumahDataku,mentor,regulation.exists,regulation.kinds,dataSources,operations\n' +
    'sungai-andai,2020-01,ya,ya,17,tidak,apbd;selfFunded,bkb;bkr;bkl,ya,ya,ya,tidak,,pk,planningMeeting;reporting\n',
  'population-2020.csv': `${POPULATION_HEADER}\n${POPULATION_ROW}\n`,
  'monthly-2020.csv':
    'kampungId,period,users.iud,users.mow,users.mop,users.implant,users.injectable,users.pill,users.condom,nonUsers.pregnant,nonUsers.ias,nonUsers.iat,nonUsers.tial,poktanParticipants.bkb,poktanParticipants.bkr,poktanParticipants.bkl,poktanParticipants.uppka,poktanParticipants.pikr,jknHolders\n' +
    'sungai-andai,2020-01,12,6,1,30,80,35,6,10,20,30,30,40,30,25,20,35,1200\n' +
    'sungai-andai,2020-02,12,6,1,31,80,35,6,10,20,29,30,40,30,25,20,35,1.210\n',
  'interventions.json': JSON.stringify({
    records: [
      {
        id: 'sa-2020-03',
        kampungId: 'sungai-andai',
        title: 'Pelayanan akta kelahiran gratis',
        date: '2020-03-14',
        section: 'protection',
        agencies: ['dinas_dukcapil'],
        targetGroups: ['familiesWithUnderFives'],
      },
    ],
  }),
  'programme.yaml':
    'name: { id: Kampung KB Kampung Baiman, en: Kampung KB Kampung Baiman }\ncity: { code: "63.71", name: Kota Banjarmasin }\nsynthetic: true\n',
};

describe('readDataDir', () => {
  it('reads all six record types from CSV and JSON, with sources, the programme and issues', async () => {
    await put({
      ...FILES,
      'notes.txt': 'data notes',
      'README.md': '# data (skipped: documentation)',
      '.gitkeep': '',
      'invalid/monthly.csv': 'not,read\n',
    });
    const { dataset, programme, issues, files } = await readDataDir(dir);

    expect(files).toEqual([
      { file: 'interventions.json', kind: 'records', recordType: 'intervention', records: 1 },
      { file: 'kampung.json', kind: 'records', recordType: 'kampung', records: 1 },
      { file: 'monthly-2020.csv', kind: 'records', recordType: 'monthly', records: 2 },
      { file: 'notes.txt', kind: 'unrecognised', recordType: undefined, records: 0 },
      { file: 'population-2020.csv', kind: 'records', recordType: 'population', records: 1 },
      { file: 'profiles.csv', kind: 'records', recordType: 'profile', records: 1 },
      { file: 'programme.yaml', kind: 'programme', recordType: undefined, records: 0 },
      { file: 'regions.csv', kind: 'records', recordType: 'region', records: 3 },
    ]);

    expect(dataset.regions).toEqual([
      { code: '63.71', name: 'Kota Banjarmasin' },
      { code: '63.71.04', name: 'Banjarmasin Utara' },
      { code: '63.71.04.1010', name: 'Sungai Andai' },
    ]);
    expect(dataset.kampung).toEqual([JSON.parse(FILES['kampung.json']!)[0]]);
    expect(dataset.profiles).toEqual([
      {
        kampungId: 'sungai-andai',
        period: '2020-01',
        pokja: { exists: true, decree: true, members: 17, trained: false },
        fundingSources: ['apbd', 'selfFunded'],
        poktan: ['bkb', 'bkr', 'bkl'],
        facilities: { secretariat: true, rumahDataku: true },
        mentor: true,
        regulation: { exists: false, kinds: [] },
        dataSources: ['pk'],
        operations: ['planningMeeting', 'reporting'],
      },
    ]);
    expect(dataset.population).toEqual([
      {
        kampungId: 'sungai-andai',
        period: '2020-01',
        male: bands(50),
        female: bands(60),
        families: 410,
        pus: 260,
        familiesWithUnderFives: 120,
        familiesWithAdolescents: 150,
        familiesWithElderly: 90,
        adolescents: 230,
      },
    ]);
    expect(dataset.monthly).toEqual([
      {
        kampungId: 'sungai-andai',
        period: '2020-01',
        users: { iud: 12, mow: 6, mop: 1, implant: 30, injectable: 80, pill: 35, condom: 6 },
        nonUsers: { pregnant: 10, ias: 20, iat: 30, tial: 30 },
        poktanParticipants: { bkb: 40, bkr: 30, bkl: 25, uppka: 20, pikr: 35 },
        jknHolders: 1200,
      },
      {
        kampungId: 'sungai-andai',
        period: '2020-02',
        users: { iud: 12, mow: 6, mop: 1, implant: 31, injectable: 80, pill: 35, condom: 6 },
        nonUsers: { pregnant: 10, ias: 20, iat: 29, tial: 30 },
        poktanParticipants: { bkb: 40, bkr: 30, bkl: 25, uppka: 20, pikr: 35 },
        jknHolders: '1.210',
      },
    ]);
    expect(dataset.interventions).toEqual(JSON.parse(FILES['interventions.json']!).records);

    expect(sourceOf(dataset, dataset.regions[2]!)).toEqual({ file: 'regions.csv', line: 4 });
    expect(sourceOf(dataset, dataset.kampung[0]!)).toEqual({ file: 'kampung.json', index: 0 });
    expect(sourceOf(dataset, dataset.profiles[0]!)).toEqual({ file: 'profiles.csv', line: 2 });
    expect(sourceOf(dataset, dataset.population[0]!)).toEqual({ file: 'population-2020.csv', line: 2 });
    expect(sourceOf(dataset, dataset.monthly[1]!)).toEqual({ file: 'monthly-2020.csv', line: 3 });
    expect(sourceOf(dataset, dataset.interventions[0]!)).toEqual({ file: 'interventions.json', index: 0 });

    expect(programme).toEqual({
      name: { id: 'Kampung KB Kampung Baiman', en: 'Kampung KB Kampung Baiman' },
      city: { code: '63.71', name: 'Kota Banjarmasin' },
      synthetic: true,
      defaultLang: 'id',
      publicReport: { smallCellThreshold: 5 },
    });

    expect(
      issues.map((i) => [i.code, i.severity, i.location.file, i.location.line, i.location.field]),
    ).toEqual([
      ['cell-invalid', 'error', 'monthly-2020.csv', 3, 'jknHolders'],
      ['file-unrecognised', 'warning', 'notes.txt', undefined, undefined],
    ]);
    expect(issues[1]?.message.en).toBe(
      "File 'notes.txt' is not recognised and was not read: data file names start with regions, kampung, profiles, population, monthly, interventions, proposals, budgets, family-tallies and end .csv or .json; the programme definition is programme.json or programme.yaml",
    );
  });

  it('reports invalid JSON, a bad programme, a second programme and non-UTF-8 text, and reads the rest', async () => {
    await put({
      'kampung.json': '[\n  { "id": "sa", }\n]',
      'programme.json': '{ "name": { "id": "X", "en": "X" }, "city": { "code": "63", "name": "Kalsel" } }',
      'programme.yaml': 'name: x\n',
      'regions.csv': new Uint8Array([
        ...Buffer.from('code,name\n63.71,Kota Banjarmasin\n63.72,Banjarbaru '),
        0xe9,
        0x0a,
      ]),
    });
    const { dataset, programme, issues, files } = await readDataDir(dir);
    expect(programme).toBeUndefined();
    expect(dataset.kampung).toEqual([]);
    expect(dataset.regions).toEqual([
      { code: '63.71', name: 'Kota Banjarmasin' },
      { code: '63.72', name: 'Banjarbaru \uFFFD' },
    ]);
    expect(files.map((f) => [f.file, f.records])).toEqual([
      ['kampung.json', 0],
      ['programme.json', 0],
      ['programme.yaml', 0],
      ['regions.csv', 2],
    ]);
    expect(issues.map((i) => [i.code, i.location.file, i.location.line, i.location.field])).toEqual([
      ['json-invalid', 'kampung.json', 2, undefined],
      ['programme-invalid', 'programme.json', 1, 'city.code'],
      ['programme-duplicate', 'programme.yaml', undefined, undefined],
      ['file-encoding', 'regions.csv', undefined, undefined],
    ]);
    expect(issues[1]?.message).toEqual({
      id: "'city.code': '63' adalah kode provinsi, padahal yang diminta kode kabupaten/kota (mis. '63.71')",
      en: "'city.code': '63' is a province code, but a regency or city code is needed (e.g. '63.71')",
    });
  });

  it('reports a data file that cannot be read', async () => {
    await put({ 'regions.csv': 'code,name\n63,Kalimantan Selatan\n' });
    await symlink(join(dir, 'gone.csv'), join(dir, 'monthly.csv'));
    const r = await readDataDir(dir);
    expect(r.files.map((f) => [f.file, f.recordType, f.records])).toEqual([
      ['monthly.csv', 'monthly', 0],
      ['regions.csv', 'region', 1],
    ]);
    expect(r.issues).toEqual([
      {
        ruleId: 'file-unreadable',
        code: 'file-unreadable',
        severity: 'error',
        location: { recordType: 'monthly', file: 'monthly.csv' },
        values: { errorCode: 'ENOENT' },
        message: {
          id: "Berkas 'monthly.csv' tidak dapat dibaca: tidak ditemukan",
          en: "File 'monthly.csv' cannot be read: not found",
        },
      },
    ]);
  });

  it('reports a directory that cannot be read instead of throwing', async () => {
    const missing = join(dir, 'nope');
    const r = await readDataDir(missing);
    expect(r.files).toEqual([]);
    expect(r.programme).toBeUndefined();
    expect(r.issues).toEqual([
      {
        ruleId: 'dir-unreadable',
        code: 'dir-unreadable',
        severity: 'error',
        location: { file: missing },
        values: { errorCode: 'ENOENT' },
        message: {
          id: `Direktori data '${missing}' tidak dapat dibaca: tidak ditemukan`,
          en: `Data directory '${missing}' cannot be read: not found`,
        },
      },
    ]);
  });
});

describe('readDataDir onEvent', () => {
  it('sees every record first and leaves out of the data set those it returns false for, still counting them', async () => {
    const all = await readDataDir('examples/banjarmasin/data');
    let seen = 0;
    const some = await readDataDir('examples/banjarmasin/data', {
      onEvent: (e) => {
        if (e.kind !== 'record' || e.recordType !== 'monthly') return undefined;
        seen++;
        return false;
      },
    });
    expect(seen).toBe(all.dataset.monthly.length);
    expect(some.dataset.monthly).toEqual([]);
    expect(some.dataset.kampung).toEqual(all.dataset.kampung);
    expect(some.files).toEqual(all.files);
  });
});
