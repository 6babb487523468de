import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of whether the pregnancy was wanted (keinginan atas kehamilan). */
export type PregnancyIntentionCode = 'then' | 'later' | 'notAtAll';

/**
 * Whether the pregnancy was wanted (Keinginan atas kehamilan). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok II (KB): kehamilan diinginkan; DHS v225/m10.
 *
 * @example
 * ```ts
 * pregnancyIntentions.items[0].code; // 'then'
 * ```
 */
export const pregnancyIntentions: CodeList<PregnancyIntentionCode> = {
  id: 'pregnancy-intentions',
  version: '2021.1',
  label: { id: 'Keinginan atas kehamilan', en: 'Whether the pregnancy was wanted' },
  source: 'PK21 Blok II (KB): kehamilan diinginkan; DHS v225/m10',
  items: [
    { code: 'then', portalId: 1, label: { id: 'Diinginkan saat itu', en: 'Wanted then' } },
    { code: 'later', portalId: 2, label: { id: 'Diinginkan kemudian', en: 'Wanted later' } },
    { code: 'notAtAll', portalId: 3, label: { id: 'Tidak diinginkan', en: 'Not wanted at all' } },
  ],
};

/** TypeBox schema of a {@link PregnancyIntentionCode}. */
export const PregnancyIntention = codeSchema(pregnancyIntentions, 'Whether the pregnancy was wanted.');
/** @see {@link PregnancyIntention} */
export type PregnancyIntention = Static<typeof PregnancyIntention>;
