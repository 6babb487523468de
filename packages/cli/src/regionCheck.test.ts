import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../examples/banjarmasin/data');
const REGION_CHECK = ['region-unknown', 'region-name-mismatch', 'region-not-checked'];

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: () => {}, cwd: process.cwd() });
  return { code, out: out.join('\n') };
}

interface JsonIssue {
  code: string;
  severity: string;
  location: Record<string, unknown>;
  values: Record<string, unknown>;
}

const copy = () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'kkb-regions-')), 'data');
  cpSync(DATA, dir, { recursive: true });
  return dir;
};

describe('kkb validate checks region codes against the official list', () => {
  it('passes the Banjarmasin example clean', async () => {
    const r = await run(['validate', DATA, '--json']);
    const doc = JSON.parse(r.out) as { issues: JsonIssue[]; summary: { regionIssues: number } };
    expect(doc.summary.regionIssues).toBe(0);
    expect(doc.issues.filter((i) => REGION_CHECK.includes(i.code))).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('warns about a name that differs from the official one, naming it (exit 0)', async () => {
    const dir = copy();
    const csv = readFileSync(join(dir, 'regions.csv'), 'utf8');
    writeFileSync(
      join(dir, 'regions.csv'),
      csv.replace('63.71.04.1010,Sungai Andai', '63.71.04.1010,Sei Andai'),
    );
    const r = await run(['validate', dir, '--json']);
    const doc = JSON.parse(r.out) as { issues: JsonIssue[] };
    const line = csv.split('\n').findIndex((l) => l.startsWith('63.71.04.1010,')) + 1;
    expect(doc.issues.filter((i) => REGION_CHECK.includes(i.code))).toEqual([
      expect.objectContaining({
        code: 'region-name-mismatch',
        severity: 'warning',
        location: expect.objectContaining({ file: 'regions.csv', line, field: 'name' }),
        values: { code: '63.71.04.1010', name: 'Sei Andai', official: 'Sungai Andai' },
      }),
    ]);
    expect(r.code).toBe(0);
    const text = await run(['validate', dir, '--lang', 'en']);
    expect(text.out).toContain(
      "regions.csv:26 [63.71.04.1010] name: Region 63.71.04.1010 is written 'Sei Andai'; its official name is 'Sungai Andai'",
    );
    expect(text.out).toContain(
      'Region codes checked against the official Kemendagri list (idn-area-data 4.0.1): 1 problem.',
    );
  });

  it('makes an unknown code an error (exit 1), in regions.csv and in a kampung, with the region meant', async () => {
    const dir = copy();
    const csv = readFileSync(join(dir, 'regions.csv'), 'utf8');
    writeFileSync(
      join(dir, 'regions.csv'),
      csv.replace('63.71.04.1010,Sungai Andai', '63.71.04.1099,Sungai Andai'),
    );
    const kampung = readFileSync(join(dir, 'kampung.json'), 'utf8');
    writeFileSync(join(dir, 'kampung.json'), kampung.replace('"63.71.04.1010"', '"63.71.04.1099"'));
    const r = await run(['validate', dir, '--json']);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.out) as { issues: JsonIssue[] }).issues.filter((i) =>
      REGION_CHECK.includes(i.code),
    );
    expect(found).toEqual([
      expect.objectContaining({
        code: 'region-unknown',
        severity: 'error',
        location: expect.objectContaining({ file: 'regions.csv', field: 'code', recordId: '63.71.04.1099' }),
        values: expect.objectContaining({ suggestion: '63.71.04.1010', suggestionName: 'Sungai Andai' }),
      }),
      expect.objectContaining({
        code: 'region-unknown',
        severity: 'error',
        location: expect.objectContaining({ file: 'kampung.json', index: 0, field: 'regionCode' }),
      }),
    ]);
  });
});
