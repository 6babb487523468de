import type { IndicatorValue } from '@kampung-kb/indicators';
import { defaultIndicatorCatalogue, roundRatio } from '@kampung-kb/indicators';
import type { ReportCell } from '../reportDocument.js';
import { PERCENT_DECIMALS } from './formatCell.js';

/**
 * The decimals of a catalogue indicator (`cpr-portal`, `method-mix` …) as `defaultIndicatorCatalogue`
 * defines them, or {@link PERCENT_DECIMALS} when the catalogue has no such indicator.
 */
export function catalogueDecimals(indicatorId: string): number {
  return defaultIndicatorCatalogue.find((d) => d.id === indicatorId)?.decimals ?? PERCENT_DECIMALS;
}

/** A percentage cell shown with `decimals` (other cells unchanged), so a whole column reads evenly. */
export function withDecimals(cell: ReportCell, decimals: number): ReportCell {
  return cell !== null && typeof cell === 'object' && cell.kind === 'percent' ? { ...cell, decimals } : cell;
}

/**
 * `numerator / denominator × 100` rounded once, half away from zero, to the decimals a report shows:
 * rounding the 2-decimal indicator value again would round twice (6/11 = 54.5454… → 54.55 → 54.6, where
 * the right figure is 54.5). `null` when a part is missing or the denominator is 0.
 */
export function percentOf(
  numerator: number | null,
  denominator: number | null,
  decimals = PERCENT_DECIMALS,
): number | null {
  if (numerator === null || denominator === null) return null;
  return roundRatio(numerator * 100, denominator, decimals);
}

/** An indicator's percentage to the decimals a report shows, from its exact numerator and denominator. */
export function indicatorPercent(v: IndicatorValue, decimals = PERCENT_DECIMALS): number | null {
  return v.value === null ? null : percentOf(v.numerator, v.denominator, decimals);
}
