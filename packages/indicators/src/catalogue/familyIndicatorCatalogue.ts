import {
  contraceptiveMethods,
  FERTILITY_AGE_GROUPS,
  IBANGGA_VERIFIED_VARIABLES,
  type Label,
  SANITATION_RUNGS,
} from '@kampung-kb/model';
import type { IndicatorDefinition, IndicatorStandard, IndicatorUnit } from '../engine/indicatorDefinition.js';
import type { TargetDirection } from '../targets/target.js';
import { ALL_LEVELS, ALL_PERIOD_TYPES } from './internal/scope.js';

const DHS_CPR =
  'Guide to DHS Statistics, "Current Use of Contraceptive Methods" (dhsprogram.com/data/Guide-to-DHS-Statistics/Current_Use_of_Contraceptive_Methods.htm); github.com/DHSProgram/DHS-Indicators-Stata Chap07_FP/DHS8/FP_USE.do';
const DHS_NEED =
  'Bradley, Croft, Fishel & Westoff (2012), Revising Unmet Need for Family Planning, DHS Analytical Studies 25; github.com/DHSProgram/DHS-Indicators-Stata Chap07_FP/DHS8/FP_NEED.do';
const SDG_371 =
  'UN SDG indicator 3.7.1 metadata (unstats.un.org/sdgs/metadata/files/Metadata-03-07-01.pdf): NS_mod = CP_mod / (UMN + CP_any) × 100; DHS FP_NEED.do fp_demsat_mod';
const FP2020 =
  'FP2020 core indicators (Track20, track20.org; FP2020 progress reports): indicator 3, unmet need for modern methods = unmet need + traditional users';
const PORTAL =
  'kampungkb.bkkbn.go.id, classification SQL (github.com/willyprmn/Kampung-KB @b1229f7, database/sql/statistik/classification/kampung.sql): (IAT + TIAL) / PUS';
const DHS_FERT =
  'Guide to DHS Statistics, "Current Fertility" (dhsprogram.com/data/Guide-to-DHS-Statistics/Current_Fertility.htm); github.com/DHSProgram/DHS-Indicators-Stata Chap05_FE/DHS8/FE_RATES.do';
const SDG_372 =
  'UN SDG indicator 3.7.2 metadata (unstats.un.org/sdgs/metadata/files/Metadata-03-07-02.pdf); github.com/DHSProgram/DHS-Indicators-Stata Chap05_FE/DHS8/FE_ASFR_10_14.do (Lexis weights)';
const KS =
  'BKKBN, Tahapan Keluarga Sejahtera, 21-indicator version (6 + 8 + 5 + 2), as reproduced in fr.scribd.com/document/385261842 and id.scribd.com/document/351336873';
const KRS =
  'BKKBN criteria of Keluarga Berisiko Stunting from PK data, as reported by sulbar.tribunnews.com (2024-01-21) and penjuru.co.id; the exact decision rule is not published';
const IBANGGA =
  'BKKBN iBangga metadata (id.scribd.com/document/583102203/Ibangga-metadata): verified PK21 variables; the index formula is not published';
const JMP =
  'WHO/UNICEF JMP sanitation service ladder; UN SDG indicator 6.2.1a metadata (unstats.un.org/sdgs/metadata/files/Metadata-06-02-01a.pdf); github.com/DHSProgram/DHS-Indicators-Stata Chap02_PH/DHS8/PH_SANI.do';
const SDG_1111 =
  'UN SDG indicator 11.1.1 metadata (unstats.un.org/sdgs/metadata/files/Metadata-11-01-01.pdf): the five household deprivations of the UN-Habitat / UNSD / Cities Alliance expert group meeting (2002)';

const F = (key: string) => `family.${key}`;
const UNMET = `${F('fp.need.unmetSpacing')} + ${F('fp.need.unmetLimiting')}`;
const MET = `${F('fp.need.metSpacing')} + ${F('fp.need.metLimiting')}`;
const DEMAND = `${UNMET} + ${MET}`;
const WOMEN = F('fp.women');
const REGISTER_NOTE = {
  id: 'Dihitung dari register keluarga (PK21) atau data survei per perempuan (tally keluarga).',
  en: 'Computed from the family register (PK21) or survey microdata per woman (family tallies).',
};

function ind(
  id: string,
  name: Label,
  definition: Label,
  numerator: string,
  denominator: string | undefined,
  factor: number,
  decimals: number,
  unit: IndicatorUnit,
  standard: IndicatorStandard,
  tags: readonly string[],
  direction?: TargetDirection,
): IndicatorDefinition {
  return {
    id,
    version: '1.0.0',
    name,
    definition: {
      id: `${definition.id} ${REGISTER_NOTE.id}`,
      en: `${definition.en} ${REGISTER_NOTE.en}`,
    },
    numerator,
    ...(denominator === undefined ? {} : { denominator }),
    factor,
    decimals,
    unit,
    standard,
    regionLevels: ALL_LEVELS,
    periodTypes: ALL_PERIOD_TYPES,
    ...(direction === undefined ? {} : { direction }),
    tags: ['family', ...tags],
  };
}

const L = (id: string, en: string): Label => ({ id, en });

function fpIndicators(): IndicatorDefinition[] {
  const dhs = (reference: string, citation = DHS_NEED): IndicatorStandard => ({
    body: 'dhs',
    reference,
    citation,
  });
  return [
    ind(
      'family-cpr',
      L('CPR (data keluarga)', 'CPR (family data)'),
      L(
        'Perempuan kawin 15–49 yang memakai cara KB apa pun per perempuan kawin 15–49 ×100.',
        'Currently married women 15–49 using any method per currently married woman 15–49 ×100.',
      ),
      F('fp.usersAny'),
      WOMEN,
      100,
      1,
      'percent',
      dhs('DHS CPR (any method)', DHS_CPR),
      ['fp', 'cpr'],
      'higherIsBetter',
    ),
    ind(
      'family-mcpr',
      L('mCPR (data keluarga)', 'mCPR (family data)'),
      L(
        'Perempuan kawin 15–49 yang memakai cara modern per perempuan kawin 15–49 ×100.',
        'Currently married women 15–49 using a modern method per currently married woman 15–49 ×100.',
      ),
      F('fp.usersModern'),
      WOMEN,
      100,
      1,
      'percent',
      dhs('DHS mCPR (v313 = 3), married women', DHS_CPR),
      ['fp', 'cpr'],
      'higherIsBetter',
    ),
    ind(
      'family-mcpr-all-women',
      L('mCPR semua perempuan (data survei)', 'mCPR, all women (survey data)'),
      L(
        'Semua perempuan 15–49 yang memakai cara modern per perempuan 15–49 ×100 (hanya dari survei: PK21 hanya menanyai perempuan kawin).',
        'All women 15–49 using a modern method per woman 15–49 ×100 (surveys only: PK21 asks married women only).',
      ),
      F('fpAll.usersModern'),
      F('fpAll.women'),
      100,
      1,
      'percent',
      {
        body: 'fp2030',
        reference: 'FP2020/FP2030 core indicator 2 (mCPR, all women)',
        citation: `${FP2020}; ${DHS_CPR}`,
      },
      ['fp', 'cpr'],
      'higherIsBetter',
    ),
    ...contraceptiveMethods.items.map((m) =>
      ind(
        `family-method-mix-${m.code}`,
        L(`Bauran metode (data keluarga): ${m.label.id}`, `Method mix (family data): ${m.label.en}`),
        L(
          `Pemakai ${m.label.id} per pemakai cara apa pun (perempuan kawin 15–49) ×100. FP2020 menghitung bauran di antara pemakai cara modern; di sini penyebutnya semua pemakai.`,
          `Users of ${m.label.en} per user of any method (married women 15–49) ×100. FP2020 computes the mix among modern users; here the denominator is every user.`,
        ),
        F(`fp.users.${m.code}`),
        F('fp.usersAny'),
        100,
        2,
        'percent',
        {
          body: 'fp2030',
          reference: 'FP2020 core indicator 9 (method mix)',
          citation:
            'FP2020 core indicators (Track20, track20.org): Core Indicator 9, method mix; DHS FP_USE.do (v312)',
        },
        ['fp', 'method-mix', m.code],
      ),
    ),
    ind(
      'family-unmet-need',
      L('Unmet need (DHS, data keluarga)', 'Unmet need (DHS, family data)'),
      L(
        'Perempuan kawin 15–49 dengan unmet need menjarangkan atau membatasi (v626a 1–2, definisi revisi Bradley dkk. 2012) per perempuan kawin 15–49 ×100; yang datanya tidak lengkap tetap di penyebut.',
        'Currently married women 15–49 with unmet need for spacing or limiting (v626a 1–2, the revised definition of Bradley et al. 2012) per currently married woman 15–49 ×100; women with missing data stay in the denominator.',
      ),
      UNMET,
      WOMEN,
      100,
      1,
      'percent',
      dhs('DHS unmet need (revised), married women'),
      ['fp', 'unmet-need'],
      'lowerIsBetter',
    ),
    ind(
      'family-unmet-need-spacing',
      L('Unmet need menjarangkan (DHS)', 'Unmet need for spacing (DHS)'),
      L(
        'Perempuan kawin 15–49 dengan v626a = 1 per perempuan kawin 15–49 ×100.',
        'Currently married women 15–49 with v626a = 1 per currently married woman 15–49 ×100.',
      ),
      F('fp.need.unmetSpacing'),
      WOMEN,
      100,
      1,
      'percent',
      dhs('DHS unmet need for spacing'),
      ['fp', 'unmet-need'],
      'lowerIsBetter',
    ),
    ind(
      'family-unmet-need-limiting',
      L('Unmet need membatasi (DHS)', 'Unmet need for limiting (DHS)'),
      L(
        'Perempuan kawin 15–49 dengan v626a = 2 per perempuan kawin 15–49 ×100.',
        'Currently married women 15–49 with v626a = 2 per currently married woman 15–49 ×100.',
      ),
      F('fp.need.unmetLimiting'),
      WOMEN,
      100,
      1,
      'percent',
      dhs('DHS unmet need for limiting'),
      ['fp', 'unmet-need'],
      'lowerIsBetter',
    ),
    ind(
      'family-unmet-need-portal',
      L('Unmet need portal (IAT + TIAL, data keluarga)', 'Portal unmet need (IAT + TIAL, family data)'),
      L(
        'Istri PUS bukan peserta KB yang ingin anak ditunda (IAT) atau tidak ingin anak lagi (TIAL) per istri PUS ×100, definisi portal Kampung KB, dihitung dari register.',
        'PUS wives not using contraception who want to delay (IAT) or want no more (TIAL) per PUS wife ×100, the Kampung KB portal’s definition, computed from the register.',
      ),
      `${F('fp.portal.iat')} + ${F('fp.portal.tial')}`,
      WOMEN,
      100,
      2,
      'percent',
      { body: 'bkkbn-portal', reference: 'Kampung KB output index: unmet need', citation: PORTAL },
      ['fp', 'unmet-need', 'portal'],
      'lowerIsBetter',
    ),
    ind(
      'family-demand',
      L('Total permintaan KB (data keluarga)', 'Total demand for FP (family data)'),
      L(
        'Perempuan kawin 15–49 dengan unmet need atau yang memakai KB (v626a 1–4) per perempuan kawin 15–49 ×100.',
        'Currently married women 15–49 with unmet need or using contraception (v626a 1–4) per currently married woman 15–49 ×100.',
      ),
      DEMAND,
      WOMEN,
      100,
      1,
      'percent',
      dhs('DHS total demand (fp_demand_tot)'),
      ['fp', 'demand'],
    ),
    ind(
      'family-demand-satisfied-modern',
      L(
        'Permintaan terpenuhi cara modern (mDS, SDG 3.7.1)',
        'Demand satisfied by modern methods (mDS, SDG 3.7.1)',
      ),
      L(
        'Pemakai cara modern di antara perempuan kawin 15–49 yang punya permintaan KB (v626a 3–4 dan v313 = 3) per perempuan dengan permintaan (v626a 1–4) ×100.',
        'Modern-method users among currently married women 15–49 with a demand for FP (v626a 3–4 and v313 = 3) per woman with a demand (v626a 1–4) ×100.',
      ),
      F('fp.need.metModern'),
      DEMAND,
      100,
      1,
      'percent',
      { body: 'sdg', reference: 'SDG 3.7.1', citation: SDG_371 },
      ['fp', 'demand', 'sdg'],
      'higherIsBetter',
    ),
    ind(
      'family-demand-satisfied-any',
      L('Permintaan terpenuhi cara apa pun', 'Demand satisfied by any method'),
      L(
        'Pemakai KB (v626a 3–4) per perempuan kawin 15–49 dengan permintaan KB (v626a 1–4) ×100.',
        'Users (v626a 3–4) per currently married woman 15–49 with a demand for FP (v626a 1–4) ×100.',
      ),
      MET,
      DEMAND,
      100,
      1,
      'percent',
      dhs('DHS demand satisfied (fp_demsat_any)'),
      ['fp', 'demand'],
      'higherIsBetter',
    ),
    ind(
      'family-unmet-need-modern',
      L('Unmet need cara modern (mUN)', 'Unmet need for modern methods (mUN)'),
      L(
        'Perempuan kawin 15–49 dengan unmet need atau yang memakai cara tradisional (permintaan dikurangi pemakai modern) per perempuan kawin 15–49 ×100.',
        'Currently married women 15–49 with unmet need or using a traditional method (demand less modern users) per currently married woman 15–49 ×100.',
      ),
      `${DEMAND} - ${F('fp.need.metModern')}`,
      WOMEN,
      100,
      1,
      'percent',
      { body: 'fp2030', reference: 'FP2020 core indicator 3 (mUN)', citation: FP2020 },
      ['fp', 'unmet-need'],
      'lowerIsBetter',
    ),
  ];
}

function fertilityIndicators(): IndicatorDefinition[] {
  const rated = FERTILITY_AGE_GROUPS.filter((g) => g.from >= 15);
  const asfr = (code: string) => `${F(`fert.births.${code}`)} / ${F(`fert.exposure.${code}`)}`;
  const dhs: IndicatorStandard = {
    body: 'dhs',
    reference: 'DHS ASFR/TFR/GFR (3-year window)',
    citation: DHS_FERT,
  };
  return [
    ...rated.map((g) =>
      ind(
        `family-asfr-${g.from}-${g.to}`,
        L(`ASFR ${g.from}–${g.to}`, `ASFR ${g.from}–${g.to}`),
        L(
          `Kelahiran dari ibu umur ${g.from}–${g.to} dalam 3 tahun sebelum bulan data per 1.000 tahun-perempuan umur ${g.from}–${g.to} pada periode itu.`,
          `Births to mothers aged ${g.from}–${g.to} in the 3 years before the data month per 1,000 woman-years lived at ${g.from}–${g.to} in that period.`,
        ),
        F(`fert.births.${g.code}`),
        F(`fert.exposure.${g.code}`),
        1000,
        0,
        'ratio',
        dhs,
        ['fertility', 'asfr'],
      ),
    ),
    ind(
      'family-tfr',
      L('Angka kelahiran total (TFR)', 'Total fertility rate (TFR)'),
      L(
        '5 × jumlah ASFR tujuh kelompok umur 15–49 (per perempuan), jendela 3 tahun.',
        '5 × the sum of the seven ASFRs of ages 15–49 (per woman), 3-year window.',
      ),
      `5 * (${rated.map((g) => asfr(g.code)).join(' + ')})`,
      undefined,
      1,
      2,
      'ratio',
      dhs,
      ['fertility', 'tfr'],
      'lowerIsBetter',
    ),
    ind(
      'family-gfr',
      L('Angka kelahiran umum (GFR)', 'General fertility rate (GFR)'),
      L(
        'Semua kelahiran dalam 3 tahun per 1.000 tahun-perempuan umur 15–44 (kelahiran pada umur 10–14 ikut dihitung, seperti FE_RATES.do).',
        'All births in the 3 years per 1,000 woman-years at ages 15–44 (births at 10–14 included, as FE_RATES.do does).',
      ),
      FERTILITY_AGE_GROUPS.map((g) => F(`fert.births.${g.code}`)).join(' + '),
      FERTILITY_AGE_GROUPS.filter((g) => g.from >= 15 && g.to <= 44)
        .map((g) => F(`fert.exposure.${g.code}`))
        .join(' + '),
      1000,
      0,
      'ratio',
      dhs,
      ['fertility'],
    ),
    ind(
      'family-abr-15-19',
      L('Angka kelahiran remaja 15–19 (SDG 3.7.2)', 'Adolescent birth rate 15–19 (SDG 3.7.2)'),
      L(
        'Kelahiran dari perempuan 15–19 per 1.000 tahun-perempuan umur 15–19, jendela 3 tahun.',
        'Births to women 15–19 per 1,000 woman-years at 15–19, 3-year window.',
      ),
      F('fert.births.a15to19'),
      F('fert.exposure.a15to19'),
      1000,
      1,
      'ratio',
      { body: 'sdg', reference: 'SDG 3.7.2 (15–19)', citation: SDG_372 },
      ['fertility', 'sdg'],
      'lowerIsBetter',
    ),
    ind(
      'family-abr-10-14',
      L('Angka kelahiran remaja 10–14 (SDG 3.7.2)', 'Adolescent birth rate 10–14 (SDG 3.7.2)'),
      L(
        'Kelahiran umur 10–14 per 1.000 tahun-perempuan umur 10–14 dari perempuan 15–17, umur tunggal 12–14 dengan bobot Lexis 6/1, 6/3, 6/5.',
        'Births at ages 10–14 per 1,000 woman-years at 10–14 from women 15–17, single ages 12–14 with Lexis weights 6/1, 6/3, 6/5.',
      ),
      F('fert.abr10to14.births'),
      F('fert.abr10to14.exposure'),
      1000,
      1,
      'ratio',
      { body: 'sdg', reference: 'SDG 3.7.2 (10–14)', citation: SDG_372 },
      ['fertility', 'sdg'],
      'lowerIsBetter',
    ),
  ];
}

function familyLevelIndicators(): IndicatorDefinition[] {
  const stages: [string, string, string][] = [
    ['praS', 'Pra Sejahtera', 'Pre-prosperous (Pra-S)'],
    ['ks1', 'KS I', 'KS I'],
    ['ks2', 'KS II', 'KS II'],
    ['ks3', 'KS III', 'KS III'],
    ['ks3plus', 'KS III Plus', 'KS III Plus'],
  ];
  const placed = `${F('ks.families')} - ${F('ks.cannotPlace')}`;
  const ks: IndicatorStandard = {
    body: 'bkkbn',
    reference: 'Tahapan Keluarga Sejahtera (21 indikator)',
    citation: KS,
  };
  const out: IndicatorDefinition[] = stages.map(([code, id, en]) =>
    ind(
      `family-ks-${code.toLowerCase()}`,
      L(`Keluarga ${id}`, `Families at ${en}`),
      L(
        `Keluarga pada tahap ${id} per keluarga yang tahapannya dapat ditentukan ×100.`,
        `Families at stage ${en} per family whose stage can be placed ×100.`,
      ),
      F(`ks.${code}`),
      placed,
      100,
      2,
      'percent',
      ks,
      ['family-welfare', 'ks'],
    ),
  );
  out.push(
    ind(
      'family-ks-cannot-place',
      L('Keluarga yang tahapan KS-nya tidak dapat ditentukan', 'Families whose KS stage cannot be placed'),
      L(
        'Keluarga yang jawabannya tidak cukup untuk menentukan tahapan KS per keluarga dinilai ×100.',
        'Families whose answers do not decide a KS stage per family assessed ×100.',
      ),
      F('ks.cannotPlace'),
      F('ks.families'),
      100,
      2,
      'percent',
      ks,
      ['family-welfare', 'ks', 'data-quality'],
      'lowerIsBetter',
    ),
    ind(
      'family-krs-share',
      L('Keluarga berisiko stunting (KRS)', 'Families at risk of stunting (KRS)'),
      L(
        'Keluarga sasaran berisiko stunting per keluarga sasaran yang risikonya dapat dinilai ×100 (aturan dapat diubah; bawaan: ≥ 1 faktor risiko).',
        'Target families at risk of stunting per target family whose risk can be decided ×100 (configurable rule; default: ≥ 1 risk factor).',
      ),
      F('krs.atRisk'),
      `${F('krs.targetFamilies')} - ${F('krs.cannotDecide')}`,
      100,
      2,
      'percent',
      { body: 'bkkbn', reference: 'Keluarga Berisiko Stunting', citation: KRS },
      ['stunting', 'krs'],
      'lowerIsBetter',
    ),
    ind(
      'family-krs-families',
      L('Jumlah keluarga berisiko stunting', 'Families at risk of stunting (count)'),
      L('Keluarga sasaran berisiko stunting.', 'Target families at risk of stunting.'),
      F('krs.atRisk'),
      undefined,
      1,
      0,
      'count',
      { body: 'bkkbn', reference: 'Keluarga Berisiko Stunting', citation: KRS },
      ['stunting', 'krs'],
      'lowerIsBetter',
    ),
  );
  const ib: IndicatorStandard = {
    body: 'bkkbn',
    reference: 'iBangga (verified PK21 variables)',
    citation: IBANGGA,
  };
  for (const v of IBANGGA_VERIFIED_VARIABLES) {
    const label = FAMILY_IBANGGA_LABELS[v];
    out.push(
      ind(
        `family-ibangga-${kebab(v)}`,
        L(`iBangga: ${label.id}`, `iBangga: ${label.en}`),
        L(
          `Keluarga yang memenuhi variabel iBangga "${label.id}" per keluarga yang jawabannya diketahui ×100.`,
          `Families meeting the iBangga variable "${label.en}" per family whose answer is known ×100.`,
        ),
        F(`ibangga.${v}.met`),
        F(`ibangga.${v}.known`),
        100,
        2,
        'percent',
        ib,
        ['family-welfare', 'ibangga'],
        'higherIsBetter',
      ),
    );
  }
  out.push(
    ind(
      'family-ibangga-index',
      L('Skor iBangga rata-rata (belum terverifikasi)', 'Mean iBangga score (unverified)'),
      L(
        'Rata-rata skor keluarga 0–100 atas sembilan variabel iBangga yang terverifikasi, bobot sama; BKKBN memakai 17 variabel dengan rumus yang belum dipublikasikan, jadi angka ini BUKAN iBangga resmi.',
        'Mean family score 0–100 over the nine verified iBangga variables, equal weights; BKKBN uses 17 variables with an unpublished formula, so this is NOT the official iBangga.',
      ),
      F('ibangga.index.sum'),
      F('ibangga.index.families'),
      1,
      2,
      'ratio',
      ib,
      ['family-welfare', 'ibangga', 'unverified'],
      'higherIsBetter',
    ),
  );
  const jmp: IndicatorStandard = {
    body: 'sdg',
    reference: 'SDG 6.2.1a (JMP sanitation ladder)',
    citation: JMP,
  };
  const rungLabel: Record<string, [string, string]> = {
    safelyManaged: ['dikelola aman', 'safely managed'],
    basic: ['dasar', 'basic'],
    limited: ['terbatas', 'limited'],
    unimproved: ['tidak layak', 'unimproved'],
    openDefecation: ['BAB sembarangan', 'open defecation'],
  };
  for (const r of SANITATION_RUNGS) {
    if (r === 'unknown') continue;
    const [id, en] = rungLabel[r] as [string, string];
    const better: TargetDirection =
      r === 'safelyManaged' || r === 'basic' ? 'higherIsBetter' : 'lowerIsBetter';
    out.push(
      ind(
        `family-sanitation-${kebab(r)}`,
        L(`Sanitasi ${id} (keluarga)`, `Sanitation ${en} (households)`),
        L(
          `Keluarga dengan sanitasi ${id} per keluarga yang tangga sanitasinya dapat ditentukan ×100.`,
          `Households with ${en} sanitation per household whose rung can be placed ×100.`,
        ),
        F(`san.${r}`),
        `${F('san.households')} - ${F('san.unknown')}`,
        100,
        1,
        'percent',
        jmp,
        ['sanitation', 'sdg'],
        better,
      ),
      ind(
        `family-sanitation-population-${kebab(r)}`,
        L(`Penduduk dengan sanitasi ${id}`, `Population with ${en} sanitation`),
        L(
          `Anggota keluarga dengan sanitasi ${id} per anggota keluarga yang tangga sanitasinya dapat ditentukan ×100.`,
          `Members of families with ${en} sanitation per member of a family whose rung can be placed ×100.`,
        ),
        F(`san.persons.${r}`),
        `${F('san.persons.total')} - ${F('san.persons.unknown')}`,
        100,
        1,
        'percent',
        jmp,
        ['sanitation', 'sdg'],
        better,
      ),
    );
  }
  const slum: IndicatorStandard = { body: 'sdg', reference: 'SDG 11.1.1', citation: SDG_1111 };
  out.push(
    ind(
      'family-slum-population-share',
      L('Penduduk di rumah tangga kumuh (SDG 11.1.1)', 'Population in slum households (SDG 11.1.1)'),
      L(
        'Anggota keluarga yang rumah tangganya punya ≥ 1 dari 5 deprivasi (air, sanitasi, kepadatan, ketahanan bangunan, jaminan bermukim) per anggota keluarga yang dapat dinilai ×100.',
        'Members of families whose household has ≥ 1 of the 5 deprivations (water, sanitation, crowding, durability, tenure) per member of a family that can be assessed ×100.',
      ),
      F('slum.personsDeprived'),
      `${F('slum.persons')} - ${F('slum.personsUnknown')}`,
      100,
      1,
      'percent',
      slum,
      ['housing', 'sdg'],
      'lowerIsBetter',
    ),
    ind(
      'family-slum-household-share',
      L('Rumah tangga kumuh', 'Slum households'),
      L(
        'Keluarga dengan ≥ 1 deprivasi hunian per keluarga yang dapat dinilai ×100.',
        'Households with ≥ 1 housing deprivation per household that can be assessed ×100.',
      ),
      F('slum.deprived'),
      `${F('slum.households')} - ${F('slum.unknown')}`,
      100,
      1,
      'percent',
      slum,
      ['housing', 'sdg'],
      'lowerIsBetter',
    ),
  );
  return out;
}

const FAMILY_IBANGGA_LABELS: Readonly<Record<(typeof IBANGGA_VERIFIED_VARIABLES)[number], Label>> = {
  worship: L('ibadah (P.01)', 'worship (P.01)'),
  marriageCertificate: L('buku/akta nikah (P.02)', 'marriage certificate (P.02)'),
  birthCertificates: L('anak punya akta lahir (K.09)', 'children have birth certificates (K.09)'),
  jkn: L('semua anggota ber-JKN (K.15)', 'every member has JKN (K.15)'),
  noConflict: L('tidak ada konflik (P.03)', 'no conflict (P.03)'),
  headNotDivorced: L('kepala keluarga tidak cerai hidup', 'head not divorced'),
  incomeSource: L('punya sumber penghasilan (P.04)', 'has an income source (P.04)'),
  diverseFood: L('makanan beragam (P.05)', 'diverse food (P.05)'),
  livableHouse: L('rumah layak huni (P.19–P.26)', 'livable house (P.19–P.26)'),
};

function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * The family indicators (ids prefixed `family-`), computed from `FamilyTally` records (family register or
 * survey microdata) through the data elements `family.<key>`, at every level and period like any indicator:
 * family planning among currently married women (`family-cpr`, `family-mcpr`, `family-mcpr-all-women`,
 * `family-method-mix-<method>`, the DHS revised unmet need `family-unmet-need` with `-spacing` and
 * `-limiting`, the portal's `family-unmet-need-portal`, `family-demand`, `family-demand-satisfied-modern`
 * (SDG 3.7.1), `family-demand-satisfied-any`, `family-unmet-need-modern`), fertility (`family-asfr-<age>`,
 * `family-tfr`, `family-gfr`, `family-abr-15-19`, `family-abr-10-14`), Keluarga Sejahtera stage shares
 * (`family-ks-<stage>`, `family-ks-cannot-place`), stunting-risk families (`family-krs-share`,
 * `family-krs-families`), the verified iBangga variables and the unverified index (`family-ibangga-*`), the
 * JMP sanitation ladder for households and population (`family-sanitation-*`) and SDG 11.1.1
 * (`family-slum-population-share`, `family-slum-household-share`). Shares leave out of the denominator the
 * families the answers cannot place, and say so.
 *
 * @example
 * ```ts
 * familyIndicatorCatalogue.find((d) => d.id === 'family-unmet-need')?.numerator;
 * // 'family.fp.need.unmetSpacing + family.fp.need.unmetLimiting'
 * ```
 */
export const familyIndicatorCatalogue: readonly IndicatorDefinition[] = [
  ...fpIndicators(),
  ...fertilityIndicators(),
  ...familyLevelIndicators(),
];
