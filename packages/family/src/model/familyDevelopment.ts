import { type Static, Type } from '@sinclair/typebox';

const yes = (description: string) => Type.Optional(Type.Boolean({ description }));

/**
 * PK21 Blok III (Pembangunan Keluarga), items P.01–P.18 and P.29–P.32 as yes/no answers (`true` = yes).
 * A question left out is unknown, never "no". P.03 (conflict) is asked as four items, any of which is a
 * conflict; item c's wording is not confirmed in public sources.
 *
 * @example
 * ```ts
 * const d: FamilyDevelopment = { worship: true, marriageCertificate: true, incomeSource: true, diverseFood: true };
 * ```
 */
export const FamilyDevelopment = Type.Object(
  {
    worship: yes('P.01: members worship according to their religion (ibadah).'),
    marriageCertificate: yes('P.02: the couple has a marriage book or certificate (buku/akta nikah).'),
    conflict: Type.Optional(
      Type.Object(
        {
          silentThreeDays: yes('P.03a: members did not speak to each other for three days or more.'),
          separateBedsSevenDays: yes('P.03b: the couple slept apart for seven days or more.'),
          other: yes('P.03c: another sign of conflict (wording unverified).'),
          violence: yes('P.03d: domestic violence (KDRT).'),
        },
        { additionalProperties: false },
      ),
    ),
    incomeSource: yes('P.04: the family has a source of income for its basic needs.'),
    diverseFood: yes('P.05: the family eats diverse food (makanan beragam).'),
    savings: yes('P.06: the family has savings (tabungan).'),
    illnessOrDisability: yes('P.07: a member has a long illness or a disability.'),
    internet: yes('P.08: the family has internet access.'),
    dailyInteraction: yes('P.09: members talk together every day.'),
    jointParenting: yes('P.10: father and mother raise the children together.'),
    recreation: yes('P.11: the family has recreation together.'),
    mutualAid: yes('P.12: the family takes part in gotong royong.'),
    posyandu: yes('P.13: the family takes part in posyandu.'),
    bkb: yes('P.14: the family takes part in BKB (Bina Keluarga Balita).'),
    bkr: yes('P.15: the family takes part in BKR (Bina Keluarga Remaja).'),
    pikr: yes('P.16: a member takes part in PIK-R/M.'),
    bkl: yes('P.17: the family takes part in BKL (Bina Keluarga Lansia).'),
    economicGroup: yes(
      'P.18: the family takes part in an economic group (UPPKA/UPPKS, PNM Mekaar, PKH or other).',
    ),
    informationMedia: yes(
      'P.29–P.32: the family received family-planning information from media or field workers.',
    ),
  },
  { $id: 'FamilyDevelopment', additionalProperties: false },
);
/** @see {@link FamilyDevelopment} */
export type FamilyDevelopment = Static<typeof FamilyDevelopment>;
