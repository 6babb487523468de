import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './cliIo.js';
import { main } from './main.js';

const EXAMPLE = resolve(import.meta.dirname, '../../../examples/banjarmasin/data');

/** A copy of the Banjarmasin data, changed by `edit`. */
function example(edit: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kkb-acc-'));
  cpSync(EXAMPLE, dir, { recursive: true });
  edit(dir);
  return dir;
}

async function run(args: string[], cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface Doc {
  kampung: { id: string; indicators: { cpr: number | null } }[];
  records: { read: number; accepted: number; excluded: Record<string, number>; files: { file: string }[] };
}

// The sungai-andai 2020-12 row with 100 more injectable users: CPR 189/286 = 66.08 would become 289/286 = 101.05.
const CONFLICTING = 'sungai-andai,2020-12,24,7,2,26,179,42,9,15,68,8,6,71,72,60,42,67,1209\n';
const UNKNOWN = 'nowhere-kampung,2020-12,24,7,2,26,79,42,9,15,68,8,6,71,72,60,42,67,1209\n';

describe('records left out of indicators and report are counted (issue 7)', () => {
  it('keeps the first of a conflicting duplicate and says so on stderr', async () => {
    const dir = example((d) => appendFileSync(join(d, 'monthly.csv'), CONFLICTING));
    const r = await run(['indicators', dir, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as Doc;
    expect(doc.kampung.find((k) => k.id === 'sungai-andai')?.indicators.cpr).toBe(66.08);
    expect(doc.records.excluded).toEqual({ duplicate: 1 });
    expect(doc.records.read).toBe(doc.records.accepted + 1);
    const text = await run(['indicators', dir, '--lang', 'en']);
    expect(text.err).toContain('1 of ');
    expect(text.err).toContain('1 duplicate (1 differing from the first)');
    expect(text.err).toContain('monthly.csv: 1 of 253 — 1 duplicate');
    const id = await run(['indicators', dir, '--lang', 'id']);
    expect(id.err).toContain('1 ganda (1 berbeda isi dari yang pertama)');
    expect(id.err).not.toMatch(/duplicate|left out/);
  });

  it('counts a row for an unknown kampung', async () => {
    const dir = example((d) => appendFileSync(join(d, 'monthly.csv'), UNKNOWN));
    const r = await run(['indicators', dir, '--level', 'kota', '--period', '202012', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('1 record of an unknown kampung');
  });

  it('--strict exits 1 after printing the results when anything was left out, 0 otherwise', async () => {
    const dir = example((d) => appendFileSync(join(d, 'monthly.csv'), UNKNOWN));
    const r = await run(['indicators', dir, '--strict', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Kampung KB Sungai Andai');
    expect(r.err).toContain('--strict');
    expect((await run(['indicators', EXAMPLE, '--strict'])).code).toBe(0);
    const out = mkdtempSync(join(tmpdir(), 'kkb-acc-out-'));
    expect((await run(['report', dir, '--out', out, '--strict'])).code).toBe(1);
  });

  it('gives a second kampung with the same id no report of its own and overwrites no file', async () => {
    const dir = example((d) => {
      const list = JSON.parse(readFileSync(join(d, 'kampung.json'), 'utf8')) as {
        id: string;
        name: string;
      }[];
      list.push({ ...list[0]!, name: 'Kampung KB Kembar' });
      writeFileSync(join(d, 'kampung.json'), JSON.stringify(list));
    });
    const out = mkdtempSync(join(tmpdir(), 'kkb-acc-out-'));
    const r = await run(['report', dir, '--out', out, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { files: string[]; records: Doc['records'] };
    expect(doc.records.excluded).toEqual({ duplicate: 1 });
    const onDisk = readdirSync(join(out, 'kampung')).map((f) => `kampung/${f}`);
    expect(doc.files.filter((f) => f.startsWith('kampung/')).sort()).toEqual(onDisk.sort());
    expect(new Set(doc.files).size).toBe(doc.files.length);
    const md = readFileSync(
      join(out, onDisk.find((f) => f.includes('sungai-andai') && f.endsWith('.md'))!),
      'utf8',
    );
    expect(md).not.toContain('Kembar');
  });

  it('adds "records" to validate --json', async () => {
    const r = await run(['validate', EXAMPLE, '--json']);
    const doc = JSON.parse(r.out) as Doc;
    expect(doc.records.read).toBeGreaterThan(0);
    expect(doc.records.read).toBe(doc.records.accepted);
    const files = doc.records.files as unknown as { file: string; read: number }[];
    expect(files.map((f) => f.file).sort()).toEqual(
      [
        'budgets.csv',
        'interventions.csv',
        'kampung.json',
        'monthly.csv',
        'population.csv',
        'profiles.json',
        'proposals.csv',
        'regions.csv',
      ].sort(),
    );
    expect(files.reduce((n, f) => n + f.read, 0)).toBe(doc.records.read);
  });

  it('lists an empty data file as 0 of 0', async () => {
    const dir = example((d) =>
      writeFileSync(join(d, 'budgets.csv'), 'kampungId,year,fundingSource,amount\n'),
    );
    const doc = JSON.parse((await run(['indicators', dir, '--json'])).out) as Doc;
    expect(doc.records.files).toContainEqual({
      file: 'budgets.csv',
      recordType: 'budget',
      read: 0,
      accepted: 0,
      excluded: {},
    });
  });
});
