import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../cliIo.js';
import { main } from '../main.js';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const work = mkdtempSync(join(tmpdir(), 'kkb-template-cli-'));
cpSync(join(root, 'examples', 'banjarmasin', 'data'), join(work, 'data'), { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

function io(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (l) => stdout.push(l), err: (l) => stderr.push(l), cwd: work, stdout, stderr };
}

describe('kkb template', () => {
  it('writes the workbook for the month asked, says what it wrote, exit 0', async () => {
    const o = io();
    const code = await main(
      ['template', 'data', '--out', 'isian.xlsx', '--period', '202102', '--lang', 'id'],
      o,
    );
    expect(o.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(o.stdout[0]).toMatch(
      /^Buku kerja ditulis ke isian\.xlsx: 7 lembar, [\d.]+ data dari folder data\.$/,
    );
    expect(o.stdout[1]).toMatch(/^Lembar laporan bulanan: 21 baris siap diisi untuk 2021-02/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(work, 'isian.xlsx'));
    expect(book.worksheets.map((s) => s.name).slice(0, 2)).toEqual(['Petunjuk', 'Kampung KB']);
  });

  it('refuses to overwrite without --force (exit 2, file unchanged) and replaces it with --force', async () => {
    const file = join(work, 'keep.xlsx');
    writeFileSync(file, 'operator work');
    const o = io();
    expect(await main(['template', 'data', '--out', 'keep.xlsx', '--lang', 'en'], o)).toBe(2);
    expect(o.stderr.join('\n')).toContain("'keep.xlsx' exists: nothing written (use --force to replace it).");
    expect(readFileSync(file, 'utf8')).toBe('operator work');
    const forced = io();
    expect(await main(['template', 'data', '--out', 'keep.xlsx', '--force', '--json'], forced)).toBe(0);
    const json = JSON.parse(forced.stdout.join('\n')) as { written: boolean; sheets: { type: string }[] };
    expect(json.written).toBe(true);
    expect(json.sheets.map((s) => s.type)).toEqual([
      'kampung',
      'profile',
      'population',
      'monthly',
      'intervention',
      'proposal',
      'budget',
    ]);
  });

  it('exits 2 for a missing --out, a bad month or a directory that cannot be read', async () => {
    const a = io();
    expect(await main(['template', 'data', '--lang', 'en'], a)).toBe(2);
    expect(a.stderr[0]).toContain('--out');
    const b = io();
    expect(
      await main(['template', 'data', '--out', 'x.xlsx', '--period', '2021-13', '--lang', 'en'], b),
    ).toBe(2);
    expect(b.stderr[0]).toContain('--period');
    const c = io();
    expect(await main(['template', 'nowhere', '--out', 'x.xlsx', '--lang', 'en'], c)).toBe(2);
    expect(c.stderr.at(-1)).toBe("The workbook could not be written to 'x.xlsx'.");
  });
});
