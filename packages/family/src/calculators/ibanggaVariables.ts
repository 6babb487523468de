import { IBANGGA_VERIFIED_VARIABLES } from '@kampung-kb/model';
import type { Family } from '../model/family.js';
import type { FamilyHousing } from '../model/familyHousing.js';
import { type DeprivationOptions, IMPROVED_WATER, nonDurableHousing } from './householdDeprivations.js';
import { allOf } from './internal/familyFacts.js';
import { IMPROVED_TOILETS } from './sanitationLadder.js';

/** One of the iBangga variables whose PK21 definition is verified. */
export type IbanggaVariable = (typeof IBANGGA_VERIFIED_VARIABLES)[number];

/** The verified iBangga variables of a family: `true` meets, `false` does not, `null` unknown. */
export type IbanggaVariables = Readonly<Record<IbanggaVariable, boolean | null>>;

/**
 * Options of the iBangga calculators. `livableHouse` replaces the livable-house rule; `weights` and `score`
 * replace the index formula, which BKKBN has not published (reference §5.3: 17 binary variables, 9 of them
 * verified, aggregation unknown), so the SDK's default index is marked unverified.
 */
export interface IbanggaOptions {
  readonly livableHouse?: (housing: FamilyHousing | undefined, persons: number) => boolean | null;
  readonly weights?: Readonly<Partial<Record<IbanggaVariable, number>>>;
  readonly score?: (variables: IbanggaVariables) => number | null;
  readonly deprivations?: DeprivationOptions;
}

/**
 * The default livable-house rule over P.19–P.26 (iBangga's "rumah layak huni"; its thresholds are not
 * published [unverified]): durable roof, wall and floor, electric lighting, an improved water source, an
 * improved toilet and at least 8 m² of floor per person (the KS II standard). `null` when an answer it
 * needs is missing.
 *
 * @example
 * ```ts
 * livableHouse({ roof: 'tile', wall: 'brick', floor: 'ceramic', lighting: 'pln', drinkingWater: 'piped',
 *   toilet: { facility: 'flushSeptic' }, floorAreaM2: 36 }, 4); // true
 * ```
 */
export function livableHouse(
  housing: FamilyHousing | undefined,
  persons: number,
  options: DeprivationOptions = {},
): boolean | null {
  const h = housing;
  const nd = nonDurableHousing(h, options);
  return allOf([
    nd === null ? null : !nd,
    h?.lighting === undefined ? null : h.lighting !== 'nonElectric',
    h?.drinkingWater === undefined || h.drinkingWater === 'other'
      ? null
      : (options.improvedWater ?? IMPROVED_WATER).includes(h.drinkingWater),
    h?.toilet === undefined ? null : IMPROVED_TOILETS.includes(h.toilet.facility),
    h?.floorAreaM2 === undefined || persons === 0 ? null : h.floorAreaM2 / persons >= 8,
  ]);
}

/**
 * The nine iBangga variables whose PK21 definition is verified (iBangga metadata, reference §5.3), each 1
 * when the family meets it: worship (P.01), marriage certificate (P.02), every child with a birth
 * certificate (K.09), every member with JKN (K.15 PBI, non-PBI or private), no conflict (P.03a–d all "no"),
 * head not divorced (head married or widowed, K.10 = 1 & K.07 ∈ {2, 4}), an income source (P.04), diverse
 * food (P.05) and a livable house (P.19–P.26, {@link livableHouse}). An unanswered item is `null`.
 *
 * @example
 * ```ts
 * ibanggaVariables(family).noConflict; // true when all four P.03 items are "no"
 * ```
 */
export function ibanggaVariables(family: Family, options: IbanggaOptions = {}): IbanggaVariables {
  const d = family.development;
  const c = d?.conflict;
  const head = family.members.find((m) => m.relation === 'head');
  const children = family.members.filter((m) => m.relation === 'child');
  return {
    worship: d?.worship ?? null,
    marriageCertificate: d?.marriageCertificate ?? null,
    birthCertificates: allOf(children.map((m) => m.birthCertificate)),
    jkn: allOf(family.members.map((m) => (m.jkn === undefined ? null : m.jkn !== 'none'))),
    noConflict: allOf(
      [c?.silentThreeDays, c?.separateBedsSevenDays, c?.other, c?.violence].map((x) =>
        x === undefined ? null : !x,
      ),
    ),
    headNotDivorced: head ? head.maritalStatus === 'married' || head.maritalStatus === 'widowed' : null,
    incomeSource: d?.incomeSource ?? null,
    diverseFood: d?.diverseFood ?? null,
    livableHouse: (options.livableHouse ?? ((h, p) => livableHouse(h, p, options.deprivations)))(
      family.housing,
      family.members.length,
    ),
  };
}

/**
 * A family's iBangga score, 0–100 — **unverified**: BKKBN's index uses 17 variables and a formula the
 * reference could not see, so this is the SDK's stand-in: the weighted share of the nine verified variables
 * met (equal weights unless `options.weights`), or `options.score` when given. `null` when a variable is
 * unknown (a family is never scored on part of its answers).
 *
 * @example
 * ```ts
 * ibanggaScore(ibanggaVariables(family)); // 77.78 when 7 of 9 are met (unrounded: 77.777…)
 * ```
 */
export function ibanggaScore(variables: IbanggaVariables, options: IbanggaOptions = {}): number | null {
  if (options.score) return options.score(variables);
  let total = 0;
  let met = 0;
  for (const v of IBANGGA_VERIFIED_VARIABLES) {
    const x = variables[v];
    if (x === null) return null;
    const w = options.weights?.[v] ?? 1;
    total += w;
    if (x) met += w;
  }
  return total > 0 ? (100 * met) / total : null;
}
