/**
 * The smallest client the SQL backend needs: run one statement and return its rows as plain objects
 * (column name → value). Values may be numbers, strings, bigints (DuckDB's `BIGINT`) or `null`; the
 * backend normalises them. A `pg` `Client` or `Pool` fits through a one-line adapter, so the package does
 * not depend on `pg` at run time.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * const pgClient = new pg.Client({ host: '/tmp/pgsocket', database: 'postgres' });
 * await pgClient.connect();
 * const client: SqlClient = { query: async (sql) => (await pgClient.query(sql)).rows };
 * ```
 */
export interface SqlClient {
  query(sql: string): Promise<readonly Readonly<Record<string, unknown>>[]>;
}
