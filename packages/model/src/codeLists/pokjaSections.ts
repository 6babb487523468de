import type { Static } from '@sinclair/typebox';
import type { CodeItem, CodeList } from '../codeList.js';
import { codeSchema } from '../codeSchema.js';

/** Codes of {@link pokjaSections}. */
export type PokjaSectionCode =
  | 'religion'
  | 'education'
  | 'reproduction'
  | 'economy'
  | 'protection'
  | 'affection'
  | 'socioCultural'
  | 'environment'
  | 'other';

/**
 * The eight Pokja sections, mirroring the eight family functions (PP 87/2014), used as intervention categories, plus other.
 *
 * Source: kampungkb.bkkbn.go.id new_kategori (KategoriSeeder); BKKBN Mobile Modul Kampung KB p.25.
 *
 * @example
 * ```ts
 * pokjaSections.items.map((i) => i.code);
 * ```
 */
export const pokjaSections: CodeList<PokjaSectionCode, CodeItem<PokjaSectionCode>> = {
  id: 'pokja-sections',
  version: '2021.1',
  label: { id: 'Seksi Pokja / kategori intervensi', en: 'Pokja sections / intervention categories' },
  source: 'kampungkb.bkkbn.go.id new_kategori (KategoriSeeder); BKKBN Mobile Modul Kampung KB p.25',
  items: [
    { code: 'religion', portalId: 1, label: { id: 'Keagamaan', en: 'Religion' } },
    {
      code: 'education',
      portalId: 2,
      label: { id: 'Sosialisasi dan pendidikan', en: 'Socialisation and education' },
    },
    { code: 'reproduction', portalId: 3, label: { id: 'Reproduksi', en: 'Reproduction' } },
    { code: 'economy', portalId: 4, label: { id: 'Ekonomi', en: 'Economy' } },
    { code: 'protection', portalId: 5, label: { id: 'Perlindungan', en: 'Protection' } },
    { code: 'affection', portalId: 6, label: { id: 'Kasih sayang', en: 'Love and affection' } },
    { code: 'socioCultural', portalId: 7, label: { id: 'Sosial budaya', en: 'Social and cultural' } },
    { code: 'environment', portalId: 8, label: { id: 'Pembinaan lingkungan', en: 'Environment' } },
    { code: 'other', portalId: 9, label: { id: 'Lainnya', en: 'Other' } },
  ],
};

/** TypeBox schema of a {@link pokjaSections} code. */
export const PokjaSection = codeSchema(pokjaSections, 'Pokja sections / intervention categories.');
/** @see {@link PokjaSection} */
export type PokjaSection = Static<typeof PokjaSection>;
