import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRecord, emptyDataset, type FamilyTally } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { readDataDir } from './readDataDir.js';
import { recordsFromCsv } from './recordsFromCsv.js';
import { recordsFromJson } from './recordsFromJson.js';
import { recordsToCsv } from './recordsToCsv.js';
import { writeDataDir } from './writeDataDir.js';

const tallies: FamilyTally[] = [
  {
    kampungId: 'sungai-andai',
    period: '2020-12',
    source: 'pk21',
    values: { 'fp.women': 310, 'fp.portal.iat': 12 },
  },
  { kampungId: 'kuin-utara', period: '2020-12', source: 'pk21', values: { 'fp.women': 0.5, 'san.basic': 7 } },
];

describe('family tallies as a record type', () => {
  it('writes kampungId, period, source, then the tally keys some record has, in key order, and reads them back', () => {
    const csv = recordsToCsv('family', tallies);
    expect(csv).toBe(
      'kampungId,period,source,fp.women,fp.portal.iat,san.basic\n' +
        'sungai-andai,2020-12,pk21,310,12,\n' +
        'kuin-utara,2020-12,pk21,0.5,,7\n',
    );
    const read = recordsFromCsv('family', csv, 'family-tallies-2020-12.csv');
    expect(read.issues).toEqual([]);
    expect(read.records).toEqual(tallies);
  });

  it('reports a column that is no tally key, and does not read it', () => {
    const read = recordsFromCsv(
      'family',
      'kampungId,period,source,fp.women,fp.wimen\nsungai-andai,2020-12,pk21,3,4\n',
      'family-tallies.csv',
    );
    expect(read.issues.map((i) => [i.code, i.location.field])).toEqual([['csv-unknown-column', 'fp.wimen']]);
    expect(read.records).toEqual([
      { kampungId: 'sungai-andai', period: '2020-12', source: 'pk21', values: { 'fp.women': 3 } },
    ]);
  });

  it('breaks the schema for an unknown key (JSON) and a negative count', () => {
    const read = recordsFromJson(
      'family',
      JSON.stringify([
        { kampungId: 'sungai-andai', period: '2020-12', source: 'dhs', values: { 'fp.women': -1, nope: 2 } },
      ]),
      'family-tallies.json',
    );
    expect(read.issues).toEqual([]);
    const problems = checkRecord('family', read.records[0]);
    expect(problems.map((p) => [p.kind, p.field]).sort()).toEqual([
      ['minimum', 'values.fp.women'],
      ['unknown-field', 'values.nope'],
    ]);
    expect(checkRecord('family', tallies[0])).toEqual([]);
  });

  it('reads family-tallies*.csv of a data directory into dataset.familyTallies and writes them back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kkb-family-'));
    try {
      await writeFile(join(dir, 'family-tallies-2020-12.csv'), recordsToCsv('family', tallies));
      const { dataset, issues, files } = await readDataDir(dir);
      expect(issues).toEqual([]);
      expect(files).toEqual([
        { file: 'family-tallies-2020-12.csv', kind: 'records', recordType: 'family', records: 2 },
      ]);
      expect(dataset.familyTallies).toEqual(tallies);
      const out = await mkdtemp(join(tmpdir(), 'kkb-family-out-'));
      try {
        const ds = { ...emptyDataset(), familyTallies: tallies };
        await writeDataDir(out, ds, { format: 'csv' });
        expect(await readFile(join(out, 'family-tallies.csv'), 'utf8')).toBe(recordsToCsv('family', tallies));
      } finally {
        await rm(out, { recursive: true, force: true });
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('leaves familyTallies out of a data directory that has none', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kkb-family-'));
    try {
      await writeFile(join(dir, 'regions.csv'), 'code,name\n63.71,Kota Banjarmasin\n');
      const { dataset } = await readDataDir(dir);
      expect(dataset.familyTallies).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
