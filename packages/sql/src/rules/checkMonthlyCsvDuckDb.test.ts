import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readDataDir } from '@kampung-kb/kit';
import { builtinRules, compileRules, validateDataset } from '@kampung-kb/rules';
import { afterAll, describe, expect, it } from 'vitest';
import { checkMonthlyCsvDuckDb } from './checkMonthlyCsvDuckDb.js';
import { writeRandomDataDir } from './internal/randomDataDir.js';

const TODAY = '2026-11-30';
const EXAMPLES = resolve(import.meta.dirname, '../../../../examples');
const compiled = compileRules(builtinRules);
if (!compiled.ok) throw new Error('built-in rules do not compile');
const ruleSet = compiled.ruleSet;
const dirs: string[] = [];

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'kkb-sql-rules-'));
  dirs.push(d);
  return d;
}

/** JS (validateDataset) against DuckDB on the monthly reports of a directory. */
async function compare(dir: string, disabled: readonly string[] = []) {
  const { dataset } = await readDataDir(dir);
  const js = validateDataset(dataset, { today: TODAY, disabled });
  const jsMonthly = js.issues.filter((i) => i.location.recordType === 'monthly');
  const sql = await checkMonthlyCsvDuckDb({
    path: join(dir, 'monthly.csv'),
    file: 'monthly.csv',
    ruleSet,
    disabled,
    kampung: dataset.kampung,
    population: dataset.population,
    today: TODAY,
  });
  return { js, jsMonthly, sql, dataset };
}

describe('checkMonthlyCsvDuckDb: the same monthly issues as validateDataset', () => {
  for (const example of ['martapura', 'banjarmasin']) {
    it(`examples/${example}`, async () => {
      const { js, jsMonthly, sql, dataset } = await compare(join(EXAMPLES, example, 'data'));
      expect(sql.ok ? true : sql.reason).toBe(true);
      if (!sql.ok) return;
      expect(sql.records).toBe(dataset.monthly.length);
      expect(sql.issues).toEqual(jsMonthly);
      expect(sql.withErrors).toBe(js.summary.byRecordType.monthly.withErrors);
    });
  }

  const fired = new Set<string>();
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`random data set ${seed} with rule violations`, async () => {
      const dir = await tempDir();
      await writeRandomDataDir(
        join(EXAMPLES, seed % 2 === 0 ? 'banjarmasin' : 'martapura', 'data'),
        dir,
        seed,
      );
      const { js, jsMonthly, sql } = await compare(dir);
      expect(sql.ok ? true : sql.reason).toBe(true);
      if (!sql.ok) return;
      for (const i of jsMonthly) fired.add(i.code);
      expect(sql.issues).toEqual(jsMonthly);
      expect(sql.withErrors).toBe(js.summary.byRecordType.monthly.withErrors);
      for (const [rule, n] of sql.byRule) expect(js.summary.byRule[rule]).toBe(n);
    });
  }

  it('the random data sets make every monthly rule that valid data can break fire', () => {
    // mkjp-within-users cannot fire on schema-valid reports: the users total is summed from the methods.
    expect([...fired].sort()).toEqual([
      'cpr-within-100',
      'jkn-within-population',
      'kkbpk-balance',
      'poktan-within-target',
    ]);
  });

  it('a disabled rule is left out as by the JavaScript engine', async () => {
    const dir = await tempDir();
    await writeRandomDataDir(join(EXAMPLES, 'martapura', 'data'), dir, 7);
    const { jsMonthly, sql } = await compare(dir, ['kkbpk-balance', 'poktan-within-target']);
    expect(sql.ok && sql.issues).toEqual(jsMonthly);
    expect(jsMonthly.some((i) => i.code === 'kkbpk-balance')).toBe(false);
  });
});

describe('checkMonthlyCsvDuckDb: what it leaves to the JavaScript engine', () => {
  async function withMonthly(edit: (text: string) => string): Promise<string> {
    const dir = await tempDir();
    await writeRandomDataDir(join(EXAMPLES, 'martapura', 'data'), dir, 11, 3);
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(join(dir, 'monthly.csv'), 'utf8');
    await writeFile(join(dir, 'monthly.csv'), edit(text));
    return dir;
  }

  const cases: [string, (t: string) => string, RegExp][] = [
    ['a period written 202301', (t) => t.replace(/,2023-01,/, ',202301,'), /canonical/],
    ['a count written as 1.0', (t) => t.replace(/\n(jawa,2023-0\d),(\d+),/, '\n$1,$2.0,'), /canonical/],
    ['a negative count', (t) => t.replace(/\n(jawa,2023-0\d),(\d+),/, '\n$1,-$2,'), /canonical/],
    ['a count with a plus sign', (t) => t.replace(/\n(jawa,2023-0\d),(\d+),/, '\n$1,+$2,'), /canonical/],
    ['a quoted cell', (t) => t.replace(/\njawa,/, '\n"jawa",'), /quotes/],
    ['an empty line', (t) => t.replace(/\n/, '\n\n'), /empty lines/],
    ['an unknown kampung', (t) => t.replace(/\njawa,/, '\nnowhere,'), /unknown-kampung/],
    ['a duplicate report', (t) => `${t}${t.split('\n')[1]}\n`, /duplicate-record/],
    ['a report in the future', (t) => t.replace(/\njawa,2023-01,/, '\njawa,2027-01,'), /future-date/],
    [
      'an unknown column',
      (t) => t.replace('kampungId,', 'kampungId,extra,').replace(/\n([a-z-]+),/g, '\n$1,1,'),
      /column extra/,
    ],
  ];
  for (const [name, edit, reason] of cases) {
    it(name, async () => {
      const dir = await withMonthly(edit);
      const { dataset } = await readDataDir(dir);
      const r = await checkMonthlyCsvDuckDb({
        path: join(dir, 'monthly.csv'),
        file: 'monthly.csv',
        ruleSet,
        kampung: dataset.kampung,
        population: dataset.population,
        today: TODAY,
      });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(reason);
    });
  }
});
