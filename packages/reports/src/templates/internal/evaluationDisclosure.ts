import {
  computeKampungIndicators,
  type KampungIndicators,
  type KampungScorecard,
  type ScorecardComponentId,
} from '@kampung-kb/indicators';
import type { Dataset, MonthlyReport } from '@kampung-kb/model';
import {
  INDICATOR_CELLS,
  type KampungDisclosure,
  kampungDisclosure,
} from '../../internal/kampungDisclosure.js';

/** The kampung results of the months a scorecard reads: its month and every kampung's baseline month. */
export function resultsByMonth(
  dataset: Dataset,
  asOf: string,
  scorecards: readonly KampungScorecard[],
): Map<string, Map<string, KampungIndicators>> {
  const months = new Set([
    asOf,
    ...scorecards.flatMap((s) => (s.baselinePeriod === null ? [] : [s.baselinePeriod])),
  ]);
  const out = new Map<string, Map<string, KampungIndicators>>();
  for (const m of [...months].sort()) {
    out.set(m, new Map(computeKampungIndicators(dataset, m).map((r) => [r.kampungId, r])));
  }
  return out;
}

/** The behaviour-change components and the figures (by the monthly report's cell ids) each is built on. */
const FROM: Readonly<Record<string, readonly string[]>> = {
  cprChange: INDICATOR_CELLS.cpr,
  mkjpChange: INDICATOR_CELLS.mkjpShare,
  unmetNeedChange: INDICATOR_CELLS.unmetNeed,
};

/**
 * The behaviour-change components of each kampung that a public report hides: a change component when the
 * kampung's public monthly report of the scorecard's month or of its baseline month hides the numerator or
 * denominator of the indicator (the same pattern as {@link kampungDisclosure}, so the figures are hidden
 * exactly when that report hides them), poktan participation when the month's report hides any of its
 * figures. Empty sets when `threshold` is undefined (not a public report).
 */
export function hiddenBehaviour(
  dataset: Dataset,
  asOf: string,
  scorecards: readonly KampungScorecard[],
  results: ReadonlyMap<string, ReadonlyMap<string, KampungIndicators>>,
  threshold: number | undefined,
): Map<string, Set<ScorecardComponentId>> {
  const out = new Map<string, Set<ScorecardComponentId>>();
  const monthly = new Map<string, MonthlyReport>();
  for (const m of dataset.monthly) {
    const key = `${m.kampungId}|${m.period}`;
    if (!monthly.has(key)) monthly.set(key, m);
  }
  const disclosure = (kampungId: string, month: string | null): KampungDisclosure | undefined => {
    if (month === null || threshold === undefined) return undefined;
    const r = results.get(month)?.get(kampungId);
    return r === undefined
      ? undefined
      : kampungDisclosure(r, monthly.get(`${kampungId}|${month}`), threshold);
  };
  for (const s of scorecards) {
    const hidden = new Set<ScorecardComponentId>();
    out.set(s.kampungId, hidden);
    if (threshold === undefined) continue;
    const now = disclosure(s.kampungId, asOf);
    const before = disclosure(s.kampungId, s.baselinePeriod);
    for (const [id, cells] of Object.entries(FROM)) {
      if (now?.hides(...cells) || before?.hides(...cells)) hidden.add(id as ScorecardComponentId);
    }
    if (now?.hides(...now.poktanCells)) hidden.add('poktanParticipation');
  }
  return out;
}
