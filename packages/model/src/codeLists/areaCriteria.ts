import type { Static } from '@sinclair/typebox';
import type { CodeItem, CodeList } from '../codeList.js';
import { codeSchema } from '../codeSchema.js';

/** Codes of {@link areaCriteria}. */
export type AreaCriterionCode =
  | 'slum'
  | 'coastal'
  | 'riverbank'
  | 'railway'
  | 'poor'
  | 'remote'
  | 'border'
  | 'industrial'
  | 'tourism'
  | 'dense';

/**
 * The ten kriteria wilayah; a kampung meets at least one.
 *
 * Source: Juknis Kampung KB 2016-17 (scribd 399147690; berbagialakadarnya.blogspot.com 2017/05).
 *
 * @example
 * ```ts
 * areaCriteria.items.map((i) => i.code);
 * ```
 */
export const areaCriteria: CodeList<AreaCriterionCode, CodeItem<AreaCriterionCode>> = {
  id: 'area-criteria',
  version: '2016.1',
  label: { id: 'Kriteria wilayah', en: 'Area criteria' },
  source: 'Juknis Kampung KB 2016-17 (scribd 399147690; berbagialakadarnya.blogspot.com 2017/05)',
  items: [
    { code: 'slum', label: { id: 'Kumuh', en: 'Slum' } },
    { code: 'coastal', label: { id: 'Pesisir/nelayan', en: 'Coastal or fishing' } },
    { code: 'riverbank', label: { id: 'Daerah aliran sungai (DAS)', en: 'River basin (DAS)' } },
    { code: 'railway', label: { id: 'Bantaran kereta api', en: 'Railway embankment' } },
    {
      code: 'poor',
      label: { id: 'Kawasan miskin (termasuk miskin perkotaan)', en: 'Poor area (incl. urban poor)' },
    },
    { code: 'remote', label: { id: 'Terpencil', en: 'Remote' } },
    { code: 'border', label: { id: 'Perbatasan', en: 'Border' } },
    { code: 'industrial', label: { id: 'Kawasan industri', en: 'Industrial area' } },
    { code: 'tourism', label: { id: 'Kawasan wisata', en: 'Tourism area' } },
    { code: 'dense', label: { id: 'Padat penduduk', en: 'Densely populated' } },
  ],
};

/** TypeBox schema of a {@link areaCriteria} code. */
export const AreaCriterion = codeSchema(areaCriteria, 'Area criteria.');
/** @see {@link AreaCriterion} */
export type AreaCriterion = Static<typeof AreaCriterion>;
