import { type Static, Type } from '@sinclair/typebox';
import { familyTallyKeys } from './familyTallyKeys.js';
import { KampungId } from './kampung.js';
import { Month } from './period.js';

/** Escapes a text for a regular expression. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The keys `values` may have: exactly the {@link familyTallyKeys}, so a misspelt key is an issue, not a lost count. */
const FAMILY_TALLY_KEY_PATTERN = `^(?:${familyTallyKeys.map((k) => escaped(k.key)).join('|')})$`;

/**
 * What the family register (or a survey) says about one kampung as of a month, as counts: women by
 * unmet-need category, families by Keluarga Sejahtera stage, households by sanitation rung, births and
 * woman-years of exposure by age group, and so on. `@kampung-kb/family` computes tallies from family
 * microdata, one family at a time, so no person-level record ever reaches a data directory, a report or the
 * indicator engine: the engine aggregates tallies to kelurahan, kecamatan and city like any other snapshot
 * (a tally holds from its month until the next one).
 *
 * `values` is keyed by the family tally keys (`familyTallyKeys`); a key left out is unknown, not 0, and a key
 * that is not one of them, or a negative count, breaks the schema (rule `record-shape`). Counts
 * may be weighted (survey weights), so they are numbers, not integers.
 *
 * @example
 * ```ts
 * const t: FamilyTally = { kampungId: 'sungai-andai', period: '2021-04', source: 'pk21',
 *   values: { 'fp.women': 310, 'fp.need.unmetSpacing': 12, 'fp.need.unmetLimiting': 20 } };
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
    values: Type.Record(Type.String({ pattern: FAMILY_TALLY_KEY_PATTERN }), Type.Number({ minimum: 0 }), {
      additionalProperties: false,
      description: 'Counts by family tally key (`familyTallyKeys`); any other key breaks the schema.',
    }),
  },
  { $id: 'FamilyTally', additionalProperties: false },
);
/** @see {@link FamilyTally} */
export type FamilyTally = Static<typeof FamilyTally>;
