import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of desire for more children (keinginan punya anak lagi). */
export type FertilityIntentionCode = 'soon' | 'later' | 'undecided' | 'noMore';

/**
 * Desire for more children (Keinginan punya anak lagi). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok II (KB): ingin anak lagi (segera / lebih dari 2 tahun lagi / tidak); DHS v605.
 *
 * @example
 * ```ts
 * fertilityIntentions.items[0].code; // 'soon'
 * ```
 */
export const fertilityIntentions: CodeList<FertilityIntentionCode> = {
  id: 'fertility-intentions',
  version: '2021.1',
  label: { id: 'Keinginan punya anak lagi', en: 'Desire for more children' },
  source: 'PK21 Blok II (KB): ingin anak lagi (segera / lebih dari 2 tahun lagi / tidak); DHS v605',
  items: [
    {
      code: 'soon',
      portalId: 1,
      label: { id: 'Ingin anak segera (kurang dari 2 tahun)', en: 'Wants a child soon (within 2 years)' },
    },
    {
      code: 'later',
      portalId: 2,
      label: {
        id: 'Ingin anak kemudian (2 tahun lagi atau lebih)',
        en: 'Wants a child later (after 2 years or more)',
      },
    },
    {
      code: 'undecided',
      portalId: 3,
      label: { id: 'Belum memutuskan/tidak tahu', en: 'Undecided or does not know' },
    },
    { code: 'noMore', portalId: 4, label: { id: 'Tidak ingin anak lagi', en: 'Wants no more children' } },
  ],
};

/** TypeBox schema of a {@link FertilityIntentionCode}. */
export const FertilityIntention = codeSchema(fertilityIntentions, 'Desire for more children.');
/** @see {@link FertilityIntention} */
export type FertilityIntention = Static<typeof FertilityIntention>;
