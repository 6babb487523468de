import { INDICATOR_DATA_ELEMENTS, type IndicatorDataElement } from '@kampung-kb/indicators';
import { type Dataset, totalPopulation } from '@kampung-kb/model';
import { sqlLiteral as lit, sqlIdentifier as q } from './internal/sqlText.js';
import type { SqlClient } from './sqlClient.js';

/**
 * The field columns of the staging tables: for each record type read field by field, the dotted paths of
 * the data elements (`users.iud`, `pus`, `total`), each a `DOUBLE PRECISION` column named by its path.
 *
 * @example
 * ```ts
 * stagingColumns().monthly.includes('users.iud'); // true
 * ```
 */
export interface StagingColumns {
  readonly monthly: readonly string[];
  readonly population: readonly string[];
  readonly profile: readonly string[];
}

/**
 * The columns of the staging tables for a list of data elements ({@link INDICATOR_DATA_ELEMENTS} by default).
 *
 * @example
 * ```ts
 * stagingColumns().population.includes('pus'); // true
 * ```
 */
export function stagingColumns(
  elements: readonly IndicatorDataElement[] = INDICATOR_DATA_ELEMENTS,
): StagingColumns {
  const of = (t: string) => [
    ...new Set(elements.filter((e) => e.recordType === t && e.where === undefined).map((e) => e.path)),
  ];
  return { monthly: of('monthly'), population: of('population'), profile: of('profile') };
}

/**
 * The tables the compiled SQL reads (a warehouse creates them as tables or views over its own data):
 *
 * - `kkb_kampung(kampung_id, region_code, designation_month, seq)`: one row per kampung record;
 * - `kkb_monthly(kampung_id, month, seq, "<path>"…)`, `kkb_population(…)`, `kkb_profile(…)`: one row per
 *   record, `month` as `YYYY-MM`, each element path a `DOUBLE PRECISION` column (a boolean is 1/0, a list
 *   its length, `list.code` 1/0 for membership, `total` the population over all age bands).
 *
 * `seq` is the record's position in its source (file order): of two records of one kampung and month the
 * one with the larger `seq` wins, as a correction appended to a file does in the JavaScript engine. Records
 * without a kampung id or a `YYYY-MM` month are left out (the JavaScript engine ignores them too).
 *
 * @example
 * ```ts
 * STAGING_TABLES.monthly; // 'kkb_monthly'
 * ```
 */
export const STAGING_TABLES = {
  kampung: 'kkb_kampung',
  monthly: 'kkb_monthly',
  population: 'kkb_population',
  profile: 'kkb_profile',
} as const;

const MONTH_RE = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

/**
 * `CREATE TABLE` statements of the staging tables (dropping earlier ones), portable to DuckDB and PostgreSQL.
 *
 * @example
 * ```ts
 * for (const s of createStagingSql()) await client.query(s);
 * ```
 */
export function createStagingSql(columns: StagingColumns = stagingColumns()): string[] {
  const table = (name: string, cols: readonly string[]) => [
    `DROP TABLE IF EXISTS ${name}`,
    `CREATE TABLE ${name} (kampung_id VARCHAR NOT NULL, month VARCHAR NOT NULL, seq BIGINT NOT NULL${cols.map((c) => `, ${q(c)} DOUBLE PRECISION`).join('')})`,
  ];
  return [
    `DROP TABLE IF EXISTS ${STAGING_TABLES.kampung}`,
    `CREATE TABLE ${STAGING_TABLES.kampung} (kampung_id VARCHAR NOT NULL, region_code VARCHAR, designation_month VARCHAR, seq BIGINT NOT NULL)`,
    ...table(STAGING_TABLES.monthly, columns.monthly),
    ...table(STAGING_TABLES.population, columns.population),
    ...table(STAGING_TABLES.profile, columns.profile),
  ];
}

/** Reads one element path from a record as the JavaScript engine does: number, flag 1/0, list length, membership. */
function readPath(record: unknown, type: string, path: string): number | undefined {
  if (type === 'population' && path === 'total') {
    const r = record as { male?: unknown; female?: unknown };
    if (r.male === null || typeof r.male !== 'object' || r.female === null || typeof r.female !== 'object')
      return undefined;
    const n = totalPopulation(r as Parameters<typeof totalPopulation>[0]);
    return Number.isFinite(n) ? n : undefined;
  }
  const segments = path.split('.');
  let node: unknown = record;
  for (let i = 0; i < segments.length; i++) {
    if (Array.isArray(node) && i === segments.length - 1) return node.includes(segments[i]) ? 1 : 0;
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segments[i] as string];
  }
  if (typeof node === 'number') return Number.isFinite(node) ? node : undefined;
  if (typeof node === 'boolean') return node ? 1 : 0;
  if (Array.isArray(node)) return node.length;
  return undefined;
}

const num = (v: number | undefined): string => (v === undefined ? 'NULL' : String(v));

/**
 * Loads a data set's kampung, monthly reports, population and profile snapshots into the staging tables
 * through any {@link SqlClient} (DuckDB or PostgreSQL), in batches of `INSERT … VALUES`. Returns the rows
 * written per table.
 *
 * @example
 * ```ts
 * await loadDatasetSql(client, dataset); // { kkb_kampung: 21, kkb_monthly: 252, … }
 * ```
 */
export async function loadDatasetSql(
  client: SqlClient,
  dataset: Partial<Dataset>,
  columns: StagingColumns = stagingColumns(),
): Promise<Record<string, number>> {
  for (const s of createStagingSql(columns)) await client.query(s);
  const counts: Record<string, number> = {};
  const insert = async (table: string, header: readonly string[], rows: readonly string[]) => {
    counts[table] = rows.length;
    for (let i = 0; i < rows.length; i += 500) {
      await client.query(
        `INSERT INTO ${table} (${header.join(', ')}) VALUES ${rows.slice(i, i + 500).join(', ')}`,
      );
    }
  };
  const kampungRows: string[] = [];
  (dataset.kampung ?? []).forEach((k, seq) => {
    const r = k as unknown as Record<string, unknown>;
    if (typeof r['id'] !== 'string') return;
    const code = typeof r['regionCode'] === 'string' ? lit(r['regionCode']) : 'NULL';
    const date = r['designationDate'];
    const month =
      typeof date === 'string' && MONTH_RE.test(date.slice(0, 7)) ? lit(date.slice(0, 7)) : 'NULL';
    kampungRows.push(`(${lit(r['id'])}, ${code}, ${month}, ${seq})`);
  });
  await insert(
    STAGING_TABLES.kampung,
    ['kampung_id', 'region_code', 'designation_month', 'seq'],
    kampungRows,
  );
  const typed = [
    ['monthly', dataset.monthly ?? [], columns.monthly],
    ['population', dataset.population ?? [], columns.population],
    ['profile', dataset.profiles ?? [], columns.profile],
  ] as const;
  for (const [type, records, cols] of typed) {
    const rows: string[] = [];
    (records as readonly unknown[]).forEach((rec, seq) => {
      const r = rec as Record<string, unknown>;
      const id = r['kampungId'];
      const month = r['period'];
      if (typeof id !== 'string' || typeof month !== 'string' || !MONTH_RE.test(month)) return;
      rows.push(
        `(${lit(id)}, ${lit(month)}, ${seq}${cols.map((c) => `, ${num(readPath(r, type, c))}`).join('')})`,
      );
    });
    await insert(`kkb_${type}`, ['kampung_id', 'month', 'seq', ...cols.map(q)], rows);
  }
  return counts;
}
