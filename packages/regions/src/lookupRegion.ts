import { parseRegionCode } from '@kampung-kb/model';
import { distance } from 'fastest-levenshtein';
import { officialIndex } from './internal/officialIndex.js';
import { normalizeName, splitName } from './internal/regionName.js';
import { loadProvinceRegions } from './loadProvinceRegions.js';
import type { OfficialRegion } from './officialRegion.js';

/**
 * What {@link lookupRegion} found: the region meant (`match`), other regions that may have been meant
 * (`suggestions`, best first, never the match), and whether the query is `ambiguous` (several regions carry
 * that name, e.g. `Banjar` is both Kabupaten Banjar and Kota Banjar: the match is the kabupaten, which is
 * what a bare name usually means, and the kota is the first suggestion).
 *
 * @example
 * ```ts
 * const r: RegionLookup = { by: 'name', match: { code: '64.71', name: 'Kota Balikpapan', level: 'regency' }, suggestions: [], ambiguous: false };
 * ```
 */
export interface RegionLookup {
  /** Whether the query was read as a code or as a name. */
  readonly by: 'code' | 'name';
  readonly match?: OfficialRegion;
  readonly suggestions: readonly OfficialRegion[];
  readonly ambiguous: boolean;
}

/**
 * Options of {@link lookupRegion}.
 *
 * @example
 * ```ts
 * await lookupRegion('Sungai Andai', { within: '63.71' });
 * ```
 */
export interface LookupRegionOptions {
  /**
   * A province or regency code: names are then also looked for among its kecamatan and kelurahan/desa
   * (the province is loaded). Without it, names are looked for among provinces and regencies/cities.
   */
  readonly within?: string;
  /** How many suggestions at most (5 by default). */
  readonly limit?: number;
}

/** Order of exact matches: the written name itself, then kabupaten, kota, province, kecamatan, village. */
function rank(region: OfficialRegion, query: string): number {
  if (normalizeName(region.name) === normalizeName(query)) return 0;
  if (region.level === 'regency') return region.name.startsWith('Kabupaten') ? 1 : 2;
  return { province: 3, regency: 2, district: 4, village: 5 }[region.level];
}

function byCode(a: OfficialRegion, b: OfficialRegion): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

async function byCodeQuery(code: string, limit: number): Promise<RegionLookup> {
  const index = officialIndex();
  const table = code.length > 5 ? await loadProvinceRegions(code) : undefined;
  const found = table ? table.get(code) : index.byCode.get(code);
  if (found) return { by: 'code', match: found, suggestions: [], ambiguous: false };
  // The nearest region above that exists, then its children with the closest codes.
  const parts = code.split('.');
  let ancestor: OfficialRegion | undefined;
  for (let n = parts.length - 1; n > 0 && !ancestor; n--) {
    const up = parts.slice(0, n).join('.');
    ancestor = table ? table.get(up) : index.byCode.get(up);
  }
  if (!ancestor) return { by: 'code', suggestions: [], ambiguous: false };
  const siblings =
    ancestor.level === 'province' && !table
      ? (index.regenciesOf.get(ancestor.code) ?? [])
      : (table?.children(ancestor.code) ?? []);
  const near = [...siblings]
    .map((r) => ({ r, d: distance(r.code, code) }))
    .sort((a, b) => a.d - b.d || byCode(a.r, b.r))
    .slice(0, Math.max(0, limit - 1))
    .map((x) => x.r);
  return { by: 'code', suggestions: [ancestor, ...near], ambiguous: false };
}

/**
 * Finds an official region by code or by name, with "did you mean" suggestions.
 *
 * - A code, dotted or undotted (`64.71`, `6471`, `6371041010`), is looked up exactly; an unknown code
 *   suggests the nearest region above it that exists and its children with the closest codes.
 * - A name is compared without regard to case, accents, punctuation or spacing, with or without `Kota`,
 *   `Kabupaten`, `Kab.` or `Provinsi` (`balikpapan` → 64.71 Kota Balikpapan; `Kab. Banjar` → 63.03
 *   Kabupaten Banjar). A bare name carried by several regions gives the kabupaten (or the province) as the
 *   match, `ambiguous: true`, and the others as the first suggestions (`Banjar` → 63.03 Kabupaten Banjar;
 *   suggestions 32.79 Kota Banjar, …). Names that start with the query or are within a small edit distance
 *   (Levenshtein) follow as suggestions (`Balikpapn` → no match, suggestion Kota Balikpapan).
 *
 * Names are looked for among the provinces and regencies/cities, and, with `options.within`, among the
 * kecamatan and kelurahan/desa of that province or regency.
 *
 * @example
 * ```ts
 * (await lookupRegion('balikpapan')).match?.code; // '64.71'
 * (await lookupRegion('6371041010')).match?.name; // 'Sungai Andai'
 * (await lookupRegion('Banjar')).suggestions[0]?.name; // 'Kota Banjar'
 * ```
 */
export async function lookupRegion(query: string, options: LookupRegionOptions = {}): Promise<RegionLookup> {
  const limit = options.limit ?? 5;
  const code = parseRegionCode(query);
  if (code.ok) return byCodeQuery(code.code, limit);

  const q = splitName(query);
  if (q.bare === '') return { by: 'name', suggestions: [], ambiguous: false };
  const index = officialIndex();
  const candidates: OfficialRegion[] = [...index.provinces, ...index.regencies];
  if (options.within !== undefined) {
    const within = parseRegionCode(options.within);
    if (within.ok) {
      const table = await loadProvinceRegions(within.code);
      for (const r of table.all()) {
        if ((r.level === 'district' || r.level === 'village') && r.code.startsWith(`${within.code}.`)) {
          candidates.push(r);
        }
      }
    }
  }
  const exact: OfficialRegion[] = [];
  const near: { r: OfficialRegion; d: number }[] = [];
  const tolerance = Math.max(1, Math.floor(q.bare.length / 4));
  for (const r of candidates) {
    const c = splitName(r.name);
    const kindFits =
      q.kind === undefined || c.kind === q.kind || (q.kind === 'provinsi' && r.level === 'province');
    if (c.bare === q.bare && kindFits) {
      exact.push(r);
      continue;
    }
    const d = distance(c.bare, q.bare);
    if (d <= tolerance) near.push({ r, d });
    else if (q.bare.length >= 3 && c.bare.startsWith(q.bare)) near.push({ r, d });
    else if (c.bare === q.bare) near.push({ r, d: 0 });
  }
  exact.sort((a, b) => rank(a, query) - rank(b, query) || byCode(a, b));
  near.sort((a, b) => a.d - b.d || byCode(a.r, b.r));
  const [match, ...others] = exact;
  const suggestions = [...others, ...near.map((n) => n.r)].slice(0, limit);
  return {
    by: 'name',
    ...(match ? { match } : {}),
    suggestions,
    ambiguous: others.length > 0,
  };
}
