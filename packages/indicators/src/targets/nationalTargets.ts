import { NATIONAL_REGION_CODE, type Target } from './target.js';

const SOURCE = 'RPJMN 2015–2019 Kampung KB targets as shown on kampungkb.bkkbn.go.id/kampung/13865/jimamun';

/**
 * The national family-planning targets of 2015–2019 as the Kampung KB portal shows them: the value for
 * 2015 and for 2019 of each indicator (the source gives no values for the years between). Indicator ids:
 * `cpr` (contraceptive prevalence, all methods, %): 65.2 → 66; `unmetNeed` (%): 10.6 → 9.91; `tfr` (total
 * fertility rate, children per woman): 2.37 → 2.28; `asfr15to19` (births per 1,000 women aged 15–19):
 * 46 → 38. Region {@link NATIONAL_REGION_CODE}.
 *
 * @example
 * ```ts
 * NATIONAL_TARGETS_2015_2019.find((t) => t.indicatorId === 'cpr' && t.year === 2019)?.value; // 66
 * ```
 */
export const NATIONAL_TARGETS_2015_2019: readonly Target[] = [
  {
    indicatorId: 'cpr',
    regionCode: NATIONAL_REGION_CODE,
    year: 2015,
    value: 65.2,
    direction: 'higherIsBetter',
    source: SOURCE,
  },
  {
    indicatorId: 'cpr',
    regionCode: NATIONAL_REGION_CODE,
    year: 2019,
    value: 66,
    direction: 'higherIsBetter',
    source: SOURCE,
  },
  {
    indicatorId: 'unmetNeed',
    regionCode: NATIONAL_REGION_CODE,
    year: 2015,
    value: 10.6,
    direction: 'lowerIsBetter',
    source: SOURCE,
  },
  {
    indicatorId: 'unmetNeed',
    regionCode: NATIONAL_REGION_CODE,
    year: 2019,
    value: 9.91,
    direction: 'lowerIsBetter',
    source: SOURCE,
  },
  {
    indicatorId: 'tfr',
    regionCode: NATIONAL_REGION_CODE,
    year: 2015,
    value: 2.37,
    direction: 'lowerIsBetter',
    source: SOURCE,
  },
  {
    indicatorId: 'tfr',
    regionCode: NATIONAL_REGION_CODE,
    year: 2019,
    value: 2.28,
    direction: 'lowerIsBetter',
    source: SOURCE,
  },
  {
    indicatorId: 'asfr15to19',
    regionCode: NATIONAL_REGION_CODE,
    year: 2015,
    value: 46,
    direction: 'lowerIsBetter',
    source: SOURCE,
  },
  {
    indicatorId: 'asfr15to19',
    regionCode: NATIONAL_REGION_CODE,
    year: 2019,
    value: 38,
    direction: 'lowerIsBetter',
    source: SOURCE,
  },
];
