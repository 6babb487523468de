import type { Static } from '@sinclair/typebox';
import type { CodeItem, CodeList } from '../codeList.js';
import { codeSchema } from '../codeSchema.js';

/** Codes of the five-year {@link ageBands}: `y0_4` … `y70_74`, `y75plus`. */
export type AgeBandCode =
  | 'y0_4'
  | 'y5_9'
  | 'y10_14'
  | 'y15_19'
  | 'y20_24'
  | 'y25_29'
  | 'y30_34'
  | 'y35_39'
  | 'y40_44'
  | 'y45_49'
  | 'y50_54'
  | 'y55_59'
  | 'y60_64'
  | 'y65_69'
  | 'y70_74'
  | 'y75plus';

/** An age band with its bounds in whole years (`to` is `null` for the open band). */
export interface AgeBandItem extends CodeItem<AgeBandCode> {
  readonly from: number;
  readonly to: number | null;
}

/**
 * The portal's sixteen five-year age bands, used by the population snapshot by sex.
 *
 * Source: kampungkb.bkkbn.go.id `new_range` (RangeSeeder); the open band is stored there with
 * `range_end` 999999.
 *
 * @example
 * ```ts
 * ageBands.items[0]; // { code: 'y0_4', from: 0, to: 4, … }
 * ```
 */
export const ageBands: CodeList<AgeBandCode, AgeBandItem> = {
  id: 'age-bands',
  version: '2021.1',
  label: { id: 'Kelompok umur', en: 'Age bands' },
  source: 'kampungkb.bkkbn.go.id new_range (RangeSeeder)',
  items: [
    { code: 'y0_4', portalId: 1, from: 0, to: 4, label: { id: '0 - 4 tahun', en: '0-4 years' } },
    { code: 'y5_9', portalId: 2, from: 5, to: 9, label: { id: '5 - 9 tahun', en: '5-9 years' } },
    { code: 'y10_14', portalId: 3, from: 10, to: 14, label: { id: '10 - 14 tahun', en: '10-14 years' } },
    { code: 'y15_19', portalId: 4, from: 15, to: 19, label: { id: '15 - 19 tahun', en: '15-19 years' } },
    { code: 'y20_24', portalId: 5, from: 20, to: 24, label: { id: '20 - 24 tahun', en: '20-24 years' } },
    { code: 'y25_29', portalId: 6, from: 25, to: 29, label: { id: '25 - 29 tahun', en: '25-29 years' } },
    { code: 'y30_34', portalId: 7, from: 30, to: 34, label: { id: '30 - 34 tahun', en: '30-34 years' } },
    { code: 'y35_39', portalId: 8, from: 35, to: 39, label: { id: '35 - 39 tahun', en: '35-39 years' } },
    { code: 'y40_44', portalId: 9, from: 40, to: 44, label: { id: '40 - 44 tahun', en: '40-44 years' } },
    { code: 'y45_49', portalId: 10, from: 45, to: 49, label: { id: '45 - 49 tahun', en: '45-49 years' } },
    { code: 'y50_54', portalId: 11, from: 50, to: 54, label: { id: '50 - 54 tahun', en: '50-54 years' } },
    { code: 'y55_59', portalId: 12, from: 55, to: 59, label: { id: '55 - 59 tahun', en: '55-59 years' } },
    { code: 'y60_64', portalId: 13, from: 60, to: 64, label: { id: '60 - 64 tahun', en: '60-64 years' } },
    { code: 'y65_69', portalId: 14, from: 65, to: 69, label: { id: '65 - 69 tahun', en: '65-69 years' } },
    { code: 'y70_74', portalId: 15, from: 70, to: 74, label: { id: '70 - 74 tahun', en: '70-74 years' } },
    { code: 'y75plus', portalId: 16, from: 75, to: null, label: { id: '75+ tahun', en: '75+ years' } },
  ],
};

/** TypeBox schema of an age band code. */
export const AgeBand = codeSchema(ageBands, 'Five-year age band.');
/** @see {@link AgeBand} */
export type AgeBand = Static<typeof AgeBand>;
