import type { Label } from '@kampung-kb/model';

/**
 * The sterilisation regions of USAID's CYP factor tables: the global factor, India/Bangladesh/Nepal,
 * other Asian countries (Indonesia's row), Latin America and the Caribbean, and Africa.
 *
 * @example
 * ```ts
 * const r: SterilisationRegion = 'otherAsia';
 * ```
 */
export type SterilisationRegion = 'global' | 'indiaBangladeshNepal' | 'otherAsia' | 'latinAmerica' | 'africa';

/**
 * A versioned table of couple-years of protection (CYP) factors, as data: `CYP = Σ units × factor`.
 * Long-acting methods give CYP per unit (`perUnit`: per insertion or procedure); short-acting ones are
 * given, as USAID states them, as units per CYP (`unitsPerCyp`: the factor is `1 / units`).
 *
 * Every value was checked against the published tables (USAID CYP page "Updated August 2021"; Data4Impact
 * CYP page, 2022; MEASURE Evaluation's copy of the 2011 RESPOND table; "Couple-Years of Protection
 * Indicator: New Global Guidance", GHSP 2024;12(2):e2300388, whose abstract states that since the 2011
 * update only four methods needed new factors: Levoplant, progestin-only pills, the Caya diaphragm and the
 * hormonal IUD). `unverified` maps the dotted key of each value that no published table confirms for this
 * version to the reason, in Indonesian and English, it is kept.
 *
 * @example
 * ```ts
 * cypFactors2021.unitsPerCyp.condom; // 120
 * cypFactors2021.unitsPerCyp.progestinOnlyPill; // 12
 * Object.keys(cypFactors2011.unverified); // ['unitsPerCyp.progestinOnlyPill']
 * ```
 */
export interface CypFactorTable {
  readonly id: '2011' | '2021';
  readonly citation: string;
  readonly perUnit: {
    readonly copperIud: number;
    readonly hormonalIud: number;
    readonly implantThreeYear: number;
    readonly implantFourYear: number;
    readonly implantFiveYear: number;
  };
  readonly unitsPerCyp: {
    readonly combinedPill: number;
    readonly progestinOnlyPill: number;
    readonly condom: number;
    readonly injectableOneMonth: number;
    readonly injectableTwoMonth: number;
    readonly injectableThreeMonth: number;
  };
  /** CYP per sterilisation (MOW or MOP), by region. */
  readonly sterilisation: Readonly<Record<SterilisationRegion, number>>;
  /** Dotted keys of values no published table confirms for this version, each with the reason it is kept. */
  readonly unverified: Readonly<Record<string, Label>>;
}

/**
 * USAID's 2011 CYP factors (the RESPOND table as published by MEASURE Evaluation): Copper-T 380A IUD 4.6,
 * LNG-IUS 3.3, implants 2.5 (3-year, Implanon), 3.2 (4-year, Sino-implant) and 3.8 (5-year, Jadelle); 15 pill
 * cycles, 120 condoms, 13 one-month (Cyclofem), 6 two-month (Noristerat) and 4 three-month (Depo-Provera)
 * injections per CYP; sterilisation 10 globally, 13 in India/Bangladesh/Nepal, 10.3 in other Asian
 * countries, 10.5 in Latin America and the Caribbean, 9.3 in Africa.
 *
 * Checked: pills, condoms, injectables and sterilisation are read in MEASURE Evaluation's 2011 table; LNG-IUS
 * 3.3 is the 2011 value GHSP 2024 and the hormonal-IUD brief (FHI 360, Avenir Health, USAID 2022) replace;
 * the copper IUD and the three implants are not among the four methods GHSP 2024 says changed after 2011, so
 * their 2021 values (USAID 2021 page) are the 2011 ones. One entry stays unverified: the progestin-only pill,
 * which the 2011 table did not list apart (GHSP 2024 calls its factor new); 15 cycles is the 2011 pill
 * line, as peers apply it to progestin-only pills before 2022.
 *
 * @example
 * ```ts
 * cypFactors2011.perUnit.hormonalIud; // 3.3
 * ```
 */
export const cypFactors2011: CypFactorTable = {
  id: '2011',
  citation:
    'USAID / MEASURE Evaluation, Couple-Years of Protection (CYP) conversion factors, 2011 RESPOND table; GHSP 2024;12(2):e2300388 (methods changed since 2011)',
  perUnit: {
    copperIud: 4.6,
    hormonalIud: 3.3,
    implantThreeYear: 2.5,
    implantFourYear: 3.2,
    implantFiveYear: 3.8,
  },
  unitsPerCyp: {
    combinedPill: 15,
    progestinOnlyPill: 15,
    condom: 120,
    injectableOneMonth: 13,
    injectableTwoMonth: 6,
    injectableThreeMonth: 4,
  },
  sterilisation: { global: 10, indiaBangladeshNepal: 13, otherAsia: 10.3, latinAmerica: 10.5, africa: 9.3 },
  unverified: {
    'unitsPerCyp.progestinOnlyPill': {
      id: 'Tabel 2011 tidak memuat pil progestin tersendiri (GHSP 2024 menyebut faktornya baru pada 2022); 15 siklus adalah baris pil tabel 2011, seperti yang dipakai sistem lain untuk minipil sebelum 2022.',
      en: 'The 2011 table has no separate progestin-only pill line (GHSP 2024 calls its factor new in 2022); 15 cycles is the 2011 pill line, as other systems apply it to progestin-only pills before 2022.',
    },
  },
};

const REGIONAL_2021: Label = {
  id: "Tabel 2022 (halaman CYP Data4Impact) hanya memuat sterilisasi global (10) dan India, Nepal & Bangladesh (13); GHSP 2024 tidak menyebut perubahan sterilisasi sejak 2011, jadi nilai regional 2011 dibawa, tetapi belum dipastikan masih ada di tabel terbaru. Pilih `sterilisation: 'global'` untuk hanya memakai baris yang terkonfirmasi.",
  en: "The 2022 table (Data4Impact CYP page) gives sterilisation only globally (10) and for India, Nepal & Bangladesh (13); GHSP 2024 names no change to sterilisation since 2011, so the 2011 regional value is carried over, but it is not confirmed that the current table still has the row. Choose `sterilisation: 'global'` to use only a confirmed row.",
};

/**
 * USAID's 2021/2022 CYP factors (USAID CYP page "Updated August 2021"; Data4Impact 2022; "Couple-Years of
 * Protection Indicator: New Global Guidance", GHSP 2024;12(2):e2300388): Copper-T IUD 4.6, LNG-IUS 4.8
 * (3.3 in 2011), implants 2.5 / 3.2 / 3.8, progestin-only pill 12 cycles per CYP (new in the 2022 update),
 * combined pill 15 cycles, condoms 120, injectables 13 / 6 / 4 doses, sterilisation 10 globally and 13 in
 * India/Bangladesh/Nepal.
 *
 * Checked: IUDs and implants are read on the USAID 2021 page, the progestin-only pill in GHSP 2024, the two
 * sterilisation rows on the Data4Impact page; the combined pill, condoms and the three injectables are not
 * among the four methods GHSP 2024 says changed after 2011, so they keep their 2011 values (MEASURE
 * Evaluation's 2011 table). Three entries stay unverified: the regional sterilisation rows for other Asian
 * countries (Indonesia), Latin America and Africa, which the 2022 table as Data4Impact prints it does not
 * show; they are the 2011 values (see `unverified` for the reason, and `sterilisation: 'global'` in
 * `cypIndicator` to avoid them).
 *
 * @example
 * ```ts
 * cypFactors2021.perUnit.hormonalIud; // 4.8
 * ```
 */
export const cypFactors2021: CypFactorTable = {
  id: '2021',
  citation:
    'USAID, Couple-Years of Protection (CYP), updated August 2021; Data4Impact CYP page (2022); GHSP 2024;12(2):e2300388',
  perUnit: {
    copperIud: 4.6,
    hormonalIud: 4.8,
    implantThreeYear: 2.5,
    implantFourYear: 3.2,
    implantFiveYear: 3.8,
  },
  unitsPerCyp: {
    combinedPill: 15,
    progestinOnlyPill: 12,
    condom: 120,
    injectableOneMonth: 13,
    injectableTwoMonth: 6,
    injectableThreeMonth: 4,
  },
  sterilisation: { global: 10, indiaBangladeshNepal: 13, otherAsia: 10.3, latinAmerica: 10.5, africa: 9.3 },
  unverified: {
    'sterilisation.otherAsia': REGIONAL_2021,
    'sterilisation.latinAmerica': REGIONAL_2021,
    'sterilisation.africa': REGIONAL_2021,
  },
};
