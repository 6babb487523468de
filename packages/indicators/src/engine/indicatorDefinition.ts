import type { Label, PeriodType } from '@kampung-kb/model';
import type { AggregationLevel } from '../aggregation/aggregate.js';
import type { TargetDirection } from '../targets/target.js';

/**
 * The unit of an indicator's value: `percent` (a share ×100), `count`, `ratio` (a rate per 100 or 1,000
 * that is not a share, such as the sex ratio), `perFamily`, `rupiah` or `cyp` (couple-years of protection).
 *
 * @example
 * ```ts
 * const u: IndicatorUnit = 'percent';
 * ```
 */
export type IndicatorUnit = 'percent' | 'count' | 'ratio' | 'perFamily' | 'rupiah' | 'cyp';

/** Every {@link IndicatorUnit}, in documentation order. */
export const INDICATOR_UNITS: readonly IndicatorUnit[] = [
  'percent',
  'count',
  'ratio',
  'perFamily',
  'rupiah',
  'cyp',
];

/**
 * Who defines an indicator: the Kampung KB portal (`bkkbn-portal`), BKKBN's routine statistics outside the
 * portal (`bkkbn`), Statistics Indonesia (`bps`), the DHS Program (`dhs`), USAID (`usaid`), the UN SDG
 * metadata (`sdg`), FP2020/FP2030 (`fp2030`), or the city itself (`city`).
 *
 * @example
 * ```ts
 * const b: StandardBody = 'dhs';
 * ```
 */
export type StandardBody = 'bkkbn-portal' | 'bkkbn' | 'bps' | 'dhs' | 'usaid' | 'sdg' | 'fp2030' | 'city';

/** Every {@link StandardBody}. */
export const STANDARD_BODIES: readonly StandardBody[] = [
  'bkkbn-portal',
  'bkkbn',
  'bps',
  'dhs',
  'usaid',
  'sdg',
  'fp2030',
  'city',
];

/**
 * The standard an indicator follows: the body, an optional reference (`SDG 3.7.1`, `FP2020 core 9`) and
 * the citation of the text that defines it.
 *
 * @example
 * ```ts
 * const s: IndicatorStandard = { body: 'sdg', reference: 'SDG 3.7.1', citation: 'UN SDG metadata 3-7-1' };
 * ```
 */
export interface IndicatorStandard {
  readonly body: StandardBody;
  readonly reference?: string;
  readonly citation: string;
}

/**
 * Code lists an indicator template (`forEach`) can expand over: `contraceptiveMethods` (the nine methods),
 * `portalMethods` (the portal's seven), `poktan` (BKB, BKR, BKL, UPPKA, PIK-R; `{target}` is the population
 * count each is measured against), `pokjaSections` (the nine Pokja sections) and `fundingSources`.
 *
 * @example
 * ```ts
 * const list: IndicatorTemplateList = 'poktan';
 * ```
 */
export type IndicatorTemplateList =
  | 'contraceptiveMethods'
  | 'portalMethods'
  | 'poktan'
  | 'pokjaSections'
  | 'fundingSources';

/**
 * How an indicator reads data elements that have no value in a group:
 *
 * - `'null'` (the default): a missing element is `null`, arithmetic on it gives `null` (`sum(...)` over a
 *   group skips it, as the expression language does), and an indicator whose numerator or denominator
 *   comes out `null` because of missing data is `null` with reason `no-data`;
 * - `'zero'`: a missing element reads as 0 (e.g. couple-years of protection, where a method a kampung did
 *   not distribute adds nothing). Even then a group in which *none* of the elements the indicator reads
 *   has a value is `no-data`: nothing reported is not the same as zero.
 *
 * @example
 * ```ts
 * const m: MissingAs = 'zero';
 * ```
 */
export type MissingAs = 'null' | 'zero';

/**
 * An indicator as data (JSON-serialisable, versioned, bilingual), evaluated by {@link computeIndicators}:
 *
 * `value = round(numerator × factor / denominator, decimals)` (half away from zero on the decimal value,
 * with `roundRatio`), or `round(numerator × factor, decimals)` without a denominator.
 *
 * `numerator` and `denominator` are expressions of `@kampung-kb/expr` over data-element ids
 * (`monthly.users.iud + monthly.users.implant`, `sum(monthly.users[portal])`, `population.pus`; see
 * {@link indicatorEnvironment}). Each element is first aggregated over time and space as the element says
 * (stocks: last value in the period, summed over kampung; flows: summed over both), and the expressions are
 * evaluated on the aggregated values of the group: a ratio is computed from the aggregated numerator and
 * denominator, never averaged over kampung. `prev(x)` reads the group's value in the previous period of the
 * same type (for a stock: its value at the start of the period), `lastYear(x)` the same period a year
 * earlier.
 *
 * A template (`forEach`) stands for one indicator per code-list item, with id `<id>.<code>`; `{code}`,
 * `{label}`, `{name}` (and `{target}` for poktan) are filled in every text and expression (see
 * {@link expandIndicators}).
 *
 * @example
 * ```ts
 * const cpr: IndicatorDefinition = {
 *   id: 'cpr-portal', version: '1.0.0',
 *   name: { id: 'CPR portal', en: 'Portal CPR' },
 *   definition: { id: 'Peserta KB aktif 7 metode per PUS ×100', en: 'Users of the 7 portal methods per PUS ×100' },
 *   numerator: 'sum(monthly.users[portal])', denominator: 'population.pus',
 *   factor: 100, decimals: 2, unit: 'percent',
 *   standard: { body: 'bkkbn-portal', citation: 'willyprmn/Kampung-KB classification/kampung.sql' },
 *   regionLevels: ['kampung', 'village', 'district', 'regency', 'province'],
 *   periodTypes: ['month', 'quarter', 'sixMonth', 'year'],
 *   direction: 'higherIsBetter', tags: ['fp', 'portal'],
 * };
 * ```
 */
export interface IndicatorDefinition {
  /** Stable id, kebab-case (`cpr-portal`); a template's indicators are `<id>.<code>`. */
  readonly id: string;
  /** Version of the definition (semver), bumped whenever the value it computes changes. */
  readonly version: string;
  readonly name: Label;
  /** What it measures and how, in both languages. */
  readonly definition: Label;
  /** Expression over data-element ids. */
  readonly numerator: string;
  /** Expression over data-element ids; absent for a plain value (a count, a sum of rupiah). */
  readonly denominator?: string;
  /** Multiplier applied to the numerator: 100 for a percentage, 1000 per thousand, 1 for a plain value. */
  readonly factor: number;
  /** Decimal places of `value` (0 to 10). */
  readonly decimals: number;
  readonly unit: IndicatorUnit;
  readonly standard: IndicatorStandard;
  /** Levels the indicator is valid for (`kampung`, then the Kemendagri levels). */
  readonly regionLevels: readonly AggregationLevel[];
  /** Period types the indicator is valid for. */
  readonly periodTypes: readonly PeriodType[];
  /** Which way is better, when one is (used with targets). */
  readonly direction?: TargetDirection;
  /** How elements without a value are read; `'null'` when absent. */
  readonly missingAs?: MissingAs;
  readonly tags: readonly string[];
  /** Expands the definition once per item of a code list. */
  readonly forEach?: { readonly list: IndicatorTemplateList };
}
