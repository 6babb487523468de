import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of source of the method (tempat pelayanan kb). */
export type MethodSourceCode =
  | 'hospitalPublic'
  | 'puskesmas'
  | 'hospitalPrivate'
  | 'clinic'
  | 'doctor'
  | 'midwife'
  | 'pharmacy'
  | 'fieldWorker'
  | 'mobileService'
  | 'other';

/**
 * Source of the method (Tempat pelayanan KB). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok II (KB): tempat pelayanan kontrasepsi, 10 facility types (wording inferred, unverified).
 *
 * @example
 * ```ts
 * methodSources.items[0].code; // 'hospitalPublic'
 * ```
 */
export const methodSources: CodeList<MethodSourceCode> = {
  id: 'method-sources',
  version: '2021.1',
  label: { id: 'Tempat pelayanan KB', en: 'Source of the method' },
  source: 'PK21 Blok II (KB): tempat pelayanan kontrasepsi, 10 facility types (wording inferred, unverified)',
  items: [
    { code: 'hospitalPublic', portalId: 1, label: { id: 'Rumah sakit pemerintah', en: 'Public hospital' } },
    {
      code: 'puskesmas',
      portalId: 2,
      label: { id: 'Puskesmas/pustu', en: 'Puskesmas or auxiliary health centre' },
    },
    { code: 'hospitalPrivate', portalId: 3, label: { id: 'Rumah sakit swasta', en: 'Private hospital' } },
    { code: 'clinic', portalId: 4, label: { id: 'Klinik pratama/swasta', en: 'Private clinic' } },
    { code: 'doctor', portalId: 5, label: { id: 'Praktik dokter', en: "Doctor's practice" } },
    { code: 'midwife', portalId: 6, label: { id: 'Praktik bidan', en: "Midwife's practice" } },
    { code: 'pharmacy', portalId: 7, label: { id: 'Apotek/toko obat', en: 'Pharmacy or drug shop' } },
    {
      code: 'fieldWorker',
      portalId: 8,
      label: { id: 'PPKBD/Sub-PPKBD/kader', en: 'Village family-planning worker' },
    },
    {
      code: 'mobileService',
      portalId: 9,
      label: { id: 'Pelayanan bergerak (mobil KB)', en: 'Mobile service' },
    },
    { code: 'other', portalId: 10, label: { id: 'Lainnya', en: 'Other' } },
  ],
};

/** TypeBox schema of a {@link MethodSourceCode}. */
export const MethodSource = codeSchema(methodSources, 'Source of the method.');
/** @see {@link MethodSource} */
export type MethodSource = Static<typeof MethodSource>;
