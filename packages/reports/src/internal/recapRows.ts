import type { KampungIndicators } from '@kampung-kb/indicators';
import type { Lang, Region } from '@kampung-kb/model';
import type { ReportCell } from '../reportDocument.js';
import { INDICATOR_CELLS, type KampungDisclosure } from './kampungDisclosure.js';
import { outcomeCell } from './outcomeCell.js';
import { catalogueDecimals, indicatorPercent, percentOf, withDecimals } from './percentValue.js';
import { regionNames } from './regionNames.js';

export type Pooled = 'cpr' | 'mkjpShare' | 'unmetNeed';

/** The catalogue indicator of each recap column, whose `decimals` the whole column shows. */
export const RECAP_DECIMALS = {
  cpr: catalogueDecimals('cpr-portal'),
  mkjpShare: catalogueDecimals('mkjp-share'),
  unmetNeed: catalogueDecimals('unmet-need'),
  // The engine already rounded the catalogue's poktan mean once, at these decimals, on the exact ratios:
  // reports show its value as it is.
  poktan: catalogueDecimals('poktan-participation-mean'),
} as const;

/**
 * Pooled percentage of the summed numerators and denominators of the kampung that have both, rounded once
 * to the catalogue's decimals; `null` when no kampung has a value. Hidden in a public recap when a kampung's
 * numerator or denominator is hidden (with the other kampung's figures the pooled value would give it).
 */
export function pooled(
  results: readonly KampungIndicators[],
  shows: readonly KampungDisclosure[],
  id: Pooled,
): ReportCell {
  let num = 0;
  let den = 0;
  let any = false;
  let hidden = false;
  results.forEach((r, k) => {
    const v = r.indicators[id];
    if (v.numerator === null || v.denominator === null) return;
    num += v.numerator;
    den += v.denominator;
    any = true;
    hidden ||= shows[k]?.hides(...INDICATOR_CELLS[id]) ?? false;
  });
  if (any && hidden) return { kind: 'hidden' };
  const decimals = RECAP_DECIMALS[id];
  return { kind: 'percent', value: any ? percentOf(num, den, decimals) : null, decimals };
}

/**
 * One row per kampung (sorted by kecamatan, then name, then id): name, village, district, the four
 * indicators as each kampung's own report shows them, the three indices and the level.
 */
export function kampungRows(
  results: readonly KampungIndicators[],
  shows: readonly KampungDisclosure[],
  regions: readonly Region[] | undefined,
  lang: Lang,
): ReportCell[][] {
  const collator = new Intl.Collator(lang === 'id' ? 'id-ID' : 'en-GB');
  return results
    .map((r, k) => ({ r, show: shows[k] as KampungDisclosure, names: regionNames(regions, r.regionCode) }))
    .sort(
      (a, b) =>
        collator.compare(a.names.district, b.names.district) ||
        collator.compare(a.r.name, b.r.name) ||
        collator.compare(a.r.kampungId, b.r.kampungId),
    )
    .map(({ r, show, names }): ReportCell[] => {
      const ind = (id: Pooled): ReportCell =>
        withDecimals(
          show.percent(indicatorPercent(r.indicators[id], RECAP_DECIMALS[id]), ...INDICATOR_CELLS[id]),
          RECAP_DECIMALS[id],
        );
      const poktan = r.indicators.poktanParticipation;
      return [
        r.name,
        names.village,
        names.district,
        ind('cpr'),
        ind('mkjpShare'),
        ind('unmetNeed'),
        withDecimals(show.percent(poktan.value, ...show.poktanCells), RECAP_DECIMALS.poktan),
        r.classification.indices.input,
        r.classification.indices.process,
        r.classification.indices.output,
        outcomeCell(r.outcome, lang),
      ];
    });
}
