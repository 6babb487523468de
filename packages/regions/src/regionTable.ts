import type { OfficialRegion } from './officialRegion.js';

/**
 * The official regions of one province, as {@link loadProvinceRegions} gives them: the province, its
 * regencies/cities, districts (kecamatan) and villages (kelurahan/desa).
 *
 * @example
 * ```ts
 * const table: RegionTable = await loadProvinceRegions('63');
 * table.get('63.71')?.name;               // 'Kota Banjarmasin'
 * table.children('63.71').length;         // 5 kecamatan
 * ```
 */
export interface RegionTable {
  /** The province, or `undefined` when the code asked for is no province of the list (the table is empty). */
  readonly province: OfficialRegion | undefined;
  /** The region with this code (dotted, or undotted digits), or `undefined` when the province has none. */
  get(code: string): OfficialRegion | undefined;
  /** The regions directly below a code, in code order (a village has none; an unknown code neither). */
  children(code: string): readonly OfficialRegion[];
  /** Every region of the table (the province first, then in code order, each followed by what it holds). */
  all(): readonly OfficialRegion[];
}
