import { KRS_FACTORS } from '@kampung-kb/model';
import type { DrinkingWaterSourceCode } from '../codeLists/drinkingWaterSources.js';
import type { ToiletFacilityCode } from '../codeLists/toiletFacilities.js';
import type { Family } from '../model/family.js';
import { cmcOfMonth } from './cmc.js';
import { ageAt, anyOf, childrenCmc, pusWives } from './internal/familyFacts.js';

/** A stunting-risk factor (reference §5.4). */
export type KrsFactor = (typeof KRS_FACTORS)[number];

/**
 * The stunting-risk rule (every part replaceable). Defaults, from BKKBN's criteria as reported (reference
 * §5.4; the exact decision rule is not published): a *target family* has a PUS wife (15–49), a pregnant
 * woman or a child under five; it is *at risk* when it has at least `minFactors` (1) of `factors`:
 *
 * - `unsafeWater`: drinking water not from `safeWater` (packaged, refill, piped, borehole, protected well);
 * - `unsafeToilet`: a toilet not in `safeToilets` (flush to sewer or septic tank) or none;
 * - the "four too's" of a PUS wife: `tooYoung` (under `tooYoungBelow` = 20), `tooOld` (`tooOldFrom` = 35 or
 *   older; the source says "35–40"), `tooClose` (two of her children in the family born less than
 *   `tooCloseMonths` = 24 months apart), `tooMany` (more than `tooManyAbove` = 3 children ever born).
 */
export interface StuntingRiskRule {
  readonly factors?: readonly KrsFactor[];
  readonly minFactors?: number;
  readonly safeWater?: readonly DrinkingWaterSourceCode[];
  readonly safeToilets?: readonly ToiletFacilityCode[];
  readonly tooYoungBelow?: number;
  readonly tooOldFrom?: number;
  readonly tooCloseMonths?: number;
  readonly tooManyAbove?: number;
}

/** What {@link stuntingRisk} finds: whether the family is a target, each factor, and the verdict. */
export interface StuntingRisk {
  readonly target: boolean;
  /** Per factor: `true` present, `false` absent, `null` unknown. */
  readonly factors: Readonly<Record<KrsFactor, boolean | null>>;
  /** For a target family: at risk, not at risk, or `null` when unknown answers decide it; `false` otherwise. */
  readonly atRisk: boolean | null;
}

const SAFE_WATER: readonly DrinkingWaterSourceCode[] = [
  'bottled',
  'refill',
  'piped',
  'borehole',
  'protectedWell',
];
const SAFE_TOILETS: readonly ToiletFacilityCode[] = ['flushSewer', 'flushSeptic'];

/**
 * Whether a family is at risk of stunting (Keluarga Berisiko Stunting, KRS) by a configurable rule
 * ({@link StuntingRiskRule}; the default is the reference's criteria). Unknown answers are never read as
 * "no risk": a target family with no factor present and one unknown is `null` (counted as "cannot decide").
 *
 * @example
 * ```ts
 * stuntingRisk(family).atRisk; // true for a family with a toddler and a pit latrine
 * ```
 */
export function stuntingRisk(family: Family, rule: StuntingRiskRule = {}): StuntingRisk {
  const at = cmcOfMonth(family.month);
  const wives = pusWives(family);
  const underFive = family.members.some((m) => {
    const months = at - cmcOfMonth(m.birthMonth);
    return months >= 0 && months < 60;
  });
  const pregnant = family.members.some((m) => m.fertility?.pregnant === true);
  const target = wives.length > 0 || pregnant || underFive;
  const h = family.housing;
  const water = h?.drinkingWater;
  const toilet = h?.toilet?.facility;
  const young = rule.tooYoungBelow ?? 20;
  const old = rule.tooOldFrom ?? 35;
  const close = rule.tooCloseMonths ?? 24;
  const many = rule.tooManyAbove ?? 3;
  const factors: Record<KrsFactor, boolean | null> = {
    unsafeWater: water === undefined ? null : !(rule.safeWater ?? SAFE_WATER).includes(water),
    unsafeToilet:
      h?.toilet === undefined
        ? null
        : !(rule.safeToilets ?? SAFE_TOILETS).includes(toilet as ToiletFacilityCode),
    tooYoung: wives.some((w) => ageAt(w, family) < young),
    tooOld: wives.some((w) => ageAt(w, family) >= old),
    tooClose: wives.some((w) => {
      const c = childrenCmc(w, family);
      for (let i = 1; i < c.length; i++) if ((c[i] as number) - (c[i - 1] as number) < close) return true;
      return false;
    }),
    tooMany: anyOf(
      wives.map((w) => {
        const ceb = w.fertility?.childrenEverBorn;
        return ceb === undefined ? null : ceb.male + ceb.female > many;
      }),
    ),
  };
  if (!target) return { target, factors, atRisk: false };
  const chosen = rule.factors ?? KRS_FACTORS;
  const min = rule.minFactors ?? 1;
  let present = 0;
  let unknown = 0;
  for (const f of chosen) {
    if (factors[f] === true) present++;
    else if (factors[f] === null) unknown++;
  }
  const atRisk = present >= min ? true : present + unknown >= min ? null : false;
  return { target, factors, atRisk };
}
