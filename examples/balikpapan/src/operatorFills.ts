import { readDataDir } from '@kampung-kb/kit';
import { type FillResult, fillWorkbook } from './fillWorkbook.js';
import { type CityRecords, generateCity, type Village } from './generateCity.js';

/** The fixed seed of the Balikpapan example ("64.71", 2020). */
export const SEED = 0x6471_2020;

/** Options of {@link operatorFills}. */
export interface OperatorOptions {
  /** Also type four rows wrong on purpose (see {@link fillWorkbook}). */
  readonly mistakes?: boolean;
  /** How many kampung the city designated (default 10). */
  readonly kampungCount?: number;
  /** Seed of the synthetic figures (default {@link SEED}). */
  readonly seed?: number;
}

/** What the operator typed. */
export interface OperatorWork extends FillResult {
  readonly records: CityRecords;
}

/**
 * The kelurahan/desa of a data directory made by `kkb init` (its `regions.csv`), in code order.
 *
 * @example
 * ```ts
 * (await villagesOf('out/data')).length; // 34 for Kota Balikpapan
 * ```
 */
export async function villagesOf(dataDir: string): Promise<Village[]> {
  const { dataset } = await readDataDir(dataDir);
  return dataset.regions
    .filter((r) => /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(r.code))
    .map((r) => ({ code: r.code, name: r.name }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}

/**
 * The Pokja operators' afternoon: synthetic figures for the city's kampung (in kelurahan from the data
 * directory's official region list), typed into the workbook `kkb template` wrote. The same data directory
 * and options give the same workbook content.
 *
 * @example
 * ```ts
 * const { errors } = await operatorFills('out/data', 'out/isian.xlsx', { mistakes: true });
 * ```
 */
export async function operatorFills(
  dataDir: string,
  workbook: string,
  options: OperatorOptions = {},
): Promise<OperatorWork> {
  const villages = await villagesOf(dataDir);
  const records = generateCity(villages, {
    seed: options.seed ?? SEED,
    kampungCount: options.kampungCount ?? 10,
    year: 2020,
  });
  const used = new Set(records.kampung.map((k) => k.regionCode));
  const unused = villages.find((v) => !used.has(v.code));
  if (options.mistakes && !unused)
    throw new Error('operatorFills: no kelurahan left for the mistyped kampung');
  const result = await fillWorkbook(workbook, records, {
    mistakes: options.mistakes && unused ? { unused } : undefined,
  });
  return { ...result, records };
}
