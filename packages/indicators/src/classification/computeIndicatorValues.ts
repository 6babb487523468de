import { roundDecimal, roundFraction, roundRatio } from '@kampung-kb/expr';
import {
  type Label,
  type MonthlyReport,
  POKTAN_TARGETS,
  type PoktanCode,
  type PoktanTarget,
  type PopulationSnapshot,
} from '@kampung-kb/model';
import { mkjpUsers, portalUsers } from './internal/subIndicatorBases.js';
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

const POKTAN_CODES = Object.keys(POKTAN_TARGETS) as PoktanCode[];

function ratio(id: IndicatorValueId, numerator: number, denominator: number): IndicatorValue {
  const value = roundRatio(numerator * 100, denominator, 2);
  return {
    id,
    label: LABELS[id],
    value,
    numerator,
    denominator,
    nullReason: value === null ? 'zero-denominator' : null,
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

/**
 * The reported indicators of a kampung from the records of a period (see {@link selectKampungPeriod}):
 * CPR, MKJP share, unmet need and poktan participation, each a percentage rounded half away from zero to
 * 2 decimals on the exact ratio, or `null` with the reason. These are the figures to publish; the
 * classification scores the portal's integer-rounded percentages instead.
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
  const { population, monthly } = inputs;
  return {
    cpr: population && monthly ? ratio('cpr', portalUsers(monthly), population.pus) : missing('cpr'),
    mkjpShare: monthly ? ratio('mkjpShare', mkjpUsers(monthly), portalUsers(monthly)) : missing('mkjpShare'),
    unmetNeed:
      population && monthly
        ? ratio('unmetNeed', monthly.nonUsers.iat + monthly.nonUsers.tial, population.pus)
        : missing('unmetNeed'),
    poktanParticipation: poktanParticipation(population, monthly),
  };
}

function poktanParticipation(
  population: PopulationSnapshot | null,
  monthly: MonthlyReport | null,
): PoktanParticipationValue {
  const id = 'poktanParticipation';
  if (population === null || monthly === null) return { ...missing(id), id, parts: [] };
  // Exact sum of the five ratios p/t as one fraction n/d (bigint), so the mean is rounded only once.
  let n = 0n;
  let d = 1n;
  let exact = true;
  let approximate = 0;
  const parts = POKTAN_CODES.map((poktan): PoktanParticipationPart => {
    const target = POKTAN_TARGETS[poktan];
    const participants = monthly.poktanParticipants[poktan];
    const targetPopulation = population[target];
    if (targetPopulation !== 0) {
      approximate += (participants / targetPopulation) * 100;
      if (Number.isSafeInteger(participants) && Number.isSafeInteger(targetPopulation)) {
        const t = BigInt(targetPopulation);
        n = n * t + BigInt(participants) * d;
        d *= t;
      } else exact = false;
    }
    return {
      poktan,
      target,
      participants,
      targetPopulation,
      percent: roundRatio(participants * 100, targetPopulation, 2),
    };
  });
  const anyTarget = parts.some((p) => p.targetPopulation !== 0);
  if (!exact) {
    // Counts that are not whole numbers (invalid data): doubles, rounded once at the end.
    return {
      id,
      label: LABELS[id],
      value: anyTarget ? roundDecimal(approximate / 5, 2) : null,
      numerator: roundDecimal(approximate, 2),
      denominator: 5,
      nullReason: anyTarget ? null : 'zero-denominator',
      parts,
    };
  }
  return {
    id,
    label: LABELS[id],
    value: anyTarget ? roundFraction(n * 100n, d * 5n, 2) : null,
    numerator: roundFraction(n * 100n, d, 2),
    denominator: 5,
    nullReason: anyTarget ? null : 'zero-denominator',
    parts,
  };
}
