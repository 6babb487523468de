import type { Label, Lang } from '@kampung-kb/model';

/** Fixed texts of the report templates. */
export const T = {
  monthlyTitle: { id: 'Laporan bulanan Kampung KB', en: 'Kampung KB monthly report' },
  recapTitle: { id: 'Rekapitulasi Kampung KB', en: 'Kampung KB city recap' },
  synthetic: {
    id: 'DATA SINTETIS: angka dalam laporan ini dibuat untuk contoh, bukan data resmi.',
    en: 'SYNTHETIC DATA: the figures in this report were generated for illustration and are not official data.',
  },
  location: { id: 'Lokasi', en: 'Location' },
  kelurahan: { id: 'Kelurahan/desa', en: 'Village (kelurahan/desa)' },
  kecamatan: { id: 'Kecamatan', en: 'District (kecamatan)' },
  designated: { id: 'Tanggal pencanangan', en: 'Designated on' },
  keyIndicators: { id: 'Indikator utama', en: 'Key indicators' },
  indicator: { id: 'Indikator', en: 'Indicator' },
  value: { id: 'Nilai', en: 'Value' },
  numerator: { id: 'Pembilang', en: 'Numerator' },
  denominator: { id: 'Penyebut', en: 'Denominator' },
  previous: { id: 'Bulan lalu', en: 'Previous month' },
  previousOf: { id: 'Bulan lalu ({month})', en: 'Previous month ({month})' },
  note: { id: 'Keterangan', en: 'Note' },
  users: { id: 'Peserta KB aktif menurut metode', en: 'Active contraceptive users by method' },
  method: { id: 'Metode', en: 'Method' },
  count: { id: 'Jumlah', en: 'Count' },
  share: { id: 'Proporsi', en: 'Share' },
  nonUsers: { id: 'PUS bukan peserta KB menurut alasan', en: 'PUS not using contraception, by reason' },
  reason: { id: 'Alasan', en: 'Reason' },
  poktan: { id: 'Partisipasi poktan', en: 'Poktan participation' },
  participants: { id: 'Peserta', en: 'Participants' },
  target: { id: 'Sasaran', en: 'Target' },
  classification: { id: 'Klasifikasi Kampung KB', en: 'Kampung KB classification' },
  level: { id: 'Tingkat', en: 'Level' },
  index: { id: 'Indeks', en: 'Index' },
  subIndicator: { id: 'Sub-indikator', en: 'Sub-indicator' },
  score: { id: 'Skor', en: 'Score' },
  why: { id: 'Penjelasan', en: 'Explanation' },
  interventions: { id: 'Intervensi bulan ini', en: 'Interventions this month' },
  noInterventions: {
    id: 'Tidak ada intervensi tercatat bulan ini.',
    en: 'No intervention recorded this month.',
  },
  date: { id: 'Tanggal', en: 'Date' },
  title: { id: 'Kegiatan', en: 'Activity' },
  section: { id: 'Seksi', en: 'Section' },
  agencies: { id: 'Instansi', en: 'Agencies' },
  dataQuality: { id: 'Kualitas data', en: 'Data quality' },
  noIssues: {
    id: 'Tidak ada masalah data untuk kampung dan bulan ini.',
    en: 'No data issue for this kampung and month.',
  },
  noMonthly: {
    id: 'Laporan bulanan kampung ini untuk {month} belum ada: CPR, MKJP, unmet need dan partisipasi poktan tidak dapat dihitung.',
    en: 'This kampung has no monthly report for {month}: CPR, MKJP share, unmet need and poktan participation cannot be computed.',
  },
  error: { id: 'Galat', en: 'Error' },
  warning: { id: 'Peringatan', en: 'Warning' },
  info: { id: 'Info', en: 'Info' },
  missing: { id: 'Data tidak ada', en: 'No data' },
  zeroDenominator: { id: 'Penyebut nol', en: 'Zero denominator' },
  levels: { id: 'Jumlah kampung per tingkat', en: 'Kampung per level' },
  total: { id: 'Jumlah', en: 'Total' },
  allKampung: { id: 'Semua kampung', en: 'All kampung' },
  kampung: { id: 'Kampung', en: 'Kampung' },
  cpr: { id: 'CPR', en: 'CPR' },
  mkjp: { id: 'MKJP', en: 'MKJP' },
  unmetNeed: { id: 'Unmet need', en: 'Unmet need' },
  poktanShort: { id: 'Poktan', en: 'Poktan' },
  input: { id: 'Input', en: 'Input' },
  process: { id: 'Proses', en: 'Process' },
  output: { id: 'Output', en: 'Output' },
  percent: { id: '%', en: '%' },
  cityTotal: { id: 'Kota (gabungan)', en: 'City (pooled)' },
  pooledNote: {
    id: 'Baris kota dihitung dari jumlah pembilang dan penyebut semua kampung, bukan rata-rata persentase; partisipasi poktan dan indeks tidak digabungkan.',
    en: 'The city row is computed from the summed numerators and denominators of all kampung, not by averaging percentages; poktan participation and the indices are not pooled.',
  },
  suppressed: {
    id: 'Laporan publik: jumlah 1 sampai {n} disamarkan sebagai "<{t}" untuk melindungi keluarga.',
    en: 'Public report: counts from 1 to {n} are shown as "<{t}" to protect families.',
  },
  definitions: {
    id: 'Definisi: CPR = peserta KB aktif 7 metode portal ÷ PUS × 100; MKJP = (IUD + MOW + MOP + implan) ÷ peserta × 100; unmet need = (IAT + TIAL) ÷ PUS × 100; klasifikasi mengikuti algoritma portal resmi kampungkb.bkkbn.go.id (persentase dibulatkan ke bilangan bulat sebelum dinilai).',
    en: 'Definitions: CPR = active users of the portal’s 7 methods ÷ PUS × 100; MKJP share = (IUD + MOW + MOP + implant) ÷ users × 100; unmet need = (IAT + TIAL) ÷ PUS × 100; the classification follows the official portal’s algorithm (kampungkb.bkkbn.go.id; percentages rounded to whole numbers before scoring).',
  },
  suppressedCell: { id: 'disamarkan (sel kecil)', en: 'suppressed (small cell)' },
  hiddenCell: {
    id: 'disamarkan: jumlah kecil, atau angka yang dapat dipakai untuk menghitungnya',
    en: 'hidden: a small count, or a figure that would let one work it out',
  },
  hiddenPublic: {
    id: 'Laporan publik: jumlah 1 sampai {n} ditampilkan "×", begitu pula angka lain yang dapat dipakai untuk menghitungnya dari jumlah atau angka terkait (penekanan komplementer); persentase dan penjelasan yang memakai angka tersebut juga disamarkan, dan pesan kualitas data tidak memuat angka.',
    en: 'Public report: counts from 1 to {n} are shown as "×", and so are other figures that would let one work them out from a total or a linked figure (complementary suppression); percentages and explanations built on them are hidden too, and data-quality messages carry no figures.',
  },
  hiddenExplanation: {
    id: '{label}: disamarkan (laporan publik) ({band}) → skor {score}',
    en: '{label}: hidden (public report) ({band}) → score {score}',
  },
  issueWithoutFigures: {
    id: 'data tidak lolos pemeriksaan ini; rinciannya tidak ditampilkan dalam laporan publik',
    en: 'the data fail this check; the details are not shown in a public report',
  },
  generated: { id: 'Dibuat dengan Kampung KB SDK', en: 'Made with the Kampung KB SDK' },
} satisfies Record<string, Label>;

/** A fixed text in one language, with `{name}` placeholders filled. */
export function t(key: keyof typeof T, lang: Lang, vars: Record<string, string | number> = {}): string {
  return T[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
