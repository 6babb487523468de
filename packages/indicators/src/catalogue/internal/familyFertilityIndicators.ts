import { FERTILITY_AGE_GROUPS } from '@kampung-kb/model';
import type { IndicatorDefinition, IndicatorStandard } from '../../engine/indicatorDefinition.js';
import { F, familyIndicator, L } from './familyIndicator.js';
import { ratio } from './ratioIndicator.js';

const DHS_FERT =
  'Guide to DHS Statistics, "Current Fertility" (dhsprogram.com/data/Guide-to-DHS-Statistics/Current_Fertility.htm); github.com/DHSProgram/DHS-Indicators-Stata Chap05_FE/DHS8/FE_RATES.do';
const SDG_372 =
  'UN SDG indicator 3.7.2 metadata (unstats.un.org/sdgs/metadata/files/Metadata-03-07-02.pdf); github.com/DHSProgram/DHS-Indicators-Stata Chap05_FE/DHS8/FE_ASFR_10_14.do (Lexis weights)';

const rated = FERTILITY_AGE_GROUPS.filter((g) => g.from >= 15);
const asfr = (code: string) => `${F(`fert.births.${code}`)} / ${F(`fert.exposure.${code}`)}`;
const dhs: IndicatorStandard = {
  body: 'dhs',
  reference: 'DHS ASFR/TFR/GFR (3-year window)',
  citation: DHS_FERT,
};

/** Age-specific, total and general fertility rates over the 3 years before the data month. */
function fertilityRateIndicators(): IndicatorDefinition[] {
  return [
    ...rated.map((g) =>
      familyIndicator({
        id: `family-asfr-${g.from}-${g.to}`,
        name: L(`ASFR ${g.from}–${g.to}`, `ASFR ${g.from}–${g.to}`),
        definition: L(
          `Kelahiran dari ibu umur ${g.from}–${g.to} dalam 3 tahun sebelum bulan data per 1.000 tahun-perempuan umur ${g.from}–${g.to} pada periode itu.`,
          `Births to mothers aged ${g.from}–${g.to} in the 3 years before the data month per 1,000 woman-years lived at ${g.from}–${g.to} in that period.`,
        ),
        numerator: F(`fert.births.${g.code}`),
        denominator: F(`fert.exposure.${g.code}`),
        ...ratio(1000, 0),
        standard: dhs,
        tags: ['fertility', 'asfr'],
      }),
    ),
    familyIndicator({
      id: 'family-tfr',
      name: L('Angka kelahiran total (TFR)', 'Total fertility rate (TFR)'),
      definition: L(
        '5 × jumlah ASFR tujuh kelompok umur 15–49 (per perempuan), jendela 3 tahun.',
        '5 × the sum of the seven ASFRs of ages 15–49 (per woman), 3-year window.',
      ),
      numerator: `5 * (${rated.map((g) => asfr(g.code)).join(' + ')})`,
      ...ratio(1, 2),
      standard: dhs,
      direction: 'lowerIsBetter',
      tags: ['fertility', 'tfr'],
    }),
    familyIndicator({
      id: 'family-gfr',
      name: L('Angka kelahiran umum (GFR)', 'General fertility rate (GFR)'),
      definition: L(
        'Semua kelahiran dalam 3 tahun per 1.000 tahun-perempuan umur 15–44 (kelahiran pada umur 10–14 ikut dihitung, seperti FE_RATES.do).',
        'All births in the 3 years per 1,000 woman-years at ages 15–44 (births at 10–14 included, as FE_RATES.do does).',
      ),
      numerator: FERTILITY_AGE_GROUPS.map((g) => F(`fert.births.${g.code}`)).join(' + '),
      denominator: FERTILITY_AGE_GROUPS.filter((g) => g.from >= 15 && g.to <= 44)
        .map((g) => F(`fert.exposure.${g.code}`))
        .join(' + '),
      ...ratio(1000, 0),
      standard: dhs,
      tags: ['fertility'],
    }),
  ];
}

/** Adolescent birth rates 15–19 and 10–14 (SDG 3.7.2). */
function adolescentBirthRateIndicators(): IndicatorDefinition[] {
  return [
    familyIndicator({
      id: 'family-abr-15-19',
      name: L('Angka kelahiran remaja 15–19 (SDG 3.7.2)', 'Adolescent birth rate 15–19 (SDG 3.7.2)'),
      definition: L(
        'Kelahiran dari perempuan 15–19 per 1.000 tahun-perempuan umur 15–19, jendela 3 tahun.',
        'Births to women 15–19 per 1,000 woman-years at 15–19, 3-year window.',
      ),
      numerator: F('fert.births.a15to19'),
      denominator: F('fert.exposure.a15to19'),
      ...ratio(1000, 1),
      standard: { body: 'sdg', reference: 'SDG 3.7.2 (15–19)', citation: SDG_372 },
      direction: 'lowerIsBetter',
      tags: ['fertility', 'sdg'],
    }),
    familyIndicator({
      id: 'family-abr-10-14',
      name: L('Angka kelahiran remaja 10–14 (SDG 3.7.2)', 'Adolescent birth rate 10–14 (SDG 3.7.2)'),
      definition: L(
        'Kelahiran umur 10–14 per 1.000 tahun-perempuan umur 10–14 dari perempuan 15–17, umur tunggal 12–14 dengan bobot Lexis 6/1, 6/3, 6/5.',
        'Births at ages 10–14 per 1,000 woman-years at 10–14 from women 15–17, single ages 12–14 with Lexis weights 6/1, 6/3, 6/5.',
      ),
      numerator: F('fert.abr10to14.births'),
      denominator: F('fert.abr10to14.exposure'),
      ...ratio(1000, 1),
      standard: { body: 'sdg', reference: 'SDG 3.7.2 (10–14)', citation: SDG_372 },
      direction: 'lowerIsBetter',
      tags: ['fertility', 'sdg'],
    }),
  ];
}

/**
 * The fertility indicators of {@link familyIndicatorCatalogue} (DHS ASFR, TFR, GFR; SDG 3.7.2).
 *
 * @example
 * ```ts
 * FAMILY_FERTILITY_INDICATORS.some((d) => d.id === 'family-tfr'); // true
 * ```
 */
export const FAMILY_FERTILITY_INDICATORS: readonly IndicatorDefinition[] = [
  ...fertilityRateIndicators(),
  ...adolescentBirthRateIndicators(),
];
