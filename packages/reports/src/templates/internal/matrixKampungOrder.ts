import type { Kampung, Region } from '@kampung-kb/model';
import { regionNames } from '../../internal/regionNames.js';

/** A kampung of a report row: id, name and its kecamatan's name. */
export interface OrderedKampung {
  readonly id: string;
  readonly name: string;
  readonly district: string;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The kampung of a data set in report order: by kecamatan name, then kampung name, then id (a stable
 * order that does not depend on the locale), followed by every id in `alsoIds` that is not a kampung of
 * the data set (records naming an unknown kampung are shown under their id, never dropped).
 */
export function orderedKampung(
  kampung: readonly Kampung[],
  regions: readonly Region[] | undefined,
  alsoIds: Iterable<string> = [],
): OrderedKampung[] {
  const known = kampung.map((k) => ({
    id: k.id,
    name: k.name,
    district: regionNames(regions, k.regionCode).district,
  }));
  known.sort((a, b) => compare(a.district, b.district) || compare(a.name, b.name) || compare(a.id, b.id));
  const ids = new Set(known.map((k) => k.id));
  const unknown = [...new Set(alsoIds)].filter((id) => !ids.has(id)).sort(compare);
  return [...known, ...unknown.map((id) => ({ id, name: id, district: '—' }))];
}
