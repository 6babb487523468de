import type { Label } from '@kampung-kb/model';
import { decimalSum, toNumber } from '../internal/decimalArith.js';

/**
 * The three pillars of the evaluation frame of Banjarmasin's Kampung KB–Kampung Baiman: `policy` (the
 * mayor's policy and regulation support), `intervention` (agency and partner intervention) and `community`
 * (community behaviour change).
 *
 * @example
 * ```ts
 * const p: ScorecardPillarId = 'intervention';
 * ```
 */
export type ScorecardPillarId = 'policy' | 'intervention' | 'community';

/**
 * The components of each pillar (see {@link evaluationScorecard} for how each is normalised to 0–100).
 *
 * @example
 * ```ts
 * SCORECARD_COMPONENTS.community; // ['cprChange', 'mkjpChange', 'unmetNeedChange', 'poktanParticipation']
 * ```
 */
export const SCORECARD_COMPONENTS = {
  policy: ['regulation', 'pokjaDecree', 'mentor', 'fundingSources'],
  intervention: ['agencies', 'sectionCoverage', 'proposalsAddressed'],
  community: ['cprChange', 'mkjpChange', 'unmetNeedChange', 'poktanParticipation'],
} as const;

/**
 * A component id of a pillar.
 *
 * @example
 * ```ts
 * const c: ScorecardComponentId<'policy'> = 'mentor';
 * ```
 */
export type ScorecardComponentId<P extends ScorecardPillarId = ScorecardPillarId> =
  (typeof SCORECARD_COMPONENTS)[P][number];

/**
 * The weights of a scorecard: of each pillar in the overall score, and of each component in its pillar.
 * Each set is non-negative and sums to 1 ({@link checkScorecardWeights}).
 *
 * @example
 * ```ts
 * const w: ScorecardWeights = { ...DEFAULT_SCORECARD_WEIGHTS, pillars: { policy: 0.2, intervention: 0.3, community: 0.5 } };
 * ```
 */
export interface ScorecardWeights {
  readonly pillars: Readonly<Record<ScorecardPillarId, number>>;
  readonly components: {
    readonly [P in ScorecardPillarId]: Readonly<Record<ScorecardComponentId<P>, number>>;
  };
}

/**
 * The SDK's default weights. They are the SDK's choice, not an official weighting (the programme
 * publishes none): behaviour change weighs most (0.4) as the frame's end result, policy and intervention
 * 0.3 each; within policy a regulation and funding weigh most (0.35, 0.3), then the mentor (0.2) and the
 * Pokja decree (0.15); within intervention the number of agencies (0.4), then section coverage and the
 * share of proposals addressed (0.3 each); within behaviour change CPR (0.35), unmet need (0.25), MKJP
 * share and poktan participation (0.2 each). A city sets its own.
 *
 * @example
 * ```ts
 * DEFAULT_SCORECARD_WEIGHTS.pillars.community; // 0.4
 * ```
 */
export const DEFAULT_SCORECARD_WEIGHTS: ScorecardWeights = {
  pillars: { policy: 0.3, intervention: 0.3, community: 0.4 },
  components: {
    policy: { regulation: 0.35, pokjaDecree: 0.15, mentor: 0.2, fundingSources: 0.3 },
    intervention: { agencies: 0.4, sectionCoverage: 0.3, proposalsAddressed: 0.3 },
    community: { cprChange: 0.35, mkjpChange: 0.2, unmetNeedChange: 0.25, poktanParticipation: 0.2 },
  },
};

/**
 * A problem with scorecard weights, positioned by its path (`components.policy.mentor`).
 *
 * @example
 * ```ts
 * const i: ScorecardWeightIssue = { path: 'pillars', message: { id: '…', en: 'The weights of pillars sum to 0.9, not 1' } };
 * ```
 */
export interface ScorecardWeightIssue {
  readonly path: string;
  readonly message: Label;
}

const PILLARS: readonly ScorecardPillarId[] = ['policy', 'intervention', 'community'];

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkSet(
  value: unknown,
  path: string,
  names: readonly string[],
  issues: ScorecardWeightIssue[],
): void {
  if (!isRecord(value)) {
    issues.push({
      path,
      message: {
        id: `${path}: harus berupa objek bobot (${names.join(', ')})`,
        en: `${path}: must be an object of weights (${names.join(', ')})`,
      },
    });
    return;
  }
  for (const key of Object.keys(value)) {
    if (!names.includes(key)) {
      issues.push({
        path: `${path}.${key}`,
        message: {
          id: `${path}.${key}: tidak dikenal; yang ada: ${names.join(', ')}`,
          en: `${path}.${key}: unknown; expected one of ${names.join(', ')}`,
        },
      });
    }
  }
  const good: number[] = [];
  for (const name of names) {
    const w = value[name];
    const at = `${path}.${name}`;
    if (w === undefined) {
      issues.push({ path: at, message: { id: `${at}: bobot wajib diisi`, en: `${at}: weight is required` } });
    } else if (typeof w !== 'number' || !Number.isFinite(w)) {
      issues.push({ path: at, message: { id: `${at}: harus berupa angka`, en: `${at}: must be a number` } });
    } else if (w < 0) {
      issues.push({
        path: at,
        message: { id: `${at}: bobot ${w} negatif`, en: `${at}: weight ${w} is negative` },
      });
    } else good.push(w);
  }
  if (good.length !== names.length) return;
  const sum = decimalSum(good);
  const total = toNumber(sum);
  // Exactly 1 on the decimal values: mantissa × 10^exponent = 1.
  const isOne = sum.exponent <= 0 && sum.mantissa === 10n ** BigInt(-sum.exponent);
  if (!isOne) {
    issues.push({
      path,
      message: {
        id: `${path}: jumlah bobot ${String(total).replace('.', ',')}, harus 1`,
        en: `${path}: the weights sum to ${total}, not 1`,
      },
    });
  }
}

/**
 * Checks scorecard weights (for instance read from a city's JSON file): every pillar and component named,
 * none unknown, each a finite number ≥ 0, and each set (the pillars; the components of each pillar)
 * summing to exactly 1 on the decimal values (0.1 + 0.2 + 0.7 is 1). Returns the problems, empty when the
 * weights are usable; never throws.
 *
 * @example
 * ```ts
 * checkScorecardWeights(DEFAULT_SCORECARD_WEIGHTS); // []
 * checkScorecardWeights({ ...DEFAULT_SCORECARD_WEIGHTS, pillars: { policy: 0.5, intervention: 0.5, community: 0.5 } })[0]?.message.en;
 * // 'pillars: the weights sum to 1.5, not 1'
 * ```
 */
export function checkScorecardWeights(weights: unknown): ScorecardWeightIssue[] {
  const issues: ScorecardWeightIssue[] = [];
  if (!isRecord(weights)) {
    return [
      {
        path: '',
        message: {
          id: 'Bobot harus berupa objek { pillars, components }',
          en: 'Weights must be an object { pillars, components }',
        },
      },
    ];
  }
  for (const key of Object.keys(weights)) {
    if (key !== 'pillars' && key !== 'components') {
      issues.push({
        path: key,
        message: { id: `${key}: tidak dikenal`, en: `${key}: unknown` },
      });
    }
  }
  checkSet(weights['pillars'], 'pillars', PILLARS, issues);
  const components = weights['components'];
  if (!isRecord(components)) {
    checkSet(components, 'components', PILLARS, issues);
    return issues;
  }
  for (const key of Object.keys(components)) {
    if (!PILLARS.includes(key as ScorecardPillarId)) {
      issues.push({
        path: `components.${key}`,
        message: { id: `components.${key}: pilar tidak dikenal`, en: `components.${key}: unknown pillar` },
      });
    }
  }
  for (const p of PILLARS) checkSet(components[p], `components.${p}`, SCORECARD_COMPONENTS[p], issues);
  return issues;
}
