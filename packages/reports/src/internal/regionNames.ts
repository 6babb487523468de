import { type Region, regionAncestorAt } from '@kampung-kb/model';

/** Names of a village code's village and district from the region list (the code when unknown). */
export function regionNames(
  regions: readonly Region[] | undefined,
  code: string,
): { village: string; district: string } {
  const name = (c: string | undefined) =>
    c === undefined ? '—' : (regions?.find((r) => r.code === c)?.name ?? c);
  return { village: name(code), district: name(regionAncestorAt(code, 'district')) };
}
