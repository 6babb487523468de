import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readDataDir } from '@kampung-kb/kit';
import { describe, expect, it } from 'vitest';
import {
  BANJARMASIN,
  banjarmasinCopy,
  rowOf,
  snapshot,
  tempDir,
  writeLayoutWorkbook,
} from './__fixtures__/layoutWorkbook.js';
import { importFile } from './importFile.js';
import { recordFields } from './internal/cells.js';
import { columnLetter } from './internal/importIssues.js';

const { dataset } = await readDataDir(BANJARMASIN);
const report = dataset.monthly[0] as unknown as Record<string, unknown>;
const monthlyPaths = recordFields('monthly').map((f) => f.path);
const col = (path: string) => columnLetter(monthlyPaths.indexOf(path) + 1);

function monthlyRow(kampungId: string, period: string, overrides: Record<string, unknown> = {}): unknown[] {
  const row = rowOf('monthly', { ...report, kampungId, period });
  for (const [path, v] of Object.entries(overrides)) row[monthlyPaths.indexOf(path)] = v;
  return row;
}

describe('importFile: workbooks in the template layout', () => {
  it('accounts for every row: new, updated, blank, rejected with every bad cell', async () => {
    const dir = await banjarmasinCopy();
    const file = join(await tempDir(), 'isian.xlsx');
    await writeLayoutWorkbook(file, [
      {
        type: 'monthly',
        checkColumn: true,
        rows: [
          monthlyRow('sungai-andai', '2031-01'), // new
          monthlyRow(report['kampungId'] as string, report['period'] as string, { 'users.iud': 99 }), // update
          ['sungai-andai', '2031-02'], // pre-filled, nothing typed: blank
          monthlyRow('sungai-andai', '2031-03', { 'users.iud': 'dua', 'users.pill': -4 }), // two bad cells
          monthlyRow('sungai-andai', '2031-01'), // repeats the key of row 3
        ],
      },
    ]);
    const r = await importFile(file, { into: dir });
    expect(r.fatal).toBeUndefined();
    expect([r.read, r.imported, r.updated, r.ignored, r.rejected]).toEqual([5, 1, 1, 1, 2]);
    expect(r.sheets).toEqual([
      {
        sheet: 'Laporan bulanan KKBPK',
        recordType: 'monthly',
        read: 5,
        imported: 1,
        updated: 1,
        ignored: 1,
        rejected: 2,
      },
    ]);
    expect(r.byType.monthly).toEqual({ read: 5, imported: 1, updated: 1, ignored: 1, rejected: 2 });
    expect(r.rejections.map((x) => [x.sheet, x.row, x.column, x.field, x.value, x.issue.code])).toEqual([
      ['Laporan bulanan KKBPK', 6, col('users.iud'), 'users.iud', 'dua', 'cell-invalid'],
      ['Laporan bulanan KKBPK', 6, col('users.pill'), 'users.pill', -4, 'count-non-negative-integer'],
      ['Laporan bulanan KKBPK', 7, undefined, undefined, 'sungai-andai 2031-01', 'import-duplicate-key'],
    ]);
    expect(r.rejections[0]?.issue.message.id).toContain(
      "'Laporan bulanan KKBPK' baris 6, sel C6 ('users.iud')",
    );
    expect(r.rejections[0]?.issue.message.en).toContain(
      "'Laporan bulanan KKBPK' row 6, cell C6 ('users.iud')",
    );
    expect(r.written).toEqual(['monthly.csv']);
    const after = await readDataDir(dir);
    expect(after.dataset.monthly).toHaveLength(dataset.monthly.length + 1);
    expect(after.dataset.monthly[0]).toMatchObject({ users: { iud: 99 } });
    expect(after.dataset.monthly.at(-1)).toMatchObject({ kampungId: 'sungai-andai', period: '2031-01' });
    // The other files are untouched.
    for (const f of ['kampung.json', 'population.csv', 'regions.csv', 'programme.json']) {
      expect(await readFile(join(dir, f))).toEqual(await readFile(join(BANJARMASIN, f)));
    }
  });

  it('--dry-run counts the same and writes nothing', async () => {
    const dir = await banjarmasinCopy();
    const file = join(await tempDir(), 'isian.xlsx');
    await writeLayoutWorkbook(file, [{ type: 'monthly', rows: [monthlyRow('sungai-andai', '2031-01')] }]);
    const before = await snapshot(dir);
    const r = await importFile(file, { into: dir, dryRun: true });
    expect([r.read, r.imported, r.dryRun, r.written, r.changes]).toEqual([1, 1, true, [], ['monthly.csv']]);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('turns rich text, formula results, hyperlinks and dates into plain values', async () => {
    const dir = await banjarmasinCopy();
    const file = join(await tempDir(), 'isian.xlsx');
    await writeLayoutWorkbook(file, [
      {
        type: 'monthly',
        rows: [
          monthlyRow('sungai-andai', '2031-01', {
            kampungId: { richText: [{ text: 'sungai-' }, { text: 'andai' }] },
            'users.iud': { formula: '2*3', result: 6 },
            'users.mow': { text: '7', hyperlink: 'https://example.org' },
            // Excel turns a typed 2031-02 into the 1st of the month.
            period: new Date('2031-02-01T00:00:00Z'),
          }),
        ],
      },
    ]);
    const r = await importFile(file, { into: dir });
    expect(r.rejections).toEqual([]);
    const after = await readDataDir(dir);
    expect(after.dataset.monthly.at(-1)).toMatchObject({
      kampungId: 'sungai-andai',
      period: '2031-02',
      users: { iud: 6, mow: 7 },
    });
  });

  it('names sheets of no record type and columns that are not read', async () => {
    const dir = await banjarmasinCopy();
    const file = join(await tempDir(), 'isian.xlsx');
    await writeLayoutWorkbook(file, [
      {
        type: 'monthly',
        paths: [...monthlyPaths, 'catatan'],
        rows: [[...monthlyRow('sungai-andai', '2031-01'), 'ok']],
      },
    ]);
    const r = await importFile(file, { into: dir, dryRun: true });
    expect([r.read, r.imported, r.rejections, r.fatal]).toEqual([1, 1, [], undefined]);
    expect(r.warnings.map((w) => [w.code, w.values['column']])).toEqual([
      ['import-unknown-column', columnLetter(monthlyPaths.length + 1)],
    ]);
  });
});

describe('importFile: CSV and JSON', () => {
  it('reads a `;` Excel export with a byte-order mark, its type from the file name', async () => {
    const dir = await banjarmasinCopy();
    const file = join(await tempDir(), 'monthly-2031.csv');
    const lines = [
      monthlyPaths,
      monthlyRow('sungai-andai', '2031-01'),
      monthlyRow('sungai-andai', '2031-02', { jknHolders: 'x' }),
    ];
    await writeFile(
      file,
      `\uFEFF${lines.map((l) => l.map((c) => String(c ?? '')).join(';')).join('\r\n')}\r\n`,
    );
    const r = await importFile(file, { into: dir });
    expect([r.read, r.imported, r.rejected]).toEqual([2, 1, 1]);
    expect(r.rejections[0]).toMatchObject({
      row: 3,
      column: col('jknHolders'),
      field: 'jknHolders',
      value: 'x',
    });
    expect(r.rejections[0]?.sheet).toBeUndefined();
  });

  it('recognises a CSV by its header when the name says nothing', async () => {
    const dir = await banjarmasinCopy();
    const file = join(await tempDir(), 'isian.csv');
    await writeFile(file, `${monthlyPaths.join(',')}\n${monthlyRow('sungai-andai', '2031-01').join(',')}\n`);
    const r = await importFile(file, { into: dir, dryRun: true });
    expect([r.read, r.imported, r.sheets[0]?.recordType]).toEqual([1, 1, 'monthly']);
  });

  it('keeps quotes inside unquoted cells as written and reads every row after them (Jl. A "Baru", 5" pipe)', async () => {
    for (const d of [',', ';'] as const) {
      const dir = await banjarmasinCopy();
      const file = join(await tempDir(), 'interventions-baru.csv');
      const header = 'id,kampungId,title,date,section,agencies,targetGroups,place'.replaceAll(',', d);
      const rows = [
        ['uji-1', 'sungai-andai', '5" pipe', '2031-01-05', 'environment', 'kmkb', 'pus', 'Jl. A "Baru"'],
        ['uji-2', 'sungai-andai', 'Kerja bakti', '2031-01-06', 'environment', 'kmkb', 'pus', 'Balai "RT" 02'],
        ['uji-3', 'sungai-andai', '"Posyandu"', '2031-01-07', 'protection', 'kmkb', 'pus', 'x'],
      ];
      await writeFile(file, `${header}\n${rows.map((r) => r.join(d)).join('\n')}\n`);
      const r = await importFile(file, { into: dir });
      expect([r.read, r.imported, r.rejected, r.fatal]).toEqual([3, 3, 0, undefined]);
      const read = await readDataDir(dir);
      const imported = read.dataset.interventions.filter((i) => i.id.startsWith('uji-'));
      expect(imported.map((i) => [i.id, i.title, i.place])).toEqual([
        ['uji-1', '5" pipe', 'Jl. A "Baru"'],
        ['uji-2', 'Kerja bakti', 'Balai "RT" 02'],
        ['uji-3', 'Posyandu', 'x'],
      ]);
    }
  });

  it('reads JSON records, a 1-based position as the row', async () => {
    const dir = await banjarmasinCopy();
    const file = join(await tempDir(), 'monthly.json');
    const records = [
      { ...report, period: '2031-01' },
      { ...report, period: '2031-02', users: { ...(report['users'] as object), iud: -1 } },
      { kampungId: 'sungai-andai', period: '2031-03' },
    ];
    await writeFile(file, JSON.stringify(records));
    const r = await importFile(file, { into: dir });
    expect([r.read, r.imported, r.ignored, r.rejected]).toEqual([3, 1, 1, 1]);
    expect(r.rejections[0]).toMatchObject({ row: 2, field: 'users.iud', value: -1 });
  });
});

describe('importFile: what cannot be imported', () => {
  it('is fatal when the directory is not a data directory, and writes nothing', async () => {
    const empty = await tempDir();
    const file = join(await tempDir(), 'isian.xlsx');
    await writeLayoutWorkbook(file, [{ type: 'monthly', rows: [monthlyRow('sungai-andai', '2031-01')] }]);
    const r = await importFile(file, { into: empty });
    expect(r.fatal?.code).toBe('dir-not-data');
    expect(await snapshot(empty)).toEqual(new Map());
  });

  it('is fatal for a file that is no workbook, or of another kind', async () => {
    const dir = await banjarmasinCopy();
    const bad = join(await tempDir(), 'broken.xlsx');
    await writeFile(bad, 'not a zip');
    expect((await importFile(bad, { into: dir })).fatal?.code).toBe('import-file-unreadable');
    expect((await importFile(join(dir, 'missing.csv'), { into: dir })).fatal?.code).toBe(
      'import-file-unreadable',
    );
    expect((await importFile(join(dir, 'x.ods'), { into: dir })).fatal?.code).toBe('import-format');
  });

  it('refuses to rewrite a file of the directory that did not read back whole', async () => {
    const dir = await banjarmasinCopy();
    const text = await readFile(join(dir, 'monthly.csv'), 'utf8');
    const [header, ...rest] = text.split('\n');
    await writeFile(join(dir, 'monthly.csv'), [`${header},notes`, ...rest].join('\n'));
    const file = join(await tempDir(), 'isian.xlsx');
    await writeLayoutWorkbook(file, [{ type: 'monthly', rows: [monthlyRow('sungai-andai', '2031-01')] }]);
    const before = await snapshot(dir);
    const r = await importFile(file, { into: dir });
    expect(r.fatal?.code).toBe('import-target-unreadable');
    expect(await snapshot(dir)).toEqual(before);
  });

  it('a failure between staging and renaming leaves the directory byte for byte as it was', async () => {
    const dir = await banjarmasinCopy();
    const file = join(await tempDir(), 'isian.xlsx');
    await writeLayoutWorkbook(file, [
      { type: 'monthly', rows: [monthlyRow('sungai-andai', '2031-01')] },
      { type: 'kampung', rows: [rowOf('kampung', { ...dataset.kampung[0], name: 'Baru' })] },
    ]);
    const before = await snapshot(dir);
    let staged: string[] = [];
    const r = await importFile(file, {
      into: dir,
      beforeCommit: async () => {
        staged = [...(await snapshot(dir)).keys()].filter((n) => n.startsWith('.kkb-stage-'));
        throw new Error('injected');
      },
    });
    expect([r.read, r.imported, r.updated, r.rejections, r.fatal?.code]).toEqual([
      2,
      1,
      1,
      [],
      'write-interrupted',
    ]);
    expect(staged).toHaveLength(2);
    expect(r.written).toEqual([]);
    expect(await snapshot(dir)).toEqual(before);
  });
});
