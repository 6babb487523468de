import { type Static, Type } from '@sinclair/typebox';
import { KampungId } from './kampung.js';
import { Month } from './period.js';

/**
 * What the family register (or a survey) says about one kampung as of a month, as counts: women by
 * unmet-need category, families by Keluarga Sejahtera stage, households by sanitation rung, births and
 * woman-years of exposure by age group, and so on. `@kampung-kb/family` computes tallies from family
 * microdata, one family at a time, so no person-level record ever reaches a data directory, a report or the
 * indicator engine: the engine aggregates tallies to kelurahan, kecamatan and city like any other snapshot
 * (a tally holds from its month until the next one).
 *
 * `values` is keyed by the family tally keys (`familyTallyKeys`); a key left out is unknown, not 0. Counts
 * may be weighted (survey weights), so they are numbers, not integers.
 *
 * @example
 * ```ts
 * const t: FamilyTally = { kampungId: 'sungai-andai', period: '2021-04', source: 'pk21',
 *   values: { 'fp.women': 310, 'fp.unmetSpacing': 12, 'fp.unmetLimiting': 20 } };
 * ```
 */
export const FamilyTally = Type.Object(
  {
    kampungId: KampungId,
    period: Month,
    source: Type.String({
      minLength: 1,
      maxLength: 40,
      description: 'Where the counts come from: `pk21`, `dhs` or another register or survey id.',
    }),
    values: Type.Record(
      Type.String({ pattern: '^[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9][A-Za-z0-9-]*)*$' }),
      Type.Number({ minimum: 0 }),
    ),
  },
  { $id: 'FamilyTally', additionalProperties: false },
);
/** @see {@link FamilyTally} */
export type FamilyTally = Static<typeof FamilyTally>;
