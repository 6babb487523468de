import type { Static } from '@sinclair/typebox';
import type { CodeItem, CodeList } from '../codeList.js';
import { codeSchema } from '../codeSchema.js';

/** Codes of {@link nonUserReasons}. */
export type NonUserReasonCode = 'pregnant' | 'ias' | 'iat' | 'tial';

/**
 * Why a PUS (couple of reproductive age) uses no contraception. IAS = ingin anak segera (wants a child now), IAT = ingin anak tunda (wants to delay), TIAL = tidak ingin anak lagi (wants no more children). The portal's unmet need counts IAT + TIAL.
 *
 * Source: kampungkb.bkkbn.go.id new_non_kontrasepsi (NonKontrasepsiSeeder).
 *
 * @example
 * ```ts
 * nonUserReasons.items.map((i) => i.code);
 * ```
 */
export const nonUserReasons: CodeList<NonUserReasonCode, CodeItem<NonUserReasonCode>> = {
  id: 'non-user-reasons',
  version: '2021.1',
  label: {
    id: 'Alasan PUS bukan peserta KB',
    en: 'Reasons couples of reproductive age do not use contraception',
  },
  source: 'kampungkb.bkkbn.go.id new_non_kontrasepsi (NonKontrasepsiSeeder)',
  items: [
    { code: 'pregnant', portalId: 1, short: 'Hamil', label: { id: 'Karena hamil', en: 'Pregnant' } },
    {
      code: 'ias',
      portalId: 2,
      short: 'IAS',
      label: { id: 'Ingin anak segera (IAS)', en: 'Wants a child soon (IAS)' },
    },
    {
      code: 'iat',
      portalId: 3,
      short: 'IAT',
      label: { id: 'Ingin anak kemudian/tunda (IAT)', en: 'Wants to delay the next child (IAT)' },
    },
    {
      code: 'tial',
      portalId: 4,
      short: 'TIAL',
      label: { id: 'Tidak ingin anak lagi (TIAL)', en: 'Wants no more children (TIAL)' },
    },
  ],
};

/** TypeBox schema of a {@link nonUserReasons} code. */
export const NonUserReason = codeSchema(
  nonUserReasons,
  'Reasons couples of reproductive age do not use contraception.',
);
/** @see {@link NonUserReason} */
export type NonUserReason = Static<typeof NonUserReason>;
