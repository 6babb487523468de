import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readDataDir, writeDataDir } from '@kampung-kb/kit';
import { type RecordType, recordTypeInfo } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import {
  BANJARMASIN,
  banjarmasinCopy,
  type LayoutSheet,
  rowOf,
  snapshot,
  tempDir,
  writeLayoutWorkbook,
} from './__fixtures__/layoutWorkbook.js';
import { importFile } from './importFile.js';

const OPERATOR_TYPES: readonly RecordType[] = [
  'kampung',
  'profile',
  'population',
  'monthly',
  'intervention',
  'proposal',
  'budget',
];

const original = (await readDataDir(BANJARMASIN)).dataset;

function records(dataset: typeof original, type: RecordType): object[] {
  return dataset[recordTypeInfo(type).collection] as object[];
}

/** The example's records in a workbook of the template layout: codes, `;` lists, dates as date cells. */
async function exampleWorkbook(lang: 'id' | 'en'): Promise<string> {
  const file = join(await tempDir(), 'isian.xlsx');
  const sheets: LayoutSheet[] = OPERATOR_TYPES.map((type) => ({
    type,
    rows: records(original, type).map((r) => rowOf(type, r)),
  }));
  await writeLayoutWorkbook(file, sheets, lang);
  return file;
}

describe('importFile: workbook round trip keeps every value', () => {
  it('records → workbook → import into a new directory → writeDataDir → the same records', async () => {
    const dir = await tempDir();
    await copyFile(join(BANJARMASIN, 'programme.json'), join(dir, 'programme.json'));
    const r = await importFile(await exampleWorkbook('id'), { into: dir });
    expect(r.rejections.map((x) => x.issue.message.en)).toEqual([]);
    const total = OPERATOR_TYPES.reduce((n, t) => n + records(original, t).length, 0);
    expect([r.read, r.imported, r.updated, r.ignored, r.rejected]).toEqual([total, total, 0, 0, 0]);
    const back = (await readDataDir(dir)).dataset;
    for (const type of OPERATOR_TYPES) expect(records(back, type)).toEqual(records(original, type));

    // Written again with writeDataDir and read back: still the same records.
    const again = await tempDir();
    const written = await writeDataDir(again, back, { format: 'csv' });
    expect(written.issues).toEqual([]);
    const reread = (await readDataDir(again)).dataset;
    for (const type of OPERATOR_TYPES) expect(records(reread, type)).toEqual(records(original, type));
  });

  it('re-importing the records a directory has updates each in place, in its own file (English sheets)', async () => {
    const dir = await banjarmasinCopy();
    const before = await snapshot(dir);
    const r = await importFile(await exampleWorkbook('en'), { into: dir });
    expect(r.rejections.map((x) => x.issue.message.en)).toEqual([]);
    expect(r.imported).toBe(0);
    expect(r.updated).toBe(r.read);
    expect(r.sheets.map((s) => s.sheet)).toContain('Monthly KKBPK reports');
    const back = (await readDataDir(dir)).dataset;
    for (const type of OPERATOR_TYPES) expect(records(back, type)).toEqual(records(original, type));
    // The files keep their names and formats: no new file appeared.
    expect([...(await snapshot(dir)).keys()]).toEqual([...before.keys()]);
  });
});
