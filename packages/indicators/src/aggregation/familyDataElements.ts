import { familyTallyKeys } from '@kampung-kb/model';
import type { DataElement } from './dataElement.js';

/**
 * One data element per family tally key (`familyTallyKeys` of `@kampung-kb/model`): id `family.<key>`
 * (`family.fp.need.unmetSpacing`, `family.san.persons.basic`), reading the key of a `FamilyTally`'s `values`.
 * Every one is a stock with snapshot semantics: over time the tally in force at the latest month of the
 * period (a tally holds from its month until the kampung's next one), over space the sum over the group's
 * kampung, so rates built on them (shares, fertility rates) are ratios of summed counts, never averages of
 * kampung rates.
 *
 * @example
 * ```ts
 * FAMILY_DATA_ELEMENTS.find((e) => e.id === 'family.fp.women')?.timeAggregation; // 'last'
 * ```
 */
export const FAMILY_DATA_ELEMENTS: readonly DataElement[] = familyTallyKeys.map(
  (k): DataElement => ({
    id: `family.${k.key}`,
    label: k.label,
    recordType: 'family',
    path: k.key,
    timeAggregation: 'last',
    spaceAggregation: 'sum',
    kind: 'stock',
  }),
);
