import type { DhsWoman } from '../model/dhsWoman.js';

/**
 * A fertility window in years relative to the data month, as `FE_RATES.do` names it: `lw` and `uw` are the
 * lower and upper ends in years ago, inclusive (`{ lw: -2, uw: 0 }` is the DHS three-year window: the 36
 * months before the interview month, the interview month itself left out).
 */
export interface FertilityWindow {
  readonly lw: number;
  readonly uw: number;
}

/** The DHS three-year window (months 1–36 before the data month). */
export const DHS_THREE_YEAR_WINDOW: FertilityWindow = { lw: -2, uw: 0 };

/** A woman's births and months of exposure in each five-year age group, index 0 = 10–14 … 7 = 45–49. */
export interface WomanFertilityExposure {
  readonly births: readonly number[];
  readonly exposureMonths: readonly number[];
}

/** The number of five-year age groups counted, 10–14 through 45–49. */
export const FERTILITY_GROUPS = 8;

/**
 * A woman's births and months of exposure in each five-year age group over a window, exactly as the DHS
 * Program computes them (`DHS-Indicators-Stata`, `Chap05_FE/DHS8/FE_RATES.do`; Guide to DHS Statistics,
 * *Current Fertility*):
 *
 * ```
 * ucmc = v008 + 12·uw − 1 ;  lcmc = v008 + 12·lw − 12
 * group n (0 = 10–14 … 7 = 45–49):  lcmc_n = v011 + 180 + 60·(n − 1) ;  ucmc_n = lcmc_n + 59
 * exposure_n = max(0, min(ucmc, ucmc_n) − max(lcmc, lcmc_n) + 1) months
 * births_n = #{ b3 : max(lcmc, lcmc_n) ≤ b3 ≤ min(ucmc, ucmc_n) }
 * ```
 *
 * The counts are unweighted; a tally multiplies them by the woman's weight (`v005 / 1,000,000`). A woman
 * without `v008` or `v011` has no exposure.
 *
 * @example
 * ```ts
 * // Born CMC 1000, interviewed CMC 1320: 16 months at 20–24 and 20 months at 25–29 (reference T5).
 * fertilityExposure({ ...w, v011: 1000, v008: 1320 }).exposureMonths; // [0, 0, 16, 20, 0, 0, 0, 0]
 * ```
 */
export function fertilityExposure(
  w: DhsWoman,
  window: FertilityWindow = DHS_THREE_YEAR_WINDOW,
): WomanFertilityExposure {
  const births = new Array<number>(FERTILITY_GROUPS).fill(0);
  const exposureMonths = new Array<number>(FERTILITY_GROUPS).fill(0);
  if (w.v008 === null || w.v011 === null) return { births, exposureMonths };
  const ucmc = w.v008 + 12 * window.uw - 1;
  const lcmc = w.v008 + 12 * window.lw - 12;
  for (let n = 0; n < FERTILITY_GROUPS; n++) {
    const lo = Math.max(lcmc, w.v011 + 180 + 60 * (n - 1));
    const hi = Math.min(ucmc, w.v011 + 180 + 60 * (n - 1) + 59);
    exposureMonths[n] = Math.max(0, hi - lo + 1);
    let b = 0;
    for (const c of w.birthsCmc) if (c >= lo && c <= hi) b++;
    births[n] = b;
  }
  return { births, exposureMonths };
}

/** Lexis weights of single ages 12, 13 and 14 (`FE_ASFR_10_14.do`). */
const LEXIS: readonly [number, number][] = [
  [12, 6 / 1],
  [13, 6 / 3],
  [14, 6 / 5],
];

/**
 * A woman's Lexis-weighted births and woman-years at ages 10–14 over the three-year window, as the DHS-8
 * code computes the adolescent birth rate 10–14 (`Chap05_FE/DHS8/FE_ASFR_10_14.do`; SDG 3.7.2): only women
 * aged 15–17 at the interview (`v012`) can have been 12–14 in the window; single ages 12, 13 and 14 are
 * counted with weights 6/1, 6/3 and 6/5 on both births and exposure, and the rate is
 * `1000 · Σ weighted births / Σ weighted exposure`. Unweighted by the sample weight; `null`-safe (a woman
 * outside 15–17 or without dates gives zeros).
 *
 * @example
 * ```ts
 * // Born CMC 1000, interviewed 1190 (aged 15): 2 months at 12, 12 at 13, 12 at 14 in the window:
 * // (6·2 + 2·12 + 1.2·12) / 12 = 4.2 weighted woman-years.
 * adolescentExposure10to14({ ...w, v011: 1000, v008: 1190, v012: 15 }).exposureYears; // 4.2
 * ```
 */
export function adolescentExposure10to14(
  w: DhsWoman,
  window: FertilityWindow = DHS_THREE_YEAR_WINDOW,
): { readonly births: number; readonly exposureYears: number } {
  if (w.v008 === null || w.v011 === null || w.v012 === null || w.v012 < 15 || w.v012 > 17) {
    return { births: 0, exposureYears: 0 };
  }
  const ucmc = w.v008 + 12 * window.uw - 1;
  const lcmc = w.v008 + 12 * window.lw - 12;
  let births = 0;
  let exposureYears = 0;
  for (const [age, weight] of LEXIS) {
    const lo = Math.max(lcmc, w.v011 + 12 * age);
    const hi = Math.min(ucmc, w.v011 + 12 * age + 11);
    const months = Math.max(0, hi - lo + 1);
    exposureYears += (weight * months) / 12;
    let b = 0;
    for (const c of w.birthsCmc) if (c >= lo && c <= hi) b++;
    births += weight * b;
  }
  return { births, exposureYears };
}
