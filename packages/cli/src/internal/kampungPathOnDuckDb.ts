import { rm } from 'node:fs/promises';
import {
  type ClassificationOptions,
  KAMPUNG_PATH_INDICATORS,
  type KampungIndicators,
  kampungIndicatorsFromResults,
} from '@kampung-kb/indicators';
import { readDataDir } from '@kampung-kb/kit';
import { type Label, parsePeriodId } from '@kampung-kb/model';
import type { AccountingSummary } from '@kampung-kb/rules';
import { computeIndicatorsDuckDb, type StagedFile } from '@kampung-kb/sql';
import { withoutFile } from './withoutFile.js';

/** The kampung path computed on DuckDB, or why not (`unsupported` empty: the JavaScript path reports it). */
export type KampungPathOnDuckDb =
  | {
      readonly ok: true;
      readonly period: string;
      readonly results: readonly KampungIndicators[];
      readonly records: AccountingSummary;
    }
  | { readonly ok: false; readonly unsupported: readonly Label[] };

/**
 * `kkb indicators <dir> --engine duckdb` without `--level`: DuckDB computes the kampung-level results of
 * {@link KAMPUNG_PATH_INDICATORS} for the month straight over the files (the monthly reports, the bulk), and
 * the classification runs on them in JavaScript with {@link kampungIndicatorsFromResults}, the same function
 * the JavaScript engine's path ends in. The other files (kampung, population) are read by the JavaScript
 * reader from a directory without `monthly.csv`; DuckDB has already checked them to be canonical, and any
 * reader issue sends the run back to the JavaScript engine.
 *
 * @example
 * ```ts
 * const out = await kampungPathOnDuckDb('/data/kalsel', '2020-12', {});
 * if (out.ok) console.log(out.results.length);
 * ```
 */
export async function kampungPathOnDuckDb(
  dir: string,
  month: string | undefined,
  classification: ClassificationOptions,
): Promise<KampungPathOnDuckDb> {
  const periodId = month === undefined ? undefined : parsePeriodId(month)?.id;
  const out = await computeIndicatorsDuckDb(dir, {
    indicators: KAMPUNG_PATH_INDICATORS,
    level: 'kampung',
    periods: periodId === undefined ? [] : [periodId],
  });
  if (!out.ok) return { ok: false, unsupported: out.unsupported };
  const period = month ?? out.latestMonth;
  if (period === undefined) return { ok: false, unsupported: [] };
  const shadow = await withoutFile(dir, 'monthly.csv');
  try {
    const read = await readDataDir(shadow);
    if (read.issues.length > 0) return { ok: false, unsupported: [] };
    const results = kampungIndicatorsFromResults(read.dataset, period, out.results, classification);
    return { ok: true, period, results, records: duckDbRecords(out.files) };
  } finally {
    await rm(shadow, { recursive: true, force: true });
  }
}

/**
 * The record accounting of a run DuckDB read: every record of the files it staged was accepted (it takes
 * only directories it checked to be canonical, with no duplicate and no left-out record).
 *
 * @example
 * ```ts
 * duckDbRecords([{ file: 'monthly.csv', recordType: 'monthly', read: 12 }]).accepted; // 12
 * ```
 */
export function duckDbRecords(files: readonly StagedFile[]): AccountingSummary {
  const read = files.reduce((n, f) => n + f.read, 0);
  return {
    read,
    accepted: read,
    excluded: {},
    conflicting: 0,
    files: files.map((f) => ({ ...f, accepted: f.read, excluded: {} })),
  };
}
