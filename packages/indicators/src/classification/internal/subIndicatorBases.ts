import { roundHalfEven } from '@kampung-kb/expr';
import type { AgencyCode, Intervention, ProfileSnapshot } from '@kampung-kb/model';
import type { IndicatorResult } from '../../engine/indicatorResult.js';
import type { ZeroDenominatorMode } from '../classificationOptions.js';
import type { SubIndicatorId } from '../classificationSubIndicators.js';
import type { NullReason } from '../nullReason.js';
import { pgPercent } from '../pgPercent.js';
import { type OutputResults, POKTAN_CODES } from './outputResults.js';

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

function value(v: number): Basis {
  return { value: v, note: null, missing: [] };
}

function missingRecords(
  records: Readonly<Record<InputRecord, boolean>>,
  need: readonly InputRecord[],
): InputRecord[] {
  return need.filter((r) => !records[r]);
}

function missingBasis(missing: readonly InputRecord[]): Basis {
  return { value: null, note: 'missing-record', missing };
}

function zeroBasis(mode: ZeroDenominatorMode, zeroOf: NonNullable<Basis['zeroOf']>): Basis {
  return { value: mode === 'portal' ? 0 : null, note: 'zero-denominator', missing: [], zeroOf };
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

/**
 * What the bases are computed from: the profile and interventions (records), whether the population
 * snapshot in force and the month's report exist, and the engine's results of the kampung path's
 * indicators for the month ({@link OutputResults}; `undefined` without a monthly report).
 */
export interface BasisInputs {
  readonly profile: ProfileSnapshot | null;
  readonly interventions: readonly Intervention[];
  readonly hasPopulation: boolean;
  readonly hasMonthly: boolean;
  readonly output: OutputResults | undefined;
}

/** The basis of every sub-indicator, following the portal's SQL. */
export function subIndicatorBases(
  inputs: BasisInputs,
  mode: ZeroDenominatorMode,
  exclusions: readonly AgencyCode[],
): Record<SubIndicatorId, Basis> {
  const { profile } = inputs;
  const records: Readonly<Record<InputRecord, boolean>> = {
    profile: profile !== null,
    population: inputs.hasPopulation,
    monthly: inputs.hasMonthly && inputs.output !== undefined,
  };
  const fromProfile = (f: (p: ProfileSnapshot) => number): Basis =>
    profile === null ? missingBasis(['profile']) : value(f(profile));
  const out = records.monthly ? inputs.output : undefined;

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
    poktanParticipation: poktanParticipationBasis(out, mode, records),
    // The portal computes CPR and the MKJP share in one query anchored on the population snapshot's PUS
    // row: without a population snapshot both are missing.
    cpr: percentBasis(out?.cpr, mode, records, 'pus'),
    mkjpShare: percentBasis(out?.mkjpShare, mode, records, 'users'),
    unmetNeed: unmetBasis(out, mode, records),
  };
}

/** The portal's integer percentage (`pgPercent`) of an engine result's numerator and denominator. */
function portalPercent(r: IndicatorResult | null | undefined): number | null {
  if (r == null || r.numerator === null || r.denominator === null) return null;
  return pgPercent(r.numerator, r.denominator);
}

function percentBasis(
  r: IndicatorResult | null | undefined,
  mode: ZeroDenominatorMode,
  records: Readonly<Record<InputRecord, boolean>>,
  zeroOf: NonNullable<Basis['zeroOf']>,
): Basis {
  if (!records.population || !records.monthly || r == null)
    return missingBasis(missingRecords(records, ['population', 'monthly']));
  const pct = portalPercent(r);
  return pct === null ? zeroBasis(mode, zeroOf) : value(pct);
}

function poktanParticipationBasis(
  out: OutputResults | undefined,
  mode: ZeroDenominatorMode,
  records: Readonly<Record<InputRecord, boolean>>,
): Basis {
  if (!records.population || out === undefined)
    return missingBasis(missingRecords(records, ['population', 'monthly']));
  let sum = 0;
  let anyTarget = false;
  for (const part of out.poktan) {
    if (part?.denominator != null && part.denominator > 0) anyTarget = true;
    // Portal: a zero target counts as 0 %, and the sum is divided by 5 regardless.
    sum += portalPercent(part) ?? 0;
  }
  if (!anyTarget) return zeroBasis(mode, 'poktanTargets');
  return value(roundHalfEven(sum / POKTAN_CODES.length));
}

function unmetBasis(
  out: OutputResults | undefined,
  mode: ZeroDenominatorMode,
  records: Readonly<Record<InputRecord, boolean>>,
): Basis {
  if (out === undefined) {
    return missingBasis(records.population ? ['monthly'] : ['population', 'monthly']);
  }
  if (!records.population) {
    // The portal's query is anchored on the monthly report here: no PUS → 0 %.
    return { value: mode === 'portal' ? 0 : null, note: 'missing-record', missing: ['population'] };
  }
  const pct = portalPercent(out.unmetNeed);
  return pct === null ? zeroBasis(mode, 'pus') : value(pct);
}
