import { type Static, Type } from '@sinclair/typebox';
import { CookingFuel } from '../codeLists/cookingFuels.js';
import { DrinkingWaterSource } from '../codeLists/drinkingWaterSources.js';
import { FloorMaterial } from '../codeLists/floorMaterials.js';
import { HousingTenure } from '../codeLists/housingTenures.js';
import { LightingSource } from '../codeLists/lightingSources.js';
import { RoofMaterial } from '../codeLists/roofMaterials.js';
import { ToiletFacility } from '../codeLists/toiletFacilities.js';
import { ToiletSharing } from '../codeLists/toiletSharings.js';
import { WallMaterial } from '../codeLists/wallMaterials.js';

/**
 * PK21 Blok III housing items P.19–P.28: roof, wall and floor, lighting, drinking water, toilet, floor area,
 * cooking fuel and tenure. The toilet is recorded as its facility type and who uses it, so the JMP
 * sanitation ladder can be placed; `excretaSafelyDisposed` (emptied to treatment or disposed of safely in
 * place) is not on the PK21 form and stays unknown unless a survey adds it.
 *
 * @example
 * ```ts
 * const h: FamilyHousing = { roof: 'metal', wall: 'wood', floor: 'wood', drinkingWater: 'refill',
 *   toilet: { facility: 'flushSeptic', sharing: 'private' }, floorAreaM2: 36, sleepingRooms: 2, tenure: 'owned' };
 * ```
 */
export const FamilyHousing = Type.Object(
  {
    roof: Type.Optional(RoofMaterial),
    wall: Type.Optional(WallMaterial),
    floor: Type.Optional(FloorMaterial),
    lighting: Type.Optional(LightingSource),
    drinkingWater: Type.Optional(DrinkingWaterSource),
    toilet: Type.Optional(
      Type.Object(
        {
          facility: ToiletFacility,
          sharing: Type.Optional(ToiletSharing),
          excretaSafelyDisposed: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
    ),
    floorAreaM2: Type.Optional(Type.Number({ minimum: 0, maximum: 100_000 })),
    sleepingRooms: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 100,
        description: 'Rooms used for sleeping (for persons per room).',
      }),
    ),
    cookingFuel: Type.Optional(CookingFuel),
    tenure: Type.Optional(HousingTenure),
    tenureDocument: Type.Optional(
      Type.Boolean({
        description: 'Holds a land or building title or a written tenancy (security of tenure).',
      }),
    ),
  },
  { $id: 'FamilyHousing', additionalProperties: false },
);
/** @see {@link FamilyHousing} */
export type FamilyHousing = Static<typeof FamilyHousing>;
