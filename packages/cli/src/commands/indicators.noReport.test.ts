import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../cliIo.js';
import { main } from '../main.js';

const EXAMPLE = resolve(import.meta.dirname, '../../../../examples/banjarmasin/data');

/** The Banjarmasin example without sungai-andai's December 2020 report. */
function withoutDecemberReport(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kkb-no-report-'));
  cpSync(EXAMPLE, dir, { recursive: true });
  const file = join(dir, 'monthly.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  writeFileSync(file, lines.filter((l) => !l.startsWith('sungai-andai,2020-12,')).join('\n'));
  return dir;
}

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd: process.cwd() };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('a kampung without a monthly report (issue 8, completeness)', () => {
  const dir = withoutDecemberReport();

  it('kkb indicators says "tidak ada laporan"/"no report" instead of a level, in text, JSON and CSV', async () => {
    const id = await run(['indicators', dir, '--period', '2020-12', '--lang', 'id']);
    const row = id.out.split('\n').find((l) => l.includes('Sungai Andai'));
    expect(row).toContain('Tidak ada laporan');
    expect(id.out).toMatch(/Tidak ada laporan: 1/);
    const en = await run(['indicators', dir, '--period', '2020-12', '--lang', 'en']);
    expect(en.out.split('\n').find((l) => l.includes('Sungai Andai'))).toContain('No report');
    const json = JSON.parse((await run(['indicators', dir, '--period', '2020-12', '--json'])).out) as {
      kampung: { id: string; classification: { level: string | null; reason: string | null } }[];
    };
    const sa = json.kampung.find((k) => k.id === 'sungai-andai');
    expect(sa?.classification).toMatchObject({ level: null, reason: 'noMonthlyReport' });
    expect(json.kampung.filter((k) => k.classification.level === null)).toHaveLength(1);
    const csv = (await run(['indicators', dir, '--period', '2020-12', '--csv'])).out.split('\n');
    expect(csv.find((l) => l.startsWith('2020-12,sungai-andai,'))).toMatch(
      /,,[0-9.]+,[0-9.]+,[0-9.]+,noMonthlyReport$/,
    );
  });

  it('kkb validate warns report-missing for that kampung, naming the month', async () => {
    const r = await run(['validate', dir, '--lang', 'en', '--json']);
    const doc = JSON.parse(r.out) as {
      issues: { ruleId: string; location: { kampungId?: string }; values: Record<string, unknown> }[];
    };
    const missing = doc.issues.filter((i) => i.ruleId === 'report-missing');
    expect(missing.map((i) => [i.location.kampungId, i.values['months']])).toEqual([
      ['sungai-andai', '2020-12'],
    ]);
  });

  it('kkb report writes the city recap with the kampung counted as no report', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kkb-no-report-out-'));
    const r = await run(['report', dir, '--period', '2020-12', '--out', out, '--lang', 'id']);
    expect(r.code, r.err).toBeLessThan(2);
    const recap = readdirSync(out).find((f) => /recap|rekap/i.test(f) && f.endsWith('.md'));
    const text = recap
      ? readFileSync(join(out, recap), 'utf8')
      : readdirSync(out)
          .map((f) => readFileSync(join(out, f), 'utf8'))
          .join('\n');
    expect(text).toContain('| Tidak ada laporan | 1 |');
  });
});
