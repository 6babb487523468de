import { defaultIndicatorCatalogue } from '../catalogue/defaultIndicatorCatalogue.js';
import { expandIndicators } from '../engine/expandIndicators.js';
import type { IndicatorDefinition } from '../engine/indicatorDefinition.js';

/** Catalogue ids the kampung path reads (templates included, before expansion). */
const KAMPUNG_PATH_CATALOGUE_IDS: ReadonlySet<string> = new Set([
  'cpr-portal',
  'mkjp-share',
  'unmet-need',
  'poktan-participation',
  'poktan-participation-mean',
]);

/**
 * The catalogue definitions the kampung path (the classification's output sub-indicators and
 * {@link computeKampungIndicators}) reads, templates expanded: `cpr-portal`, `mkjp-share`, `unmet-need`,
 * `poktan-participation.<poktan>` for the five poktan and `poktan-participation-mean`. Each indicator has
 * one definition, in {@link defaultIndicatorCatalogue}; any engine that computes these at kampung level
 * for a month (the JS engine, or SQL from `@kampung-kb/sql`) feeds {@link kampungIndicatorsFromResults}.
 *
 * @example
 * ```ts
 * const results = computeIndicators(dataset, {
 *   indicators: KAMPUNG_PATH_INDICATORS, level: 'kampung', periods: ['2020-12'],
 * });
 * const kampung = kampungIndicatorsFromResults(dataset, '2020-12', results);
 * KAMPUNG_PATH_INDICATORS.map((d) => d.id); // ['cpr-portal', 'mkjp-share', 'unmet-need', 'poktan-participation.bkb', …]
 * ```
 */
export const KAMPUNG_PATH_INDICATORS: readonly IndicatorDefinition[] = Object.freeze(
  expandIndicators(defaultIndicatorCatalogue.filter((d) => KAMPUNG_PATH_CATALOGUE_IDS.has(d.id))),
);
