import { roundRatio } from '@kampung-kb/expr';
import {
  type AreaCriterionCode,
  areaCriteria,
  type Dataset,
  type MainCriterionCode,
  mainCriteria,
  parseMonth,
  regionLevelOf,
} from '@kampung-kb/model';
import { KampungPeriodIndex } from '../classification/internal/kampungPeriodIndex.js';
import { kampungValuesAt } from '../classification/internal/kampungValues.js';
import { latestPeriod } from '../classification/latestPeriod.js';
import type { SiteCandidate } from './rankSites.js';

/**
 * Result of {@link candidatesFromDataset}.
 *
 * @example
 * ```ts
 * const r: DatasetCandidates = candidatesFromDataset(dataset);
 * r.withoutData; // kelurahan/desa of regions.csv with no data at all
 * ```
 */
export interface DatasetCandidates {
  /** The month the CPR and unmet need come from (the latest in the data, or the one asked for). */
  readonly period: string | undefined;
  /** One candidate per kelurahan/desa of the regions that has data (a Kampung KB with records). */
  readonly candidates: readonly SiteCandidate[];
  /** The kelurahan/desa of the regions with no data at all, so they cannot be ranked (code and name). */
  readonly withoutData: readonly { readonly code: string; readonly name: string }[];
}

/**
 * The site candidates a data directory gives by itself, without a candidates file: one per kelurahan/desa
 * of `regions` where a Kampung KB is recorded (which is then marked as designated). Its flags are the main
 * and area criteria recorded for its kampung (a criterion none of them lists is `false`); CPR and unmet
 * need are those of its kampung's monthly reports of the month (numerators and denominators summed over
 * the kampung of the village, then ×100 rounded to 2 decimals; `null` without a report). The share of poor
 * families and the density are not in a data directory: they are `null` (no data), never 0. The figures
 * describe the kampung (an RW or a few RT), not the whole village. Pure.
 *
 * @example
 * ```ts
 * const { candidates } = candidatesFromDataset(dataset, '2021-12');
 * rankSites(candidates);
 * ```
 */
export function candidatesFromDataset(dataset: Dataset, period?: string): DatasetCandidates {
  const month = period ?? latestPeriod(dataset);
  // One engine pass and one index for every kampung: no per-kampung scan of the data set.
  const asMonth = month === undefined ? undefined : parseMonth(month);
  const valuesOf =
    asMonth === undefined
      ? undefined
      : kampungValuesAt(dataset, new KampungPeriodIndex(dataset, false), [asMonth], () => true);
  const byVillage = new Map<string, string[]>();
  for (const k of dataset.kampung) {
    const list = byVillage.get(k.regionCode);
    if (list) list.push(k.id);
    else byVillage.set(k.regionCode, [k.id]);
  }
  const kampungById = new Map(dataset.kampung.map((k) => [k.id, k]));
  const candidates: SiteCandidate[] = [];
  const withoutData: { code: string; name: string }[] = [];
  for (const region of dataset.regions) {
    if (regionLevelOf(region.code) !== 'village') continue;
    const ids = byVillage.get(region.code);
    if (ids === undefined) {
      withoutData.push({ code: region.code, name: region.name });
      continue;
    }
    const kampung = ids.map((id) => kampungById.get(id)).filter((k) => k !== undefined);
    const main: Partial<Record<MainCriterionCode, boolean>> = {};
    for (const item of mainCriteria.items)
      main[item.code] = kampung.some((k) => (k.mainCriteria as readonly string[]).includes(item.code));
    const area: Partial<Record<AreaCriterionCode, boolean>> = {};
    for (const item of areaCriteria.items)
      area[item.code] = kampung.some((k) => (k.areaCriteria as readonly string[]).includes(item.code));
    const sums = { cprN: 0, cprD: 0, cpr: false, unmetN: 0, unmetD: 0, unmet: false };
    if (valuesOf !== undefined && asMonth !== undefined) {
      for (const id of ids) {
        const v = valuesOf(id, asMonth);
        if (v.cpr.numerator !== null && v.cpr.denominator !== null) {
          sums.cprN += v.cpr.numerator;
          sums.cprD += v.cpr.denominator;
          sums.cpr = true;
        }
        if (v.unmetNeed.numerator !== null && v.unmetNeed.denominator !== null) {
          sums.unmetN += v.unmetNeed.numerator;
          sums.unmetD += v.unmetNeed.denominator;
          sums.unmet = true;
        }
      }
    }
    candidates.push({
      regionCode: region.code,
      name: region.name,
      mainCriteria: main,
      areaCriteria: area,
      measures: {
        cpr: sums.cpr ? roundRatio(sums.cprN * 100, sums.cprD, 2) : null,
        unmetNeed: sums.unmet ? roundRatio(sums.unmetN * 100, sums.unmetD, 2) : null,
        povertyShare: null,
        density: null,
      },
      designated: ids,
    });
  }
  return { period: month, candidates, withoutData };
}
