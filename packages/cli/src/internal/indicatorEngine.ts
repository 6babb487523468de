import {
  type ComputeIndicatorsOptions,
  checkIndicatorDefinition,
  computeIndicators,
  defaultIndicatorCatalogue,
  type IndicatorDefinition,
  type IndicatorResult,
  indicatorResultsToCsv,
} from '@kampung-kb/indicators';
import type { Dataset, Label } from '@kampung-kb/model';

/** The engine as `kkb indicators` uses it, on the library's own types. */
export interface IndicatorEngine {
  readonly catalogue: readonly IndicatorDefinition[];
  readonly compute: (dataset: Dataset, options: ComputeIndicatorsOptions) => readonly IndicatorResult[];
  /** Problems with a definition, as bilingual messages; empty when it is usable. */
  readonly check: (def: IndicatorDefinition) => readonly Label[];
  readonly toCsv: (results: readonly IndicatorResult[]) => string;
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
    catalogue: defaultIndicatorCatalogue,
    compute: (dataset, options) => computeIndicators(dataset, options),
    check: (def) => {
      const r = checkIndicatorDefinition(def);
      return r.ok ? [] : r.errors.map((e) => e.message);
    },
    toCsv: (results) => indicatorResultsToCsv(results),
  };
}
