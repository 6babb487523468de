import {
  type ComputeIndicatorsOptions,
  computeIndicators,
  type IndicatorResult,
} from '@kampung-kb/indicators';
import type { Dataset } from '@kampung-kb/model';
import { afterAll, beforeAll, expect } from 'vitest';
import { computeIndicatorsSql } from '../computeIndicatorsSql.js';
import { type DuckDbClient, openDuckDb } from '../duckDbClient.js';
import type { SqlClient } from '../sqlClient.js';
import type { SqlDialect } from '../sqlDialect.js';
import { loadDatasetSql } from '../stagingTables.js';
import { type PostgresCluster, postgresBin, startPostgres } from './postgresCluster.js';

/** The engines of a differential test file: DuckDB always, PostgreSQL when installed. */
export interface DifferentialHarness {
  /** Whether PostgreSQL runs (known once the file's `beforeAll` has run). */
  hasPostgres(): boolean;
  /** JS, DuckDB and (when installed) PostgreSQL on the same records and options: all deeply equal. */
  expectSame(dataset: Dataset, options: ComputeIndicatorsOptions): Promise<IndicatorResult[]>;
}

async function viaSql(
  client: SqlClient,
  dialect: SqlDialect,
  dataset: Dataset,
  options: ComputeIndicatorsOptions,
): Promise<IndicatorResult[]> {
  await loadDatasetSql(client, dataset);
  const out = await computeIndicatorsSql(client, options, dialect);
  if (!out.ok) throw new Error(out.unsupported.map((u) => u.en).join('; '));
  return out.results;
}

/**
 * Sets up a differential test file: opens DuckDB and, when Debian's PostgreSQL is installed, starts a
 * throwaway cluster (`beforeAll`), and closes both (`afterAll`). With `requirePostgresInCi`, a CI run
 * (`CI=true`) without PostgreSQL fails at once instead of skipping it.
 */
export function differentialHarness(options: { requirePostgresInCi?: boolean } = {}): DifferentialHarness {
  const bin = postgresBin();
  if (options.requirePostgresInCi && bin === undefined && process.env['CI'] === 'true') {
    throw new Error(
      'PostgreSQL is not installed (scripts/setup.sh installs it); the differential test needs it in CI',
    );
  }
  let duck: DuckDbClient;
  let postgres: PostgresCluster | undefined;
  beforeAll(async () => {
    duck = await openDuckDb();
    if (bin !== undefined) postgres = await startPostgres(bin);
  }, 120_000);
  afterAll(async () => {
    duck?.close();
    await postgres?.stop();
  });
  return {
    hasPostgres: () => postgres !== undefined,
    async expectSame(dataset, computeOptions) {
      const js = computeIndicators(dataset, computeOptions);
      const text = JSON.stringify(js);
      const duckResults = await viaSql(duck, 'duckdb', dataset, computeOptions);
      expect(duckResults).toEqual(js);
      // Same keys in the same order too, so the CLI prints the same JSON.
      expect(JSON.stringify(duckResults)).toBe(text);
      if (postgres) {
        const pgResults = await viaSql(postgres.client, 'postgres', dataset, computeOptions);
        expect(pgResults).toEqual(js);
        expect(JSON.stringify(pgResults)).toBe(text);
      }
      return js;
    },
  };
}
