import { officialIndex } from './internal/officialIndex.js';
import type { OfficialRegion } from './officialRegion.js';

/**
 * The 38 provinces of the official list, in code order (always available, no loading).
 *
 * @example
 * ```ts
 * officialProvinces().find((p) => p.code === '63')?.name; // 'Kalimantan Selatan'
 * ```
 */
export function officialProvinces(): readonly OfficialRegion[] {
  return officialIndex().provinces;
}

/**
 * The regencies and cities (kabupaten/kota) of the official list, of one province when its code is given,
 * else of the whole country (514), in code order; always available, no loading.
 *
 * @example
 * ```ts
 * officialRegencies('63').length; // 13
 * ```
 */
export function officialRegencies(provinceCode?: string): readonly OfficialRegion[] {
  const index = officialIndex();
  if (provinceCode === undefined) return index.regencies;
  return index.regenciesOf.get(provinceCode) ?? [];
}
