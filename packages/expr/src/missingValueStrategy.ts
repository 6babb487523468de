import type { CodeItem, CodeList } from '@kampung-kb/model';

/**
 * What {@link evaluateSide} does when an operand of one side of a rule is missing. The first three follow
 * DHIS2's `MissingValueStrategy`; `treatAsZero` makes DHIS2's hidden "missing counts as 0" explicit.
 *
 * @example
 * ```ts
 * const s: MissingValueStrategy = 'skipIfAllMissing';
 * ```
 */
export type MissingValueStrategy = 'skipIfAnyMissing' | 'skipIfAllMissing' | 'neverSkip' | 'treatAsZero';

/**
 * A strategy entry: its DHIS2 name (when DHIS2 has one) and a bilingual label.
 *
 * @example
 * ```ts
 * const item: MissingValueStrategyItem | undefined = missingValueStrategies.items[0];
 * ```
 */
export interface MissingValueStrategyItem extends CodeItem<MissingValueStrategy> {
  /** DHIS2's `MissingValueStrategy` enum value, or null when DHIS2 has no such strategy. */
  readonly dhis2: 'SKIP_IF_ANY_VALUE_MISSING' | 'SKIP_IF_ALL_VALUES_MISSING' | 'NEVER_SKIP' | null;
}

/**
 * The missing-value strategies as a code list (data, not code paths), with their DHIS2 names.
 *
 * @example
 * ```ts
 * missingValueStrategies.items.find((s) => s.dhis2 === 'NEVER_SKIP')?.code; // 'neverSkip'
 * ```
 */
export const missingValueStrategies: CodeList<MissingValueStrategy, MissingValueStrategyItem> = {
  id: 'missing-value-strategies',
  version: '2021.1',
  label: { id: 'Strategi nilai kosong', en: 'Missing-value strategies' },
  source: 'DHIS2 MissingValueStrategy (dhis2-core expression/MissingValueStrategy.java), plus treatAsZero',
  items: [
    {
      code: 'skipIfAnyMissing',
      dhis2: 'SKIP_IF_ANY_VALUE_MISSING',
      label: {
        id: 'Lewati jika ada satu nilai yang kosong',
        en: 'Skip if any value is missing',
      },
    },
    {
      code: 'skipIfAllMissing',
      dhis2: 'SKIP_IF_ALL_VALUES_MISSING',
      label: { id: 'Lewati jika semua nilai kosong', en: 'Skip if all values are missing' },
    },
    {
      code: 'neverSkip',
      dhis2: 'NEVER_SKIP',
      label: { id: 'Jangan pernah lewati (nilai kosong tetap null)', en: 'Never skip (missing stays null)' },
    },
    {
      code: 'treatAsZero',
      dhis2: null,
      label: { id: 'Anggap nilai kosong sebagai 0', en: 'Treat missing values as 0' },
    },
  ],
};
