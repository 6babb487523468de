/** Whether a higher value of an indicator is better (CPR) or a lower one (unmet need, TFR). */
export type TargetDirection = 'higherIsBetter' | 'lowerIsBetter';

/** The region code of national targets: Indonesia's ISO 3166-1 code, above every Kemendagri code. */
export const NATIONAL_REGION_CODE = 'ID';

/**
 * A target for an indicator in a region and year: the value to reach by the year's end, which way is
 * better, and where it comes from.
 *
 * @example
 * ```ts
 * const t: Target = { indicatorId: 'cpr', regionCode: '63.71', year: 2020, value: 66,
 *   direction: 'higherIsBetter', source: 'Renstra DPPKBPM Kota Banjarmasin' };
 * ```
 */
export interface Target {
  readonly indicatorId: string;
  /** A Kemendagri region code, or {@link NATIONAL_REGION_CODE} for a national target. */
  readonly regionCode: string;
  readonly year: number;
  readonly value: number;
  readonly direction: TargetDirection;
  /** Citation of the document that sets the target. */
  readonly source: string;
}
