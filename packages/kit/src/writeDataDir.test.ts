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

  describe('all or nothing', () => {
    async function entries(): Promise<Map<string, Buffer>> {
      const out = new Map<string, Buffer>();
      for (const name of (await readdir(dir)).sort()) out.set(name, await readFile(join(dir, name)));
      return out;
    }

    it('a failing beforeCommit or an abort removes the staged files and changes nothing', async () => {
      await writeDataDir(dir, sample(), { format: 'csv' });
      const before = await entries();
      const changed = sample();
      changed.regions[0] = { code: '63.71', name: 'Kota Banjarmasin (baru)' };
      let stagedNames: string[] = [];
      const failed = await writeDataDir(dir, changed, {
        format: 'csv',
        beforeCommit: async () => {
          stagedNames = (await readdir(dir)).filter((n) => n.startsWith('.kkb-stage-'));
          throw new Error('injected');
        },
      });
      expect(stagedNames).toHaveLength(4);
      expect(failed.files).toEqual([]);
      expect(failed.issues.map((i) => i.code)).toEqual(['write-interrupted']);
      expect(await entries()).toEqual(before);

      const controller = new AbortController();
      controller.abort(new Error('stopped'));
      const aborted = await writeDataDir(dir, changed, { format: 'csv', signal: controller.signal });
      expect(aborted.issues.map((i) => i.code)).toEqual(['write-interrupted']);
      expect(await entries()).toEqual(before);
    });

    it('removes files staged by a write whose process is gone, keeps those of a live one', async () => {
      await writeFile(join(dir, '.kkb-stage-999999999-abc-0.tmp'), 'left by a killed write');
      const live = `.kkb-stage-${process.pid}-def-0.tmp`;
      await writeFile(join(dir, live), 'a write under way');
      await writeDataDir(dir, sample(), { format: 'json' });
      expect((await readdir(dir)).filter((n) => n.startsWith('.kkb-stage-'))).toEqual([live]);
    });

    it('toSourceFiles writes each record back to its own file, keeping its delimiter; only limits the files', async () => {
      const ds = sample();
      await writeFile(join(dir, 'regions-a.csv'), 'code;name\n63.71;Kota Banjarmasin\n');
      await writeFile(join(dir, 'regions-b.csv'), 'code,name\n63.71.04,Banjarmasin Utara\n');
      await writeFile(join(dir, 'kampung.json'), 'untouched');
      const sources = new WeakMap();
      sources.set(ds.regions[0] as object, { file: 'regions-a.csv', line: 2 });
      sources.set(ds.regions[1] as object, { file: 'regions-b.csv', line: 2 });
      ds.sources = sources;
      ds.regions[0] = { code: '63.71', name: 'Kota Banjarmasin;baru' };
      sources.set(ds.regions[0], { file: 'regions-a.csv', line: 2 });
      ds.regions.push({ code: '63.71.01', name: 'Banjarmasin Selatan' });
      const out = await writeDataDir(dir, ds, {
        format: 'csv',
        toSourceFiles: true,
        only: ['regions-a.csv', 'regions.csv'],
      });
      expect(out).toEqual({ files: ['regions-a.csv', 'regions.csv'], issues: [] });
      expect(await readFile(join(dir, 'regions-a.csv'), 'utf8')).toBe(
        'code;name\n63.71;"Kota Banjarmasin;baru"\n',
      );
      expect(await readFile(join(dir, 'regions-b.csv'), 'utf8')).toBe(
        'code,name\n63.71.04,Banjarmasin Utara\n',
      );
      expect(await readFile(join(dir, 'regions.csv'), 'utf8')).toBe(
        'code,name\n63.71.01,Banjarmasin Selatan\n',
      );
      expect(await readFile(join(dir, 'kampung.json'), 'utf8')).toBe('untouched');
    });
  });
});
