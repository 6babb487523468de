import { type AgencyCode, agencies } from '@kampung-kb/model';

/**
 * How a percentage whose denominator is zero (PUS = 0, no contraceptive users, every poktan target 0) is
 * scored:
 * - `'portal'` (default): as the portal does, it counts as 0 %: CPR, MKJP share and poktan participation
 *   score 1, unmet need scores 4 (0 % unmet need is the best band). The portal also computes unmet need
 *   as 0 % when the population snapshot is missing but the monthly report exists.
 * - `'missing'`: it is treated like a missing value: the percentage is `null` and scores 1, and unmet
 *   need without a population snapshot is missing too. Only unmet need can change score.
 *
 * @example
 * ```ts
 * classifyKampung(inputs, { zeroDenominator: 'missing' }); // PUS = 0 → unmet need scores 1, not 4
 * ```
 */
export type ZeroDenominatorMode = 'portal' | 'missing';

/**
 * Options of the classification. Every default is the official portal's behaviour; each option is a
 * documented deviation.
 *
 * @example
 * ```ts
 * const options: ClassificationOptions = { zeroDenominator: 'portal', crossSectorExclusions: [] };
 * classifyKampung(inputs, options);
 * ```
 */
export interface ClassificationOptions {
  /** See {@link ZeroDenominatorMode}. Default `'portal'`. */
  readonly zeroDenominator?: ZeroDenominatorMode;
  /**
   * Agencies left out of the cross-sector count. Default {@link DEFAULT_CROSS_SECTOR_EXCLUSIONS}
   * (`odp_ppkb`, the family-planning office, and `perwakilan_bkkbn`, the BKKBN representative): what the
   * portal's SQL intends (`not in (26, 34)`), although it filters the intervention id instead of the
   * agency id and so in practice excludes almost nothing. Pass `[]` to count every agency.
   */
  readonly crossSectorExclusions?: readonly AgencyCode[];
}

/**
 * The agencies the cross-sector count leaves out by default: those flagged `excludedFromCrossSector` in
 * the model's `agencies` code list (`odp_ppkb`, portal id 26; `perwakilan_bkkbn`, portal id 34).
 *
 * @example
 * ```ts
 * DEFAULT_CROSS_SECTOR_EXCLUSIONS; // ['odp_ppkb', 'perwakilan_bkkbn']
 * ```
 */
export const DEFAULT_CROSS_SECTOR_EXCLUSIONS: readonly AgencyCode[] = agencies.items
  .filter((a) => a.excludedFromCrossSector === true)
  .map((a) => a.code);
