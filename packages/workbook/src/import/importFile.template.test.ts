import { join } from 'node:path';
import { readDataDir } from '@kampung-kb/kit';
import { type Dataset, RECORD_TYPES } from '@kampung-kb/model';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeTemplateWorkbook } from '../template/writeTemplateWorkbook.js';
import { BANJARMASIN, banjarmasinCopy, tempDir } from './__fixtures__/layoutWorkbook.js';
import { importFile } from './importFile.js';

function records(ds: Dataset): Record<string, object[]> {
  return Object.fromEntries(RECORD_TYPES.map((r) => [r.type, (ds[r.collection] ?? []) as object[]]));
}

/** Fills every pre-filled monthly row the way an operator would: the last month's numbers, plus one IUD user. */
async function fill(
  template: string,
  filled: string,
  latest: Map<string, Record<string, unknown>>,
): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.worksheets.find(
    (w) => w.getRow(2).values && (w.getRow(2).values as unknown[]).includes('users.iud'),
  );
  if (!ws) throw new Error('no monthly sheet');
  const paths = Array.from(ws.getRow(2).values as unknown[], (v) => (typeof v === 'string' ? v : ''));
  let rows = 0;
  ws.eachRow((row, n) => {
    if (n < 3) return;
    const kampungId = row.getCell(paths.indexOf('kampungId')).value;
    const iud = row.getCell(paths.indexOf('users.iud')).value;
    if (typeof kampungId !== 'string' || (iud !== null && iud !== undefined)) return;
    const last = latest.get(kampungId);
    if (!last) return;
    for (const [i, path] of paths.entries()) {
      if (path === '' || path === 'kampungId' || path === 'period' || path.startsWith('_')) continue;
      let node: unknown = last;
      for (const s of path.split('.'))
        node = node && typeof node === 'object' ? (node as Record<string, unknown>)[s] : undefined;
      if (typeof node === 'number') row.getCell(i).value = path === 'users.iud' ? node + 1 : node;
    }
    rows++;
  });
  await wb.xlsx.writeFile(filled);
  return rows;
}

describe('template → filled → import → template again', () => {
  it('keeps every value and adds what the operator typed', async () => {
    const dir = await banjarmasinCopy();
    const work = await tempDir();
    const original = (await readDataDir(BANJARMASIN)).dataset;
    const latest = new Map<string, Record<string, unknown>>();
    for (const m of original.monthly) latest.set(m.kampungId, m as unknown as Record<string, unknown>);

    const first = await writeTemplateWorkbook(dir, join(work, 'template.xlsx'), {
      lang: 'id',
      period: '2021-01',
    });
    expect(first.written).toBe(true);
    const typed = await fill(join(work, 'template.xlsx'), join(work, 'isian.xlsx'), latest);
    expect(typed).toBe(original.kampung.length);

    const r = await importFile(join(work, 'isian.xlsx'), { into: dir });
    expect(r.rejections.map((x) => x.issue.message.en)).toEqual([]);
    expect(r.fatal).toBeUndefined();
    const existing =
      Object.values(records(original)).reduce((n, list) => n + list.length, 0) - original.regions.length;
    expect([r.imported, r.updated, r.rejected]).toEqual([typed, existing, 0]);
    expect(r.read).toBe(r.imported + r.updated + r.ignored + r.rejected);

    const after = (await readDataDir(dir)).dataset;
    const added = after.monthly.filter((m) => m.period === '2021-01');
    expect(added).toHaveLength(typed);
    for (const m of added) {
      const last = latest.get(m.kampungId) as { users: { iud: number }; jknHolders: number };
      expect([m.users.iud, m.jknHolders]).toEqual([last.users.iud + 1, last.jknHolders]);
    }
    const kept = records(after);
    kept['monthly'] = after.monthly.filter((m) => m.period !== '2021-01');
    expect(kept).toEqual(records(original));

    // The next month's template, imported untouched: nothing new, nothing lost, nothing rejected.
    const again = await writeTemplateWorkbook(dir, join(work, 'template-2.xlsx'), {
      lang: 'en',
      period: '2021-02',
    });
    expect(again.written).toBe(true);
    const r2 = await importFile(join(work, 'template-2.xlsx'), { into: dir });
    expect(r2.rejections.map((x) => x.issue.message.en)).toEqual([]);
    expect([r2.imported, r2.updated]).toEqual([0, existing + typed]);
    expect(records((await readDataDir(dir)).dataset)).toEqual(records(after));
  }, 120_000);
});
