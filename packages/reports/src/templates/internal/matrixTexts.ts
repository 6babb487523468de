import type { Label, Lang } from '@kampung-kb/model';

/** Fixed texts of the intervention matrix ({@link interventionMatrix}), id and en. */
export const MATRIX_TEXT = {
  title: { id: 'Matriks intervensi instansi × kampung', en: 'Agency × kampung intervention matrix' },
  upTo: { id: 'Intervensi sampai akhir {month}', en: 'Interventions up to the end of {month}' },
  intro: {
    id: '{n} intervensi di {k} kampung oleh {a} instansi sampai akhir {month}: siapa (OPD/SKPD, mitra CSR, kelompok masyarakat) melakukan apa, di mana dan kapan, dengan keluaran dan belanjanya.',
    en: '{n} interventions in {k} kampung by {a} agencies up to the end of {month}: who (agencies, CSR partners, community groups) did what, where and when, with what they produced and spent.',
  },
  none: {
    id: 'Belum ada intervensi tercatat sampai akhir {month}.',
    en: 'No intervention recorded up to the end of {month}.',
  },
  matrixSection: { id: 'Intervensi per kampung dan instansi', en: 'Interventions by kampung and agency' },
  matrixCaption: {
    id: 'Jumlah intervensi per kampung dan instansi; intervensi bersama dihitung sekali untuk setiap instansinya',
    en: 'Interventions by kampung and agency; a joint intervention counts once for each of its agencies',
  },
  kampung: { id: 'Kampung', en: 'Kampung' },
  kecamatan: { id: 'Kecamatan', en: 'District (kecamatan)' },
  agency: { id: 'Instansi', en: 'Agency' },
  year: { id: 'Tahun', en: 'Year' },
  noAgency: { id: 'Tanpa instansi', en: 'No agency named' },
  joint: { id: 'Beberapa instansi (bersama)', en: 'Several agencies (joint)' },
  agencyTotal: { id: 'Jumlah keterlibatan instansi', en: 'Agency involvements' },
  interventions: { id: 'Intervensi', en: 'Interventions' },
  total: { id: 'Jumlah', en: 'Total' },
  outputsSection: { id: 'Keluaran dan belanja', en: 'Outputs and spend' },
  byKampung: { id: 'Keluaran dan belanja per kampung', en: 'Outputs and spend by kampung' },
  byAgency: { id: 'Keluaran dan belanja per instansi', en: 'Outputs and spend by agency' },
  byYear: { id: 'Keluaran dan belanja per tahun', en: 'Outputs and spend by year' },
  spend: { id: 'Belanja (Rp)', en: 'Spend (Rp)' },
  unrecordedSource: { id: 'Sumber tidak tercatat', en: 'Source not recorded' },
  listSection: { id: 'Daftar intervensi', en: 'List of interventions' },
  date: { id: 'Tanggal', en: 'Date' },
  activity: { id: 'Kegiatan', en: 'Activity' },
  agenciesPartner: { id: 'Instansi / mitra', en: 'Agencies / partner' },
  partner: { id: 'mitra', en: 'partner' },
  section: { id: 'Seksi', en: 'Section' },
  outputs: { id: 'Keluaran', en: 'Outputs' },
  chartsSection: { id: 'Grafik', en: 'Charts' },
  spendChart: { id: 'Belanja per tahun menurut sumber dana', en: 'Spend per year by funding source' },
  spendChartDesc: {
    id: 'Belanja intervensi per tahun, ditumpuk menurut sumber dana; jumlah seluruhnya Rp {total}.',
    en: 'Intervention spend per year, stacked by funding source; Rp {total} in all.',
  },
  agencyChart: { id: 'Intervensi per instansi', en: 'Interventions per agency' },
  agencyChartDesc: {
    id: 'Jumlah intervensi setiap instansi (intervensi bersama dihitung untuk setiap instansinya); terbanyak: {top}.',
    en: 'Interventions of each agency (a joint intervention counts for each of its agencies); most: {top}.',
  },
  rupiah: { id: 'Rupiah', en: 'Rupiah' },
  jointRule: {
    id: 'Intervensi bersama beberapa instansi dihitung sekali untuk setiap instansinya dalam matriks (maka "Jumlah keterlibatan instansi" dapat melebihi jumlah intervensi), tetapi keluaran dan belanjanya dicatat sekali saja pada baris "Beberapa instansi (bersama)" tabel per instansi, sehingga setiap jumlah keluaran dan belanja menghitungnya satu kali.',
    en: 'An intervention carried out by several agencies counts once for each of its agencies in the matrix (so "Agency involvements" can exceed the number of interventions), but its outputs and spend are recorded once, in the row "Several agencies (joint)" of the table by agency, so every total of outputs and spend counts it once.',
  },
  spendNote: {
    id: 'Belanja dalam rupiah penuh; "—" berarti tidak ada belanja tercatat. Keluaran: meter dengan desimal, yang lain bilangan bulat.',
    en: 'Spend in whole rupiah; "—" means no spend recorded. Outputs: metres with decimals, the others whole numbers.',
  },
  publicOutputs: {
    id: 'Laporan publik: keluaran yang menghitung orang atau rumah tangga (peserta, rumah direhab, jamban, sambungan air) dari 1 sampai {n} ditampilkan "×", begitu pula angka lain yang dapat dipakai untuk menghitungnya dari jumlah atau dari tabel lain (penekanan komplementer); daftar intervensi tidak menampilkan angka tersebut per kegiatan. Jumlah intervensi, rupiah, meter, bank sampah dan pelatihan ditampilkan.',
    en: 'Public report: outputs counting people or households (participants, houses renovated, toilets, water connections) from 1 to {n} are shown as "×", and so are other figures that would let one work them out from a total or another table (complementary suppression); the list of interventions does not show these figures per activity. Numbers of interventions, rupiah, metres, waste banks and trainings are shown.',
  },
} satisfies Record<string, Label>;

/** A text of {@link MATRIX_TEXT} in one language, `{name}` placeholders filled. */
export function mt(
  key: keyof typeof MATRIX_TEXT,
  lang: Lang,
  vars: Record<string, string | number> = {},
): string {
  return MATRIX_TEXT[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
