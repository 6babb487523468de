import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main.ts';
import { compareKampungValues, valuesFromBaselineJson, valuesFromCliJson } from './compareValues.ts';
import { generateDataDir } from './generateDataDir.ts';

const dirs: string[] = [];
async function fresh(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'kkb-bench-gen-'));
  dirs.push(d);
  return d;
}
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function files(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir)).sort()) out[f] = await readFile(join(dir, f), 'utf8');
  return out;
}

async function kkb(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await main(args, { out: (l) => lines.push(l), err: () => {}, cwd: process.cwd() });
  return { code, out: lines.join('\n') };
}

describe('the e2e generator', () => {
  it('writes the same bytes for the same seed and different ones for another seed', async () => {
    const [a, b, c] = [await fresh(), await fresh(), await fresh()];
    await generateDataDir(a, 250, { months: 3, seed: 7 });
    await generateDataDir(b, 250, { months: 3, seed: 7 });
    await generateDataDir(c, 250, { months: 3, seed: 8 });
    const [fa, fb, fc] = [await files(a), await files(b), await files(c)];
    expect(Object.keys(fa)).toEqual([
      'kampung.json',
      'monthly.csv',
      'population.csv',
      'programme.json',
      'regions.csv',
    ]);
    expect(fa).toEqual(fb);
    expect(fc['monthly.csv']).not.toEqual(fa['monthly.csv']);
  });

  it('writes data kkb validate accepts (exit 0, no errors), and the baselines agree with kkb indicators', async () => {
    const dir = await fresh();
    const g = await generateDataDir(dir, 500, { months: 12 });
    // 500 × 12 reports minus the kampung without a December report (k % 211 === 7: 7, 218, 429).
    expect(g.monthlyReports).toBe(500 * 12 - 3);
    const v = await kkb(['validate', dir, '--today', '2026-11-30', '--json', '--lang', 'en']);
    expect(v.code).toBe(0);
    const issues = (JSON.parse(v.out) as { issues: { severity: string; ruleId: string }[] }).issues;
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);

    const ind = await kkb(['indicators', dir, '--json']);
    expect(ind.code).toBe(0);
    const cli = valuesFromCliJson(JSON.parse(ind.out));
    expect(cli.period).toBe('2020-12');
    expect(cli.kampung.get('kampung-7')).toEqual([null, null, null, null]);
    const sources = [{ name: 'kkb', values: cli }];
    for (const script of ['handLoop.mjs', 'duckdbQuery.mjs']) {
      const out = join(dir, `.${script}.json`);
      execFileSync(process.execPath, [join(import.meta.dirname, script), dir, out]);
      sources.push({ name: script, values: valuesFromBaselineJson(JSON.parse(await readFile(out, 'utf8'))) });
    }
    const c = compareKampungValues(sources);
    expect(c.mismatches).toEqual([]);
    expect(c.kampung).toBe(500);
    expect(c.values).toBe(497 * 4);
  });
});
