import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTemplateWorkbook } from './writeTemplateWorkbook.js';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const banjarmasin = join(root, 'examples', 'banjarmasin', 'data');
const work = mkdtempSync(join(tmpdir(), 'kkb-template-write-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeTemplateWorkbook', () => {
  it('writes the workbook of a data directory, leaving no temporary file beside it', async () => {
    const out = join(work, 'a', 'isian.xlsx');
    const r = await writeTemplateWorkbook(banjarmasin, out, { period: '2021-02', lang: 'en' });
    expect(r).toMatchObject({ written: true, period: '2021-02', lang: 'en' });
    expect(readdirSync(join(work, 'a'))).toEqual(['isian.xlsx']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets[0]?.name).toBe('Instructions');
    expect(book.getWorksheet('_kkb')?.getCell('B5').value).toBe('2021-02');
  });

  it('refuses to replace an existing file unless forced', async () => {
    const out = join(work, 'existing.xlsx');
    writeFileSync(out, 'keep me');
    const refused = await writeTemplateWorkbook(banjarmasin, out);
    expect(refused.written).toBe(false);
    expect(refused.issues.map((i) => i.code)).toEqual(['template-exists']);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await writeTemplateWorkbook(banjarmasin, out, { force: true });
    expect(forced.written).toBe(true);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes nothing for a directory that cannot be read, and says why', async () => {
    const out = join(work, 'none.xlsx');
    const r = await writeTemplateWorkbook(join(work, 'missing-dir'), out);
    expect(r.written).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['dir-unreadable']);
    expect(readdirSync(work)).not.toContain('none.xlsx');
  });

  it('reports a file that cannot be written instead of throwing', async () => {
    const blocker = join(work, 'blocker');
    writeFileSync(blocker, '');
    const r = await writeTemplateWorkbook(banjarmasin, join(blocker, 'isian.xlsx'));
    expect(r.written).toBe(false);
    expect(r.issues.at(-1)?.code).toBe('template-not-written');
  });
});
