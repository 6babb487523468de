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
 * given, as USAID states them, as units per CYP (`unitsPerCyp`: the factor is `1 / units`). Values the
 * reference could not confirm for this version are listed in `unverified`.
 *
 * @example
 * ```ts
 * cypFactors2021.unitsPerCyp.condom; // 120
 * cypFactors2021.sterilisation.otherAsia; // 10.3
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
    readonly condom: number;
    readonly injectableOneMonth: number;
    readonly injectableTwoMonth: number;
    readonly injectableThreeMonth: number;
  };
  /** CYP per sterilisation (MOW or MOP), by region. */
  readonly sterilisation: Readonly<Record<SterilisationRegion, number>>;
  /** Dotted keys of values not confirmed for this version (carried over from the earlier table). */
  readonly unverified: readonly string[];
}

/**
 * USAID's 2011 CYP factors (the RESPOND table as published by MEASURE Evaluation): Copper-T 380A IUD 4.6,
 * LNG-IUS 3.3, implants 2.5 (3-year, Implanon), 3.2 (4-year, Sino-implant) and 3.8 (5-year, Jadelle); 15 pill
 * cycles, 120 condoms, 13 one-month (Cyclofem), 6 two-month (Noristerat) and 4 three-month (Depo-Provera)
 * injections per CYP; sterilisation 10 globally, 13 in India/Bangladesh/Nepal, 10.3 in other Asian
 * countries, 10.5 in Latin America and the Caribbean, 9.3 in Africa.
 *
 * @example
 * ```ts
 * cypFactors2011.perUnit.hormonalIud; // 3.3
 * ```
 */
export const cypFactors2011: CypFactorTable = {
  id: '2011',
  citation:
    'USAID / MEASURE Evaluation, Couple-Years of Protection (CYP) conversion factors, 2011 RESPOND table',
  perUnit: {
    copperIud: 4.6,
    hormonalIud: 3.3,
    implantThreeYear: 2.5,
    implantFourYear: 3.2,
    implantFiveYear: 3.8,
  },
  unitsPerCyp: {
    combinedPill: 15,
    condom: 120,
    injectableOneMonth: 13,
    injectableTwoMonth: 6,
    injectableThreeMonth: 4,
  },
  sterilisation: { global: 10, indiaBangladeshNepal: 13, otherAsia: 10.3, latinAmerica: 10.5, africa: 9.3 },
  unverified: ['perUnit.implantThreeYear', 'perUnit.implantFourYear', 'perUnit.implantFiveYear'],
};

/**
 * USAID's 2021/2022 CYP factors (USAID CYP page "Updated August 2021"; Data4Impact 2022; "Couple-Years of
 * Protection Indicator: New Global Guidance", GHSP 2024;12(2):e2300388): Copper-T IUD 4.6, LNG-IUS 4.8
 * (3.3 in 2011), implants 2.5 / 3.2 / 3.8; sterilisation 10 globally and 13 in India/Bangladesh/Nepal.
 * The regional sterilisation factors for other regions, the combined pill (15 cycles) and the injectable
 * factors are carried over from 2011 because the 2021 text could not be read in full (`unverified`).
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
    condom: 120,
    injectableOneMonth: 13,
    injectableTwoMonth: 6,
    injectableThreeMonth: 4,
  },
  sterilisation: { global: 10, indiaBangladeshNepal: 13, otherAsia: 10.3, latinAmerica: 10.5, africa: 9.3 },
  unverified: [
    'unitsPerCyp.combinedPill',
    'unitsPerCyp.injectableOneMonth',
    'unitsPerCyp.injectableTwoMonth',
    'unitsPerCyp.injectableThreeMonth',
    'sterilisation.otherAsia',
    'sterilisation.latinAmerica',
    'sterilisation.africa',
  ],
};
