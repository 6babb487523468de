import { DuckDBInstance } from '@duckdb/node-api';
import type { SqlClient } from './sqlClient.js';

/** A {@link SqlClient} on an embedded DuckDB database, and how to close it. */
export interface DuckDbClient extends SqlClient {
  close(): void;
}

/**
 * Opens an embedded DuckDB database (in memory by default) as a {@link SqlClient}.
 *
 * @example
 * ```ts
 * const db = await openDuckDb();
 * await db.query('SELECT 42 AS answer'); // [{ answer: 42 }]
 * db.close();
 * ```
 */
export async function openDuckDb(path = ':memory:'): Promise<DuckDbClient> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  return {
    async query(sql: string) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS() as Record<string, unknown>[];
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
