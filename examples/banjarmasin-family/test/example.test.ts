import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDataDir } from '@kampung-kb/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHODS, registerTargets } from '../src/registerTargets.js';
import { BANJARMASIN_DATA, REGISTER_MONTH, runExample } from '../src/runExample.js';

/**
 * Every run of 16 digits in a text, also written with spaces, dashes, underscores or slashes between them
 * (as NIK and KK numbers are sometimes grouped). Digits after a decimal point start no run: woman-years of
 * exposure such as `1218.333333333332` are fractions, not identifiers.
 */
const sixteenDigits = (text: string): string[] => text.match(/(?<![0-9.])[0-9](?:[ \-_/]?[0-9]){15}/g) ?? [];

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(join(e.parentPath, e.name));
  }
  return out;
}

let out: string;
const lines: string[] = [];
let codes: number[] = [];

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'kkb-family-example-'));
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), cwd: out };
  codes = await runExample(out, io, 'a-test-secret-of-at-least-16-bytes');
}, 600_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('the Banjarmasin family example', () => {
  it('runs kkb family on the register and the DHS file, then kkb indicators, without errors', () => {
    expect(codes).toEqual([0, 0, 0]);
    expect(lines.join('\n')).toContain('family-tallies-2020-12.csv');
  });

  it('finds what it looks for: the input register holds 16-digit KK and NIK numbers', async () => {
    expect(sixteenDigits('kk 6371040101210001, nik 6371-0441-0190-0001, exposure 1218.333333333332')).toEqual(
      ['6371040101210001', '6371-0441-0190-0001'],
    );
    const register = await readFile(join(out, 'input', 'pk21-banjarmasin-synthetic.csv'), 'utf8');
    expect(sixteenDigits(register.slice(0, 5000)).length).toBeGreaterThan(10);
  });

  it('prints no 16-digit number and writes none in any output file', async () => {
    expect(sixteenDigits(lines.join('\n'))).toEqual([]);
    const files = [...(await filesUnder(join(out, 'data'))), ...(await filesUnder(join(out, 'data-dhs')))];
    expect(files.some((f) => f.endsWith('family-tallies-2020-12.csv'))).toBe(true);
    for (const f of files)
      expect({ f, found: sixteenDigits(await readFile(f, 'utf8')) }).toEqual({ f, found: [] });
  });

  it('tallies the register back to the monthly reports: PUS wives, users by method, IAT and TIAL', async () => {
    const { dataset } = await readDataDir(join(out, 'data'));
    const { dataset: source } = await readDataDir(BANJARMASIN_DATA);
    const targets = registerTargets(source, REGISTER_MONTH);
    expect(targets).toHaveLength(21);
    const tallies = dataset.familyTallies ?? [];
    expect(tallies).toHaveLength(21);
    for (const t of targets) {
      const tally = tallies.find((x) => x.kampungId === t.kampungId);
      const report = source.monthly.find((r) => r.kampungId === t.kampungId && r.period === REGISTER_MONTH);
      expect(tally?.values['fam.families']).toBe(t.families);
      expect(tally?.values['fp.women']).toBe(t.wives.length);
      for (const m of METHODS) expect(tally?.values[`fp.users.${m}`] ?? 0).toBe(report?.users[m] ?? 0);
      expect(tally?.values['fp.portal.iat'] ?? 0).toBe(report?.nonUsers.iat);
      expect(tally?.values['fp.portal.tial'] ?? 0).toBe(report?.nonUsers.tial);
      expect(tally?.values['fp.portal.pregnant'] ?? 0).toBe(report?.nonUsers.pregnant);
    }
  });
});
