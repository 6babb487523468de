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
  missing: { id: 'Data tidak ada', en: 'No data' },
  zeroDenominator: { id: 'Penyebut nol', en: 'Zero denominator' },
  levels: { id: 'Jumlah kampung per tingkat', en: 'Kampung per level' },
  total: { id: 'Jumlah', en: 'Total' },
  allKampung: { id: 'Semua kampung', en: 'All kampung' },
  kampung: { id: 'Kampung', en: 'Kampung' },
  cityTotal: { id: 'Kota (gabungan)', en: 'City (pooled)' },
  pooledNote: {
    id: 'Baris kota dihitung dari jumlah pembilang dan penyebut semua kampung, bukan rata-rata persentase.',
    en: 'The city row is computed from the summed numerators and denominators of all kampung, not by averaging percentages.',
  },
  suppressed: {
    id: 'Laporan publik: jumlah 1 sampai {n} disamarkan sebagai "<{t}" untuk melindungi keluarga.',
    en: 'Public report: counts from 1 to {n} are shown as "<{t}" to protect families.',
  },
  definitions: {
    id: 'Definisi: CPR = peserta KB aktif 7 metode portal ÷ PUS × 100; MKJP = (IUD + MOW + MOP + implan) ÷ peserta × 100; unmet need = (IAT + TIAL) ÷ PUS × 100; klasifikasi mengikuti algoritma portal resmi kampungkb.bkkbn.go.id (persentase dibulatkan ke bilangan bulat sebelum dinilai).',
    en: 'Definitions: CPR = active users of the portal’s 7 methods ÷ PUS × 100; MKJP share = (IUD + MOW + MOP + implant) ÷ users × 100; unmet need = (IAT + TIAL) ÷ PUS × 100; the classification follows the official portal’s algorithm (kampungkb.bkkbn.go.id; percentages rounded to whole numbers before scoring).',
  },
  generated: { id: 'Dibuat dengan Kampung KB SDK', en: 'Made with the Kampung KB SDK' },
} satisfies Record<string, Label>;

/** A fixed text in one language, with `{name}` placeholders filled. */
export function t(key: keyof typeof T, lang: Lang, vars: Record<string, string | number> = {}): string {
  return T[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
