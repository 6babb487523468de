import type { Static } from '@sinclair/typebox';
import type { CodeItem, CodeList } from '../codeList.js';
import { codeSchema } from '../codeSchema.js';

/** Codes of {@link poktan}. */
export type PoktanCode = 'bkb' | 'bkr' | 'bkl' | 'uppka' | 'pikr';

/**
 * The five poktan (kelompok kegiatan) whose participation the monthly KKBPK report records: BKB (Bina Keluarga Balita, families with under-fives), BKR (Bina Keluarga Remaja, families with adolescents), BKL (Bina Keluarga Lansia, families with elderly), UPPKA (Usaha Peningkatan Pendapatan Keluarga Akseptor, income groups) and PIK-R (Pusat Informasi dan Konseling Remaja, youth counselling). Each participant count is compared with its target in {@link POKTAN_TARGETS}.
 *
 * Source: kampungkb.bkkbn.go.id new_program ids 1-5, program group KKBPK (ProgramSeeder, ProgramGroupDetailSeeder).
 *
 * @example
 * ```ts
 * poktan.items.map((i) => i.code);
 * ```
 */
export const poktan: CodeList<PoktanCode, CodeItem<PoktanCode>> = {
  id: 'poktan',
  version: '2021.1',
  label: { id: 'Kelompok kegiatan (poktan)', en: 'Community activity groups (poktan)' },
  source:
    'kampungkb.bkkbn.go.id new_program ids 1-5, program group KKBPK (ProgramSeeder, ProgramGroupDetailSeeder)',
  items: [
    {
      code: 'bkb',
      portalId: 1,
      short: 'BKB',
      label: { id: 'Bina Keluarga Balita (BKB)', en: 'Under-five family development (BKB)' },
    },
    {
      code: 'bkr',
      portalId: 2,
      short: 'BKR',
      label: { id: 'Bina Keluarga Remaja (BKR)', en: 'Adolescent family development (BKR)' },
    },
    {
      code: 'bkl',
      portalId: 3,
      short: 'BKL',
      label: { id: 'Bina Keluarga Lansia (BKL)', en: 'Elderly family development (BKL)' },
    },
    {
      code: 'uppka',
      portalId: 4,
      short: 'UPPKA',
      label: {
        id: 'Usaha Peningkatan Pendapatan Keluarga Akseptor (UPPKA)',
        en: 'Acceptor family income groups (UPPKA)',
      },
    },
    {
      code: 'pikr',
      portalId: 5,
      short: 'PIK-R',
      label: {
        id: 'Pusat Informasi dan Konseling Remaja (PIK-R)',
        en: 'Youth information and counselling centre (PIK-R)',
      },
    },
  ],
};

/** TypeBox schema of a {@link poktan} code. */
export const Poktan = codeSchema(poktan, 'Community activity groups (poktan).');
/** @see {@link Poktan} */
export type Poktan = Static<typeof Poktan>;

/** The population count each poktan's participation is measured against. */
export type PoktanTarget =
  | 'familiesWithUnderFives'
  | 'familiesWithAdolescents'
  | 'familiesWithElderly'
  | 'families'
  | 'adolescents';

/**
 * Target population of each poktan, as the portal's classification pairs them (keluarga ids 4, 5, 6, 2, 3
 * with programs 1–5): BKB → families with under-fives, BKR → families with adolescents, BKL → families with
 * elderly, UPPKA → all families, PIK-R → adolescents. The data-entry rule "participants ≤ target" uses it.
 */
export const POKTAN_TARGETS: Readonly<Record<PoktanCode, PoktanTarget>> = {
  bkb: 'familiesWithUnderFives',
  bkr: 'familiesWithAdolescents',
  bkl: 'familiesWithElderly',
  uppka: 'families',
  pikr: 'adolescents',
};
