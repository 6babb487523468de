import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of sex (jenis kelamin). */
export type SexCode = 'male' | 'female';

/**
 * Sex (Jenis kelamin). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok I (K): jenis kelamin.
 *
 * @example
 * ```ts
 * sexes.items[0].code; // 'male'
 * ```
 */
export const sexes: CodeList<SexCode> = {
  id: 'sexes',
  version: '2021.1',
  label: { id: 'Jenis kelamin', en: 'Sex' },
  source: 'PK21 Blok I (K): jenis kelamin',
  items: [
    { code: 'male', portalId: 1, label: { id: 'Laki-laki', en: 'Male' } },
    { code: 'female', portalId: 2, label: { id: 'Perempuan', en: 'Female' } },
  ],
};

/** TypeBox schema of a {@link SexCode}. */
export const Sex = codeSchema(sexes, 'Sex.');
/** @see {@link Sex} */
export type Sex = Static<typeof Sex>;
