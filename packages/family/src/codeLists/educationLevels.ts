import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of education (pendidikan). */
export type EducationLevelCode =
  | 'none'
  | 'primaryIncomplete'
  | 'inPrimary'
  | 'primary'
  | 'inJuniorSecondary'
  | 'juniorSecondary'
  | 'inSeniorSecondary'
  | 'seniorSecondary'
  | 'inTertiary'
  | 'tertiary';

/**
 * Education (Pendidikan). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok I (K): pendidikan tertinggi, 10 levels including those still at school.
 *
 * @example
 * ```ts
 * educationLevels.items[0].code; // 'none'
 * ```
 */
export const educationLevels: CodeList<EducationLevelCode> = {
  id: 'education-levels',
  version: '2021.1',
  label: { id: 'Pendidikan', en: 'Education' },
  source: 'PK21 Blok I (K): pendidikan tertinggi, 10 levels including those still at school',
  items: [
    { code: 'none', portalId: 1, label: { id: 'Tidak/belum sekolah', en: 'No schooling' } },
    {
      code: 'primaryIncomplete',
      portalId: 2,
      label: { id: 'Tidak tamat SD/sederajat', en: 'Primary not completed' },
    },
    { code: 'inPrimary', portalId: 3, label: { id: 'Masih SD/sederajat', en: 'In primary school' } },
    { code: 'primary', portalId: 4, label: { id: 'Tamat SD/sederajat', en: 'Primary completed' } },
    {
      code: 'inJuniorSecondary',
      portalId: 5,
      label: { id: 'Masih SLTP/sederajat', en: 'In junior secondary school' },
    },
    {
      code: 'juniorSecondary',
      portalId: 6,
      label: { id: 'Tamat SLTP/sederajat', en: 'Junior secondary completed' },
    },
    {
      code: 'inSeniorSecondary',
      portalId: 7,
      label: { id: 'Masih SLTA/sederajat', en: 'In senior secondary school' },
    },
    {
      code: 'seniorSecondary',
      portalId: 8,
      label: { id: 'Tamat SLTA/sederajat', en: 'Senior secondary completed' },
    },
    { code: 'inTertiary', portalId: 9, label: { id: 'Masih PT/Akademi', en: 'In higher education' } },
    { code: 'tertiary', portalId: 10, label: { id: 'Tamat PT/Akademi', en: 'Higher education completed' } },
  ],
};

/** TypeBox schema of a {@link EducationLevelCode}. */
export const EducationLevel = codeSchema(educationLevels, 'Education.');
/** @see {@link EducationLevel} */
export type EducationLevel = Static<typeof EducationLevel>;
