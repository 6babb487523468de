import type { IndicatorDataElement } from '@kampung-kb/indicators';
import type { Label } from '@kampung-kb/model';
import { type StagingColumns, stagingColumns } from '../stagingTables.js';
import { unsupportedLabel } from './indicatorDefinitionsSql.js';

/** Record types whose values are snapshots in force until the next one. */
export const SNAPSHOT = new Set(['population', 'profile']);

/** Record types the SQL computes as for a data set without such records. */
export type AssumedEmpty = 'intervention' | 'proposal' | 'budget';

/** The element of a needed id as SQL computes it, or `undefined` (with a reason in `unsupported`). */
function sqlElement(
  id: string,
  byId: ReadonlyMap<string, IndicatorDataElement>,
  assumes: Set<AssumedEmpty>,
  unsupported: Label[],
): IndicatorDataElement | undefined {
  const e = byId.get(id);
  if (!e) {
    unsupported.push(unsupportedLabel(`elemen '${id}' tidak dikenal`, `unknown element '${id}'`));
    return undefined;
  }
  if (e.where !== undefined && e.recordType !== 'budget') {
    unsupported.push(
      unsupportedLabel(
        `elemen '${id}' dengan 'where' belum didukung SQL`,
        `element '${id}' with 'where' is not supported in SQL`,
      ),
    );
    return undefined;
  }
  if (e.recordType === 'intervention' || e.recordType === 'proposal' || e.recordType === 'budget') {
    assumes.add(e.recordType);
    return e;
  }
  if (e.timeAggregation === 'distinct' || e.spaceAggregation === 'distinct') {
    unsupported.push(
      unsupportedLabel(
        `elemen '${id}' (distinct) belum didukung SQL`,
        `element '${id}' (distinct) is not supported in SQL`,
      ),
    );
    return undefined;
  }
  return e;
}

/**
 * The elements of the needed ids, by how SQL computes them (`undefined` when it cannot, with the reason in
 * `unsupported`), and the record types assumed empty. Field elements must read a staging column of
 * `elements`.
 */
export function sqlElements(
  needed: readonly string[],
  byId: ReadonlyMap<string, IndicatorDataElement>,
  elements: readonly IndicatorDataElement[],
  unsupported: Label[],
): { kinds: (IndicatorDataElement | undefined)[]; assumes: Set<AssumedEmpty> } {
  const assumes = new Set<AssumedEmpty>();
  const kinds = needed.map((id) => sqlElement(id, byId, assumes, unsupported));
  const staging: StagingColumns = stagingColumns(elements);
  for (const e of kinds) {
    if (!e || !(e.recordType === 'monthly' || SNAPSHOT.has(e.recordType))) continue;
    const cols = staging[e.recordType as 'monthly' | 'population' | 'profile'];
    if (!cols.includes(e.path))
      unsupported.push(
        unsupportedLabel(
          `jalur '${e.path}' tidak ada di tabel staging`,
          `path '${e.path}' is not a staging column`,
        ),
      );
  }
  return { kinds, assumes };
}
