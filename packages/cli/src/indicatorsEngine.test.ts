import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.js';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../examples/banjarmasin/data');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), cwd: process.cwd() });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// The example's kampung, monthly reports, population and regions: the files DuckDB reads itself.
let canonical: string;
beforeAll(() => {
  canonical = mkdtempSync(join(tmpdir(), 'kkb-engine-'));
  for (const f of ['kampung.json', 'monthly.csv', 'population.csv', 'regions.csv'])
    copyFileSync(join(DATA, f), join(canonical, f));
});
afterAll(() => rmSync(canonical, { recursive: true, force: true }));

describe('kkb indicators --engine duckdb', () => {
  for (const args of [
    ['--level', 'kota', '--json'],
    ['--level', 'kecamatan', '--period', '2020Q4', '--csv'],
    ['--level', 'kelurahan', '--period', '2020', '--lang', 'en'],
    ['--level', 'kota', '--indicator', 'cpr-portal', '--indicator', 'dropout-rate', '--period', '2020-06'],
    // The kampung path: DuckDB's kampung-level results, classified in JavaScript.
    ['--json'],
    ['--period', '2020-06', '--explain', '--lang', 'en'],
    ['--period', '2020-03', '--csv'],
  ]) {
    it(`prints what --engine js prints: ${args.join(' ')}`, async () => {
      const js = await run(['indicators', canonical, ...args]);
      const duck = await run(['indicators', canonical, ...args, '--engine', 'duckdb']);
      expect(js.code).toBe(0);
      expect(duck.code).toBe(js.code);
      expect(duck.err).toBe('');
      expect(duck.out).toBe(js.out);
      expect(duck.out.length).toBeGreaterThan(100);
    }, 60_000);
  }

  it('falls back to the JavaScript engine, saying why, for files it does not read (same output)', async () => {
    const args = ['indicators', DATA, '--level', 'kota', '--period', '2020Q4', '--json', '--lang', 'en'];
    const js = await run(args);
    const duck = await run([...args, '--engine', 'duckdb']);
    expect(duck.out).toBe(js.out);
    expect(duck.code).toBe(js.code);
    expect(duck.err).toContain('--engine duckdb: computed with the JavaScript engine instead');
    expect(duck.err).toContain('profiles.json');
  }, 60_000);

  it('falls back on a non-canonical cell or a repeated kampung-month, with the same output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kkb-engine-'));
    try {
      for (const f of ['kampung.json', 'population.csv', 'regions.csv'])
        copyFileSync(join(canonical, f), join(dir, f));
      const lines = readFileSync(join(canonical, 'monthly.csv'), 'utf8').trimEnd().split('\n');
      // 202012 for 2020-12 (the JS reader takes it), and a correction of the first report appended.
      const edited = lines.map((l) => l.replace(/,2020-12,/, ',202012,'));
      writeFileSync(join(dir, 'monthly.csv'), `${[...edited, lines[1]].join('\n')}\n`);
      const args = ['indicators', dir, '--level', 'kota', '--period', '2020Q4', '--json', '--lang', 'en'];
      const js = await run(args);
      const duck = await run([...args, '--engine', 'duckdb']);
      expect(duck.out).toBe(js.out);
      expect(duck.code).toBe(js.code);
      expect(duck.err).toContain('monthly.csv');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('rejects an unknown engine as a usage error', async () => {
    const r = await run(['indicators', canonical, '--level', 'kota', '--engine', 'sqlite']);
    expect(r.code).toBe(2);
  });
});
