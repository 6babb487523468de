import type { Label, PeriodType } from '@kampung-kb/model';
import type {
  IndicatorDefinition,
  IndicatorStandard,
  IndicatorTemplateList,
  IndicatorUnit,
} from '../../engine/indicatorDefinition.js';
import type { TargetDirection } from '../../targets/target.js';
import { ALL_LEVELS, ALL_PERIOD_TYPES } from './scope.js';

/** How a value is scaled, rounded and labelled: `value = round(numerator / denominator × factor, decimals)`. */
export interface IndicatorScale {
  readonly factor: number;
  readonly decimals: number;
  readonly unit: IndicatorUnit;
}

/** A share ×100 with the given decimals. */
export const percent = (decimals: number): IndicatorScale => ({ factor: 100, decimals, unit: 'percent' });
/** A count, no decimals. */
export const COUNT: IndicatorScale = { factor: 1, decimals: 0, unit: 'count' };
/** A ratio with the given factor (100 for "per 100", 1000 for "per 1,000") and decimals. */
export const ratio = (factor: number, decimals: number): IndicatorScale => ({
  factor,
  decimals,
  unit: 'ratio',
});

/** What differs between the catalogue's indicators; everything else is {@link ratioIndicator}'s default. */
export interface RatioIndicatorSpec extends IndicatorScale {
  readonly id: string;
  readonly forEach?: IndicatorTemplateList;
  readonly name: Label;
  readonly definition: Label;
  readonly numerator: string;
  /** None for a count or a sum: the value is the numerator × factor. */
  readonly denominator?: string | undefined;
  readonly standard: IndicatorStandard;
  /** Every period type when absent. */
  readonly periodTypes?: readonly PeriodType[];
  readonly direction?: TargetDirection | undefined;
  readonly tags: readonly string[];
}

/**
 * One catalogue definition: a numerator, optionally over a denominator, scaled and rounded, at version
 * `1.0.0`, every region level and (unless said) every period type. The keys come in the catalogue's order
 * (id, version, forEach, name, definition, numerator, denominator, factor, decimals, unit, standard,
 * regionLevels, periodTypes, direction, tags), and an absent optional stays absent.
 *
 * @example
 * ```ts
 * ratioIndicator({
 *   id: 'cpr-portal', name, definition, numerator: 'sum(monthly.users[portal])',
 *   denominator: 'population.pus', ...percent(2), standard, direction: 'higherIsBetter', tags: ['fp'],
 * });
 * ```
 */
export function ratioIndicator(spec: RatioIndicatorSpec): IndicatorDefinition {
  return {
    id: spec.id,
    version: '1.0.0',
    ...(spec.forEach === undefined ? {} : { forEach: { list: spec.forEach } }),
    name: spec.name,
    definition: spec.definition,
    numerator: spec.numerator,
    ...(spec.denominator === undefined ? {} : { denominator: spec.denominator }),
    factor: spec.factor,
    decimals: spec.decimals,
    unit: spec.unit,
    standard: spec.standard,
    regionLevels: ALL_LEVELS,
    periodTypes: spec.periodTypes ?? ALL_PERIOD_TYPES,
    ...(spec.direction === undefined ? {} : { direction: spec.direction }),
    tags: spec.tags,
  };
}
