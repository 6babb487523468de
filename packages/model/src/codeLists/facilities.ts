import type { Static } from '@sinclair/typebox';
import type { CodeItem, CodeList } from '../codeList.js';
import { codeSchema } from '../codeSchema.js';

/** Codes of {@link facilities}. */
export type FacilityCode = 'secretariat' | 'rumahDataku';

/**
 * Facilities (sarana) the classification counts: the Kampung KB secretariat and Rumah DataKu (Rumah Data Kependudukan dan Informasi Keluarga, the kampung's data house).
 *
 * Source: kampungkb.bkkbn.go.id new_program ids 6-7 (ProgramSeeder).
 *
 * @example
 * ```ts
 * facilities.items.map((i) => i.code);
 * ```
 */
export const facilities: CodeList<FacilityCode, CodeItem<FacilityCode>> = {
  id: 'facilities',
  version: '2021.1',
  label: { id: 'Sarana', en: 'Facilities' },
  source: 'kampungkb.bkkbn.go.id new_program ids 6-7 (ProgramSeeder)',
  items: [
    {
      code: 'secretariat',
      portalId: 6,
      label: { id: 'Sekretariat Kampung KB', en: 'Kampung KB secretariat' },
    },
    {
      code: 'rumahDataku',
      portalId: 7,
      short: 'Rumah DataKu',
      label: { id: 'Rumah DataKu', en: 'Rumah DataKu (population data house)' },
    },
  ],
};

/** TypeBox schema of a {@link facilities} code. */
export const Facility = codeSchema(facilities, 'Facilities.');
/** @see {@link Facility} */
export type Facility = Static<typeof Facility>;
