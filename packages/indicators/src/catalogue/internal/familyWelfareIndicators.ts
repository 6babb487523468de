import { IBANGGA_VERIFIED_VARIABLES, type Label } from '@kampung-kb/model';
import type { IndicatorDefinition, IndicatorStandard } from '../../engine/indicatorDefinition.js';
import { F, familyIndicator, kebab, L } from './familyIndicator.js';
import { COUNT, percent, ratio } from './ratioIndicator.js';

const KS =
  'BKKBN, Tahapan Keluarga Sejahtera, 21-indicator version (6 + 8 + 5 + 2), as reproduced in fr.scribd.com/document/385261842 and id.scribd.com/document/351336873';
const KRS =
  'BKKBN criteria of Keluarga Berisiko Stunting from PK data, as reported by sulbar.tribunnews.com (2024-01-21) and penjuru.co.id; the exact decision rule is not published';
const IBANGGA =
  'BKKBN iBangga metadata (id.scribd.com/document/583102203/Ibangga-metadata): verified PK21 variables; the index formula is not published';

/** Keluarga Sejahtera stage shares, and the share of families whose stage cannot be placed. */
function ksIndicators(): IndicatorDefinition[] {
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
  return [
    ...stages.map(([code, id, en]) =>
      familyIndicator({
        id: `family-ks-${code.toLowerCase()}`,
        name: L(`Keluarga ${id}`, `Families at ${en}`),
        definition: L(
          `Keluarga pada tahap ${id} per keluarga yang tahapannya dapat ditentukan ×100.`,
          `Families at stage ${en} per family whose stage can be placed ×100.`,
        ),
        numerator: F(`ks.${code}`),
        denominator: placed,
        ...percent(2),
        standard: ks,
        tags: ['family-welfare', 'ks'],
      }),
    ),
    familyIndicator({
      id: 'family-ks-cannot-place',
      name: L(
        'Keluarga yang tahapan KS-nya tidak dapat ditentukan',
        'Families whose KS stage cannot be placed',
      ),
      definition: L(
        'Keluarga yang jawabannya tidak cukup untuk menentukan tahapan KS per keluarga dinilai ×100.',
        'Families whose answers do not decide a KS stage per family assessed ×100.',
      ),
      numerator: F('ks.cannotPlace'),
      denominator: F('ks.families'),
      ...percent(2),
      standard: ks,
      direction: 'lowerIsBetter',
      tags: ['family-welfare', 'ks', 'data-quality'],
    }),
  ];
}

/** Families at risk of stunting (KRS): their share and their count. */
function krsIndicators(): IndicatorDefinition[] {
  return [
    familyIndicator({
      id: 'family-krs-share',
      name: L('Keluarga berisiko stunting (KRS)', 'Families at risk of stunting (KRS)'),
      definition: L(
        'Keluarga sasaran berisiko stunting per keluarga sasaran yang risikonya dapat dinilai ×100 (aturan dapat diubah; bawaan: ≥ 1 faktor risiko).',
        'Target families at risk of stunting per target family whose risk can be decided ×100 (configurable rule; default: ≥ 1 risk factor).',
      ),
      numerator: F('krs.atRisk'),
      denominator: `${F('krs.targetFamilies')} - ${F('krs.cannotDecide')}`,
      ...percent(2),
      standard: { body: 'bkkbn', reference: 'Keluarga Berisiko Stunting', citation: KRS },
      direction: 'lowerIsBetter',
      tags: ['stunting', 'krs'],
    }),
    familyIndicator({
      id: 'family-krs-families',
      name: L('Jumlah keluarga berisiko stunting', 'Families at risk of stunting (count)'),
      definition: L('Keluarga sasaran berisiko stunting.', 'Target families at risk of stunting.'),
      numerator: F('krs.atRisk'),
      ...COUNT,
      standard: { body: 'bkkbn', reference: 'Keluarga Berisiko Stunting', citation: KRS },
      direction: 'lowerIsBetter',
      tags: ['stunting', 'krs'],
    }),
  ];
}

/** The verified iBangga variables, and the unverified mean score. */
function ibanggaIndicators(): IndicatorDefinition[] {
  const out: IndicatorDefinition[] = [];
  const ib: IndicatorStandard = {
    body: 'bkkbn',
    reference: 'iBangga (verified PK21 variables)',
    citation: IBANGGA,
  };
  for (const v of IBANGGA_VERIFIED_VARIABLES) {
    const label = FAMILY_IBANGGA_LABELS[v];
    out.push(
      familyIndicator({
        id: `family-ibangga-${kebab(v)}`,
        name: L(`iBangga: ${label.id}`, `iBangga: ${label.en}`),
        definition: L(
          `Keluarga yang memenuhi variabel iBangga "${label.id}" per keluarga yang jawabannya diketahui ×100.`,
          `Families meeting the iBangga variable "${label.en}" per family whose answer is known ×100.`,
        ),
        numerator: F(`ibangga.${v}.met`),
        denominator: F(`ibangga.${v}.known`),
        ...percent(2),
        standard: ib,
        direction: 'higherIsBetter',
        tags: ['family-welfare', 'ibangga'],
      }),
    );
  }
  out.push(
    familyIndicator({
      id: 'family-ibangga-index',
      name: L('Skor iBangga rata-rata (belum terverifikasi)', 'Mean iBangga score (unverified)'),
      definition: L(
        'Rata-rata skor keluarga 0–100 atas sembilan variabel iBangga yang terverifikasi, bobot sama; BKKBN memakai 17 variabel dengan rumus yang belum dipublikasikan, jadi angka ini BUKAN iBangga resmi.',
        'Mean family score 0–100 over the nine verified iBangga variables, equal weights; BKKBN uses 17 variables with an unpublished formula, so this is NOT the official iBangga.',
      ),
      numerator: F('ibangga.index.sum'),
      denominator: F('ibangga.index.families'),
      ...ratio(1, 2),
      standard: ib,
      direction: 'higherIsBetter',
      tags: ['family-welfare', 'ibangga', 'unverified'],
    }),
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

/**
 * The family welfare indicators of {@link familyIndicatorCatalogue}: Keluarga Sejahtera stages, families at
 * risk of stunting and iBangga.
 *
 * @example
 * ```ts
 * FAMILY_WELFARE_INDICATORS[0]?.id; // 'family-ks-pras'
 * ```
 */
export const FAMILY_WELFARE_INDICATORS: readonly IndicatorDefinition[] = [
  ...ksIndicators(),
  ...krsIndicators(),
  ...ibanggaIndicators(),
];
