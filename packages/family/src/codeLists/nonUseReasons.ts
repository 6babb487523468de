import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of reason for not using contraception (alasan tidak ber-kb). */
export type NonUseReasonCode =
  | 'wantsChild'
  | 'infecund'
  | 'menopause'
  | 'notSexuallyActive'
  | 'husbandAway'
  | 'opposed'
  | 'religion'
  | 'sideEffects'
  | 'health'
  | 'access'
  | 'cost'
  | 'knowledge'
  | 'other';

/**
 * Reason for not using contraception (Alasan tidak ber-KB). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok II (KB): 13 alasan tidak/berhenti ber-KB (item wording inferred from the form's order, unverified).
 *
 * @example
 * ```ts
 * nonUseReasons.items[0].code; // 'wantsChild'
 * ```
 */
export const nonUseReasons: CodeList<NonUseReasonCode> = {
  id: 'non-use-reasons',
  version: '2021.1',
  label: { id: 'Alasan tidak ber-KB', en: 'Reason for not using contraception' },
  source:
    "PK21 Blok II (KB): 13 alasan tidak/berhenti ber-KB (item wording inferred from the form's order, unverified)",
  items: [
    { code: 'wantsChild', portalId: 1, label: { id: 'Ingin punya anak', en: 'Wants a child' } },
    { code: 'infecund', portalId: 2, label: { id: 'Tidak subur/mandul', en: 'Infecund' } },
    {
      code: 'menopause',
      portalId: 3,
      label: { id: 'Menopause/histerektomi', en: 'Menopausal or hysterectomy' },
    },
    {
      code: 'notSexuallyActive',
      portalId: 4,
      label: { id: 'Jarang/tidak berhubungan seksual', en: 'Infrequent or no sex' },
    },
    { code: 'husbandAway', portalId: 5, label: { id: 'Suami tinggal jauh', en: 'Husband away' } },
    {
      code: 'opposed',
      portalId: 6,
      label: { id: 'Suami/keluarga tidak setuju', en: 'Husband or family opposes' },
    },
    { code: 'religion', portalId: 7, label: { id: 'Alasan agama', en: 'Religious reasons' } },
    { code: 'sideEffects', portalId: 8, label: { id: 'Takut efek samping', en: 'Fear of side effects' } },
    { code: 'health', portalId: 9, label: { id: 'Alasan kesehatan', en: 'Health concerns' } },
    {
      code: 'access',
      portalId: 10,
      label: { id: 'Tempat pelayanan jauh/sulit dijangkau', en: 'Service hard to reach' },
    },
    { code: 'cost', portalId: 11, label: { id: 'Biaya mahal', en: 'Cost' } },
    {
      code: 'knowledge',
      portalId: 12,
      label: { id: 'Tidak tahu cara/tempat', en: 'Does not know a method or source' },
    },
    { code: 'other', portalId: 13, label: { id: 'Lainnya', en: 'Other' } },
  ],
};

/** TypeBox schema of a {@link NonUseReasonCode}. */
export const NonUseReason = codeSchema(nonUseReasons, 'Reason for not using contraception.');
/** @see {@link NonUseReason} */
export type NonUseReason = Static<typeof NonUseReason>;
