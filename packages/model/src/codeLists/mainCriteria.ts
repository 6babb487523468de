import type { Static } from '@sinclair/typebox';
import type { CodeItem, CodeList } from '../codeList.js';
import { codeSchema } from '../codeSchema.js';

/** Codes of {@link mainCriteria}. */
export type MainCriterionCode = 'lowKbParticipation' | 'highPoverty' | 'remoteOrBorder' | 'other';

/**
 * The portal's selection criteria (kriteria utama as the portal simplifies them).
 *
 * Source: kampungkb.bkkbn.go.id new_kriteria (KriteriaSeeder); Juknis Kampung KB 2016.
 *
 * @example
 * ```ts
 * mainCriteria.items.map((i) => i.code);
 * ```
 */
export const mainCriteria: CodeList<MainCriterionCode, CodeItem<MainCriterionCode>> = {
  id: 'main-criteria',
  version: '2021.1',
  label: { id: 'Kriteria utama', en: 'Main selection criteria' },
  source: 'kampungkb.bkkbn.go.id new_kriteria (KriteriaSeeder); Juknis Kampung KB 2016',
  items: [
    {
      code: 'lowKbParticipation',
      portalId: 1,
      label: {
        id: 'Peserta KB lebih rendah dari rata-rata desa',
        en: 'Contraceptive use below the village average',
      },
    },
    {
      code: 'highPoverty',
      portalId: 2,
      label: {
        id: 'Jumlah penduduk miskin tinggi (Pra-S dan KS I di atas rata-rata desa)',
        en: 'Many poor families (Pra-S and KS I above the village average)',
      },
    },
    {
      code: 'remoteOrBorder',
      portalId: 3,
      label: { id: 'Termasuk wilayah terpencil, perbatasan, dsb.', en: 'Remote, border or similar area' },
    },
    { code: 'other', portalId: 4, label: { id: 'Lainnya', en: 'Other' } },
  ],
};

/** TypeBox schema of a {@link mainCriteria} code. */
export const MainCriterion = codeSchema(mainCriteria, 'Main selection criteria.');
/** @see {@link MainCriterion} */
export type MainCriterion = Static<typeof MainCriterion>;
