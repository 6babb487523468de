import { mkdtemp, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A data directory without one of its files: a temporary directory of symbolic links to every other entry,
 * so the JavaScript reader reads the rest while DuckDB reads that file. The caller removes it.
 *
 * @example
 * ```ts
 * const shadow = await withoutFile('/data/kalsel', 'monthly.csv');
 * try { await readDataDir(shadow); } finally { await rm(shadow, { recursive: true, force: true }); }
 * ```
 */
export async function withoutFile(dir: string, file: string): Promise<string> {
  const shadow = await mkdtemp(join(tmpdir(), 'kkb-shadow-'));
  for (const e of await readdir(dir)) if (e !== file) await symlink(join(dir, e), join(shadow, e));
  return shadow;
}
