import type { IndicatorDefinition } from '../../engine/indicatorDefinition.js';
import { ACCEPTOR_INDICATORS } from './acceptorIndicators.js';
import { DEMAND_INDICATORS } from './demandIndicators.js';

/**
 * The family-planning indicators an FP analyst expects beyond the portal's: demand, demand satisfied and
 * modern unmet need ({@link DEMAND_INDICATORS}), new acceptors and drop-outs by method and the MKJP share
 * of new acceptors ({@link ACCEPTOR_INDICATORS}).
 *
 * @example
 * ```ts
 * FP_ANALYST_INDICATORS.length; // 7 (two of them templates over the nine methods)
 * ```
 */
export const FP_ANALYST_INDICATORS: readonly IndicatorDefinition[] = [
  ...DEMAND_INDICATORS,
  ...ACCEPTOR_INDICATORS,
];
