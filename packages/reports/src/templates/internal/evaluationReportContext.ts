import {
  type EvaluationScorecardResult,
  type KampungIndicators,
  type KampungScorecard,
  roundDecimal,
  roundRatio,
  type ScorecardComponentId,
  type ScorecardPillarId,
} from '@kampung-kb/indicators';
import type { Dataset, Lang, Region } from '@kampung-kb/model';
import type { ReportCell } from '../../reportDocument.js';
import { hiddenBehaviour, resultsByMonth } from './evaluationDisclosure.js';
import { orderedKampung } from './matrixKampungOrder.js';

export const HIDDEN: ReportCell = { kind: 'hidden' };
export const PILLARS: readonly ScorecardPillarId[] = ['policy', 'intervention', 'community'];

/** A scorecard that came out valid. */
export type ValidScorecard = Extract<EvaluationScorecardResult, { ok: true }>;

/** What every part of the evaluation report reads. */
export interface EvaluationContext {
  readonly lang: Lang;
  readonly dataset: Dataset;
  readonly sc: ValidScorecard;
  /** The kampung scorecards in report order (by kecamatan, then name); at least one. */
  readonly cards: readonly KampungScorecard[];
  /** Kampung id → its kecamatan's name. */
  readonly district: ReadonlyMap<string, string>;
  /** Month → kampung id → the kampung's monthly results (the as-of month and the baselines). */
  readonly results: ReadonlyMap<string, ReadonlyMap<string, KampungIndicators>>;
  /** Kampung id → the behaviour components a public report hides. */
  readonly hidden: ReadonlyMap<string, ReadonlySet<ScorecardComponentId>>;
}

/** A score as shown: its value and whether a public report hides it. */
export interface ShownScore {
  readonly value: number | null;
  readonly hidden: boolean;
}

/** The context of a valid scorecard with at least one kampung. */
export function evaluationContext(
  dataset: Dataset,
  sc: ValidScorecard,
  regions: readonly Region[] | undefined,
  threshold: number | undefined,
  lang: Lang,
): EvaluationContext {
  const results = resultsByMonth(dataset, sc.asOf, sc.kampung);
  const hidden = hiddenBehaviour(dataset, sc.asOf, sc.kampung, results, threshold);
  const order = orderedKampung(dataset.kampung, regions);
  const rank = new Map(order.map((k, i) => [k.id, i]));
  const cards = [...sc.kampung].sort((a, b) => (rank.get(a.kampungId) ?? 0) - (rank.get(b.kampungId) ?? 0));
  return {
    lang,
    dataset,
    sc,
    cards,
    district: new Map(order.map((k) => [k.id, k.district])),
    results,
    hidden,
  };
}

/** The first kampung's scorecard: where the pillar and component labels and weights are read. */
export const firstCard = (c: EvaluationContext): KampungScorecard => c.cards[0] as KampungScorecard;

export const pillarOf = (k: KampungScorecard, pid: ScorecardPillarId) => k.pillars.find((p) => p.id === pid);

export const componentOf = (k: KampungScorecard, cid: ScorecardComponentId) =>
  k.pillars.flatMap((p) => p.components).find((x) => x.id === cid);

/** A pillar's label (its id when the scorecard has no such pillar). */
export const pillarLabel = (c: EvaluationContext, pid: ScorecardPillarId): string =>
  pillarOf(firstCard(c), pid)?.label[c.lang] ?? pid;

/** Whether a public report hides a kampung's component. */
export const hides = (c: EvaluationContext, k: KampungScorecard, cid: ScorecardComponentId): boolean =>
  c.hidden.get(k.kampungId)?.has(cid) === true;

/** The community axis (and so the overall score) hides when a hidden component has a score. */
const communityHidden = (c: EvaluationContext, k: KampungScorecard): boolean =>
  (pillarOf(k, 'community')?.components ?? []).some((x) => x.score !== null && hides(c, k, x.id));

export const pillarScore = (
  c: EvaluationContext,
  k: KampungScorecard,
  pid: ScorecardPillarId,
): ShownScore => ({
  value: pillarOf(k, pid)?.score ?? null,
  hidden: pid === 'community' && communityHidden(c, k),
});

export const overallScore = (c: EvaluationContext, k: KampungScorecard): ShownScore => ({
  value: k.overall,
  hidden: communityHidden(c, k),
});

/** A kampung's score cell: hidden when it has a value a public report hides. */
export const scoreCell = (s: ShownScore): ReportCell => (s.value !== null && s.hidden ? HIDDEN : s.value);

/** The mean of scores with 2 decimals, rounded once to 2 decimals; `null` without any. */
function meanScore(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return roundRatio(
    roundDecimal(
      values.reduce((a, b) => a + b, 0),
      2,
    ),
    values.length,
    2,
  );
}

/** A city mean: hidden when any kampung's score behind it is. */
export function cityMean(scores: readonly ShownScore[]): ReportCell {
  const withValue = scores.filter((s) => s.value !== null);
  if (withValue.some((s) => s.hidden)) return HIDDEN;
  return meanScore(withValue.map((s) => s.value as number));
}

/** How many kampung have a score. */
export const countScored = (scores: readonly { value: number | null }[]): number =>
  scores.filter((s) => s.value !== null).length;
