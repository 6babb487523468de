import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeIndicators, defaultIndicatorCatalogue } from '@kampung-kb/indicators';
import { readDataDir } from '@kampung-kb/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicatorsDuckDb } from './computeIndicatorsDuckDb.js';

const example = fileURLToPath(new URL('../../../examples/banjarmasin/data', import.meta.url));
const options = { indicators: defaultIndicatorCatalogue, level: 'district' as const, periods: ['2020Q4'] };
let dir: string;
let monthly: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kkb-sql-'));
  for (const f of ['kampung.json', 'population.csv', 'regions.csv'])
    copyFileSync(join(example, f), join(dir, f));
  monthly = readFileSync(join(example, 'monthly.csv'), 'utf8').trimEnd().split('\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** monthly.csv with its third cell of the second data row replaced (users.iud of one report). */
function withCell(cell: string): void {
  const rows = [...monthly];
  const parts = (rows[2] as string).split(',');
  parts[2] = cell;
  rows[2] = parts.join(',');
  writeFileSync(join(dir, 'monthly.csv'), `${rows.join('\n')}\n`);
}

describe('computeIndicatorsDuckDb', () => {
  it('equals computeIndicators on a canonical directory, and names the files read', async () => {
    withCell((monthly[2] as string).split(',')[2] as string);
    const out = await computeIndicatorsDuckDb(dir, options);
    const { dataset } = await readDataDir(dir);
    expect(out.ok && out.results).toEqual(computeIndicators(dataset, options));
    expect(out.ok && out.files.map((f) => `${f.file} ${f.read}`)).toEqual([
      'kampung.json 21',
      'monthly.csv 252',
      'population.csv 24',
      'regions.csv 28',
    ]);
    expect(out.ok && out.latestMonth).toBe('2020-12');
  });

  for (const cell of ['', '+5', '05', ' 5', '5.0', 'abc', '-1', '1e3']) {
    it(`reports a non-canonical cell ${JSON.stringify(cell)} as unsupported, never computes with it`, async () => {
      withCell(cell);
      const out = await computeIndicatorsDuckDb(dir, options);
      expect(out.ok).toBe(false);
      expect(!out.ok && out.unsupported[0]?.en).toContain('monthly.csv: 1 non-canonical rows');
    });
  }

  it('reports a file it does not read', async () => {
    withCell('3');
    writeFileSync(join(dir, 'interventions.csv'), 'id\n');
    try {
      const out = await computeIndicatorsDuckDb(dir, options);
      expect(!out.ok && out.unsupported.map((u) => u.en)).toEqual([
        'file interventions.csv is not read by the duckdb engine',
      ]);
    } finally {
      rmSync(join(dir, 'interventions.csv'));
    }
  });
});
