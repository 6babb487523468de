import type { ComputeIndicatorsOptions, IndicatorResult, InvalidElement } from '@kampung-kb/indicators';
import type { Label } from '@kampung-kb/model';
import { computeIndicatorsSql } from './computeIndicatorsSql.js';
import { openDuckDb } from './duckDbClient.js';
import { type StagedFile, stageDataDir } from './internal/stageDataDir.js';

export type { StagedFile } from './internal/stageDataDir.js';

import { stagingColumns } from './stagingTables.js';

/**
 * What {@link computeIndicatorsDuckDb} returns: the results and the files read (every record accepted), or
 * why the directory or the options are not supported by the DuckDB engine (then read the directory with
 * the JavaScript reader and use `computeIndicators`: never a different answer).
 *
 * @example
 * ```ts
 * const o: DuckDbIndicatorsOutcome = { ok: false, unsupported: [{ id: 'berkas profiles.json …', en: 'file profiles.json …' }] };
 * ```
 */
export type DuckDbIndicatorsOutcome =
  | {
      readonly ok: true;
      readonly results: IndicatorResult[];
      /** Data elements left out, with why, as `IndicatorEngine.invalidElements` gives them. */
      readonly invalidElements: readonly InvalidElement[];
      readonly files: readonly StagedFile[];
      /** The latest month with a monthly report (`YYYY-MM`), as `latestPeriod` gives it. */
      readonly latestMonth: string | undefined;
      /** Names of the regions (by code) and kampung (by id) in the directory. */
      readonly names: ReadonlyMap<string, string>;
    }
  | { readonly ok: false; readonly unsupported: readonly Label[] };

/**
 * Computes indicators with DuckDB embedded, straight over a data directory's files: the files are read by
 * DuckDB (`read_csv`, `read_json`), checked to be canonical, staged, and the compiled SQL
 * ({@link compileIndicatorsSql}) runs on them. The results equal `computeIndicators` on the directory's
 * records. Supported: `kampung.json`, `monthly.csv` and `population.csv` in canonical form (see the
 * package README); any other file, cell form, duplicate or unknown kampung, or option the SQL does not
 * compile, comes back as `unsupported`.
 *
 * `periods` may be empty: the latest month with a monthly report is then computed.
 *
 * @example
 * ```ts
 * const out = await computeIndicatorsDuckDb('/data/kalsel', { indicators: defaultIndicatorCatalogue,
 *   level: 'regency', periods: ['2020Q4'] });
 * if (out.ok) console.log(out.results.length); else console.log(out.unsupported);
 * ```
 */
export async function computeIndicatorsDuckDb(
  dir: string,
  options: ComputeIndicatorsOptions,
): Promise<DuckDbIndicatorsOutcome> {
  const db = await openDuckDb();
  try {
    const columns = stagingColumns(options.elements);
    const staged = await stageDataDir(db, dir, columns);
    if (!staged.ok) return { ok: false, unsupported: staged.reasons };
    const periods =
      options.periods.length > 0 ? options.periods : staged.latestMonth ? [staged.latestMonth] : [];
    const out = await computeIndicatorsSql(db, { ...options, periods }, 'duckdb');
    if (!out.ok) return out;
    return {
      ok: true,
      results: out.results,
      invalidElements: out.invalidElements,
      files: staged.files,
      latestMonth: staged.latestMonth,
      names: staged.names,
    };
  } finally {
    db.close();
  }
}
