/**
 * Whether a village code is a kelurahan or a desa, from the first digit of its last part (Permendagri
 * 137/2017): `1xxx` kelurahan, `2xxx` desa, `3xxx` desa adat (counted as desa); `undefined` for a code that
 * is not a dotted village code.
 *
 * @example
 * ```ts
 * officialVillageKind('63.71.04.1010'); // 'kelurahan'
 * officialVillageKind('63.03.01.2005'); // 'desa'
 * ```
 */
export function officialVillageKind(code: string): 'kelurahan' | 'desa' | undefined {
  const m = /^\d{2}\.\d{2}\.\d{2}\.([1-3])\d{3}$/.exec(code);
  if (!m) return undefined;
  return m[1] === '1' ? 'kelurahan' : 'desa';
}
