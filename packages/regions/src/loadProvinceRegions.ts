import { parseRegionCode } from '@kampung-kb/model';
import { provinceLoaders } from './data/provinceLoaders.js';
import { officialIndex } from './internal/officialIndex.js';
import type { OfficialRegion } from './officialRegion.js';
import { officialVillageKind } from './officialVillageKind.js';
import type { RegionTable } from './regionTable.js';

const EMPTY: readonly OfficialRegion[] = [];

class ProvinceTable implements RegionTable {
  readonly #byCode = new Map<string, OfficialRegion>();
  readonly #children = new Map<string, OfficialRegion[]>();
  readonly #all: OfficialRegion[] = [];

  constructor(
    readonly province: OfficialRegion | undefined,
    text: string,
  ) {
    if (!province) return;
    this.#add(province, undefined);
    const pp = province.code;
    let district = '';
    for (const line of text === '' ? [] : text.split('\n')) {
      const space = line.indexOf(' ');
      const rel = line.slice(0, space);
      const name = line.slice(space + 1);
      if (rel.length === 2) {
        this.#add({ code: `${pp}.${rel}`, name, level: 'regency' }, pp);
      } else if (rel.length === 5) {
        district = `${pp}.${rel}`;
        this.#add({ code: district, name, level: 'district' }, district.slice(0, 5));
      } else {
        const code = `${district}.${rel}`;
        const kind = officialVillageKind(code);
        this.#add({ code, name, level: 'village', ...(kind ? { villageKind: kind } : {}) }, district);
      }
    }
  }

  #add(region: OfficialRegion, parent: string | undefined): void {
    this.#byCode.set(region.code, region);
    this.#all.push(region);
    if (parent === undefined) return;
    const list = this.#children.get(parent);
    if (list) list.push(region);
    else this.#children.set(parent, [region]);
  }

  get(code: string): OfficialRegion | undefined {
    const r = parseRegionCode(code);
    return r.ok ? this.#byCode.get(r.code) : undefined;
  }

  children(code: string): readonly OfficialRegion[] {
    const r = parseRegionCode(code);
    return (r.ok ? this.#children.get(r.code) : undefined) ?? EMPTY;
  }

  all(): readonly OfficialRegion[] {
    return this.#all;
  }
}

const loaded = new Map<string, Promise<RegionTable>>();

/**
 * Loads the official regions of one province (its regencies/cities, kecamatan and kelurahan/desa) from
 * the list generated from idn-area-data. Each province is a module of its own, imported on demand, so a
 * browser bundle only downloads the provinces it asks for; a province is parsed once and kept. The code may
 * be the province's (`63`) or any code inside it (`63.71`, `6371041010`). A code of no province gives an
 * empty table (`province` undefined), not an error.
 *
 * @example
 * ```ts
 * const kalsel = await loadProvinceRegions('63');
 * kalsel.get('63.71.04.1010'); // { code: '63.71.04.1010', name: 'Sungai Andai', level: 'village', villageKind: 'kelurahan' }
 * kalsel.children('63.71').map((d) => d.name); // ['Banjarmasin Selatan', …]
 * ```
 */
export function loadProvinceRegions(provinceCode: string): Promise<RegionTable> {
  const parsed = parseRegionCode(provinceCode);
  const pp = parsed.ok ? parsed.code.slice(0, 2) : '';
  const existing = loaded.get(pp);
  if (existing) return existing;
  const province = officialIndex().byCode.get(pp);
  const loader = province ? provinceLoaders[pp] : undefined;
  const table = loader
    ? loader().then((m) => new ProvinceTable(province, m.default))
    : Promise.resolve<RegionTable>(new ProvinceTable(undefined, ''));
  if (loader) {
    loaded.set(pp, table);
    // A failed load (e.g. a network error fetching the chunk) may be retried.
    table.catch(() => loaded.delete(pp));
  }
  return table;
}
