/**
 * `@kampung-kb/indicators`: the Kampung KB indicator calculators (CPR, MKJP share, unmet need, poktan
 * participation) and the official classification (Dasar / Berkembang / Mandiri / Berkelanjutan), computed
 * exactly as the official portal does, with every score explained; the aggregation engine (data elements
 * aggregated over time and space, DHIS2-style, from a data set or a record stream), targets and trends.
 *
 * @packageDocumentation
 */

export { roundDecimal, roundHalfEven, roundRatio } from '@kampung-kb/expr';
export {
  type AggregatedValue,
  type AggregatedValues,
  type AggregationLevel,
  type AggregationOptions,
  type AggregationResult,
  Aggregator,
  aggregate,
  aggregateAsync,
  datasetRecords,
  groupKey,
  type InvalidElement,
  type TypedRecord,
} from './aggregation/aggregate.js';
export type {
  DataElement,
  DataElementRecordType,
  ElementKind,
  SpaceAggregation,
  TimeAggregation,
} from './aggregation/dataElement.js';
export { DEFAULT_DATA_ELEMENTS, findDataElement } from './aggregation/defaultDataElements.js';
export { FAMILY_DATA_ELEMENTS } from './aggregation/familyDataElements.js';
// Indicators as data, evaluated by one engine on the expression language; the default catalogue.
export {
  type CypFactorTable,
  cypFactors2011,
  cypFactors2021,
  type SterilisationRegion,
} from './catalogue/cypFactors.js';
export { type CypIndicatorOptions, cypIndicator } from './catalogue/cypIndicator.js';
export { defaultIndicatorCatalogue } from './catalogue/defaultIndicatorCatalogue.js';
export { familyIndicatorCatalogue } from './catalogue/familyIndicatorCatalogue.js';
export {
  type ClassificationLevelCode,
  type ClassificationLevelItem,
  classificationLevels,
} from './classification/classificationLevels.js';
export {
  type ClassificationOptions,
  DEFAULT_CROSS_SECTOR_EXCLUSIONS,
  type ZeroDenominatorMode,
} from './classification/classificationOptions.js';
export {
  type BasisKind,
  type ClassificationIndexDefinition,
  type ClassificationIndexId,
  classificationIndices,
  classificationSubIndicators,
  PORTAL_CLASSIFICATION_SQL,
  type ScoreBand,
  type SubIndicatorDefinition,
  type SubIndicatorId,
} from './classification/classificationSubIndicators.js';
export {
  type ClassificationInputs,
  classifyKampung,
  type IndexResult,
  type KampungClassification,
  type SubIndicatorScore,
} from './classification/classifyKampung.js';
export {
  computeIndicatorValues,
  type IndicatorValue,
  type IndicatorValueId,
  type KampungIndicatorValues,
  type PoktanParticipationPart,
  type PoktanParticipationValue,
} from './classification/computeIndicatorValues.js';
export {
  computeKampungIndicators,
  type KampungIndicators,
  type KampungRecordsUsed,
} from './classification/computeKampungIndicators.js';
export {
  type BasisTarget,
  describeScoreChange,
  lowerIsBetter,
  type ScoreChangeDescription,
} from './classification/describeScoreChange.js';
export {
  type EvaluationScorecardOptions,
  type EvaluationScorecardResult,
  evaluationScorecard,
  type KampungScorecard,
  type ScorecardBaseline,
  type ScorecardComponent,
  type ScorecardPillar,
} from './classification/evaluationScorecard.js';
export { kampungIndicatorsFromResults } from './classification/kampungIndicatorsFromResults.js';
export {
  type KampungOutcome,
  kampungOutcome,
  NO_REPORT_LABEL,
  type NoLevelReason,
} from './classification/kampungOutcome.js';
export { KAMPUNG_PATH_INDICATORS } from './classification/kampungPathIndicators.js';
export { latestPeriod } from './classification/latestPeriod.js';
export {
  type ClassificationIndices,
  LEVEL_THRESHOLD,
  levelOfIndices,
} from './classification/levelOfIndices.js';
export {
  type LevelPlan,
  type NextLevelChanges,
  nextLevelChanges,
  type SubIndicatorChange,
} from './classification/nextLevelChanges.js';
export type { NullReason } from './classification/nullReason.js';
export { pgPercent } from './classification/pgPercent.js';
export {
  checkScorecardWeights,
  DEFAULT_SCORECARD_WEIGHTS,
  SCORECARD_COMPONENTS,
  type ScorecardComponentId,
  type ScorecardPillarId,
  type ScorecardWeightIssue,
  type ScorecardWeights,
} from './classification/scorecardWeights.js';
export { type KampungPeriodInputs, selectKampungPeriod } from './classification/selectKampungPeriod.js';
export {
  checkIndicatorDefinition,
  type IndicatorDefinitionCheck,
  type IndicatorDefinitionError,
  type IndicatorDefinitionErrorCode,
  type IndicatorDefinitionField,
} from './engine/checkIndicatorDefinition.js';
export {
  type ComputeIndicatorsOptions,
  computeIndicators,
  computeIndicatorsAsync,
  IndicatorEngine,
  type InvalidIndicator,
  type TrendKind,
} from './engine/computeIndicators.js';
export { expandIndicators, templateCodes } from './engine/expandIndicators.js';
export { INDICATOR_DATA_ELEMENTS, type IndicatorDataElement } from './engine/indicatorDataElements.js';
export {
  INDICATOR_UNITS,
  type IndicatorDefinition,
  type IndicatorStandard,
  type IndicatorTemplateList,
  type IndicatorUnit,
  type MissingAs,
  STANDARD_BODIES,
  type StandardBody,
} from './engine/indicatorDefinition.js';
export { INDICATOR_GROUPS, indicatorEnvironment } from './engine/indicatorEnvironment.js';
export type {
  IndicatorNullReason,
  IndicatorResult,
  IndicatorTargetResult,
  IndicatorTrend,
} from './engine/indicatorResult.js';
export { indicatorResultsToCsv } from './engine/indicatorResultsToCsv.js';
export { type IndicatorValueParts, indicatorValue } from './engine/indicatorValue.js';
// Readiness checklist and site selection (kkb readiness, kkb sites).
export {
  assessReadiness,
  READINESS_CREDIT,
  type ReadinessAssessment,
  type ReadinessEntry,
  type ReadinessEvidence,
  type ReadinessInput,
  type ReadinessItemResult,
  type ReadinessOptions,
  type ReadinessStatus,
} from './readiness/assessReadiness.js';
export { candidatesFromDataset, type DatasetCandidates } from './sites/candidatesFromDataset.js';
export {
  type RankedSite,
  type RankSitesOptions,
  rankSites,
  type SiteCandidate,
  type SiteContribution,
  type SiteRanking,
} from './sites/rankSites.js';
export {
  DEFAULT_SITE_WEIGHTS,
  SITE_MEASURE_INFO,
  SITE_MEASURES,
  type SiteMeasure,
  type SiteWeights,
  type SiteWeightsInput,
  siteWeights,
} from './sites/siteWeights.js';
export { achievement } from './targets/achievement.js';
export {
  type BeforeAfter,
  beforeAfterDesignation,
  type MonthlyPoint,
  type SeriesMean,
} from './targets/beforeAfterDesignation.js';
export { type Change, change } from './targets/change.js';
export { NATIONAL_TARGETS_2015_2019 } from './targets/nationalTargets.js';
export { type OnTrackNullReason, type OnTrackResult, onTrack } from './targets/onTrack.js';
export { NATIONAL_REGION_CODE, type Target, type TargetDirection } from './targets/target.js';
export { TargetLookup } from './targets/targetLookup.js';
