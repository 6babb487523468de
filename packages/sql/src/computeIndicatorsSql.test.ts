import { fileURLToPath } from 'node:url';
import { computeIndicators, defaultIndicatorCatalogue } from '@kampung-kb/indicators';
import { readDataDir } from '@kampung-kb/kit';
import type { Dataset } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { computeIndicatorsSql } from './computeIndicatorsSql.js';
import { openDuckDb } from './duckDbClient.js';
import { loadDatasetSql } from './stagingTables.js';

const exampleDir = fileURLToPath(new URL('../../../examples/banjarmasin/data', import.meta.url));

describe('computeIndicatorsSql on DuckDB', () => {
  it('equals computeIndicators on the Banjarmasin example', async () => {
    const read = await readDataDir(exampleDir);
    const dataset: Dataset = { ...read.dataset, interventions: [], proposals: [], budgets: [] };
    const db = await openDuckDb();
    await loadDatasetSql(db, dataset);
    const options = {
      indicators: defaultIndicatorCatalogue,
      level: ['kampung', 'district', 'regency'] as const,
      periods: ['2020-12', '2020Q4', '2020', '2020S1'],
    };
    const out = await computeIndicatorsSql(db, { ...options, level: [...options.level] }, 'duckdb');
    db.close();
    expect(out.ok ? [] : out.unsupported).toEqual([]);
    const js = computeIndicators(dataset, { ...options, level: [...options.level] });
    expect(out.ok && out.results.length).toBe(js.length);
    expect(out.ok && out.results).toEqual(js);
  });
});
