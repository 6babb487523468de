import { fundingSources, poktan } from '@kampung-kb/model';
import type { DataElement } from '../aggregation/dataElement.js';
import { DEFAULT_DATA_ELEMENTS } from '../aggregation/defaultDataElements.js';

/**
 * A data element for indicators: a {@link DataElement}, optionally restricted to the records whose
 * top-level fields equal the given codes (`where: { fundingSource: 'apbd' }` keeps the budget lines of
 * one source). The engine aggregates each restriction separately, with the same rules.
 *
 * @example
 * ```ts
 * const apbd: IndicatorDataElement = {
 *   id: 'budget.bySource.apbd', label: { id: 'Anggaran APBD', en: 'APBD budget' },
 *   recordType: 'budget', path: 'amount', timeAggregation: 'sum', spaceAggregation: 'sum', kind: 'flow',
 *   where: { fundingSource: 'apbd' },
 * };
 * ```
 */
export interface IndicatorDataElement extends DataElement {
  readonly where?: Readonly<Record<string, string>>;
}

/**
 * The data elements indicator expressions can read: {@link DEFAULT_DATA_ELEMENTS} plus
 * `budget.bySource.<fundingSource>` (the rupiah of one funding source: APBN, APBD, Dana Desa, community
 * donations, CSR, swadaya; a yearly flow) and `profile.hasPoktan.<poktan>` (1 when the kampung has the
 * poktan, summed over space: the kampung that have it). The latter is the default element
 * `profile.poktan.<poktan>` under a name an expression can reach: `profile.poktan` (the number of poktan)
 * is a value, so it cannot also be an object with members.
 *
 * @example
 * ```ts
 * INDICATOR_DATA_ELEMENTS.find((e) => e.id === 'budget.bySource.danaDesa')?.where; // { fundingSource: 'danaDesa' }
 * ```
 */
export const INDICATOR_DATA_ELEMENTS: readonly IndicatorDataElement[] = [
  ...DEFAULT_DATA_ELEMENTS,
  ...fundingSources.items.map(
    (s): IndicatorDataElement => ({
      id: `budget.bySource.${s.code}`,
      label: { id: `Anggaran dari ${s.label.id} (rupiah)`, en: `Budget from ${s.label.en} (rupiah)` },
      recordType: 'budget',
      path: 'amount',
      timeAggregation: 'sum',
      spaceAggregation: 'sum',
      kind: 'flow',
      where: { fundingSource: s.code },
    }),
  ),
  ...poktan.items.map(
    (p): IndicatorDataElement => ({
      id: `profile.hasPoktan.${p.code}`,
      label: { id: `Kampung yang punya poktan ${p.label.id}`, en: `Kampung with poktan ${p.label.en}` },
      recordType: 'profile',
      path: `poktan.${p.code}`,
      timeAggregation: 'last',
      spaceAggregation: 'sum',
      kind: 'stock',
    }),
  ),
];
