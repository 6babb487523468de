import { decimalOf, roundFraction } from '@kampung-kb/expr';
import { type Label, POKTAN_TARGETS, type PoktanCode, type PoktanTarget } from '@kampung-kb/model';
import type { IndicatorResult } from '../engine/indicatorResult.js';
import {
  hasMonthlyReport,
  type OutputResults,
  outputResultsOfRecords,
  POKTAN_CODES,
} from './internal/outputResults.js';
import type { NullReason } from './nullReason.js';
import type { KampungPeriodInputs } from './selectKampungPeriod.js';

/**
 * Ids of the reported indicator values.
 *
 * @example
 * ```ts
 * const id: IndicatorValueId = 'unmetNeed';
 * ```
 */
export type IndicatorValueId = 'cpr' | 'mkjpShare' | 'unmetNeed' | 'poktanParticipation';

/**
 * A reported indicator: a percentage from 0 to 100 (it can exceed 100 when the data is inconsistent)
 * rounded half away from zero to 2 decimals on the exact ratio, with the numerator and denominator it
 * was computed from. `value` is `null`, with `nullReason`, when a record is missing or the denominator is
 * 0: an unknown share is not 0 %.
 *
 * @example
 * ```ts
 * const v: IndicatorValue = computeIndicatorValues({ population, monthly }).unmetNeed;
 * // { id: 'unmetNeed', value: 13.67, numerator: 41, denominator: 300, nullReason: null, label }
 * ```
 */
export interface IndicatorValue {
  readonly id: IndicatorValueId;
  readonly label: Label;
  readonly value: number | null;
  /** `null` when the record it comes from is missing. */
  readonly numerator: number | null;
  /** `null` when the record it comes from is missing. */
  readonly denominator: number | null;
  readonly nullReason: NullReason | null;
}

/**
 * One poktan's participation: participants against its target population.
 *
 * @example
 * ```ts
 * computeIndicatorValues({ population, monthly }).poktanParticipation.parts[0];
 * // { poktan: 'bkb', target: 'familiesWithUnderFives', participants: 40, targetPopulation: 120, percent: 33.33 }
 * ```
 */
export interface PoktanParticipationPart {
  readonly poktan: PoktanCode;
  /** Which population count is the target (see `POKTAN_TARGETS`). */
  readonly target: PoktanTarget;
  readonly participants: number;
  readonly targetPopulation: number;
  /** Participants per target ×100, 2 decimals; `null` when the target population is 0. */
  readonly percent: number | null;
}

/**
 * Poktan participation: the mean over the five poktan of participants per target ×100. A poktan whose
 * target population is 0 counts as 0 % and the mean always divides by 5, as the portal does. `numerator`
 * is the sum of the five percentages (2 decimals), `denominator` is 5. `null` when a record is missing or
 * all five targets are 0.
 *
 * @example
 * ```ts
 * const p: PoktanParticipationValue = computeIndicatorValues({ population, monthly }).poktanParticipation;
 * p.value; // 20.24
 * ```
 */
export interface PoktanParticipationValue extends IndicatorValue {
  readonly id: 'poktanParticipation';
  /** The five poktan, empty when a record is missing. */
  readonly parts: readonly PoktanParticipationPart[];
}

/**
 * The reported indicators of a kampung for a period.
 *
 * @example
 * ```ts
 * const { cpr, mkjpShare }: KampungIndicatorValues = computeIndicatorValues({ population, monthly });
 * ```
 */
export interface KampungIndicatorValues {
  /** CPR: users of the portal's seven methods per PUS ×100 (MAL and traditional methods not counted). */
  readonly cpr: IndicatorValue;
  /** MKJP share: IUD + MOW + MOP + implant users per user of the seven methods ×100. */
  readonly mkjpShare: IndicatorValue;
  /** Unmet need: PUS with IAT (want children later) or TIAL (want no more children) per PUS ×100. */
  readonly unmetNeed: IndicatorValue;
  readonly poktanParticipation: PoktanParticipationValue;
}

const LABELS: Readonly<Record<IndicatorValueId, Label>> = {
  cpr: { id: 'CPR (peserta KB aktif per PUS)', en: 'CPR (active users per PUS)' },
  mkjpShare: { id: 'Kesertaan MKJP', en: 'MKJP share of users' },
  unmetNeed: { id: 'Unmet need (IAT + TIAL per PUS)', en: 'Unmet need (IAT + TIAL per PUS)' },
  poktanParticipation: { id: 'Partisipasi poktan', en: 'Poktan participation' },
};

function fromResult(id: IndicatorValueId, r: IndicatorResult | null | undefined): IndicatorValue {
  if (r == null || r.numerator === null || r.denominator === null) return missing(id);
  return {
    id,
    label: LABELS[id],
    value: r.value,
    numerator: r.numerator,
    denominator: r.denominator,
    nullReason: r.value === null ? 'zero-denominator' : null,
  };
}

function missing(id: IndicatorValueId): IndicatorValue {
  return {
    id,
    label: LABELS[id],
    value: null,
    numerator: null,
    denominator: null,
    nullReason: 'missing-record',
  };
}

/** The exact decimal `x × 100`, rounded to 2 decimals. */
function percentOf(x: number): number | null {
  const { mantissa, exponent } = decimalOf(x);
  return exponent >= 0
    ? roundFraction(mantissa * 100n * 10n ** BigInt(exponent), 1n, 2)
    : roundFraction(mantissa * 100n, 10n ** BigInt(-exponent), 2);
}

/**
 * The reported indicators from the engine's results of the kampung path's indicators for one kampung and
 * month, given whether the population snapshot in force exists (the monthly report's existence is in the
 * results).
 *
 * @internal
 */
export function indicatorValuesFromOutput(
  output: OutputResults | undefined,
  hasPopulation: boolean,
): KampungIndicatorValues {
  const monthly = hasMonthlyReport(output) ? output : undefined;
  const both = hasPopulation ? monthly : undefined;
  return {
    cpr: fromResult('cpr', both?.cpr),
    mkjpShare: fromResult('mkjpShare', monthly?.mkjpShare),
    unmetNeed: fromResult('unmetNeed', both?.unmetNeed),
    poktanParticipation: poktanParticipation(both),
  };
}

/**
 * The reported indicators of a kampung from the records of a period (see {@link selectKampungPeriod}):
 * CPR, MKJP share, unmet need and poktan participation, each a percentage rounded half away from zero to
 * 2 decimals on the exact ratio, or `null` with the reason. These are the figures to publish; the
 * classification scores the portal's integer-rounded percentages instead. The values are the catalogue's
 * indicators (`cpr-portal`, `mkjp-share`, `unmet-need`, `poktan-participation.*`,
 * `poktan-participation-mean`; {@link KAMPUNG_PATH_INDICATORS}) computed by the indicator engine at
 * kampung level for the report's month, so each indicator has one definition.
 *
 * @example
 * ```ts
 * const v = computeIndicatorValues({ population, monthly });
 * v.cpr; // { id: 'cpr', value: 43.33, numerator: 130, denominator: 300, nullReason: null, label }
 * v.unmetNeed.value; // null when PUS = 0 (nullReason 'zero-denominator')
 * ```
 */
export function computeIndicatorValues(
  inputs: Pick<KampungPeriodInputs, 'population' | 'monthly'>,
): KampungIndicatorValues {
  return indicatorValuesFromOutput(
    outputResultsOfRecords(inputs.population, inputs.monthly),
    inputs.population !== null,
  );
}

function poktanParticipation(output: OutputResults | undefined): PoktanParticipationValue {
  const id = 'poktanParticipation';
  const mean = output?.poktanMean;
  const parts: PoktanParticipationPart[] = [];
  for (const [i, poktan] of POKTAN_CODES.entries()) {
    const r = output?.poktan[i];
    if (r == null || r.numerator === null || r.denominator === null) break;
    parts.push({
      poktan,
      target: POKTAN_TARGETS[poktan],
      participants: r.numerator,
      targetPopulation: r.denominator,
      percent: r.value,
    });
  }
  if (mean == null || mean.numerator === null || parts.length < POKTAN_CODES.length) {
    return { ...missing(id), id, parts: [] };
  }
  return {
    id,
    label: LABELS[id],
    value: mean.value,
    // The sum of the five shares (each participants per target) as a percentage sum, 2 decimals.
    numerator: percentOf(mean.numerator),
    denominator: parts.length,
    nullReason: mean.value === null ? 'zero-denominator' : null,
    parts,
  };
}
