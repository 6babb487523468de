import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from './main.js';

// Records whether DuckDB checked the monthly reports or handed them back to the js engine.
const outcomes = vi.hoisted(() => [] as (string | true)[]);
vi.mock('@kampung-kb/sql', async (importOriginal) => {
  const m = await importOriginal<typeof import('@kampung-kb/sql')>();
  return {
    ...m,
    checkMonthlyCsvDuckDb: async (o: Parameters<typeof m.checkMonthlyCsvDuckDb>[0]) => {
      const r = await m.checkMonthlyCsvDuckDb(o);
      outcomes.push(r.ok ? true : r.reason);
      return r;
    },
  };
});

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '../../../examples');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), cwd: process.cwd() });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A copy of an example whose monthly reports `edit` rewrites. */
function copyOf(example: string, edit: (text: string) => string = (t) => t): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kkb-engine-')), 'data');
  dirs.push(dirname(dir));
  cpSync(join(EXAMPLES, example, 'data'), dir, { recursive: true });
  const file = join(dir, 'monthly.csv');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

/** Seeded rewrite of the counts of a monthly CSV: every rule has a chance to fire, the file stays valid. */
function scramble(seed: number): (text: string) => string {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 4294967296;
  };
  return (text) =>
    text
      .split('\n')
      .map((line, i) =>
        i === 0 || line === ''
          ? line
          : line
              .split(',')
              .map((cell, j) => (j < 2 || rnd() < 0.6 ? cell : String(Math.floor(rnd() * Number(cell) * 3))))
              .join(','),
      )
      .join('\n');
}

/** Runs both engines (text and --json) and requires the same stdout and exit code. */
async function same(dir: string, expected: 'duckdb' | RegExp): Promise<number> {
  let code = 0;
  for (const json of [[], ['--json']]) {
    const base = ['validate', dir, '--today', '2026-11-30', ...json];
    const js = await run(base);
    outcomes.length = 0;
    const db = await run([...base, '--engine', 'duckdb']);
    expect(db.out).toBe(js.out);
    expect(db.code).toBe(js.code);
    expect(db.err).toBe(js.err);
    if (expected === 'duckdb') expect(outcomes).toEqual([true]);
    else expect(String(outcomes[0] ?? 'not called')).toMatch(expected);
    code = js.code;
  }
  return code;
}

describe('kkb validate --engine duckdb: the output of --engine js', () => {
  it('on the Martapura and Banjarmasin examples', async () => {
    expect(await same(join(EXAMPLES, 'martapura', 'data'), 'duckdb')).toBe(1);
    expect(await same(join(EXAMPLES, 'banjarmasin', 'data'), 'duckdb')).toBe(0);
  }, 60_000);

  for (const seed of [1, 2, 3]) {
    it(`on monthly reports with seeded rule violations (${seed})`, async () => {
      const dir = copyOf(seed === 2 ? 'banjarmasin' : 'martapura', scramble(seed));
      expect(await same(dir, 'duckdb')).toBe(1);
    }, 60_000);
  }

  const fallbacks: [string, string, (t: string) => string, RegExp][] = [
    ['a month written 202301', 'martapura', (t) => t.replace(',2023-02,', ',202302,'), /canonical/],
    [
      'a label instead of a count',
      'martapura',
      (t) => t.replace(/\n(jawa,2023-03),\d+,/, '\n$1,dua puluh,'),
      /canonical/,
    ],
    [
      'a missing month (report-missing)',
      'martapura',
      (t) => t.replace(/\njawa,2023-03,[^\n]*/, ''),
      /report-missing/,
    ],
    ['a duplicate report', 'martapura', (t) => `${t}${t.split('\n')[1]}\n`, /duplicate-record/],
    [
      'an unknown kampung',
      'banjarmasin',
      (t) => t.replace(/\nsungai-andai,2020-01,/, '\nnowhere,2020-01,'),
      /unknown-kampung/,
    ],
  ];
  for (const [name, example, edit, reason] of fallbacks) {
    it(`hands ${name} to the js engine, with the same output`, async () => {
      await same(copyOf(example, edit), reason);
    }, 60_000);
  }

  it('rejects an unknown engine as a usage error', async () => {
    const r = await run(['validate', join(EXAMPLES, 'martapura', 'data'), '--engine', 'spark']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
  });
});
