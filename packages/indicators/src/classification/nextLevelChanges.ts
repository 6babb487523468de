import { roundRatio } from '@kampung-kb/expr';
import type { Label, Lang } from '@kampung-kb/model';
import { type ClassificationLevelCode, classificationLevels } from './classificationLevels.js';
import {
  type ClassificationIndexId,
  classificationIndices,
  classificationSubIndicators,
  type SubIndicatorId,
} from './classificationSubIndicators.js';
import type { KampungClassification, SubIndicatorScore } from './classifyKampung.js';
import { type BasisTarget, describeScoreChange } from './describeScoreChange.js';
import { type ClassificationIndices, LEVEL_THRESHOLD, levelOfIndices } from './levelOfIndices.js';

/**
 * One sub-indicator score raise of a {@link NextLevelChanges} plan.
 *
 * @example
 * ```ts
 * const c: SubIndicatorChange = nextLevelChanges(classification).changes[0];
 * c.description.en; // 'CPR from 43 % to ≥ 51 % (score 3 → 4)'
 * ```
 */
export interface SubIndicatorChange {
  readonly id: SubIndicatorId;
  readonly index: ClassificationIndexId;
  readonly label: Label;
  readonly fromScore: number;
  readonly toScore: number;
  /** The basis now (`null` when missing). */
  readonly fromBasis: number | null;
  /** What the basis must reach for the new score; `null` for flags (the band label says it). */
  readonly toBasis: BasisTarget | null;
  /** E.g. `CPR dari 43 % ke ≥ 51 % (skor 3 → 4)` / `Sumber dana: tambah 1 sumber, dari 1 ke 2 (skor 2 → 3)`. */
  readonly description: Label;
}

/**
 * A set of score raises that lifts a kampung to `to`, with the indices it would then have.
 *
 * @example
 * ```ts
 * const plan: LevelPlan = nextLevelChanges(classification);
 * plan.indicesAfter; // { input: 3, process: 3, output: 2.5 }
 * ```
 */
export interface LevelPlan {
  readonly to: ClassificationLevelCode;
  readonly toLabel: Label;
  /** In the order of {@link classificationSubIndicators}. */
  readonly changes: readonly SubIndicatorChange[];
  /** Score points added over all changes. */
  readonly pointsAdded: number;
  /** The three index values after the changes (rounded as the portal rounds). */
  readonly indicesAfter: ClassificationIndices;
}

/**
 * What {@link nextLevelChanges} finds: the cheapest plan one level up (its fields, with `to: null` and no
 * changes at Berkelanjutan), the best plan for the other level one step up from Dasar, and a summary.
 *
 * @example
 * ```ts
 * const n: NextLevelChanges = nextLevelChanges(classification);
 * n.summary.en; // 'Developing → Sustainable: 1 sub-indicator, +1 score point'
 * ```
 */
export interface NextLevelChanges {
  readonly from: ClassificationLevelCode;
  readonly to: ClassificationLevelCode | null;
  readonly toLabel: Label | null;
  readonly changes: readonly SubIndicatorChange[];
  readonly pointsAdded: number;
  readonly indicesAfter: ClassificationIndices;
  /**
   * From Dasar, the best plan for the other level one step up (Mandiri when the plan goes to Berkembang,
   * and the reverse), when the raises can reach it; `null` otherwise.
   */
  readonly alternative: LevelPlan | null;
  readonly summary: Label;
}

const TARGETS: Readonly<Record<ClassificationLevelCode, readonly ClassificationLevelCode[]>> = {
  dasar: ['berkembang', 'mandiri'],
  berkembang: ['berkelanjutan'],
  mandiri: ['berkelanjutan'],
  berkelanjutan: [],
};

const INDEX_ORDER: readonly ClassificationIndexId[] = ['input', 'process', 'output'];

/** The best raises within one index: the score added to each of its sub-indicators (0 = unchanged). */
interface IndexPlan {
  readonly raises: readonly number[];
  readonly count: number;
  readonly points: number;
  readonly value: number;
}

function compareRaises(a: readonly number[], b: readonly number[]): number {
  // Fewer changes, then fewer points, then changes on earlier sub-indicators, then larger raises earlier.
  const count = (r: readonly number[]) => r.filter((x) => x > 0).length;
  const points = (r: readonly number[]) => r.reduce((s, x) => s + x, 0);
  if (count(a) !== count(b)) return count(a) - count(b);
  if (points(a) !== points(b)) return points(a) - points(b);
  const posA = a.flatMap((x, i) => (x > 0 ? [i] : []));
  const posB = b.flatMap((x, i) => (x > 0 ? [i] : []));
  for (let i = 0; i < posA.length; i++) {
    const d = (posA[i] ?? 0) - (posB[i] ?? 0);
    if (d !== 0) return d;
  }
  for (let i = 0; i < a.length; i++) {
    const d = (b[i] ?? 0) - (a[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Searches every combination of raises of an index's sub-indicators (each from its score up to its
 * maximum: at most 4^5 = 1,024 combinations for the input index) for the best one that brings the
 * rounded mean to the threshold.
 */
function bestIndexPlan(scores: readonly SubIndicatorScore[]): IndexPlan {
  const n = scores.length;
  const base = scores.reduce((s, x) => s + x.score, 0);
  let best: number[] | undefined;
  const raises = new Array<number>(n).fill(0);
  const visit = (i: number, sum: number): void => {
    if (i === n) {
      const value = roundRatio(sum, n, 2) ?? 0;
      if (value >= LEVEL_THRESHOLD && (best === undefined || compareRaises(raises, best) < 0)) {
        best = [...raises];
      }
      return;
    }
    const s = scores[i] as SubIndicatorScore;
    for (let r = 0; s.score + r <= s.maxScore; r++) {
      raises[i] = r;
      visit(i + 1, sum + r);
    }
    raises[i] = 0;
  };
  visit(0, base);
  // Every index reaches the threshold at its maximum scores (all maxima are ≥ 3), so `best` is set.
  const chosen = best ?? raises;
  const points = chosen.reduce((s, x) => s + x, 0);
  return {
    raises: chosen,
    count: chosen.filter((x) => x > 0).length,
    points,
    value: roundRatio(base + points, n, 2) ?? 0,
  };
}

function levelLabel(code: ClassificationLevelCode): Label {
  return classificationLevels.items.find((l) => l.code === code)?.label ?? { id: code, en: code };
}

interface Candidate {
  readonly to: ClassificationLevelCode;
  readonly lifted: readonly ClassificationIndexId[];
  readonly count: number;
  readonly points: number;
  readonly indicesAfter: ClassificationIndices;
}

function rank(code: ClassificationLevelCode): number {
  return classificationLevels.items.find((l) => l.code === code)?.rank ?? 0;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.count !== b.count) return a.count < b.count;
  if (a.points !== b.points) return a.points < b.points;
  return rank(a.to) < rank(b.to);
}

function toPlan(
  c: Candidate,
  plans: ReadonlyMap<ClassificationIndexId, IndexPlan>,
  byIndex: ReadonlyMap<ClassificationIndexId, readonly SubIndicatorScore[]>,
): LevelPlan {
  const changes: SubIndicatorChange[] = [];
  for (const index of INDEX_ORDER) {
    if (!c.lifted.includes(index)) continue;
    const plan = plans.get(index);
    const scores = byIndex.get(index) ?? [];
    scores.forEach((s, i) => {
      const r = plan?.raises[i] ?? 0;
      if (r === 0) return;
      const def = classificationSubIndicators.find((d) => d.id === s.id);
      const d = def === undefined ? undefined : describeScoreChange(def, s.basis, s.score, s.score + r);
      changes.push({
        id: s.id,
        index,
        label: s.label,
        fromScore: s.score,
        toScore: s.score + r,
        fromBasis: s.basis,
        toBasis: d?.target ?? null,
        description: d?.text ?? { id: s.label.id, en: s.label.en },
      });
    });
  }
  const order = (id: SubIndicatorId) => classificationSubIndicators.findIndex((d) => d.id === id);
  changes.sort((a, b) => order(a.id) - order(b.id));
  return {
    to: c.to,
    toLabel: levelLabel(c.to),
    changes,
    pointsAdded: c.points,
    indicesAfter: c.indicesAfter,
  };
}

function summary(from: ClassificationLevelCode, plan: LevelPlan | null): Label {
  if (plan === null) {
    return {
      id: `${levelLabel(from).id}: sudah tingkat tertinggi`,
      en: `${levelLabel(from).en}: already the highest level`,
    };
  }
  const one = (lang: Lang): string => {
    const n = plan.changes.length;
    const subs = lang === 'id' ? `${n} subindikator` : `${n} sub-indicator${n === 1 ? '' : 's'}`;
    const pts =
      lang === 'id'
        ? `+${plan.pointsAdded} poin skor`
        : `+${plan.pointsAdded} score point${plan.pointsAdded === 1 ? '' : 's'}`;
    return `${levelLabel(from)[lang]} → ${plan.toLabel[lang]}: ${subs}, ${pts}`;
  };
  return { id: one('id'), en: one('en') };
}

/**
 * The smallest set of sub-indicator score raises that lifts a kampung exactly one level: Dasar →
 * Berkembang or Mandiri (whichever is cheaper), Berkembang → Berkelanjutan, Mandiri → Berkelanjutan;
 * nothing from Berkelanjutan.
 *
 * The search is exhaustive and exact: within each index it tries every combination of raises of its
 * sub-indicators (each from its current score up to its maximum; at most 1,024 combinations) and keeps
 * the best that brings the index, rounded to 2 decimals as the portal rounds it, to 3; then it tries every
 * set of indices below 3 to lift and keeps the sets whose resulting level ({@link levelOfIndices}) is one
 * of the levels one step up. The indices are independent, so this is the optimum over all raises of the
 * twelve sub-indicators. Plans are ordered by the number of sub-indicators changed, then by the score
 * points added, then by the lower target level (Berkembang before Mandiri); within an index ties go to the
 * sub-indicators listed first in {@link classificationSubIndicators}, raised most on the first. Each change
 * says what it means on the basis (see {@link describeScoreChange}).
 *
 * Scores only go up: a Dasar kampung whose output index is already ≥ 3 cannot become Berkembang (which
 * needs output < 3), so its plan goes to Mandiri.
 *
 * @example
 * ```ts
 * const next = nextLevelChanges(classifyKampung(inputs));
 * // a Berkembang kampung with output 2.75 (scores 3, 3, 3, 2): one point on poktan participation
 * next.to; // 'berkelanjutan'
 * next.changes.map((c) => c.description.en); // ['Poktan participation from 20 % to ≥ 21 % (score 2 → 3)']
 * ```
 */
export function nextLevelChanges(classification: KampungClassification): NextLevelChanges {
  const from = classification.level;
  const byIndex = new Map<ClassificationIndexId, readonly SubIndicatorScore[]>();
  for (const index of classificationIndices) {
    byIndex.set(
      index.id,
      classification.subIndicators.filter((s) => s.index === index.id),
    );
  }
  const current = classification.indices;
  const below = INDEX_ORDER.filter((i) => current[i] < LEVEL_THRESHOLD);
  const plans = new Map<ClassificationIndexId, IndexPlan>();
  for (const i of below) plans.set(i, bestIndexPlan(byIndex.get(i) ?? []));
  const targets = TARGETS[from];
  const best = new Map<ClassificationLevelCode, Candidate>();
  // Every non-empty set of indices below the threshold, in bitmask order (input, process, output).
  for (let mask = 1; mask < 1 << below.length; mask++) {
    const lifted = below.filter((_, k) => (mask & (1 << k)) !== 0);
    const after: Record<ClassificationIndexId, number> = { ...current };
    let count = 0;
    let points = 0;
    for (const i of lifted) {
      const p = plans.get(i);
      if (p === undefined) continue;
      after[i] = p.value;
      count += p.count;
      points += p.points;
    }
    const to = levelOfIndices(after);
    if (!targets.includes(to)) continue;
    const c: Candidate = { to, lifted, count, points, indicesAfter: after };
    const prev = best.get(to);
    if (prev === undefined || better(c, prev)) best.set(to, c);
  }
  const ranked = [...best.values()].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  const [first, second] = ranked;
  const plan = first === undefined ? null : toPlan(first, plans, byIndex);
  const alternative = second === undefined ? null : toPlan(second, plans, byIndex);
  return {
    from,
    to: plan?.to ?? null,
    toLabel: plan?.toLabel ?? null,
    changes: plan?.changes ?? [],
    pointsAdded: plan?.pointsAdded ?? 0,
    indicesAfter: plan?.indicesAfter ?? current,
    alternative,
    summary: summary(from, plan),
  };
}
