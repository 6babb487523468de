import type { IndicatorDefinition } from '../engine/indicatorDefinition.js';
import { FAMILY_FERTILITY_INDICATORS } from './internal/familyFertilityIndicators.js';
import { FAMILY_FP_INDICATORS } from './internal/familyFpIndicators.js';
import { FAMILY_HOUSING_INDICATORS } from './internal/familyHousingIndicators.js';
import { FAMILY_WELFARE_INDICATORS } from './internal/familyWelfareIndicators.js';

/**
 * The family indicators (ids prefixed `family-`), computed from `FamilyTally` records (family register or
 * survey microdata) through the data elements `family.<key>`, at every level and period like any indicator:
 * family planning among currently married women (`family-cpr`, `family-mcpr`, `family-mcpr-all-women`,
 * `family-method-mix-<method>`, the DHS revised unmet need `family-unmet-need` with `-spacing` and
 * `-limiting`, the portal's `family-unmet-need-portal`, `family-demand`, `family-demand-satisfied-modern`
 * (SDG 3.7.1), `family-demand-satisfied-any`, `family-unmet-need-modern`), fertility (`family-asfr-<age>`,
 * `family-tfr`, `family-gfr`, `family-abr-15-19`, `family-abr-10-14`), Keluarga Sejahtera stage shares
 * (`family-ks-<stage>`, `family-ks-cannot-place`), stunting-risk families (`family-krs-share`,
 * `family-krs-families`), the verified iBangga variables and the unverified index (`family-ibangga-*`), the
 * JMP sanitation ladder for households and population (`family-sanitation-*`) and SDG 11.1.1
 * (`family-slum-population-share`, `family-slum-household-share`). Shares leave out of the denominator the
 * families the answers cannot place, and say so.
 *
 * @example
 * ```ts
 * familyIndicatorCatalogue.find((d) => d.id === 'family-unmet-need')?.numerator;
 * // 'family.fp.need.unmetSpacing + family.fp.need.unmetLimiting'
 * ```
 */
export const familyIndicatorCatalogue: readonly IndicatorDefinition[] = [
  ...FAMILY_FP_INDICATORS,
  ...FAMILY_FERTILITY_INDICATORS,
  ...FAMILY_WELFARE_INDICATORS,
  ...FAMILY_HOUSING_INDICATORS,
];
