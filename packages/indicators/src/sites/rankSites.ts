import { roundDecimal, roundRatio } from '@kampung-kb/expr';
import {
  type AreaCriterionCode,
  areaCriteria,
  type Label,
  type MainCriterionCode,
  mainCriteria,
} from '@kampung-kb/model';
import {
  SITE_MEASURE_INFO,
  SITE_MEASURES,
  type SiteMeasure,
  type SiteWeights,
  type SiteWeightsInput,
  siteWeights,
} from './siteWeights.js';

/**
 * One kelurahan/desa that could host a new Kampung KB. A flag or measure that is absent or `null` is "no
 * data": it earns nothing and is listed, never read as `false` or 0.
 *
 * @example
 * ```ts
 * const c: SiteCandidate = {
 *   regionCode: '63.71.01.1005', name: 'Kelayan Tengah',
 *   mainCriteria: { lowKbParticipation: true, highPoverty: null },
 *   areaCriteria: { slum: true, dense: true },
 *   measures: { cpr: 48.2, unmetNeed: 14.1 },
 * };
 * ```
 */
export interface SiteCandidate {
  /** Kemendagri code of the kelurahan/desa, dotted. */
  readonly regionCode: string;
  readonly name?: string;
  readonly mainCriteria?: Partial<Record<MainCriterionCode, boolean | null>>;
  readonly areaCriteria?: Partial<Record<AreaCriterionCode, boolean | null>>;
  readonly measures?: Partial<Record<SiteMeasure, number | null>>;
  /** Ids of the Kampung KB already designated there (none for a new site). */
  readonly designated?: readonly string[];
}

/**
 * What one criterion adds to a candidate's score, and why.
 *
 * @example
 * ```ts
 * const c: SiteContribution = { kind: 'area', code: 'slum', label, weight: 1, value: true, noData: false, share: 1, points: 1 };
 * ```
 */
export interface SiteContribution {
  readonly kind: 'main' | 'area' | 'measure';
  readonly code: MainCriterionCode | AreaCriterionCode | SiteMeasure;
  readonly label: Label;
  readonly weight: number;
  /** The candidate's flag or number; `null` when there is no data. */
  readonly value: boolean | number | null;
  /** `true` when the candidate has no value for it (it then earns 0 and says so). */
  readonly noData: boolean;
  /**
   * The share of the weight earned, 0 to 1: a flag 1 or 0; a measure scaled between the lowest and highest
   * value among the candidates with data (reversed for CPR); `null` without data.
   */
  readonly share: number | null;
  /** weight × share, rounded half away from zero to 2 decimals (0 without data). */
  readonly points: number;
}

/**
 * One candidate of a {@link SiteRanking}.
 *
 * @example
 * ```ts
 * const s: RankedSite = rankSites([{ regionCode: '63.71.01.1005', areaCriteria: { slum: true } }]).sites[0]!;
 * s.rank; // 1
 * ```
 */
export interface RankedSite {
  /** 1 for the highest score; equal scores share a rank (1, 2, 2, 4). */
  readonly rank: number;
  /** Whether another candidate has the same score. */
  readonly tied: boolean;
  readonly regionCode: string;
  readonly name?: string;
  /** Σ points, 2 decimals. */
  readonly score: number;
  /** The score a candidate meeting every criterion at the top of every measure would get: Σ weights. */
  readonly maxScore: number;
  /** Share of the weight for which the candidate has data, % (2 decimals); `null` when every weight is 0. */
  readonly dataCoverage: number | null;
  readonly designated: readonly string[];
  /** Every criterion with a weight above 0, main criteria, then area criteria, then measures. */
  readonly contributions: readonly SiteContribution[];
  /** The criteria with no data for this candidate (codes). */
  readonly noData: readonly string[];
}

/**
 * Result of {@link rankSites}.
 *
 * @example
 * ```ts
 * const r: SiteRanking = rankSites(candidates);
 * r.sites[0]?.regionCode;
 * ```
 */
export interface SiteRanking {
  /** Highest score first; equal scores by region code. */
  readonly sites: readonly RankedSite[];
  readonly weights: SiteWeights;
  /** Lowest and highest value of each measure among the candidates with data; `null` when none has data. */
  readonly ranges: Readonly<Record<SiteMeasure, { readonly min: number; readonly max: number } | null>>;
}

/**
 * Options of {@link rankSites}.
 *
 * @example
 * ```ts
 * rankSites(candidates, { weights: programme.siteSelection });
 * ```
 */
export interface RankSitesOptions {
  /** A city's weights (`programme.json` `siteSelection`); the rest default ({@link DEFAULT_SITE_WEIGHTS}). */
  readonly weights?: SiteWeightsInput;
}

function hasValue(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * Ranks kelurahan/desa for a new Kampung KB by the portal's main criteria (`main-criteria`), the juknis'
 * area criteria (`area-criteria`) and the measures a city has (CPR, unmet need, share of poor families,
 * density), and explains every rank. Score = Σ weight × share over the criteria with a weight above 0:
 * a flag met earns its whole weight; a measure earns (value − min) / (max − min) of its weight, min and max
 * taken over the candidates with data (for CPR (max − value) / (max − min), a low CPR meaning more need);
 * when every candidate with data has the same value the measure separates nobody and earns 0. A flag or
 * measure without data earns 0 and is listed in `noData`, with the candidate's `dataCoverage`. Points are
 * rounded half away from zero to 2 decimals, the score is their sum; equal scores share a rank. Pure.
 *
 * @example
 * ```ts
 * const r = rankSites([
 *   { regionCode: '63.71.01.1005', mainCriteria: { lowKbParticipation: true }, measures: { cpr: 40 } },
 *   { regionCode: '63.71.02.1008', mainCriteria: { lowKbParticipation: false }, measures: { cpr: 60 } },
 * ]);
 * r.sites.map((s) => [s.regionCode, s.rank, s.score]);
 * // [['63.71.01.1005', 1, 6], ['63.71.02.1008', 2, 0]]   (3 for the flag + 3 × (60 − 40) / 20 for CPR)
 * ```
 */
export function rankSites(candidates: readonly SiteCandidate[], options: RankSitesOptions = {}): SiteRanking {
  const weights = siteWeights(options.weights);
  const ranges = measureRanges(candidates);
  const maxScore = roundDecimal(
    [
      ...Object.values(weights.mainCriteria),
      ...Object.values(weights.areaCriteria),
      ...Object.values(weights.measures),
    ].reduce((a, b) => a + b, 0),
    6,
  );
  const scored = candidates.map((c) => scoreCandidate(c, weights, ranges));
  return { sites: rankScored(scored, maxScore), weights, ranges };
}

type Ranges = Record<SiteMeasure, { min: number; max: number } | null>;

interface Scored {
  readonly candidate: SiteCandidate;
  readonly score: number;
  readonly dataCoverage: number | null;
  readonly contributions: readonly SiteContribution[];
}

/** Lowest and highest value of each measure among the candidates with data. */
function measureRanges(candidates: readonly SiteCandidate[]): Ranges {
  const ranges = {} as Ranges;
  for (const m of SITE_MEASURES) {
    const values = candidates.map((c) => c.measures?.[m]).filter(hasValue);
    ranges[m] = values.length === 0 ? null : { min: Math.min(...values), max: Math.max(...values) };
  }
  return ranges;
}

/** A main or area criterion's contribution; `undefined` when its weight is 0. */
function flagContribution(
  kind: 'main' | 'area',
  code: MainCriterionCode | AreaCriterionCode,
  label: Label,
  weight: number,
  value: boolean | null | undefined,
): SiteContribution | undefined {
  if (weight <= 0) return undefined;
  const noData = typeof value !== 'boolean';
  const share = noData ? null : value ? 1 : 0;
  return {
    kind,
    code,
    label,
    weight,
    value: noData ? null : value,
    noData,
    share,
    points: share === null ? 0 : roundDecimal(weight * share, 2),
  };
}

/** A measure's contribution, scaled between the candidates' min and max (reversed when low means need). */
function measureContribution(
  m: SiteMeasure,
  weight: number,
  value: number | null | undefined,
  range: Ranges[SiteMeasure],
): SiteContribution {
  const share = hasValue(value) && range !== null ? measureShare(m, value, range) : null;
  return {
    kind: 'measure',
    code: m,
    label: SITE_MEASURE_INFO[m].label,
    weight,
    value: share === null ? null : (value as number),
    noData: share === null,
    share: share === null ? null : roundDecimal(share, 4),
    points: share === null ? 0 : roundDecimal(weight * share, 2),
  };
}

/** (value − min) / (max − min), or (max − value) / (max − min) when a low value means need; 0 when all equal. */
function measureShare(m: SiteMeasure, value: number, range: { min: number; max: number }): number {
  const spread = range.max - range.min;
  if (spread === 0) return 0;
  return SITE_MEASURE_INFO[m].lowerIsNeed ? (range.max - value) / spread : (value - range.min) / spread;
}

/** One candidate's contributions (main criteria, area criteria, measures), score and data coverage. */
function scoreCandidate(c: SiteCandidate, weights: SiteWeights, ranges: Ranges): Scored {
  const contributions: SiteContribution[] = [];
  const push = (x: SiteContribution | undefined) => {
    if (x) contributions.push(x);
  };
  for (const item of mainCriteria.items)
    push(
      flagContribution(
        'main',
        item.code,
        item.label,
        weights.mainCriteria[item.code],
        c.mainCriteria?.[item.code],
      ),
    );
  for (const item of areaCriteria.items)
    push(
      flagContribution(
        'area',
        item.code,
        item.label,
        weights.areaCriteria[item.code],
        c.areaCriteria?.[item.code],
      ),
    );
  for (const m of SITE_MEASURES) {
    const weight = weights.measures[m];
    if (weight > 0) push(measureContribution(m, weight, c.measures?.[m], ranges[m]));
  }
  const score = roundDecimal(
    contributions.reduce((a, x) => a + x.points, 0),
    2,
  );
  const totalWeight = contributions.reduce((a, x) => a + x.weight, 0);
  const withData = contributions.filter((x) => !x.noData).reduce((a, x) => a + x.weight, 0);
  return { candidate: c, score, dataCoverage: roundRatio(withData * 100, totalWeight, 2), contributions };
}

/** Highest score first, equal scores by region code and sharing a rank (1, 2, 2, 4). */
function rankScored(scored: Scored[], maxScore: number): RankedSite[] {
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      (a.candidate.regionCode < b.candidate.regionCode
        ? -1
        : a.candidate.regionCode > b.candidate.regionCode
          ? 1
          : 0),
  );
  let rank = 0;
  return scored.map((s, i) => {
    if (i === 0 || (scored[i - 1] as Scored).score !== s.score) rank = i + 1;
    const tied = scored[i - 1]?.score === s.score || scored[i + 1]?.score === s.score;
    return {
      rank,
      tied,
      regionCode: s.candidate.regionCode,
      ...(s.candidate.name !== undefined ? { name: s.candidate.name } : {}),
      score: s.score,
      maxScore,
      dataCoverage: s.dataCoverage,
      designated: s.candidate.designated ?? [],
      contributions: s.contributions,
      noData: s.contributions.filter((x) => x.noData).map((x) => x.code),
    };
  });
}
