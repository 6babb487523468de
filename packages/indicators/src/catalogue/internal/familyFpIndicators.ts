import { contraceptiveMethods } from '@kampung-kb/model';
import type { IndicatorDefinition, IndicatorStandard } from '../../engine/indicatorDefinition.js';
import { DHS_CPR } from './citations.js';
import { F, familyIndicator, L } from './familyIndicator.js';
import { percent } from './ratioIndicator.js';

const DHS_NEED =
  'Bradley, Croft, Fishel & Westoff (2012), Revising Unmet Need for Family Planning, DHS Analytical Studies 25; github.com/DHSProgram/DHS-Indicators-Stata Chap07_FP/DHS8/FP_NEED.do';
const SDG_371 =
  'UN SDG indicator 3.7.1 metadata (unstats.un.org/sdgs/metadata/files/Metadata-03-07-01.pdf): NS_mod = CP_mod / (UMN + CP_any) × 100; DHS FP_NEED.do fp_demsat_mod';
const FP2020 =
  'FP2020 core indicators (Track20, track20.org; FP2020 progress reports): indicator 3, unmet need for modern methods = unmet need + traditional users';
const PORTAL =
  'kampungkb.bkkbn.go.id, classification SQL (github.com/willyprmn/Kampung-KB @b1229f7, database/sql/statistik/classification/kampung.sql): (IAT + TIAL) / PUS';

const UNMET = `${F('fp.need.unmetSpacing')} + ${F('fp.need.unmetLimiting')}`;
const MET = `${F('fp.need.metSpacing')} + ${F('fp.need.metLimiting')}`;
const DEMAND = `${UNMET} + ${MET}`;
const WOMEN = F('fp.women');

const dhs = (reference: string, citation = DHS_NEED): IndicatorStandard => ({
  body: 'dhs',
  reference,
  citation,
});

/** Contraceptive use among married women (and all women, from surveys), and the method mix. */
function familyUseIndicators(): IndicatorDefinition[] {
  return [
    familyIndicator({
      id: 'family-cpr',
      name: L('CPR (data keluarga)', 'CPR (family data)'),
      definition: L(
        'Perempuan kawin 15–49 yang memakai cara KB apa pun per perempuan kawin 15–49 ×100.',
        'Currently married women 15–49 using any method per currently married woman 15–49 ×100.',
      ),
      numerator: F('fp.usersAny'),
      denominator: WOMEN,
      ...percent(1),
      standard: dhs('DHS CPR (any method)', DHS_CPR),
      direction: 'higherIsBetter',
      tags: ['fp', 'cpr'],
    }),
    familyIndicator({
      id: 'family-mcpr',
      name: L('mCPR (data keluarga)', 'mCPR (family data)'),
      definition: L(
        'Perempuan kawin 15–49 yang memakai cara modern per perempuan kawin 15–49 ×100.',
        'Currently married women 15–49 using a modern method per currently married woman 15–49 ×100.',
      ),
      numerator: F('fp.usersModern'),
      denominator: WOMEN,
      ...percent(1),
      standard: dhs('DHS mCPR (v313 = 3), married women', DHS_CPR),
      direction: 'higherIsBetter',
      tags: ['fp', 'cpr'],
    }),
    familyIndicator({
      id: 'family-mcpr-all-women',
      name: L('mCPR semua perempuan (data survei)', 'mCPR, all women (survey data)'),
      definition: L(
        'Semua perempuan 15–49 yang memakai cara modern per perempuan 15–49 ×100 (hanya dari survei: PK21 hanya menanyai perempuan kawin).',
        'All women 15–49 using a modern method per woman 15–49 ×100 (surveys only: PK21 asks married women only).',
      ),
      numerator: F('fpAll.usersModern'),
      denominator: F('fpAll.women'),
      ...percent(1),
      standard: {
        body: 'fp2030',
        reference: 'FP2020/FP2030 core indicator 2 (mCPR, all women)',
        citation: `${FP2020}; ${DHS_CPR}`,
      },
      direction: 'higherIsBetter',
      tags: ['fp', 'cpr'],
    }),
    ...contraceptiveMethods.items.map((m) =>
      familyIndicator({
        id: `family-method-mix-${m.code}`,
        name: L(`Bauran metode (data keluarga): ${m.label.id}`, `Method mix (family data): ${m.label.en}`),
        definition: L(
          `Pemakai ${m.label.id} per pemakai cara apa pun (perempuan kawin 15–49) ×100. FP2020 menghitung bauran di antara pemakai cara modern; di sini penyebutnya semua pemakai.`,
          `Users of ${m.label.en} per user of any method (married women 15–49) ×100. FP2020 computes the mix among modern users; here the denominator is every user.`,
        ),
        numerator: F(`fp.users.${m.code}`),
        denominator: F('fp.usersAny'),
        ...percent(2),
        standard: {
          body: 'fp2030',
          reference: 'FP2020 core indicator 9 (method mix)',
          citation:
            'FP2020 core indicators (Track20, track20.org): Core Indicator 9, method mix; DHS FP_USE.do (v312)',
        },
        tags: ['fp', 'method-mix', m.code],
      }),
    ),
  ];
}

/** Unmet need: the DHS revised definition, its spacing and limiting parts, and the portal's IAT + TIAL. */
function familyUnmetNeedIndicators(): IndicatorDefinition[] {
  return [
    familyIndicator({
      id: 'family-unmet-need',
      name: L('Unmet need (DHS, data keluarga)', 'Unmet need (DHS, family data)'),
      definition: L(
        'Perempuan kawin 15–49 dengan unmet need menjarangkan atau membatasi (v626a 1–2, definisi revisi Bradley dkk. 2012) per perempuan kawin 15–49 ×100; yang datanya tidak lengkap tetap di penyebut.',
        'Currently married women 15–49 with unmet need for spacing or limiting (v626a 1–2, the revised definition of Bradley et al. 2012) per currently married woman 15–49 ×100; women with missing data stay in the denominator.',
      ),
      numerator: UNMET,
      denominator: WOMEN,
      ...percent(1),
      standard: dhs('DHS unmet need (revised), married women'),
      direction: 'lowerIsBetter',
      tags: ['fp', 'unmet-need'],
    }),
    familyIndicator({
      id: 'family-unmet-need-spacing',
      name: L('Unmet need menjarangkan (DHS)', 'Unmet need for spacing (DHS)'),
      definition: L(
        'Perempuan kawin 15–49 dengan v626a = 1 per perempuan kawin 15–49 ×100.',
        'Currently married women 15–49 with v626a = 1 per currently married woman 15–49 ×100.',
      ),
      numerator: F('fp.need.unmetSpacing'),
      denominator: WOMEN,
      ...percent(1),
      standard: dhs('DHS unmet need for spacing'),
      direction: 'lowerIsBetter',
      tags: ['fp', 'unmet-need'],
    }),
    familyIndicator({
      id: 'family-unmet-need-limiting',
      name: L('Unmet need membatasi (DHS)', 'Unmet need for limiting (DHS)'),
      definition: L(
        'Perempuan kawin 15–49 dengan v626a = 2 per perempuan kawin 15–49 ×100.',
        'Currently married women 15–49 with v626a = 2 per currently married woman 15–49 ×100.',
      ),
      numerator: F('fp.need.unmetLimiting'),
      denominator: WOMEN,
      ...percent(1),
      standard: dhs('DHS unmet need for limiting'),
      direction: 'lowerIsBetter',
      tags: ['fp', 'unmet-need'],
    }),
    familyIndicator({
      id: 'family-unmet-need-portal',
      name: L('Unmet need portal (IAT + TIAL, data keluarga)', 'Portal unmet need (IAT + TIAL, family data)'),
      definition: L(
        'Istri PUS bukan peserta KB yang ingin anak ditunda (IAT) atau tidak ingin anak lagi (TIAL) per istri PUS ×100, definisi portal Kampung KB, dihitung dari register.',
        'PUS wives not using contraception who want to delay (IAT) or want no more (TIAL) per PUS wife ×100, the Kampung KB portal’s definition, computed from the register.',
      ),
      numerator: `${F('fp.portal.iat')} + ${F('fp.portal.tial')}`,
      denominator: WOMEN,
      ...percent(2),
      standard: { body: 'bkkbn-portal', reference: 'Kampung KB output index: unmet need', citation: PORTAL },
      direction: 'lowerIsBetter',
      tags: ['fp', 'unmet-need', 'portal'],
    }),
  ];
}

/** Demand for family planning, demand satisfied (SDG 3.7.1) and unmet need for modern methods. */
function familyDemandIndicators(): IndicatorDefinition[] {
  return [
    familyIndicator({
      id: 'family-demand',
      name: L('Total permintaan KB (data keluarga)', 'Total demand for FP (family data)'),
      definition: L(
        'Perempuan kawin 15–49 dengan unmet need atau yang memakai KB (v626a 1–4) per perempuan kawin 15–49 ×100.',
        'Currently married women 15–49 with unmet need or using contraception (v626a 1–4) per currently married woman 15–49 ×100.',
      ),
      numerator: DEMAND,
      denominator: WOMEN,
      ...percent(1),
      standard: dhs('DHS total demand (fp_demand_tot)'),
      tags: ['fp', 'demand'],
    }),
    familyIndicator({
      id: 'family-demand-satisfied-modern',
      name: L(
        'Permintaan terpenuhi cara modern (mDS, SDG 3.7.1)',
        'Demand satisfied by modern methods (mDS, SDG 3.7.1)',
      ),
      definition: L(
        'Pemakai cara modern di antara perempuan kawin 15–49 yang punya permintaan KB (v626a 3–4 dan v313 = 3) per perempuan dengan permintaan (v626a 1–4) ×100.',
        'Modern-method users among currently married women 15–49 with a demand for FP (v626a 3–4 and v313 = 3) per woman with a demand (v626a 1–4) ×100.',
      ),
      numerator: F('fp.need.metModern'),
      denominator: DEMAND,
      ...percent(1),
      standard: { body: 'sdg', reference: 'SDG 3.7.1', citation: SDG_371 },
      direction: 'higherIsBetter',
      tags: ['fp', 'demand', 'sdg'],
    }),
    familyIndicator({
      id: 'family-demand-satisfied-any',
      name: L('Permintaan terpenuhi cara apa pun', 'Demand satisfied by any method'),
      definition: L(
        'Pemakai KB (v626a 3–4) per perempuan kawin 15–49 dengan permintaan KB (v626a 1–4) ×100.',
        'Users (v626a 3–4) per currently married woman 15–49 with a demand for FP (v626a 1–4) ×100.',
      ),
      numerator: MET,
      denominator: DEMAND,
      ...percent(1),
      standard: dhs('DHS demand satisfied (fp_demsat_any)'),
      direction: 'higherIsBetter',
      tags: ['fp', 'demand'],
    }),
    familyIndicator({
      id: 'family-unmet-need-modern',
      name: L('Unmet need cara modern (mUN)', 'Unmet need for modern methods (mUN)'),
      definition: L(
        'Perempuan kawin 15–49 dengan unmet need atau yang memakai cara tradisional (permintaan dikurangi pemakai modern) per perempuan kawin 15–49 ×100.',
        'Currently married women 15–49 with unmet need or using a traditional method (demand less modern users) per currently married woman 15–49 ×100.',
      ),
      numerator: `${DEMAND} - ${F('fp.need.metModern')}`,
      denominator: WOMEN,
      ...percent(1),
      standard: { body: 'fp2030', reference: 'FP2020 core indicator 3 (mUN)', citation: FP2020 },
      direction: 'lowerIsBetter',
      tags: ['fp', 'unmet-need'],
    }),
  ];
}

/**
 * The family-planning indicators of {@link familyIndicatorCatalogue}, among currently married women 15–49.
 *
 * @example
 * ```ts
 * FAMILY_FP_INDICATORS[0]?.id; // 'family-cpr'
 * ```
 */
export const FAMILY_FP_INDICATORS: readonly IndicatorDefinition[] = [
  ...familyUseIndicators(),
  ...familyUnmetNeedIndicators(),
  ...familyDemandIndicators(),
];
