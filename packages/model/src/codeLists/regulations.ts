import type { Static } from '@sinclair/typebox';
import type { CodeItem, CodeList } from '../codeList.js';
import { codeSchema } from '../codeSchema.js';

/** Codes of {@link regulations}. */
export type RegulationCode = 'governor' | 'regentMayor' | 'subdistrict' | 'villageHead';

/**
 * Regulations backing a kampung (SK, instruction or circular) by issuing level.
 *
 * Source: kampungkb.bkkbn.go.id new_regulasi (RegulasiSeeder).
 *
 * @example
 * ```ts
 * regulations.items.map((i) => i.code);
 * ```
 */
export const regulations: CodeList<RegulationCode, CodeItem<RegulationCode>> = {
  id: 'regulations',
  version: '2021.1',
  label: { id: 'Regulasi', en: 'Regulations' },
  source: 'kampungkb.bkkbn.go.id new_regulasi (RegulasiSeeder)',
  items: [
    {
      code: 'governor',
      portalId: 1,
      label: {
        id: 'SK/Instruksi/Surat Edaran Gubernur',
        en: 'Decree, instruction or circular of the governor',
      },
    },
    {
      code: 'regentMayor',
      portalId: 2,
      label: {
        id: 'SK/Instruksi/Surat Edaran Bupati/Wali Kota',
        en: 'Decree, instruction or circular of the regent or mayor',
      },
    },
    {
      code: 'subdistrict',
      portalId: 3,
      label: { id: 'SK Kecamatan tentang Kampung KB', en: 'Sub-district (kecamatan) decree on Kampung KB' },
    },
    {
      code: 'villageHead',
      portalId: 4,
      label: {
        id: 'SK Kepala Desa/Lurah tentang Kampung KB',
        en: 'Village head (lurah) decree on Kampung KB',
      },
    },
  ],
};

/** TypeBox schema of a {@link regulations} code. */
export const Regulation = codeSchema(regulations, 'Regulations.');
/** @see {@link Regulation} */
export type Regulation = Static<typeof Regulation>;
