import { type Static, Type } from '@sinclair/typebox';

/**
 * A bilingual label: every user-facing text in the SDK carries Indonesian (`id`) and English (`en`).
 *
 * @example
 * ```ts
 * const l: Label = { id: 'Pasangan Usia Subur', en: 'Couples of reproductive age' };
 * ```
 */
export const Label = Type.Object(
  { id: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) },
  {
    $id: 'Label',
    additionalProperties: false,
    description: 'Bilingual text: Indonesian (id) and English (en).',
  },
);
/** @see {@link Label} */
export type Label = Static<typeof Label>;

/** A language the SDK speaks: Indonesian (`id`) or English (`en`). */
export type Lang = 'id' | 'en';

/** The languages the SDK ships, Indonesian first. */
export const LANGS: readonly Lang[] = ['id', 'en'];

/**
 * Picks the text of a label in one language.
 *
 * @example
 * ```ts
 * text({ id: 'Dasar', en: 'Basic' }, 'en'); // 'Basic'
 * ```
 */
export function text(label: Label, lang: Lang): string {
  return label[lang];
}
