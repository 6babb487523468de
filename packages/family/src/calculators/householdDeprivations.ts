import type { DrinkingWaterSourceCode } from '../codeLists/drinkingWaterSources.js';
import type { FloorMaterialCode } from '../codeLists/floorMaterials.js';
import type { RoofMaterialCode } from '../codeLists/roofMaterials.js';
import type { WallMaterialCode } from '../codeLists/wallMaterials.js';
import type { Family } from '../model/family.js';
import type { FamilyHousing } from '../model/familyHousing.js';
import { anyOf } from './internal/familyFacts.js';
import { IMPROVED_TOILETS } from './sanitationLadder.js';

/**
 * The rules of the five SDG 11.1.1 deprivations, each replaceable. Defaults:
 *
 * - `improvedWater`: the JMP improved sources (piped, borehole, protected well or spring, rainwater,
 *   packaged and refill water); unprotected well or spring and surface water are unimproved; `other` is
 *   unknown;
 * - `sharedSanitationDeprived`: whether an improved but shared toilet counts as a deprivation (`false`: the
 *   SDG metadata does not say, reference §3.3 [unverified]);
 * - `maxPersonsPerRoom`: 3 (more than three persons per room used for sleeping is overcrowded);
 * - `nonDurable`: roof of thatch, walls of bamboo or logs, floor of earth or bamboo (the materials of
 *   Indonesia's "rumah layak huni" criteria; `other` is unknown);
 * - tenure: deprived when the family holds no title or written tenancy (`tenureDocument: false`).
 */
export interface DeprivationOptions {
  readonly improvedWater?: readonly DrinkingWaterSourceCode[];
  readonly sharedSanitationDeprived?: boolean;
  readonly maxPersonsPerRoom?: number;
  readonly nonDurable?: {
    readonly roof?: readonly RoofMaterialCode[];
    readonly wall?: readonly WallMaterialCode[];
    readonly floor?: readonly FloorMaterialCode[];
  };
}

/** JMP improved drinking-water sources. */
export const IMPROVED_WATER: readonly DrinkingWaterSourceCode[] = [
  'piped',
  'borehole',
  'protectedWell',
  'protectedSpring',
  'rainwater',
  'bottled',
  'refill',
];

const NON_DURABLE = {
  roof: ['thatch'] as readonly RoofMaterialCode[],
  wall: ['bamboo', 'log'] as readonly WallMaterialCode[],
  floor: ['earth', 'bamboo'] as readonly FloorMaterialCode[],
};

/** Each deprivation: `true` deprived, `false` not, `null` cannot be told; `deprived` is "one or more". */
export interface HouseholdDeprivations {
  readonly water: boolean | null;
  readonly sanitation: boolean | null;
  readonly crowding: boolean | null;
  readonly durability: boolean | null;
  readonly tenure: boolean | null;
  /** One or more deprivations (a slum household); `null` when none is known and some cannot be told. */
  readonly deprived: boolean | null;
}

function material<C extends string>(value: C | undefined, bad: readonly C[]): boolean | null {
  if (value === undefined || value === 'other') return null;
  return bad.includes(value);
}

/**
 * Whether the housing is non-durable (`true`), durable (`false`) or cannot be told (`null`), from roof, wall
 * and floor: non-durable when any is of a non-durable material.
 *
 * @example
 * ```ts
 * nonDurableHousing({ roof: 'metal', wall: 'wood', floor: 'earth' }); // true
 * ```
 */
export function nonDurableHousing(
  housing: FamilyHousing | undefined,
  options: DeprivationOptions = {},
): boolean | null {
  const nd = { ...NON_DURABLE, ...options.nonDurable };
  return anyOf([
    material(housing?.roof, nd.roof),
    material(housing?.wall, nd.wall),
    material(housing?.floor, nd.floor),
  ]);
}

/**
 * The five household deprivations of SDG 11.1.1 (UN-Habitat / UNSD / Cities Alliance expert group 2002;
 * SDG indicator 11.1.1 metadata): no improved water, no improved sanitation, insufficient living area (more
 * than three persons per room), non-durable housing, no security of tenure. A household with one or more is
 * a slum household; the indicator is the share of persons living in one. Every rule is configurable
 * ({@link DeprivationOptions}); a deprivation whose answer is missing is `null`, never "not deprived".
 *
 * @example
 * ```ts
 * householdDeprivations(family).deprived; // true when, e.g., the family draws water from a river
 * ```
 */
export function householdDeprivations(
  family: Family,
  options: DeprivationOptions = {},
): HouseholdDeprivations {
  const h = family.housing;
  const water =
    h?.drinkingWater === undefined || h.drinkingWater === 'other'
      ? null
      : !(options.improvedWater ?? IMPROVED_WATER).includes(h.drinkingWater);
  let sanitation: boolean | null = null;
  const toilet = h?.toilet;
  if (toilet) {
    if (!IMPROVED_TOILETS.includes(toilet.facility)) sanitation = true;
    else if (options.sharedSanitationDeprived) {
      sanitation = toilet.sharing === undefined ? null : toilet.sharing !== 'private';
    } else sanitation = false;
  }
  const rooms = h?.sleepingRooms;
  const persons = family.members.length;
  const crowding =
    rooms === undefined
      ? null
      : rooms === 0
        ? persons > 0
        : persons / rooms > (options.maxPersonsPerRoom ?? 3);
  const durability = nonDurableHousing(h, options);
  const tenure = h?.tenureDocument === undefined ? null : !h.tenureDocument;
  return {
    water,
    sanitation,
    crowding,
    durability,
    tenure,
    deprived: anyOf([water, sanitation, crowding, durability, tenure]),
  };
}
