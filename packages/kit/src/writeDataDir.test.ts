import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Dataset, emptyDataset } from '@kampung-kb/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDataDir } from './readDataDir.js';
import { writeDataDir } from './writeDataDir.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kkb-kit-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function sample(): Dataset {
  const ds = emptyDataset();
  ds.regions.push(
    { code: '63.71', name: 'Kota Banjarmasin' },
    { code: '63.71.04', name: 'Banjarmasin Utara' },
  );
  ds.kampung.push({
    id: 'sungai-andai',
    name: 'Kampung KB Sungai Biuku',
    regionCode: '63.71.04.1010',
    scope: { rt: ['02', '04'] },
    designationDate: '2016-11-10',
    mainCriteria: ['lowKbParticipation'],
    areaCriteria: ['riverbank'],
    model: { regency: true, province: false },
  });
  ds.profiles.push({
    kampungId: 'sungai-andai',
    period: '2020-01',
    pokja: { exists: true, decree: true, members: null, trained: true, trainedMembers: 4 },
    fundingSources: ['apbd', 'selfFunded'],
    poktan: ['bkb', 'bkr'],
    facilities: { secretariat: true, rumahDataku: false },
    mentor: true,
    regulation: { exists: true, kinds: ['villageHead'] },
    dataSources: [],
    operations: ['reporting'],
    operationFrequency: { reporting: 'monthly' },
  });
  ds.interventions.push({
    id: 'sa-2020-03',
    kampungId: 'sungai-andai',
    title: 'Pelayanan akta kelahiran "gratis", keliling',
    date: '2020-03-14',
    section: 'protection',
    agencies: ['dinas_dukcapil'],
    targetGroups: ['familiesWithUnderFives'],
    description: 'Dua hari;\nbekerja sama dengan kelurahan',
  });
  return ds;
}

function plain(ds: Dataset): Omit<Dataset, 'sources'> {
  const { sources: _sources, ...rest } = ds;
  return rest;
}

describe('writeDataDir', () => {
  for (const format of ['csv', 'json'] as const) {
    it(`writes ${format} files that read back to the same records`, async () => {
      const out = join(dir, 'data');
      const written = await writeDataDir(out, sample(), {
        format,
        delimiter: ';',
        programme: {
          name: { id: 'Kampung KB Kampung Baiman', en: 'Kampung KB Kampung Baiman' },
          city: { code: '63.71', name: 'Kota Banjarmasin' },
          synthetic: true,
        },
      });
      expect(written).toEqual({
        files: [
          'programme.json',
          `regions.${format}`,
          `kampung.${format}`,
          `profiles.${format}`,
          `interventions.${format}`,
        ],
        issues: [],
      });
      const read = await readDataDir(out);
      expect(read.issues).toEqual([]);
      expect(plain(read.dataset)).toEqual(plain(sample()));
      expect(read.programme).toMatchObject({ synthetic: true, city: { code: '63.71' } });
    });
  }

  it('writes header-only templates with includeEmpty', async () => {
    const r = await writeDataDir(dir, emptyDataset(), { format: 'csv', includeEmpty: true });
    expect(r.files).toEqual([
      'regions.csv',
      'kampung.csv',
      'profiles.csv',
      'population.csv',
      'monthly.csv',
      'interventions.csv',
      'proposals.csv',
      'budgets.csv',
    ]);
    expect(await readFile(join(dir, 'regions.csv'), 'utf8')).toBe('code,name\n');
    expect((await readdir(dir)).length).toBe(8);
  });

  it('reports a directory that cannot be created', async () => {
    const blocker = join(dir, 'file');
    await writeFile(blocker, 'x');
    const r = await writeDataDir(join(blocker, 'data'), sample(), { format: 'json' });
    expect(r.files).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.severity, i.values['errorCode']])).toEqual([
      ['dir-unwritable', 'error', 'ENOTDIR'],
    ]);
  });
});
