import { type CodeList, contraceptiveMethods } from '@kampung-kb/model';
import { cookingFuels } from '../codeLists/cookingFuels.js';
import { drinkingWaterSources } from '../codeLists/drinkingWaterSources.js';
import { educationLevels } from '../codeLists/educationLevels.js';
import { familyRelations } from '../codeLists/familyRelations.js';
import { fertilityIntentions } from '../codeLists/fertilityIntentions.js';
import { floorMaterials } from '../codeLists/floorMaterials.js';
import { housingTenures } from '../codeLists/housingTenures.js';
import { jknStatuses } from '../codeLists/jknStatuses.js';
import { lightingSources } from '../codeLists/lightingSources.js';
import { maritalStatuses } from '../codeLists/maritalStatuses.js';
import { memberPresences } from '../codeLists/memberPresences.js';
import { methodSources } from '../codeLists/methodSources.js';
import { nonUseReasons } from '../codeLists/nonUseReasons.js';
import { pregnancyIntentions } from '../codeLists/pregnancyIntentions.js';
import { religions } from '../codeLists/religions.js';
import { roofMaterials } from '../codeLists/roofMaterials.js';
import { sexes } from '../codeLists/sexes.js';
import { toiletFacilities } from '../codeLists/toiletFacilities.js';
import { toiletSharings } from '../codeLists/toiletSharings.js';
import { wallMaterials } from '../codeLists/wallMaterials.js';

/** The code lists of the family model, by id (the model's contraceptive methods too). */
export const FAMILY_CODE_LISTS: ReadonlyMap<string, CodeList> = new Map(
  [
    cookingFuels,
    drinkingWaterSources,
    educationLevels,
    familyRelations,
    fertilityIntentions,
    floorMaterials,
    housingTenures,
    jknStatuses,
    lightingSources,
    maritalStatuses,
    memberPresences,
    methodSources,
    nonUseReasons,
    pregnancyIntentions,
    religions,
    roofMaterials,
    sexes,
    toiletFacilities,
    toiletSharings,
    wallMaterials,
    contraceptiveMethods,
  ].map((l) => [l.id, l as CodeList]),
);
