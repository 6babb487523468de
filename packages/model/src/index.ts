/**
 * `@kampung-kb/model`: typed models, code lists and JSON Schemas of the Kampung KB programme.
 *
 * TypeBox schemas are the single source of truth: the TypeScript types derive from them, the JSON
 * Schemas in `schema/` are written from them, and compiled checks validate bulk data.
 *
 * @packageDocumentation
 */

export { Budget } from './budget.js';
export { type CodeItem, type CodeList, codeLabel, codesOf, findCode } from './codeList.js';
export { CODE_LISTS, codeListById } from './codeListById.js';
export { AgeBand, type AgeBandCode, type AgeBandItem, ageBands } from './codeLists/ageBands.js';
export { Agency, type AgencyCode, type AgencyItem, agencies } from './codeLists/agencies.js';
export { AreaCriterion, type AreaCriterionCode, areaCriteria } from './codeLists/areaCriteria.js';
export {
  ContraceptiveMethod,
  type ContraceptiveMethodCode,
  type ContraceptiveMethodItem,
  contraceptiveMethods,
  MKJP_METHODS,
  OPTIONAL_METHODS,
  PORTAL_METHODS,
  type PortalMethodCode,
} from './codeLists/contraceptiveMethods.js';
export { DataSource, type DataSourceCode, dataSources } from './codeLists/dataSources.js';
export { Facility, type FacilityCode, facilities } from './codeLists/facilities.js';
export { Frequency, type FrequencyCode, frequencies } from './codeLists/frequencies.js';
export { FundingSource, type FundingSourceCode, fundingSources } from './codeLists/fundingSources.js';
export {
  InterventionOutput,
  type InterventionOutputCode,
  type InterventionOutputItem,
  interventionOutputs,
} from './codeLists/interventionOutputs.js';
export { MainCriterion, type MainCriterionCode, mainCriteria } from './codeLists/mainCriteria.js';
export { NonUserReason, type NonUserReasonCode, nonUserReasons } from './codeLists/nonUserReasons.js';
export {
  OperationalMechanism,
  type OperationalMechanismCode,
  operationalMechanisms,
} from './codeLists/operationalMechanisms.js';
export { PokjaSection, type PokjaSectionCode, pokjaSections } from './codeLists/pokjaSections.js';
export { POKTAN_TARGETS, Poktan, type PoktanCode, type PoktanTarget, poktan } from './codeLists/poktan.js';
export {
  ProposalStatus,
  type ProposalStatusCode,
  proposalStatuses,
} from './codeLists/proposalStatuses.js';
export {
  type ReadinessItem,
  type ReadinessItemCode,
  readinessItems,
} from './codeLists/readinessItems.js';
export { Regulation, type RegulationCode, regulations } from './codeLists/regulations.js';
export { TargetGroup, type TargetGroupCode, targetGroups } from './codeLists/targetGroups.js';
export { codeSchema } from './codeSchema.js';
export { Count, MAX_COUNT } from './count.js';
export { type Dataset, emptyDataset, sourceOf } from './dataset.js';
export {
  DEFAULT_SHORTEN_LENGTH,
  escapeControlChars,
  shortenLongWords,
  shortenText,
} from './displayText.js';
export { FamilyTally } from './familyTally.js';
export {
  type FamilyTallyGroup,
  type FamilyTallyKey,
  FERTILITY_AGE_GROUPS,
  familyTallyKeys,
  IBANGGA_VERIFIED_VARIABLES,
  isFamilyTallyKey,
  KRS_FACTORS,
  SANITATION_RUNGS,
  SLUM_DEPRIVATIONS,
  UNMET_NEED_KEY,
} from './familyTallyKeys.js';
export { Intervention, InterventionOutputs } from './intervention.js';
export {
  type Issue,
  type IssueLocation,
  type IssueValue,
  maskIdentifiers,
  maskIssue,
  type RecordType,
  type Severity,
  type SourceRef,
} from './issue.js';
export { jsonSchemas, SCHEMA_BASE_URL } from './jsonSchemas.js';
export { KAMPUNG_ID_PATTERN, Kampung, KampungId } from './kampung.js';
export { LANGS, type Label, Label as LabelSchema, type Lang, text } from './label.js';
export { DISTRIBUTED_PRODUCTS, type DistributedProduct, MonthlyReport } from './monthlyReport.js';
export {
  compareMonths,
  DATE_PATTERN,
  IsoDate,
  isValidDate,
  lastDayOfMonth,
  MONTH_PATTERN,
  Month,
  monthIndex,
  monthOfDate,
  monthOfIndex,
  monthRange,
  monthToDhis2,
  parseMonth,
  shiftMonth,
} from './period.js';
export {
  comparePeriods,
  monthIndexInYear,
  monthName,
  monthsOf,
  nextPeriod,
  type ParsedPeriodId,
  PERIOD_ID_PATTERN,
  PERIOD_TYPES,
  PeriodId,
  type PeriodType,
  parsePeriodId,
  periodContaining,
  periodEnd,
  periodLabel,
  periodStart,
  periodsInYear,
  periodsOfYear,
  periodType,
  previousPeriod,
  samePeriodLastYear,
} from './periodId.js';
export { AgeBandCounts, ageBandCounts, PopulationSnapshot, totalPopulation } from './populationSnapshot.js';
export { ProfileSnapshot } from './profileSnapshot.js';
export { Proposal } from './proposal.js';
export {
  checkRecord,
  isValidRecord,
  recordCheckMode,
  type SchemaProblem,
  type SchemaProblemKind,
} from './recordCheck.js';
export { RECORD_TYPES, type RecordTypeInfo, recordTypeInfo } from './recordTypes.js';
export { Region } from './region.js';
export {
  isWithinRegion,
  parentRegionCode,
  parseRegionCode,
  REGION_CODE_PATTERN,
  REGION_LEVELS,
  RegionCode,
  type RegionCodeProblem,
  type RegionCodeResult,
  type RegionLevel,
  regionAncestorAt,
  regionLevelOf,
  undottedRegionCode,
  villageKind,
} from './regionCode.js';
export { type IndonesianTimeZone, timeZoneOfRegion, todayIn } from './timeZone.js';
