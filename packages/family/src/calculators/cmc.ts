import { monthIndex, monthOfIndex } from '@kampung-kb/model';

/** The model's month index of December 1899, CMC 0 (January 1900 is CMC 1). */
const CMC_ZERO = 1900 * 12 - 1;

/**
 * The century-month code (CMC) of a `YYYY-MM` month, as DHS dates are kept: `(year − 1900) × 12 + month`
 * (Guide to DHS Statistics). June 2002 is 1230; January 2011 is 1333.
 *
 * @example
 * ```ts
 * cmcOfMonth('2002-06'); // 1230
 * ```
 */
export function cmcOfMonth(month: string): number {
  // The model's month index (read a character at a time: this runs for every member of every family).
  return monthIndex(month) - CMC_ZERO;
}

/**
 * The `YYYY-MM` month of a century-month code: `year = int((CMC − 1) / 12) + 1900`.
 *
 * @example
 * ```ts
 * monthOfCmc(1267); // '2005-07'
 * ```
 */
export function monthOfCmc(cmc: number): string {
  return monthOfIndex(cmc + CMC_ZERO);
}

/**
 * Age in completed years at one CMC of someone born at another (`int((interview − birth) / 12)`, as DHS
 * `v012` is derived when only months are known).
 *
 * @example
 * ```ts
 * ageInYears(966, 1326); // 30
 * ```
 */
export function ageInYears(birthCmc: number, atCmc: number): number {
  return Math.floor((atCmc - birthCmc) / 12);
}
