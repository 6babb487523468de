/**
 * The SQL dialects the compiled indicator SQL runs on unchanged: DuckDB (embedded, over a data directory's
 * files) and PostgreSQL 15 or newer (a warehouse). The generated text uses only what both accept: common
 * table expressions, `VALUES` lists, window functions with `ROWS UNBOUNDED PRECEDING`, `NULLIF`,
 * `COALESCE`, `CASE`, `split_part` and `DOUBLE PRECISION` arithmetic; the dialect only changes how the
 * staging tables are created from files.
 *
 * @example
 * ```ts
 * const d: SqlDialect = 'postgres';
 * ```
 */
export type SqlDialect = 'duckdb' | 'postgres';

/** Every {@link SqlDialect}. */
export const SQL_DIALECTS: readonly SqlDialect[] = ['duckdb', 'postgres'];
