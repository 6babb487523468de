import { roundDecimal, roundRatio } from '@kampung-kb/expr';
import { type Label, type ReadinessItemCode, readinessItems } from '@kampung-kb/model';

/**
 * Status of a readiness item: done (selesai), in progress (berjalan), not started (belum dimulai) or
 * unknown (tidak diketahui).
 *
 * @example
 * ```ts
 * const s: ReadinessStatus = 'inProgress';
 * ```
 */
export type ReadinessStatus = 'done' | 'inProgress' | 'notStarted' | 'unknown';

/**
 * A piece of evidence for a readiness item: a document number, its date (`YYYY-MM-DD`), a public link.
 *
 * @example
 * ```ts
 * const e: ReadinessEvidence = { number: '188.45/123/2018', date: '2018-06-26' };
 * ```
 */
export interface ReadinessEvidence {
  readonly number?: string | undefined;
  readonly date?: string | undefined;
  readonly link?: string | undefined;
}

/**
 * One readiness item as a city records it (the `readiness` key of `programme.json`, parsed).
 *
 * @example
 * ```ts
 * const e: ReadinessEntry = { status: 'done', leadAgency: 'Barenlitbangda' };
 * ```
 */
export interface ReadinessEntry {
  readonly status: ReadinessStatus;
  readonly evidence?: readonly ReadinessEvidence[] | undefined;
  /** Weight in the score; the item's default weight (`readinessItems`) when absent. */
  readonly weight?: number | undefined;
  /** Lead agency (pokjaKota only). */
  readonly leadAgency?: string | undefined;
  readonly note?: string | undefined;
}

/**
 * A city's readiness checklist: an entry per item code; a missing item counts as `unknown`.
 *
 * @example
 * ```ts
 * const r: ReadinessInput = { pokjaKota: { status: 'done' }, perda: { status: 'unknown' } };
 * ```
 */
export type ReadinessInput = { readonly [K in ReadinessItemCode]?: ReadinessEntry | undefined };

/**
 * The share of an item's weight a status earns: done 1, in progress ½, not started and unknown 0.
 *
 * @example
 * ```ts
 * READINESS_CREDIT.inProgress; // 0.5
 * ```
 */
export const READINESS_CREDIT: Readonly<Record<ReadinessStatus, number>> = {
  done: 1,
  inProgress: 0.5,
  notStarted: 0,
  unknown: 0,
};

/**
 * One item of {@link assessReadiness}'s result.
 *
 * @example
 * ```ts
 * const item: ReadinessItemResult = assessReadiness({}).items[0]!;
 * item.status; // 'unknown'
 * ```
 */
export interface ReadinessItemResult {
  readonly code: ReadinessItemCode;
  readonly label: Label;
  readonly status: ReadinessStatus;
  /** `false` when the checklist has no entry for the item (it then counts as unknown). */
  readonly recorded: boolean;
  readonly weight: number;
  /** The share of the weight earned ({@link READINESS_CREDIT}). */
  readonly credit: number;
  /** weight × credit. */
  readonly points: number;
  readonly evidence: readonly ReadinessEvidence[];
  readonly leadAgency?: string;
  readonly note?: string;
  /** The next step while the item is not done; `null` when done. */
  readonly nextStep: Label | null;
}

/**
 * Result of {@link assessReadiness}.
 *
 * @example
 * ```ts
 * const r: ReadinessAssessment = assessReadiness({ pokjaKota: { status: 'done' } });
 * r.score; // 6.67 (1 of 15 points)
 * ```
 */
export interface ReadinessAssessment {
  /** points / maxPoints × 100, rounded half away from zero to 2 decimals; `null` when every weight is 0. */
  readonly score: number | null;
  readonly points: number;
  readonly maxPoints: number;
  /** How many items have each status. */
  readonly counts: Readonly<Record<ReadinessStatus, number>>;
  /** Every item, in the order of the code list. */
  readonly items: readonly ReadinessItemResult[];
  /** The items not done (in progress, not started, unknown), in code-list order, each with its next step. */
  readonly gaps: readonly ReadinessItemResult[];
  /** Items whose status is unknown: to check (whether recorded as unknown or not recorded at all). */
  readonly toCheck: readonly ReadinessItemCode[];
  /** Items the checklist does not mention at all. */
  readonly missing: readonly ReadinessItemCode[];
}

/**
 * Options of {@link assessReadiness}.
 *
 * @example
 * ```ts
 * assessReadiness(readiness, { decimals: 1 });
 * ```
 */
export interface ReadinessOptions {
  /** Decimals of the score (default 2). */
  readonly decimals?: number;
}

/**
 * Scores a city's readiness checklist against the code list `readinessItems`: score = Σ weight × credit /
 * Σ weight × 100, where credit is 1 for done, ½ for in progress (the step is under way but does not yet
 * hold), 0 for not started and unknown. An item not in the checklist counts as unknown and is listed in
 * `missing`; every unknown item is listed in `toCheck`. Each gap carries the item's next step. Pure;
 * never throws.
 *
 * @example
 * ```ts
 * // Default weights: four items weigh 2, seven weigh 1 (15 points).
 * const r = assessReadiness({
 *   rpjmdPriority: { status: 'done' },      // 2
 *   apbdBudget: { status: 'inProgress' },   // 2 × ½ = 1
 *   pokjaKota: { status: 'done', leadAgency: 'Barenlitbangda' }, // 1
 * });
 * r.points; // 4
 * r.score; // 26.67 (4 / 15)
 * r.missing.length; // 8
 * ```
 */
export function assessReadiness(
  readiness: ReadinessInput | undefined,
  options: ReadinessOptions = {},
): ReadinessAssessment {
  const decimals = options.decimals ?? 2;
  const counts: Record<ReadinessStatus, number> = { done: 0, inProgress: 0, notStarted: 0, unknown: 0 };
  const items: ReadinessItemResult[] = [];
  const missing: ReadinessItemCode[] = [];
  let points = 0;
  let maxPoints = 0;
  for (const item of readinessItems.items) {
    const entry = readiness?.[item.code];
    const status = entry?.status ?? 'unknown';
    const weight = entry?.weight ?? item.weight;
    const credit = READINESS_CREDIT[status];
    const itemPoints = roundDecimal(weight * credit, 6);
    counts[status] += 1;
    if (entry === undefined) missing.push(item.code);
    points += itemPoints;
    maxPoints += weight;
    items.push({
      code: item.code,
      label: item.label,
      status,
      recorded: entry !== undefined,
      weight,
      credit,
      points: itemPoints,
      evidence: entry?.evidence ?? [],
      ...(entry?.leadAgency !== undefined ? { leadAgency: entry.leadAgency } : {}),
      ...(entry?.note !== undefined ? { note: entry.note } : {}),
      nextStep: status === 'done' ? null : item.nextStep,
    });
  }
  points = roundDecimal(points, 6);
  maxPoints = roundDecimal(maxPoints, 6);
  return {
    score: roundRatio(points * 100, maxPoints, decimals),
    points,
    maxPoints,
    counts,
    items,
    gaps: items.filter((i) => i.status !== 'done'),
    toCheck: items.filter((i) => i.status === 'unknown').map((i) => i.code),
    missing,
  };
}
