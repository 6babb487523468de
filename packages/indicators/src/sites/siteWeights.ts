import type { AreaCriterionCode, Label, MainCriterionCode } from '@kampung-kb/model';

/**
 * A measure of need a city may have per kelurahan/desa: CPR (contraceptive prevalence, %; lower means more
 * need), unmet need (%), the share of poor families (%) and the population density (people per km²).
 *
 * @example
 * ```ts
 * const m: SiteMeasure = 'unmetNeed';
 * ```
 */
export type SiteMeasure = 'cpr' | 'unmetNeed' | 'povertyShare' | 'density';

/**
 * The measures in their order of display.
 *
 * @example
 * ```ts
 * SITE_MEASURES.length; // 4
 * ```
 */
export const SITE_MEASURES: readonly SiteMeasure[] = ['cpr', 'unmetNeed', 'povertyShare', 'density'];

/**
 * Name and direction of each {@link SiteMeasure}: `lowerIsNeed` when a low value means more need (CPR).
 *
 * @example
 * ```ts
 * SITE_MEASURE_INFO.cpr.lowerIsNeed; // true
 * ```
 */
export const SITE_MEASURE_INFO: Readonly<
  Record<SiteMeasure, { label: Label; unit: string; lowerIsNeed: boolean }>
> = {
  cpr: {
    label: { id: 'CPR (peserta KB aktif per PUS)', en: 'CPR (contraceptive users per PUS)' },
    unit: '%',
    lowerIsNeed: true,
  },
  unmetNeed: { label: { id: 'Unmet need', en: 'Unmet need' }, unit: '%', lowerIsNeed: false },
  povertyShare: {
    label: { id: 'Persentase keluarga miskin', en: 'Share of poor families' },
    unit: '%',
    lowerIsNeed: false,
  },
  density: {
    label: { id: 'Kepadatan penduduk', en: 'Population density' },
    unit: '/km²',
    lowerIsNeed: false,
  },
};

/**
 * Weights of the site ranking: one per main criterion, per area criterion and per measure.
 *
 * @example
 * ```ts
 * const w: SiteWeights = DEFAULT_SITE_WEIGHTS;
 * ```
 */
export interface SiteWeights {
  readonly mainCriteria: Readonly<Record<MainCriterionCode, number>>;
  readonly areaCriteria: Readonly<Record<AreaCriterionCode, number>>;
  readonly measures: Readonly<Record<SiteMeasure, number>>;
}

/**
 * Weights a city sets in `programme.json` (`siteSelection`): any subset; the rest keep their default.
 *
 * @example
 * ```ts
 * const w: SiteWeightsInput = { measures: { density: 0 } };
 * ```
 */
export interface SiteWeightsInput {
  readonly mainCriteria?: { readonly [K in MainCriterionCode]?: number | undefined } | undefined;
  readonly areaCriteria?: { readonly [K in AreaCriterionCode]?: number | undefined } | undefined;
  readonly measures?: { readonly [K in SiteMeasure]?: number | undefined } | undefined;
}

/**
 * The SDK's default weights (not an official scoring; docs/sites.md explains them). The two kriteria
 * utama of the juknis (contraceptive use below the village average, many poor families) and their
 * measures (low CPR, high unmet need, high share of poor families) weigh 3; remote or border areas 2;
 * "other" and each of the ten area criteria (of which a kampung must meet at least one) 1; density 1.
 *
 * @example
 * ```ts
 * DEFAULT_SITE_WEIGHTS.mainCriteria.highPoverty; // 3
 * ```
 */
export const DEFAULT_SITE_WEIGHTS: SiteWeights = {
  mainCriteria: { lowKbParticipation: 3, highPoverty: 3, remoteOrBorder: 2, other: 1 },
  areaCriteria: {
    slum: 1,
    coastal: 1,
    riverbank: 1,
    railway: 1,
    poor: 1,
    remote: 1,
    border: 1,
    industrial: 1,
    tourism: 1,
    dense: 1,
  },
  measures: { cpr: 3, unmetNeed: 3, povertyShare: 3, density: 1 },
};

/**
 * The weights in force: the defaults overridden by a city's own.
 *
 * @example
 * ```ts
 * siteWeights({ measures: { density: 0 } }).measures.density; // 0
 * ```
 */
export function siteWeights(input: SiteWeightsInput | undefined): SiteWeights {
  const d = DEFAULT_SITE_WEIGHTS;
  return {
    mainCriteria: { ...d.mainCriteria, ...defined(input?.mainCriteria) },
    areaCriteria: { ...d.areaCriteria, ...defined(input?.areaCriteria) },
    measures: { ...d.measures, ...defined(input?.measures) },
  };
}

function defined<T extends object>(o: T | undefined): { [K in keyof T]?: Exclude<T[K], undefined> } {
  if (o === undefined) return {};
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
