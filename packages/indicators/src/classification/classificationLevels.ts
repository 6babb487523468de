import type { CodeItem, CodeList } from '@kampung-kb/model';

/**
 * Codes of {@link classificationLevels}: the four maturity levels of a Kampung KB, lowest first.
 *
 * @example
 * ```ts
 * const level: ClassificationLevelCode = 'berkembang';
 * ```
 */
export type ClassificationLevelCode = 'dasar' | 'berkembang' | 'mandiri' | 'berkelanjutan';

/**
 * A classification level, with its rank (1 = Dasar … 4 = Berkelanjutan) and what it means.
 *
 * @example
 * ```ts
 * classificationLevels.items.find((l) => l.code === 'mandiri')?.rank; // 3
 * ```
 */
export interface ClassificationLevelItem extends CodeItem<ClassificationLevelCode> {
  /** 1 for Dasar up to 4 for Berkelanjutan, to sort and compare levels. */
  readonly rank: 1 | 2 | 3 | 4;
  /** The rule on the three indices (threshold 3) that gives this level. */
  readonly rule: { readonly id: string; readonly en: string };
  /** The level's meaning in the programme's own words. */
  readonly description: { readonly id: string; readonly en: string };
}

/**
 * The official classification levels of a Kampung KB (klasifikasi Kampung KB): Dasar (basic),
 * Berkembang (developing), Mandiri (self-reliant) and Berkelanjutan (sustainable).
 *
 * Sources: the portal's classification SQL (willyprmn/Kampung-KB
 * `database/sql/statistik/classification/kampung.sql`) for the rules; Perban BKKBN 20/2023 as quoted by
 * goodstats.id for the descriptions.
 *
 * @example
 * ```ts
 * import { codeLabel } from '@kampung-kb/model';
 * codeLabel(classificationLevels, 'mandiri', 'en'); // 'Self-reliant'
 * ```
 */
export const classificationLevels: CodeList<ClassificationLevelCode, ClassificationLevelItem> = {
  id: 'classification-levels',
  version: '2021.1',
  label: { id: 'Klasifikasi Kampung KB', en: 'Kampung KB classification' },
  source:
    'kampungkb.bkkbn.go.id classification SQL (willyprmn/Kampung-KB database/sql/statistik/classification/kampung.sql); Perban BKKBN 20/2023 (goodstats.id)',
  items: [
    {
      code: 'dasar',
      rank: 1,
      label: { id: 'Dasar', en: 'Basic' },
      rule: {
        id: 'Ketiga indeks < 3, atau hanya satu indeks ≥ 3',
        en: 'All three indices < 3, or exactly one index ≥ 3',
      },
      description: {
        id: 'Pengelolaan belum efektif dan belum memberi kontribusi.',
        en: 'Management is not yet effective and makes no contribution yet.',
      },
    },
    {
      code: 'berkembang',
      rank: 2,
      label: { id: 'Berkembang', en: 'Developing' },
      rule: {
        id: 'Indeks input ≥ 3 dan indeks proses ≥ 3, indeks output < 3',
        en: 'Input index ≥ 3 and process index ≥ 3, output index < 3',
      },
      description: {
        id: 'Pengelolaan sudah berjalan, tetapi kontribusinya belum signifikan.',
        en: 'Management is running, but its contribution is not yet significant.',
      },
    },
    {
      code: 'mandiri',
      rank: 3,
      label: { id: 'Mandiri', en: 'Self-reliant' },
      rule: {
        id: 'Indeks output ≥ 3 bersama tepat satu dari indeks input atau proses ≥ 3',
        en: 'Output index ≥ 3 together with exactly one of the input or process index ≥ 3',
      },
      description: {
        id: 'Sudah memberi kontribusi nyata, tetapi pengelolaannya belum optimal.',
        en: 'Makes a real contribution, but management is not yet optimal.',
      },
    },
    {
      code: 'berkelanjutan',
      rank: 4,
      label: { id: 'Berkelanjutan', en: 'Sustainable' },
      rule: { id: 'Ketiga indeks ≥ 3', en: 'All three indices ≥ 3' },
      description: {
        id: 'Sudah memberi kontribusi nyata dan pengelolaannya berjalan baik.',
        en: 'Makes a real contribution and management runs well.',
      },
    },
  ],
};
