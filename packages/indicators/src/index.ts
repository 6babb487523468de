/**
 * `@kampung-kb/indicators`: the Kampung KB indicator calculators (CPR, MKJP share, unmet need, poktan
 * participation) and the official classification (Dasar / Berkembang / Mandiri / Berkelanjutan), computed
 * exactly as the official portal does, with every score explained.
 *
 * @packageDocumentation
 */

export {
  type ClassificationLevelCode,
  type ClassificationLevelItem,
  classificationLevels,
} from './classificationLevels.js';
export {
  type ClassificationOptions,
  DEFAULT_CROSS_SECTOR_EXCLUSIONS,
  type ZeroDenominatorMode,
} from './classificationOptions.js';
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
} from './classificationSubIndicators.js';
export {
  type ClassificationInputs,
  classifyKampung,
  type IndexResult,
  type KampungClassification,
  type SubIndicatorScore,
} from './classifyKampung.js';
export {
  computeIndicatorValues,
  type IndicatorValue,
  type IndicatorValueId,
  type KampungIndicatorValues,
  type PoktanParticipationPart,
  type PoktanParticipationValue,
} from './computeIndicatorValues.js';
export {
  computeKampungIndicators,
  type KampungIndicators,
  type KampungRecordsUsed,
} from './computeKampungIndicators.js';
export { latestPeriod } from './latestPeriod.js';
export { type ClassificationIndices, LEVEL_THRESHOLD, levelOfIndices } from './levelOfIndices.js';
export type { NullReason } from './nullReason.js';
export { pgPercent } from './pgPercent.js';
export { roundDecimal, roundRatio } from './roundDecimal.js';
export { roundHalfEven } from './roundHalfEven.js';
export { type KampungPeriodInputs, selectKampungPeriod } from './selectKampungPeriod.js';
