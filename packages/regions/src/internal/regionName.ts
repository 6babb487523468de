/** The prefix that tells a city (kota) from a regency (kabupaten) in an official name. */
export type RegencyKind = 'kota' | 'kabupaten';

/** A name reduced for comparison: lower case, no accents, punctuation as spaces, single spaces. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const PREFIXES: readonly [RegExp, RegencyKind | 'provinsi'][] = [
  [/^kota administrasi /, 'kota'],
  [/^kabupaten administrasi /, 'kabupaten'],
  [/^kota /, 'kota'],
  [/^kabupaten /, 'kabupaten'],
  [/^kab /, 'kabupaten'],
  [/^kotamadya /, 'kota'],
  [/^provinsi /, 'provinsi'],
  [/^prov /, 'provinsi'],
];

/**
 * A normalised name split into its kind prefix (`Kota`, `Kabupaten`, `Kab.`, `Provinsi`) and the bare
 * name: `Kab. Banjar` → `{ kind: 'kabupaten', bare: 'banjar' }`.
 */
export function splitName(name: string): { kind: RegencyKind | 'provinsi' | undefined; bare: string } {
  const n = normalizeName(name);
  for (const [re, kind] of PREFIXES) {
    if (re.test(n)) return { kind, bare: n.replace(re, '') };
  }
  return { kind: undefined, bare: n };
}
