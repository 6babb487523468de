import type { Label } from '@kampung-kb/model';
import type { ClassificationLevelCode } from './classificationLevels.js';
import type { KampungClassification } from './classifyKampung.js';
import type { KampungPeriodInputs } from './selectKampungPeriod.js';

/** Why a kampung has no level for a period: it sent no monthly report for it. */
export type NoLevelReason = 'noMonthlyReport';

/** The label of a kampung without a monthly report for the period, in place of a level. */
export const NO_REPORT_LABEL: Label = { id: 'Tidak ada laporan', en: 'No report' };

/**
 * What a kampung's classification says for a period, told apart from missing data: its level, or, when
 * it sent no monthly report for the period, no level (`level: null`) with the reason and the label
 * "Tidak ada laporan" / "No report". The portal's scoring alone scores the missing report's percentages
 * 1 and so shows such a kampung as Dasar: completeness is not cleanliness.
 *
 * @example
 * ```ts
 * const inputs = selectKampungPeriod(dataset, 'sungai-andai', '2020-12');
 * kampungOutcome(classifyKampung(inputs), inputs);
 * // { level: 'mandiri', label: { id: 'Mandiri', en: 'Self-reliant' }, reason: null }
 * // without a December report: { level: null, label: { id: 'Tidak ada laporan', en: 'No report' }, reason: 'noMonthlyReport' }
 * ```
 */
export type KampungOutcome =
  | { readonly level: ClassificationLevelCode; readonly label: Label; readonly reason: null }
  | { readonly level: null; readonly label: Label; readonly reason: NoLevelReason };

/**
 * The {@link KampungOutcome} of a classification computed from `inputs`.
 *
 * @example
 * ```ts
 * kampungOutcome(classifyKampung(inputs), inputs).reason; // null, or 'noMonthlyReport'
 * ```
 */
export function kampungOutcome(
  classification: KampungClassification,
  inputs: Pick<KampungPeriodInputs, 'monthly'>,
): KampungOutcome {
  return outcomeOf(classification, inputs.monthly !== null);
}

/**
 * {@link kampungOutcome} given whether the month has a monthly report.
 *
 * @internal
 */
export function outcomeOf(classification: KampungClassification, monthlyReport: boolean): KampungOutcome {
  if (!monthlyReport) return { level: null, label: NO_REPORT_LABEL, reason: 'noMonthlyReport' };
  return { level: classification.level, label: classification.levelLabel, reason: null };
}
