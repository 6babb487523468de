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
  // Digit by digit, with no closure or substring: this runs for every member of every family.
  const year =
    (month.charCodeAt(0) - 48) * 1000 +
    (month.charCodeAt(1) - 48) * 100 +
    (month.charCodeAt(2) - 48) * 10 +
    (month.charCodeAt(3) - 48);
  return (year - 1900) * 12 + (month.charCodeAt(5) - 48) * 10 + (month.charCodeAt(6) - 48);
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
  const year = Math.floor((cmc - 1) / 12) + 1900;
  const month = cmc - (year - 1900) * 12;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
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
