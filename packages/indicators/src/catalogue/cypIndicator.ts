import type { IndicatorDefinition } from '../engine/indicatorDefinition.js';
import { type CypFactorTable, cypFactors2021, type SterilisationRegion } from './cypFactors.js';
import { ALL_LEVELS, ALL_PERIOD_TYPES } from './internal/scope.js';

/**
 * The choices a CYP indicator makes for Indonesian data, whose units do not say which product was used:
 *
 * - `table`: the factor version (default {@link cypFactors2021});
 * - `sterilisation`: the region of the MOW/MOP factor (default `otherAsia`, Indonesia's row: 10.3);
 * - `injectable`: what one `distributed.injectable` dose is. Default `threeMonth` (DMPA, "suntik 3 bulan",
 *   4 doses per CYP), the programme's usual injectable; `oneMonth` (Cyclofem, "suntik 1 bulan", 13 per CYP)
 *   or `twoMonth` (Noristerat, 6 per CYP) when a city records those;
 * - `implant`: the implant product. Default `threeYear` (2.5 CYP: Implanon and similar 3-year implants);
 *   `fourYear` (3.2) or `fiveYear` (3.8, Jadelle);
 * - `id`, `version`: to register several variants side by side.
 *
 * IUDs are taken as Copper-T 380A (4.6 per insertion), pills as combined oral contraceptive cycles (15 per
 * CYP), condoms as pieces (120 per CYP).
 *
 * @example
 * ```ts
 * const o: CypIndicatorOptions = { injectable: 'oneMonth', sterilisation: 'global' };
 * ```
 */
export interface CypIndicatorOptions {
  readonly table?: CypFactorTable;
  readonly sterilisation?: SterilisationRegion;
  readonly injectable?: 'oneMonth' | 'twoMonth' | 'threeMonth';
  readonly implant?: 'threeYear' | 'fourYear' | 'fiveYear';
  readonly id?: string;
  readonly version?: string;
}

const INJECTABLE = {
  oneMonth: { key: 'injectableOneMonth', id: 'suntik 1 bulan', en: '1-month injectable' },
  twoMonth: { key: 'injectableTwoMonth', id: 'suntik 2 bulan', en: '2-month injectable' },
  threeMonth: { key: 'injectableThreeMonth', id: 'suntik 3 bulan', en: '3-month injectable' },
} as const;

const IMPLANT = {
  threeYear: { key: 'implantThreeYear', id: '3 tahun', en: '3-year' },
  fourYear: { key: 'implantFourYear', id: '4 tahun', en: '4-year' },
  fiveYear: { key: 'implantFiveYear', id: '5 tahun', en: '5-year' },
} as const;

/**
 * A couple-years-of-protection indicator built from a factor table and explicit choices (see
 * {@link CypIndicatorOptions}): the numerator is `Σ monthly.distributed.<method> × factor`, with pills
 * (cycles), injectables (doses) and condoms (pieces) divided by their units per CYP, IUDs and implants
 * multiplied per insertion, MOW and MOP per procedure. Units a kampung did not report count as 0
 * (`missingAs: 'zero'`); a group with no units reported at all has no value. One decimal.
 *
 * @example
 * ```ts
 * const cyp = cypIndicator({ table: cypFactors2011, injectable: 'threeMonth' });
 * cyp.numerator;
 * // 'monthly.distributed.iud * 4.6 + monthly.distributed.implant * 2.5 + … + monthly.distributed.condom / 120'
 * ```
 */
export function cypIndicator(options: CypIndicatorOptions = {}): IndicatorDefinition {
  const table = options.table ?? cypFactors2021;
  const region = options.sterilisation ?? 'otherAsia';
  const inj = INJECTABLE[options.injectable ?? 'threeMonth'];
  const imp = IMPLANT[options.implant ?? 'threeYear'];
  const f = {
    iud: table.perUnit.copperIud,
    implant: table.perUnit[imp.key],
    sterilisation: table.sterilisation[region],
    injectable: table.unitsPerCyp[inj.key],
    pill: table.unitsPerCyp.combinedPill,
    condom: table.unitsPerCyp.condom,
  };
  const d = 'monthly.distributed';
  return {
    id: options.id ?? `cyp-${table.id}`,
    version: options.version ?? '1.0.0',
    name: {
      id: `Pasangan-tahun perlindungan (CYP, faktor USAID ${table.id})`,
      en: `Couple-years of protection (CYP, USAID ${table.id} factors)`,
    },
    definition: {
      id: `Jumlah alokon yang diberikan dikali faktor CYP USAID ${table.id}: IUD (Copper-T) ${f.iud} per pemasangan, implan ${imp.id} ${f.implant} per pemasangan, MOW/MOP ${f.sterilisation} per tindakan, ${inj.id} ${f.injectable} dosis per CYP, pil ${f.pill} siklus per CYP, kondom ${f.condom} buah per CYP. Metode yang tidak dilaporkan dihitung 0.`,
      en: `Units distributed times USAID ${table.id} CYP factors: IUD (Copper-T) ${f.iud} per insertion, ${imp.en} implant ${f.implant} per insertion, MOW/MOP ${f.sterilisation} per procedure, ${inj.en} ${f.injectable} doses per CYP, pills ${f.pill} cycles per CYP, condoms ${f.condom} pieces per CYP. Methods not reported count as 0.`,
    },
    numerator: [
      `${d}.iud * ${f.iud}`,
      `${d}.implant * ${f.implant}`,
      `(${d}.mow + ${d}.mop) * ${f.sterilisation}`,
      `${d}.injectable / ${f.injectable}`,
      `${d}.pill / ${f.pill}`,
      `${d}.condom / ${f.condom}`,
    ].join(' + '),
    factor: 1,
    decimals: 1,
    unit: 'cyp',
    standard: { body: 'usaid', reference: `USAID CYP ${table.id}`, citation: table.citation },
    regionLevels: ALL_LEVELS,
    periodTypes: ALL_PERIOD_TYPES,
    direction: 'higherIsBetter',
    missingAs: 'zero',
    tags: ['fp', 'cyp', `cyp-${table.id}`],
  };
}
