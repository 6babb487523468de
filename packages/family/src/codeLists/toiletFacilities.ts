import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of toilet facility (jenis jamban). */
export type ToiletFacilityCode =
  | 'flushSewer'
  | 'flushSeptic'
  | 'flushPit'
  | 'flushOpen'
  | 'flushUnknown'
  | 'ventilatedPit'
  | 'pitWithSlab'
  | 'pitWithoutSlab'
  | 'composting'
  | 'bucket'
  | 'hanging'
  | 'none'
  | 'other';

/**
 * Toilet facility (Jenis jamban). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok III (P.24) and DHS hv205 (JMP sanitation ladder facility types).
 *
 * @example
 * ```ts
 * toiletFacilities.items[0].code; // 'flushSewer'
 * ```
 */
export const toiletFacilities: CodeList<ToiletFacilityCode> = {
  id: 'toilet-facilities',
  version: '2021.1',
  label: { id: 'Jenis jamban', en: 'Toilet facility' },
  source: 'PK21 Blok III (P.24) and DHS hv205 (JMP sanitation ladder facility types)',
  items: [
    {
      code: 'flushSewer',
      portalId: 11,
      label: { id: 'Leher angsa ke saluran pembuangan/IPAL', en: 'Flush to piped sewer' },
    },
    {
      code: 'flushSeptic',
      portalId: 12,
      label: { id: 'Leher angsa ke tangki septik', en: 'Flush to septic tank' },
    },
    {
      code: 'flushPit',
      portalId: 13,
      label: { id: 'Leher angsa ke lubang tanah', en: 'Flush to pit latrine' },
    },
    {
      code: 'flushOpen',
      portalId: 14,
      label: { id: 'Leher angsa ke sungai/got/kebun', en: 'Flush to open drain, river or elsewhere' },
    },
    {
      code: 'flushUnknown',
      portalId: 15,
      label: { id: 'Leher angsa, pembuangan tidak tahu', en: "Flush, don't know where" },
    },
    {
      code: 'ventilatedPit',
      portalId: 21,
      label: { id: 'Cubluk berventilasi', en: 'Ventilated improved pit latrine' },
    },
    { code: 'pitWithSlab', portalId: 22, label: { id: 'Cubluk dengan lantai', en: 'Pit latrine with slab' } },
    {
      code: 'pitWithoutSlab',
      portalId: 23,
      label: { id: 'Cubluk tanpa lantai/lubang terbuka', en: 'Pit latrine without slab or open pit' },
    },
    { code: 'composting', portalId: 41, label: { id: 'Jamban kompos', en: 'Composting toilet' } },
    { code: 'bucket', portalId: 42, label: { id: 'Ember', en: 'Bucket' } },
    {
      code: 'hanging',
      portalId: 43,
      label: { id: 'Jamban cemplung/helikopter di atas air', en: 'Hanging toilet or latrine over water' },
    },
    {
      code: 'none',
      portalId: 31,
      label: { id: 'Tidak ada (BAB sembarangan)', en: 'No facility (open defecation)' },
    },
    { code: 'other', portalId: 96, label: { id: 'Lainnya', en: 'Other' } },
  ],
};

/** TypeBox schema of a {@link ToiletFacilityCode}. */
export const ToiletFacility = codeSchema(toiletFacilities, 'Toilet facility.');
/** @see {@link ToiletFacility} */
export type ToiletFacility = Static<typeof ToiletFacility>;
