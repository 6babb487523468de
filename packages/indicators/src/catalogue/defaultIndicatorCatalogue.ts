import { POKTAN_TARGETS, type PoktanCode } from '@kampung-kb/model';
import type { IndicatorDefinition } from '../engine/indicatorDefinition.js';
import { cypFactors2011 } from './cypFactors.js';
import { cypIndicator } from './cypIndicator.js';
import { familyIndicatorCatalogue } from './familyIndicatorCatalogue.js';
import { BKKBN_PB, DHS_CPR } from './internal/citations.js';
import { FP_ANALYST_INDICATORS } from './internal/fpAnalystIndicators.js';
import { COUNT, percent, ratio, ratioIndicator } from './internal/ratioIndicator.js';

const PORTAL =
  'kampungkb.bkkbn.go.id, classification SQL (github.com/willyprmn/Kampung-KB @b1229f7, database/sql/statistik/classification/kampung.sql)';
const PROPOSAL =
  'SDK proposal record (model Proposal); the portal’s Proses pillar (github.com/willyprmn/Kampung-KB @b1229f7, database/sql/statistik/classification/kampung.sql)';

const BUDGET = 'SDK budget record (model Budget); portal funding sources (SumberDanaSeeder)';

const POKTAN_CODES = Object.keys(POKTAN_TARGETS) as PoktanCode[];
const poktanPart = (p: PoktanCode): string => {
  const t = `population.${POKTAN_TARGETS[p]}`;
  return `if(${t} == 0, 0, monthly.poktanParticipants.${p} / ${t})`;
};

/** Family-planning indicators (CPR, mCPR, MKJP, unmet need, method mix, flows, CYP, JKN). */
const FP: readonly IndicatorDefinition[] = [
  ratioIndicator({
    id: 'cpr-all',
    name: { id: 'CPR semua cara', en: 'CPR, all methods' },
    definition: {
      id: 'Peserta KB aktif semua cara (7 metode portal, ditambah MAL dan cara tradisional bila dilaporkan) per PUS ×100. PUS (pasangan usia subur, istri 15–49) menggantikan perempuan berstatus kawin dalam definisi DHS.',
      en: 'Active users of any method (the 7 portal methods, plus MAL and traditional methods when reported) per PUS ×100. PUS (married couples, wife 15–49) stands in for currently married women of the DHS definition.',
    },
    numerator: 'sum(monthly.users[*])',
    denominator: 'population.pus',
    ...percent(1),
    standard: { body: 'dhs', reference: 'DHS CPR (any method)', citation: DHS_CPR },
    direction: 'higherIsBetter',
    tags: ['fp', 'cpr'],
  }),
  ratioIndicator({
    id: 'mcpr',
    name: { id: 'CPR cara modern (mCPR)', en: 'Modern CPR (mCPR)' },
    definition: {
      id: 'Peserta KB aktif cara modern (IUD, MOW, MOP, implan, suntik, pil, kondom, MAL) per PUS ×100; cara tradisional tidak dihitung.',
      en: 'Active users of modern methods (IUD, MOW, MOP, implant, injectable, pill, condom, MAL) per PUS ×100; traditional methods are not counted.',
    },
    numerator: 'sum(monthly.users[modern])',
    denominator: 'population.pus',
    ...percent(1),
    standard: {
      body: 'fp2030',
      reference: 'mCPR among married women (PUS); FP2020 core indicator 2 is mCPR among all women',
      citation: `${DHS_CPR} (modern: v313 == 3); UN SDG indicator 3.7.1 metadata (modern method list, unstats.un.org/sdgs/metadata)`,
    },
    direction: 'higherIsBetter',
    tags: ['fp', 'cpr'],
  }),
  ratioIndicator({
    id: 'cpr-portal',
    name: { id: 'CPR portal (7 metode)', en: 'Portal CPR (7 methods)' },
    definition: {
      id: 'Peserta KB aktif tujuh metode portal (IUD, MOW, MOP, implan, suntik, pil, kondom) per PUS ×100, seperti portal Kampung KB; MAL dan cara tradisional tidak dihitung.',
      en: 'Active users of the portal’s seven methods (IUD, MOW, MOP, implant, injectable, pill, condom) per PUS ×100, as the Kampung KB portal computes it; MAL and traditional methods are not counted.',
    },
    numerator: 'sum(monthly.users[portal])',
    denominator: 'population.pus',
    ...percent(2),
    standard: { body: 'bkkbn-portal', reference: 'Kampung KB output index: CPR', citation: PORTAL },
    direction: 'higherIsBetter',
    tags: ['fp', 'cpr', 'portal'],
  }),
  ratioIndicator({
    id: 'mkjp-share',
    name: { id: 'Kesertaan MKJP', en: 'MKJP share of users' },
    definition: {
      id: 'Peserta MKJP (metode kontrasepsi jangka panjang: IUD, MOW, MOP, implan) per peserta KB aktif tujuh metode portal ×100.',
      en: 'Users of MKJP (long-acting and permanent methods: IUD, MOW, MOP, implant) per active user of the portal’s seven methods ×100.',
    },
    numerator: 'sum(monthly.users[mkjp])',
    denominator: 'sum(monthly.users[portal])',
    ...percent(2),
    standard: { body: 'bkkbn-portal', reference: 'Kampung KB output index: MKJP', citation: PORTAL },
    direction: 'higherIsBetter',
    tags: ['fp', 'mkjp', 'portal'],
  }),
  ratioIndicator({
    id: 'unmet-need',
    name: { id: 'Unmet need (IAT + TIAL)', en: 'Unmet need (IAT + TIAL)' },
    definition: {
      id: 'PUS bukan peserta KB yang ingin anak ditunda (IAT) atau tidak ingin anak lagi (TIAL) per PUS ×100, definisi portal (bukan definisi survei Bradley dkk. 2012).',
      en: 'PUS not using contraception who want to delay (IAT) or want no more children (TIAL) per PUS ×100, the portal’s definition (not the survey definition of Bradley et al. 2012).',
    },
    numerator: 'sum(monthly.nonUsers[unmet])',
    denominator: 'population.pus',
    ...percent(2),
    standard: { body: 'bkkbn-portal', reference: 'Kampung KB output index: unmet need', citation: PORTAL },
    direction: 'lowerIsBetter',
    tags: ['fp', 'unmet-need', 'portal'],
  }),
  ratioIndicator({
    id: 'method-mix',
    forEach: 'contraceptiveMethods',
    name: { id: 'Bauran metode: {label}', en: 'Method mix: {label}' },
    definition: {
      id: 'Peserta KB aktif {name} per seluruh peserta KB aktif (semua cara yang dilaporkan) ×100. FP2020 menghitung bauran di antara pengguna cara modern; di sini penyebutnya semua peserta.',
      en: 'Active users of {name} per active user of any reported method ×100. FP2020 computes the mix among modern users; here the denominator is every user.',
    },
    numerator: 'monthly.users.{code}',
    denominator: 'sum(monthly.users[*])',
    ...percent(2),
    standard: {
      body: 'fp2030',
      reference: 'FP2020 core indicator 9 (method mix)',
      citation: 'FP2020 core indicators (Track20, track20.org): Core Indicator 9, method mix',
    },
    tags: ['fp', 'method-mix', '{code}'],
  }),
  ratioIndicator({
    id: 'new-acceptors',
    name: { id: 'Peserta KB baru', en: 'New contraceptive acceptors' },
    definition: {
      id: 'Jumlah peserta KB baru semua cara dalam periode (arus: dijumlah per bulan dan per kampung).',
      en: 'New acceptors of any method during the period (a flow: summed over months and kampung).',
    },
    numerator: 'sum(monthly.newAcceptors[*])',
    ...COUNT,
    standard: {
      body: 'bkkbn',
      reference: 'Peserta KB baru (PB)',
      citation: BKKBN_PB,
    },
    direction: 'higherIsBetter',
    tags: ['fp', 'flow'],
  }),
  ratioIndicator({
    id: 'dropout-rate',
    name: { id: 'Angka drop-out peserta KB', en: 'Contraceptive drop-out rate' },
    definition: {
      id: 'Peserta KB drop-out dalam periode per (peserta KB aktif di awal periode + peserta KB baru dalam periode) ×100. Drop-out menurut BKKBN: akseptor yang berhenti lebih dari 3 bulan. Peserta di awal periode = nilai akhir periode sebelumnya (prev). Penyebut ini (semua yang bisa drop-out selama periode) adalah pilihan SDK; BKKBN hanya mendefinisikan siapa yang drop-out.',
      en: 'Drop-outs during the period per (active users at the start of the period + new acceptors during the period) ×100. A drop-out, per BKKBN, is an acceptor who stops for more than 3 months. Users at the start = the stock at the end of the previous period (prev). This denominator (everyone who could drop out during the period) is the SDK’s choice; BKKBN defines only who is a drop-out.',
    },
    numerator: 'sum(monthly.dropouts[*])',
    denominator: 'sum(prev(monthly.users[*])) + sum(monthly.newAcceptors[*])',
    ...percent(2),
    standard: {
      body: 'bkkbn',
      reference: 'Peserta KB drop-out (BKKBN 2007)',
      citation: 'BKKBN (2007), quoted in text-id.123dok.com/document/lzggjmvzo',
    },
    direction: 'lowerIsBetter',
    tags: ['fp', 'flow', 'dropout'],
  }),
  ratioIndicator({
    id: 'jkn-coverage',
    name: { id: 'Cakupan JKN/BPJS', en: 'JKN/BPJS coverage' },
    definition: {
      id: 'Pemegang kartu JKN/BPJS Kesehatan per jumlah penduduk ×100.',
      en: 'JKN/BPJS national health insurance holders per resident ×100.',
    },
    numerator: 'monthly.jknHolders',
    denominator: 'population.total',
    ...percent(2),
    standard: {
      body: 'bkkbn-portal',
      reference: 'Portal field pengguna_bpjs',
      citation: `${PORTAL}; portal invariant pengguna_bpjs ≤ jumlah jiwa (CreateRequest.php)`,
    },
    direction: 'higherIsBetter',
    tags: ['health', 'jkn'],
  }),
  { ...cypIndicator(), id: 'cyp', tags: ['fp', 'cyp', 'cyp-2021'] },
  cypIndicator({ table: cypFactors2011 }),
];

/** Poktan participation against each target, and their mean. */
const POKTAN: readonly IndicatorDefinition[] = [
  ratioIndicator({
    id: 'poktan-participation',
    forEach: 'poktan',
    name: { id: 'Partisipasi {label}', en: '{label} participation' },
    definition: {
      id: 'Peserta {name} per {targetLabel} ×100.',
      en: '{name} participants per {targetLabel} ×100.',
    },
    numerator: 'monthly.poktanParticipants.{code}',
    denominator: 'population.{target}',
    ...percent(2),
    standard: { body: 'bkkbn-portal', reference: 'Kampung KB output index: poktan', citation: PORTAL },
    direction: 'higherIsBetter',
    tags: ['poktan', '{code}', 'portal'],
  }),
  ratioIndicator({
    id: 'poktan-participation-mean',
    name: { id: 'Partisipasi poktan (rata-rata 5 poktan)', en: 'Poktan participation (mean of 5)' },
    definition: {
      id: 'Rata-rata partisipasi BKB, BKR, BKL, UPPKA dan PIK-R (masing-masing peserta per sasarannya ×100), seperti portal: poktan yang sasarannya 0 dihitung 0 % dan rata-rata selalu dibagi 5; tidak ada nilai bila kelima sasaran 0.',
      en: 'Mean participation of BKB, BKR, BKL, UPPKA and PIK-R (each participants per target ×100), as the portal computes it: a poktan whose target is 0 counts as 0 % and the mean always divides by 5; no value when all five targets are 0.',
    },
    numerator: POKTAN_CODES.map(poktanPart).join(' + '),
    denominator: `if(${POKTAN_CODES.map((p) => `population.${POKTAN_TARGETS[p]}`).join(' + ')} == 0, 0, 5)`,
    ...percent(2),
    standard: { body: 'bkkbn-portal', reference: 'Kampung KB output index: poktan', citation: PORTAL },
    direction: 'higherIsBetter',
    tags: ['poktan', 'portal'],
  }),
];

/** Population and families. */
const POPULATION: readonly IndicatorDefinition[] = [
  ratioIndicator({
    id: 'population',
    name: { id: 'Jumlah penduduk', en: 'Population' },
    definition: {
      id: 'Jumlah penduduk semua kelompok umur, laki-laki dan perempuan, dari potret kependudukan yang berlaku.',
      en: 'Residents of every age band, male and female, from the population snapshot in force.',
    },
    numerator: 'population.total',
    ...COUNT,
    standard: { body: 'bkkbn-portal', reference: 'Jumlah jiwa', citation: PORTAL },
    tags: ['population'],
  }),
  ratioIndicator({
    id: 'families',
    name: { id: 'Jumlah keluarga', en: 'Families' },
    definition: {
      id: 'Jumlah keluarga dari potret kependudukan yang berlaku.',
      en: 'Families, from the population snapshot in force.',
    },
    numerator: 'population.families',
    ...COUNT,
    standard: { body: 'bkkbn-portal', reference: 'Jumlah KK', citation: PORTAL },
    tags: ['population'],
  }),
  ratioIndicator({
    id: 'pus-share-of-families',
    name: { id: 'PUS per keluarga', en: 'PUS per family' },
    definition: {
      id: 'PUS per jumlah keluarga ×100: PUS dibagi keluarga, bukan persentase keluarga yang punya PUS (sebuah keluarga bisa memuat lebih dari satu PUS).',
      en: 'PUS per family ×100: PUS divided by families, not the share of families that have a PUS (a family can hold more than one PUS).',
    },
    numerator: 'population.pus',
    denominator: 'population.families',
    ...percent(2),
    standard: {
      body: 'city',
      reference: 'PUS / keluarga',
      citation:
        'SDK definition over the portal’s PUS and family counts (github.com/willyprmn/Kampung-KB @b1229f7, new_penduduk_keluarga)',
    },
    tags: ['population'],
  }),
  ratioIndicator({
    id: 'sex-ratio',
    name: { id: 'Rasio jenis kelamin', en: 'Sex ratio' },
    definition: {
      id: 'Penduduk laki-laki per 100 penduduk perempuan.',
      en: 'Males per 100 females.',
    },
    numerator: 'sum(population.male[*])',
    denominator: 'sum(population.female[*])',
    ...ratio(100, 1),
    standard: {
      body: 'bps',
      reference: 'Rasio jenis kelamin (BPS)',
      citation: 'BPS, Konsep dan Definisi: rasio jenis kelamin = laki-laki / perempuan × 100',
    },
    tags: ['population'],
  }),
  ratioIndicator({
    id: 'dependency-ratio',
    name: { id: 'Rasio ketergantungan', en: 'Dependency ratio' },
    definition: {
      id: 'Penduduk umur 0–14 dan 65 tahun ke atas per 100 penduduk umur 15–64.',
      en: 'Residents aged 0–14 and 65+ per 100 residents aged 15–64.',
    },
    numerator:
      'sum(population.male[children]) + sum(population.female[children]) + sum(population.male[elderly]) + sum(population.female[elderly])',
    denominator: 'sum(population.male[workingAge]) + sum(population.female[workingAge])',
    ...ratio(100, 1),
    standard: {
      body: 'bps',
      reference: 'Rasio ketergantungan (BPS)',
      citation: 'BPS, Konsep dan Definisi: rasio ketergantungan = (0–14 + 65+) / (15–64) × 100',
    },
    direction: 'lowerIsBetter',
    tags: ['population'],
  }),
];

/** Cross-sector work: agencies, interventions, proposals, budgets. */
const CROSS_SECTOR: readonly IndicatorDefinition[] = [
  ratioIndicator({
    id: 'distinct-agencies',
    name: { id: 'Instansi yang melakukan intervensi', en: 'Agencies intervening' },
    definition: {
      id: 'Jumlah instansi berbeda yang tercatat pada intervensi dalam periode; instansi yang bekerja di beberapa kampung suatu wilayah dihitung sekali. Termasuk OPD KB dan Perwakilan BKKBN (skor lintas sektor klasifikasi mengecualikan keduanya).',
      en: 'Distinct agencies named on the interventions of the period; an agency working in several kampung of a region counts once. The KB office and the BKKBN representative office are included (the classification’s cross-sector score leaves them out).',
    },
    numerator: 'distinctAgencies',
    ...COUNT,
    standard: {
      body: 'bkkbn-portal',
      reference: 'Kampung KB process index: lintas sektor',
      citation: PORTAL,
    },
    direction: 'higherIsBetter',
    tags: ['cross-sector'],
  }),
  ratioIndicator({
    id: 'interventions',
    name: { id: 'Jumlah intervensi', en: 'Interventions' },
    definition: {
      id: 'Jumlah kegiatan intervensi yang bertanggal dalam periode.',
      en: 'Interventions dated within the period.',
    },
    numerator: 'interventions',
    ...COUNT,
    standard: { body: 'bkkbn-portal', reference: 'Intervensi', citation: PORTAL },
    direction: 'higherIsBetter',
    tags: ['cross-sector'],
  }),
  ratioIndicator({
    id: 'interventions-by-section',
    forEach: 'pokjaSections',
    name: { id: 'Intervensi seksi {name}', en: 'Interventions, section {name}' },
    definition: {
      id: 'Jumlah intervensi seksi Pokja {name} yang bertanggal dalam periode.',
      en: 'Interventions of the Pokja section {name} dated within the period.',
    },
    numerator: 'interventionsBySection.{code}',
    ...COUNT,
    standard: { body: 'bkkbn-portal', reference: 'Kategori intervensi (seksi Pokja)', citation: PORTAL },
    tags: ['cross-sector', '{code}'],
  }),
  ratioIndicator({
    id: 'proposals-raised',
    name: { id: 'Usulan warga yang masuk', en: 'Community proposals raised' },
    definition: {
      id: 'Jumlah usulan warga yang diajukan dalam periode.',
      en: 'Community proposals raised during the period.',
    },
    numerator: 'proposalsRaised',
    ...COUNT,
    standard: {
      body: 'city',
      reference: 'Usulan warga',
      citation: PROPOSAL,
    },
    tags: ['cross-sector', 'proposals'],
  }),
  ratioIndicator({
    id: 'proposals-addressed',
    name: { id: 'Usulan warga yang ditindaklanjuti', en: 'Community proposals addressed' },
    definition: {
      id: 'Jumlah usulan berstatus ditindaklanjuti yang tanggal tindak lanjutnya dalam periode.',
      en: 'Proposals with status addressed whose addressing date falls in the period.',
    },
    numerator: 'proposalsAddressed',
    ...COUNT,
    standard: {
      body: 'city',
      reference: 'Usulan warga',
      citation: PROPOSAL,
    },
    direction: 'higherIsBetter',
    tags: ['cross-sector', 'proposals'],
  }),
  ratioIndicator({
    id: 'proposals-addressed-share',
    name: { id: 'Persentase usulan yang ditindaklanjuti', en: 'Proposals addressed (%)' },
    definition: {
      id: 'Usulan yang ditindaklanjuti dalam periode per usulan yang masuk dalam periode ×100. Keduanya arus periode yang sama, jadi usulan lama yang ditindaklanjuti sekarang ikut dihitung dan nilainya bisa lebih dari 100.',
      en: 'Proposals addressed during the period per proposal raised during the period ×100. Both are flows of the same period, so older proposals addressed now count too and the value can exceed 100.',
    },
    numerator: 'proposalsAddressed',
    denominator: 'proposalsRaised',
    ...percent(2),
    standard: {
      body: 'city',
      reference: 'Usulan warga',
      citation: PROPOSAL,
    },
    direction: 'higherIsBetter',
    tags: ['cross-sector', 'proposals'],
  }),
  ratioIndicator({
    id: 'budget',
    name: { id: 'Anggaran Kampung KB', en: 'Kampung KB budget' },
    definition: {
      id: 'Jumlah rupiah semua baris anggaran tahun itu, dari semua sumber dana (hanya periode tahunan).',
      en: 'Rupiah of every budget line of the year, all funding sources (year periods only).',
    },
    numerator: 'budget.amount',
    factor: 1,
    decimals: 0,
    unit: 'rupiah',
    standard: {
      body: 'city',
      reference: 'Sumber dana',
      citation: BUDGET,
    },
    periodTypes: ['year'],
    tags: ['budget'],
  }),
  ratioIndicator({
    id: 'budget-by-source',
    forEach: 'fundingSources',
    name: { id: 'Anggaran dari {label}', en: 'Budget from {label}' },
    definition: {
      id: 'Jumlah rupiah baris anggaran tahun itu dari {name} (hanya periode tahunan).',
      en: 'Rupiah of the year’s budget lines from {name} (year periods only).',
    },
    numerator: 'budget.bySource.{code}',
    factor: 1,
    decimals: 0,
    unit: 'rupiah',
    standard: {
      body: 'city',
      reference: 'Sumber dana',
      citation: BUDGET,
    },
    periodTypes: ['year'],
    tags: ['budget', '{code}'],
  }),
  ratioIndicator({
    id: 'budget-per-family',
    name: { id: 'Anggaran per keluarga', en: 'Budget per family' },
    definition: {
      id: 'Anggaran tahun itu (semua sumber) dalam rupiah per keluarga, dibulatkan ke rupiah.',
      en: 'The year’s budget (all sources) in rupiah per family, rounded to the rupiah.',
    },
    numerator: 'budget.amount',
    denominator: 'population.families',
    factor: 1,
    decimals: 0,
    unit: 'perFamily',
    standard: {
      body: 'city',
      reference: 'Anggaran / keluarga',
      citation: 'SDK definition over the budget record and the portal’s family count',
    },
    periodTypes: ['year'],
    direction: 'higherIsBetter',
    tags: ['budget'],
  }),
];

/**
 * The default indicator catalogue, as data (templates unexpanded; {@link expandIndicators} or the engine
 * expands them): family planning (`cpr-all`, `mcpr`, `cpr-portal`, `mkjp-share`, `unmet-need`,
 * `method-mix.<method>`, `new-acceptors`, `dropout-rate`, `jkn-coverage`, `cyp` with the 2021 USAID factors
 * and `cyp-2011`; then `demand-total`, `demand-satisfied-modern`, `demand-satisfied-any`, `unmet-need-modern`,
 * `new-acceptors-by-method.<method>`, `mkjp-share-new-acceptors`, `dropout-rate-by-method.<method>`), poktan (`poktan-participation.<poktan>`, `poktan-participation-mean`), population
 * (`population`, `families`, `pus-share-of-families`, `sex-ratio`, `dependency-ratio`) and cross-sector
 * work (`distinct-agencies`, `interventions`, `interventions-by-section.<section>`, `proposals-raised`,
 * `proposals-addressed`, `proposals-addressed-share`, `budget`, `budget-by-source.<source>`,
 * `budget-per-family`), and the family indicators of {@link familyIndicatorCatalogue} (`family-*`). Each has
 * a bilingual definition, its standard and citation.
 *
 * @example
 * ```ts
 * defaultIndicatorCatalogue.find((d) => d.id === 'cpr-portal')?.numerator; // 'sum(monthly.users[portal])'
 * expandIndicators(defaultIndicatorCatalogue).length; // 136
 * ```
 */
export const defaultIndicatorCatalogue: readonly IndicatorDefinition[] = [
  ...FP,
  ...FP_ANALYST_INDICATORS,
  ...POKTAN,
  ...POPULATION,
  ...CROSS_SECTOR,
  ...familyIndicatorCatalogue,
];
