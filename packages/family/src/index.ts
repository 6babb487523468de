/**
 * `@kampung-kb/family`: the family register (Pendataan Keluarga, PK21) and DHS women's recode microdata,
 * pseudonymised on read, turned into kampung counts (`FamilyTally` of `@kampung-kb/model`) that the indicator engine
 * aggregates like any other data.
 *
 * @packageDocumentation
 */

export {
  classifyUnmetNeed,
  dhsInfecundity,
  type InfecundityRule,
  monthsSincePeriod,
  type UnmetNeedCode,
  type UnmetNeedOptions,
  type UnmetNeedResult,
  type UnmetNeedTimes,
  unmetNeedTimes,
} from './calculators/classifyUnmetNeed.js';
export { ageInYears, cmcOfMonth, monthOfCmc } from './calculators/cmc.js';
export {
  adolescentExposure10to14,
  DHS_THREE_YEAR_WINDOW,
  FERTILITY_GROUPS,
  type FertilityWindow,
  fertilityExposure,
  type WomanFertilityExposure,
} from './calculators/fertilityExposure.js';
export {
  ageSpecificFertilityRates,
  generalFertilityRate,
  totalFertilityRate,
} from './calculators/fertilityRates.js';
export {
  type DeprivationOptions,
  type HouseholdDeprivations,
  householdDeprivations,
  IMPROVED_WATER,
  nonDurableHousing,
} from './calculators/householdDeprivations.js';
export {
  type IbanggaOptions,
  type IbanggaVariable,
  type IbanggaVariables,
  ibanggaScore,
  ibanggaVariables,
  livableHouse,
} from './calculators/ibanggaVariables.js';
export {
  type KeluargaSejahteraStage,
  type KsAnswers,
  keluargaSejahteraStage,
  ksAnswersFromFamily,
} from './calculators/keluargaSejahteraStage.js';
export {
  DHS_METHOD_CODE,
  type PortalNonUseCategory,
  pk21WomanAsDhs,
  portalNonUseCategory,
} from './calculators/pk21WomanAsDhs.js';
export { IMPROVED_TOILETS, type SanitationRung, sanitationLadder } from './calculators/sanitationLadder.js';
export {
  type KrsFactor,
  type StuntingRisk,
  type StuntingRiskRule,
  stuntingRisk,
} from './calculators/stuntingRisk.js';
export { CookingFuel, type CookingFuelCode, cookingFuels } from './codeLists/cookingFuels.js';
export {
  DrinkingWaterSource,
  type DrinkingWaterSourceCode,
  drinkingWaterSources,
} from './codeLists/drinkingWaterSources.js';
export { EducationLevel, type EducationLevelCode, educationLevels } from './codeLists/educationLevels.js';
export { FamilyRelation, type FamilyRelationCode, familyRelations } from './codeLists/familyRelations.js';
export {
  FertilityIntention,
  type FertilityIntentionCode,
  fertilityIntentions,
} from './codeLists/fertilityIntentions.js';
export { FloorMaterial, type FloorMaterialCode, floorMaterials } from './codeLists/floorMaterials.js';
export { HousingTenure, type HousingTenureCode, housingTenures } from './codeLists/housingTenures.js';
export { JknStatus, type JknStatusCode, jknStatuses } from './codeLists/jknStatuses.js';
export { LightingSource, type LightingSourceCode, lightingSources } from './codeLists/lightingSources.js';
export { MaritalStatus, type MaritalStatusCode, maritalStatuses } from './codeLists/maritalStatuses.js';
export { MemberPresence, type MemberPresenceCode, memberPresences } from './codeLists/memberPresences.js';
export { MethodSource, type MethodSourceCode, methodSources } from './codeLists/methodSources.js';
export { NonUseReason, type NonUseReasonCode, nonUseReasons } from './codeLists/nonUseReasons.js';
export {
  PregnancyIntention,
  type PregnancyIntentionCode,
  pregnancyIntentions,
} from './codeLists/pregnancyIntentions.js';
export { Religion, type ReligionCode, religions } from './codeLists/religions.js';
export { RoofMaterial, type RoofMaterialCode, roofMaterials } from './codeLists/roofMaterials.js';
export { Sex, type SexCode, sexes } from './codeLists/sexes.js';
export { ToiletFacility, type ToiletFacilityCode, toiletFacilities } from './codeLists/toiletFacilities.js';
export { ToiletSharing, type ToiletSharingCode, toiletSharings } from './codeLists/toiletSharings.js';
export { WallMaterial, type WallMaterialCode, wallMaterials } from './codeLists/wallMaterials.js';
export { DhsWoman } from './model/dhsWoman.js';
export { Family } from './model/family.js';
export { FamilyDevelopment } from './model/familyDevelopment.js';
export { FamilyHousing } from './model/familyHousing.js';
export { FamilyMember } from './model/familyMember.js';
export { Pseudonym } from './model/pseudonym.js';
export { WomanFertility } from './model/womanFertility.js';
export type { Pseudonymizer } from './pseudonym/pseudonymizer.js';
export type { FamilyReadItem, FamilyReadOptions, FamilyReadSummary } from './readers/familyReadItem.js';
export {
  type DhsReadItem,
  type DhsReadOptions,
  type DhsReadSummary,
  parseDhsWomenCsv,
} from './readers/parseDhsWomenCsv.js';
export { parseFamilyCsv } from './readers/parseFamilyCsv.js';
export { parseFamilyJson } from './readers/parseFamilyJson.js';
export { DhsTallier, type DhsTallierOptions } from './tally/DhsTallier.js';
export { FamilyTallier, type FamilyTallyOptions } from './tally/FamilyTallier.js';
