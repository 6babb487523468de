import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

/** Runs `work` on a fresh in-memory DuckDB connection and closes it afterwards. */
export async function withDuckDb<T>(work: (c: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
