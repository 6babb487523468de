import { type Static, Type } from '@sinclair/typebox';
import { Count, MAX_COUNT } from './count.js';
import { KampungId } from './kampung.js';
import { Month } from './period.js';

/** Population by five-year age band (see {@link ageBands}) for one sex. */
export const AgeBandCounts = Type.Object(
  {
    y0_4: Count,
    y5_9: Count,
    y10_14: Count,
    y15_19: Count,
    y20_24: Count,
    y25_29: Count,
    y30_34: Count,
    y35_39: Count,
    y40_44: Count,
    y45_49: Count,
    y50_54: Count,
    y55_59: Count,
    y60_64: Count,
    y65_69: Count,
    y70_74: Count,
    y75plus: Count,
  },
  { $id: 'AgeBandCounts', additionalProperties: false },
);
/** @see {@link AgeBandCounts} */
export type AgeBandCounts = Static<typeof AgeBandCounts>;

/**
 * A kampung's population as of a month (the portal's `new_penduduk_kampung` with `penduduk_range` and
 * `penduduk_keluarga`). PUS (Pasangan Usia Subur) are married couples with the wife aged 15–49; they are
 * the denominator of CPR and unmet need and must equal users plus non-users in the monthly report.
 *
 * @example
 * ```ts
 * const p: PopulationSnapshot = { kampungId: 'sungai-andai', period: '2020-01', male, female,
 *   families: 410, pus: 260, familiesWithUnderFives: 120, familiesWithAdolescents: 150,
 *   familiesWithElderly: 90, adolescents: 230 };
 * ```
 */
export const PopulationSnapshot = Type.Object(
  {
    kampungId: KampungId,
    period: Month,
    male: AgeBandCounts,
    female: AgeBandCounts,
    families: Type.Integer({
      minimum: 0,
      maximum: MAX_COUNT,
      description: 'Number of families (jumlah keluarga).',
    }),
    pus: Type.Integer({
      minimum: 0,
      maximum: MAX_COUNT,
      description: 'PUS: couples of reproductive age (wife 15–49).',
    }),
    familiesWithUnderFives: Type.Integer({
      minimum: 0,
      maximum: MAX_COUNT,
      description: 'Families with a child under five (balita).',
    }),
    familiesWithAdolescents: Type.Integer({
      minimum: 0,
      maximum: MAX_COUNT,
      description: 'Families with an adolescent (remaja, 10–24).',
    }),
    familiesWithElderly: Type.Integer({
      minimum: 0,
      maximum: MAX_COUNT,
      description: 'Families with an elderly member (lansia, 60+).',
    }),
    adolescents: Type.Integer({
      minimum: 0,
      maximum: MAX_COUNT,
      description: 'Number of adolescents (remaja, 10–24).',
    }),
  },
  {
    $id: 'PopulationSnapshot',
    additionalProperties: false,
    description: 'Population of a kampung as of a month.',
  },
);
/** @see {@link PopulationSnapshot} */
export type PopulationSnapshot = Static<typeof PopulationSnapshot>;

/**
 * Total population of a snapshot: the sum of all age bands of both sexes.
 *
 * @example
 * ```ts
 * totalPopulation(snapshot); // 1520
 * ```
 */
export function totalPopulation(p: Pick<PopulationSnapshot, 'male' | 'female'>): number {
  let n = 0;
  for (const v of Object.values(p.male)) n += v;
  for (const v of Object.values(p.female)) n += v;
  return n;
}

/**
 * Counts for every age band, all set to `fill` (default 0): a starting point for building snapshots in code.
 *
 * @example
 * ```ts
 * const male = { ...ageBandCounts(), y0_4: 120, y5_9: 110 };
 * ```
 */
export function ageBandCounts(fill = 0): AgeBandCounts {
  return {
    y0_4: fill,
    y5_9: fill,
    y10_14: fill,
    y15_19: fill,
    y20_24: fill,
    y25_29: fill,
    y30_34: fill,
    y35_39: fill,
    y40_44: fill,
    y45_49: fill,
    y50_54: fill,
    y55_59: fill,
    y60_64: fill,
    y65_69: fill,
    y70_74: fill,
    y75plus: fill,
  };
}
