import { type Static, Type } from '@sinclair/typebox';

const num = (description: string) => Type.Union([Type.Number(), Type.Null()], { description });

/**
 * One woman of a DHS individual (women's) recode, as the DHS Program names its variables, with the fields the
 * family-planning and fertility tables need. A value missing from the file is `null`; codes are kept as the
 * recode has them (e.g. `v215` 100–490, 993–996; `v605` 1–7; `v626a` 0–99), so the calculators can follow
 * the DHS Program's own code (`DHS-Indicators-Stata`, `FP_NEED.do`, `FE_RATES.do`) line by line.
 *
 * `birthsCmc` holds the century-month codes (CMC) of her live births from the birth history (`b3_01` …
 * `b3_20`), in any order. `caseId` is the recode's `caseid` (a survey's own id, not an NIK).
 *
 * @example
 * ```ts
 * const w: DhsWoman = { caseId: '1 1 2', v001: 1, v005: 1_000_000, v008: 1320, v011: 1000, v012: 26,
 *   v213: 0, v312: 3, v313: 3, v502: 1, v605: 5, birthsCmc: [1290], … };
 * ```
 */
export const DhsWoman = Type.Object(
  {
    caseId: Type.String({ minLength: 1, maxLength: 40 }),
    v001: num('Cluster number.'),
    v005: num("Women's sample weight, 6 implied decimals (weight = v005 / 1,000,000)."),
    v008: num('Date of interview (CMC).'),
    v011: num('Date of birth of the woman (CMC).'),
    v012: num('Age in completed years.'),
    v013: num('Age in five-year groups (1 = 15–19 … 7 = 45–49).'),
    v021: num('Primary sampling unit.'),
    v022: num('Sample stratum.'),
    v024: num('Region.'),
    v025: num('Residence (1 urban, 2 rural).'),
    v106: num('Highest level of education.'),
    v190: num('Wealth quintile.'),
    v201: num('Children ever born.'),
    v213: num('Currently pregnant (1 yes).'),
    v215: num('Time since last menstrual period (100–490 by unit; 993–996 special).'),
    v222: num('Months since last birth.'),
    v225: num('Current pregnancy wanted (1 then, 2 later, 3 not at all).'),
    v302a: num('Ever used any method (0 never).'),
    v312: num('Current contraceptive method (0 not using).'),
    v313: num('Current method by type (0 none, 1 folkloric, 2 traditional, 3 modern).'),
    v3a08d: num('Reason not using: menopausal or hysterectomy (1 yes).'),
    v501: num('Current marital status.'),
    v502: num('Currently, formerly or never in union (1 currently).'),
    v512: num('Years since first cohabitation.'),
    v525: num('Age at first sex (0 never had sex).'),
    v528: num('Days since last sex (95 = within the last four weeks).'),
    v605: num('Desire for more children (1 within 2 years … 5 no more, 6 sterilised, 7 declared infecund).'),
    v626a: num('Unmet need, revised definition, as the recode gives it (0–99).'),
    m6_1: num('Duration of postpartum amenorrhoea for the last birth (96 = period not returned).'),
    m10_1: num('Last birth wanted (1 then, 2 later, 3 not at all).'),
    awfactt: num('All-women factor, total (100 in all-women samples).'),
    birthsCmc: Type.Array(Type.Number(), {
      maxItems: 20,
      description: 'CMC of each live birth (b3_01 … b3_20).',
    }),
  },
  { $id: 'DhsWoman', additionalProperties: false },
);
/** @see {@link DhsWoman} */
export type DhsWoman = Static<typeof DhsWoman>;
