import {
  type AggregationLevel,
  checkIndicatorDefinition,
  computeIndicators,
  defaultIndicatorCatalogue,
  type IndicatorDefinition,
  type IndicatorResult,
  indicatorResultsToCsv,
  type Target,
} from '@kampung-kb/indicators';
import type { Dataset, Label } from '@kampung-kb/model';

/**
 * The shape of an indicator definition as the CLI reads it from a city's file (validated with zod first,
 * then by the engine's `checkIndicatorDefinition`).
 */
export interface EngineDefinition {
  readonly id: string;
  readonly name: Label;
  readonly numerator: string;
  readonly denominator?: string;
  readonly definition?: Label;
  readonly factor?: number;
  readonly decimals?: number;
  readonly unit?: unknown;
  readonly standard?: unknown;
  readonly regionLevels?: readonly string[];
  readonly periodTypes?: readonly string[];
  readonly direction?: string;
}

/** One engine result (`IndicatorResult`). */
export interface EngineResult {
  readonly indicatorId: string;
  readonly orgUnit: string;
  readonly level: string;
  readonly period: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: number | null;
  readonly nullReason: string | null;
  readonly target?: unknown;
}

/** The engine, normalised. */
export interface IndicatorEngine {
  readonly catalogue: readonly EngineDefinition[];
  readonly compute: (
    dataset: Dataset,
    options: {
      readonly indicators: readonly EngineDefinition[];
      readonly level: string;
      readonly periods: readonly string[];
      readonly targets?: readonly unknown[];
    },
  ) => readonly EngineResult[];
  /** Problems with a definition, as bilingual messages; empty when it is usable. */
  readonly check: (def: EngineDefinition) => readonly Label[];
  readonly toCsv: (results: readonly EngineResult[]) => string;
}

/**
 * The indicator engine of `@kampung-kb/indicators` (`computeIndicators`, `checkIndicatorDefinition`,
 * `indicatorResultsToCsv`, `defaultIndicatorCatalogue`), behind the small interface the command uses.
 *
 * @example
 * ```ts
 * indicatorEngine().catalogue.map((d) => d.id);
 * ```
 */
export function indicatorEngine(): IndicatorEngine {
  return {
    catalogue: defaultIndicatorCatalogue as readonly EngineDefinition[],
    compute: (dataset, options) =>
      computeIndicators(dataset, {
        indicators: options.indicators as readonly IndicatorDefinition[],
        level: options.level as AggregationLevel,
        periods: options.periods,
        ...(options.targets ? { targets: options.targets as readonly Target[] } : {}),
      }) as readonly IndicatorResult[] as readonly EngineResult[],
    check: (def) => {
      const r = checkIndicatorDefinition(def as IndicatorDefinition);
      return r.ok ? [] : r.errors.map((e) => e.message);
    },
    toCsv: (results) => indicatorResultsToCsv(results as readonly IndicatorResult[]),
  };
}
