import { roundHalfEven } from '@kampung-kb/expr';
import {
  type AgencyCode,
  type Intervention,
  MKJP_METHODS,
  type MonthlyReport,
  POKTAN_TARGETS,
  PORTAL_METHODS,
  type PoktanCode,
  type PopulationSnapshot,
  type ProfileSnapshot,
} from '@kampung-kb/model';
import type { ZeroDenominatorMode } from '../classificationOptions.js';
import type { SubIndicatorId } from '../classificationSubIndicators.js';
import type { NullReason } from '../nullReason.js';
import { pgPercent } from '../pgPercent.js';

/** A record the classification reads. */
export type InputRecord = 'profile' | 'population' | 'monthly';

/**
 * The value a sub-indicator is scored on, before banding: a count, a number of flags or an integer
 * percentage; `null` when it cannot be computed. `note` says why it is null, or why a 0 % stands in for a
 * share without a denominator (portal mode); `missing` names the absent records; `zeroOf` names the zero
 * denominator.
 */
export interface Basis {
  readonly value: number | null;
  readonly note: NullReason | null;
  readonly missing: readonly InputRecord[];
  readonly zeroOf?: 'pus' | 'users' | 'poktanTargets';
}

const POKTAN_CODES = Object.keys(POKTAN_TARGETS) as PoktanCode[];

function value(v: number): Basis {
  return { value: v, note: null, missing: [] };
}

function missingRecords(
  records: Readonly<Record<InputRecord, unknown>>,
  need: readonly InputRecord[],
): InputRecord[] {
  return need.filter((r) => records[r] === null);
}

function missingBasis(missing: readonly InputRecord[]): Basis {
  return { value: null, note: 'missing-record', missing };
}

function zeroBasis(mode: ZeroDenominatorMode, zeroOf: NonNullable<Basis['zeroOf']>): Basis {
  return { value: mode === 'portal' ? 0 : null, note: 'zero-denominator', missing: [], zeroOf };
}

/** Sum of the users of the portal's seven methods (MAL and traditional methods excluded, as the portal). */
export function portalUsers(monthly: MonthlyReport): number {
  let n = 0;
  for (const m of PORTAL_METHODS) n += monthly.users[m];
  return n;
}

/** Sum of MKJP users: IUD, MOW, MOP, implant. */
export function mkjpUsers(monthly: MonthlyReport): number {
  let n = 0;
  for (const m of MKJP_METHODS) n += monthly.users[m];
  return n;
}

/** Distinct agencies across the interventions, leaving out the excluded ones, sorted. */
export function crossSectorAgencies(
  interventions: readonly Intervention[],
  exclusions: readonly AgencyCode[],
): AgencyCode[] {
  const excluded = new Set<string>(exclusions);
  const seen = new Set<AgencyCode>();
  for (const i of interventions) for (const a of i.agencies) if (!excluded.has(a)) seen.add(a);
  return [...seen].sort();
}

/** What the bases are computed from. */
export interface BasisInputs {
  readonly profile: ProfileSnapshot | null;
  readonly population: PopulationSnapshot | null;
  readonly monthly: MonthlyReport | null;
  readonly interventions: readonly Intervention[];
}

/** The basis of every sub-indicator, following the portal's SQL. */
export function subIndicatorBases(
  inputs: BasisInputs,
  mode: ZeroDenominatorMode,
  exclusions: readonly AgencyCode[],
): Record<SubIndicatorId, Basis> {
  const { profile, population, monthly } = inputs;
  const records = { profile, population, monthly };
  const fromProfile = (f: (p: ProfileSnapshot) => number): Basis =>
    profile === null ? missingBasis(['profile']) : value(f(profile));

  return {
    // Pokja: 0 = none; otherwise 1 + (members > 0) + trained, so the score is basis + 1.
    pokja: fromProfile((p) =>
      p.pokja.exists
        ? 1 + Number(p.pokja.members !== null && p.pokja.members > 0) + Number(p.pokja.trained)
        : 0,
    ),
    fundingSources: fromProfile((p) => new Set(p.fundingSources).size),
    poktan: fromProfile((p) => new Set(p.poktan).size),
    facilities: fromProfile((p) => Number(p.facilities.secretariat) + Number(p.facilities.rumahDataku)),
    mentorRegulation: fromProfile((p) => Number(p.mentor) + Number(p.regulation.exists)),
    dataUse: fromProfile((p) => new Set(p.dataSources).size),
    operations: fromProfile((p) => new Set(p.operations).size),
    crossSector: value(crossSectorAgencies(inputs.interventions, exclusions).length),
    poktanParticipation: poktanParticipationBasis(population, monthly, mode, records),
    cpr: cprBasis(population, monthly, mode, records),
    mkjpShare: mkjpBasis(population, monthly, mode, records),
    unmetNeed: unmetBasis(population, monthly, mode),
  };
}

function poktanParticipationBasis(
  population: PopulationSnapshot | null,
  monthly: MonthlyReport | null,
  mode: ZeroDenominatorMode,
  records: Readonly<Record<InputRecord, unknown>>,
): Basis {
  if (population === null || monthly === null)
    return missingBasis(missingRecords(records, ['population', 'monthly']));
  let sum = 0;
  let anyTarget = false;
  for (const code of POKTAN_CODES) {
    const target = population[POKTAN_TARGETS[code]];
    if (target > 0) anyTarget = true;
    // Portal: a zero target counts as 0 %, and the sum is divided by 5 regardless.
    sum += pgPercent(monthly.poktanParticipants[code], target) ?? 0;
  }
  if (!anyTarget) return zeroBasis(mode, 'poktanTargets');
  return value(roundHalfEven(sum / 5));
}

function cprBasis(
  population: PopulationSnapshot | null,
  monthly: MonthlyReport | null,
  mode: ZeroDenominatorMode,
  records: Readonly<Record<InputRecord, unknown>>,
): Basis {
  if (population === null || monthly === null)
    return missingBasis(missingRecords(records, ['population', 'monthly']));
  const pct = pgPercent(portalUsers(monthly), population.pus);
  return pct === null ? zeroBasis(mode, 'pus') : value(pct);
}

function mkjpBasis(
  population: PopulationSnapshot | null,
  monthly: MonthlyReport | null,
  mode: ZeroDenominatorMode,
  records: Readonly<Record<InputRecord, unknown>>,
): Basis {
  // The portal computes the MKJP share in the same query as CPR, anchored on the population snapshot's
  // PUS row: without a population snapshot it is null.
  if (population === null || monthly === null)
    return missingBasis(missingRecords(records, ['population', 'monthly']));
  const pct = pgPercent(mkjpUsers(monthly), portalUsers(monthly));
  return pct === null ? zeroBasis(mode, 'users') : value(pct);
}

function unmetBasis(
  population: PopulationSnapshot | null,
  monthly: MonthlyReport | null,
  mode: ZeroDenominatorMode,
): Basis {
  if (monthly === null) {
    return missingBasis(population === null ? ['population', 'monthly'] : ['monthly']);
  }
  if (population === null) {
    // The portal's query is anchored on the monthly report here: no PUS → 0 %.
    return { value: mode === 'portal' ? 0 : null, note: 'missing-record', missing: ['population'] };
  }
  const pct = pgPercent(monthly.nonUsers.iat + monthly.nonUsers.tial, population.pus);
  return pct === null ? zeroBasis(mode, 'pus') : value(pct);
}
