import { roundRatio } from '@kampung-kb/expr';
import type { Label } from '@kampung-kb/model';
import { type ClassificationLevelCode, classificationLevels } from './classificationLevels.js';
import { type ClassificationOptions, DEFAULT_CROSS_SECTOR_EXCLUSIONS } from './classificationOptions.js';
import {
  type BasisKind,
  type ClassificationIndexId,
  classificationIndices,
  classificationSubIndicators,
  type ScoreBand,
  type SubIndicatorDefinition,
  type SubIndicatorId,
} from './classificationSubIndicators.js';
import { explain } from './internal/explain.js';
import { outputResultsOfRecords } from './internal/outputResults.js';
import { type Basis, type BasisInputs, subIndicatorBases } from './internal/subIndicatorBases.js';
import { type ClassificationIndices, levelOfIndices } from './levelOfIndices.js';
import type { NullReason } from './nullReason.js';
import type { KampungPeriodInputs } from './selectKampungPeriod.js';

/**
 * The score of one sub-indicator, with what it was scored on and why.
 *
 * @example
 * ```ts
 * const cpr = classifyKampung(inputs).subIndicators.find((s) => s.id === 'cpr');
 * // { id: 'cpr', index: 'output', score: 3, maxScore: 4, basis: 43, basisKind: 'percent', note: null, … }
 * ```
 */
export interface SubIndicatorScore {
  readonly id: SubIndicatorId;
  readonly index: ClassificationIndexId;
  readonly label: Label;
  /** From 1 to {@link SubIndicatorScore.maxScore}. */
  readonly score: number;
  readonly maxScore: number;
  /**
   * The value scored: a count, a number of flags, or a percentage rounded to an integer the portal's way
   * ({@link pgPercent}); `null` when it is missing (scored 1).
   */
  readonly basis: number | null;
  readonly basisKind: BasisKind;
  /**
   * Why `basis` is null, or, when it is 0 under the portal's rules, why it is 0 rather than computed
   * (zero denominator; unmet need without a population snapshot). `null` for an ordinary value.
   */
  readonly note: NullReason | null;
  /** The band the basis fell in, `null` when the basis is missing. */
  readonly band: ScoreBand | null;
  /** E.g. `CPR 43 % (41–50) → skor 3` / `CPR 43 % (41–50) → score 3`. */
  readonly explanation: Label;
}

/**
 * One index: the mean of its sub-indicators' scores, rounded to 2 decimals.
 *
 * @example
 * ```ts
 * classifyKampung(inputs).indexDetails[1];
 * // { id: 'process', label, value: 2.67, scoreSum: 8, subIndicatorCount: 3 }
 * ```
 */
export interface IndexResult {
  readonly id: ClassificationIndexId;
  readonly label: Label;
  readonly value: number;
  readonly scoreSum: number;
  readonly subIndicatorCount: number;
}

/**
 * A kampung's classification, with every sub-indicator and index that led to it.
 *
 * @example
 * ```ts
 * const c: KampungClassification = classifyKampung(inputs);
 * c.levelLabel.en; // 'Self-reliant'
 * ```
 */
export interface KampungClassification {
  readonly level: ClassificationLevelCode;
  readonly levelLabel: Label;
  /** The three index values the level was decided on. */
  readonly indices: ClassificationIndices;
  /** The indices with their score sums, in order input, process, output. */
  readonly indexDetails: readonly IndexResult[];
  /** The twelve sub-indicators, in the order of {@link classificationSubIndicators}. */
  readonly subIndicators: readonly SubIndicatorScore[];
}

/**
 * The records a classification reads (see {@link selectKampungPeriod}).
 *
 * @example
 * ```ts
 * const inputs: ClassificationInputs = { profile, population, monthly, interventions: [] };
 * classifyKampung(inputs).level; // 'dasar'
 * ```
 */
export type ClassificationInputs = Pick<
  KampungPeriodInputs,
  'profile' | 'population' | 'monthly' | 'interventions'
>;

/**
 * Classifies a kampung as the official portal does (Dasar, Berkembang, Mandiri or Berkelanjutan) from the
 * records that apply to a period: scores the twelve sub-indicators with the portal's tables
 * ({@link classificationSubIndicators}), averages them into the input, process and output indices
 * (exact mean rounded half away from zero to 2 decimals, like `ROUND(x / n::decimal, 2)`), and applies
 * the level rule ({@link levelOfIndices}).
 *
 * Portal behaviour kept on purpose: a missing profile scores every profile sub-indicator 1; a missing
 * monthly report or population snapshot scores the output percentages 1 (unmet need counts as 0 %, score 4,
 * when only the population snapshot is missing); a zero denominator counts as 0 % (CPR, MKJP share and
 * poktan participation score 1, unmet need 4). CPR counts only the portal's seven methods (not MAL or
 * traditional methods). The cross-sector count leaves out the KB office and the BKKBN representative, as
 * the portal's SQL intends (it filters the wrong column). Options change the last two
 * ({@link ClassificationOptions}). The interventions are taken as given: pass only those up to the period.
 *
 * @example
 * ```ts
 * const c = classifyKampung(selectKampungPeriod(dataset, 'sungai-andai', '2020-12'));
 * c.level; // 'mandiri'
 * c.indices; // { input: 3.2, process: 2.67, output: 3.25 }
 * c.subIndicators.find((s) => s.id === 'cpr')?.explanation.id; // 'CPR 43 % (41–50) → skor 3'
 * ```
 */
export function classifyKampung(
  inputs: ClassificationInputs,
  options: ClassificationOptions = {},
): KampungClassification {
  return classifyFromBases(
    {
      profile: inputs.profile,
      interventions: inputs.interventions,
      hasPopulation: inputs.population !== null,
      hasMonthly: inputs.monthly !== null,
      output: outputResultsOfRecords(inputs.population, inputs.monthly),
    },
    options,
  );
}

/**
 * {@link classifyKampung} on the profile, the interventions, which records exist and the engine's results
 * of the kampung path's indicators for the month.
 *
 * @internal
 */
export function classifyFromBases(
  inputs: BasisInputs,
  options: ClassificationOptions = {},
): KampungClassification {
  const bases = subIndicatorBases(
    inputs,
    options.zeroDenominator ?? 'portal',
    options.crossSectorExclusions ?? DEFAULT_CROSS_SECTOR_EXCLUSIONS,
  );
  const subIndicators = classificationSubIndicators.map((def) => scoreOne(def, bases[def.id]));
  const sums = new Map<ClassificationIndexId, { sum: number; count: number }>();
  for (const s of subIndicators) {
    const t = sums.get(s.index);
    if (t === undefined) sums.set(s.index, { sum: s.score, count: 1 });
    else {
      t.sum += s.score;
      t.count += 1;
    }
  }
  const indexDetails = classificationIndices.map((index): IndexResult => {
    const t = sums.get(index.id) ?? { sum: 0, count: 0 };
    return {
      id: index.id,
      label: index.label,
      value: roundRatio(t.sum, t.count, 2) ?? 0,
      scoreSum: t.sum,
      subIndicatorCount: t.count,
    };
  });
  const indexValue = (id: ClassificationIndexId): number => indexDetails.find((i) => i.id === id)?.value ?? 0;
  const indices: ClassificationIndices = {
    input: indexValue('input'),
    process: indexValue('process'),
    output: indexValue('output'),
  };
  const level = levelOfIndices(indices);
  const levelItem = LEVEL_ITEMS.get(level);
  return {
    level,
    levelLabel: levelItem?.label ?? { id: level, en: level },
    indices,
    indexDetails,
    subIndicators,
  };
}

const LEVEL_ITEMS = new Map(classificationLevels.items.map((l) => [l.code, l]));

function findBand(def: SubIndicatorDefinition, value: number): ScoreBand | null {
  return (
    def.bands.find((b) => (b.min === null || value >= b.min) && (b.max === null || value <= b.max)) ?? null
  );
}

function scoreOne(def: SubIndicatorDefinition, basis: Basis): SubIndicatorScore {
  const band = basis.value === null ? null : findBand(def, basis.value);
  const score = band?.score ?? def.missingScore;
  return {
    id: def.id,
    index: def.index,
    label: def.label,
    score,
    maxScore: def.maxScore,
    basis: band === null ? null : basis.value,
    basisKind: def.basisKind,
    note: basis.note,
    band,
    explanation: explain(def, band === null ? { ...basis, value: null } : basis, band, score),
  };
}
