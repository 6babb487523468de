import type { Label, Lang } from '@kampung-kb/model';

/** Fixed texts of the kampung profile and the classification report (id and en). */
export const PT = {
  // — kampung profile —
  profileTitle: { id: 'Profil Kampung KB', en: 'Kampung KB profile' },
  unknownKampung: {
    id: 'Kampung "{id}" tidak ada dalam data: profil tidak dapat disusun.',
    en: 'Kampung "{id}" is not in the data: no profile can be made.',
  },
  invalidPeriod: {
    id: 'Periode "{period}" bukan bulan (YYYY-MM): profil tidak dapat disusun.',
    en: 'The period "{period}" is not a month (YYYY-MM): no profile can be made.',
  },
  designation: { id: 'Pencanangan', en: 'Designation' },
  designatedOn: { id: 'Tanggal pencanangan', en: 'Designated on' },
  mainCriteria: { id: 'Kriteria utama', en: 'Main criteria' },
  areaCriteria: { id: 'Kriteria wilayah', en: 'Area criteria' },
  scope: { id: 'Cakupan wilayah', en: 'Area covered' },
  wholeVillage: { id: 'seluruh kelurahan/desa', en: 'the whole village' },
  branding: { id: 'Nama lokal', en: 'Local brand' },
  theme: { id: 'Tema', en: 'Theme' },
  modelKampung: { id: 'Kampung percontohan', en: 'Model kampung' },
  modelRegency: { id: 'kabupaten/kota', en: 'regency/city' },
  modelProvince: { id: 'provinsi', en: 'province' },
  province: { id: 'Provinsi', en: 'Province' },
  city: { id: 'Kabupaten/kota', en: 'Regency/city' },
  none: { id: 'tidak ada', en: 'none' },
  yes: { id: 'ya', en: 'yes' },
  no: { id: 'tidak', en: 'no' },
  institutions: { id: 'Kelembagaan', en: 'Institutions' },
  profileFrom: {
    id: 'Dari profil kampung {month} (profil terakhir yang berlaku pada {period}).',
    en: 'From the kampung profile of {month} (the latest in force in {period}).',
  },
  noProfile: {
    id: 'Belum ada profil kampung yang berlaku pada {period}.',
    en: 'No kampung profile is in force in {period}.',
  },
  pokjaFormed: { id: 'Pokja terbentuk', en: 'Pokja formed' },
  pokjaDecree: { id: 'SK Pokja', en: 'Pokja decree (SK)' },
  pokjaMembers: { id: 'Anggota Pokja', en: 'Pokja members' },
  pokjaTrained: { id: 'Pokja sudah dilatih', en: 'Pokja trained' },
  pokjaTrainedMembers: { id: 'Anggota Pokja yang dilatih', en: 'Pokja members trained' },
  poktanPresent: { id: 'Poktan yang ada', en: 'Poktan present' },
  facilities: { id: 'Sarana', en: 'Facilities' },
  fundingSources: { id: 'Sumber dana', en: 'Funding sources' },
  mentor: { id: 'PKB/PLKB pendamping', en: 'PKB/PLKB mentor' },
  regulation: { id: 'Regulasi', en: 'Regulation' },
  dataUse: { id: 'Penggunaan data', en: 'Data use' },
  operations: { id: 'Mekanisme operasional', en: 'Operational mechanisms' },
  population: { id: 'Penduduk', en: 'Population' },
  populationFrom: {
    id: 'Dari data penduduk {month} (data terakhir yang berlaku pada {period}).',
    en: 'From the population snapshot of {month} (the latest in force in {period}).',
  },
  noPopulation: {
    id: 'Belum ada data penduduk yang berlaku pada {period}.',
    en: 'No population snapshot is in force in {period}.',
  },
  families: { id: 'Jumlah keluarga', en: 'Families' },
  pyramidTitle: { id: 'Piramida penduduk, {month}', en: 'Population pyramid, {month}' },
  pyramidDescription: {
    id: 'Penduduk menurut kelompok umur lima tahunan dan jenis kelamin: {male} laki-laki dan {female} perempuan, jumlah {total}.',
    en: 'Population by five-year age band and sex: {male} men and {female} women, {total} in all.',
  },
  populationTable: {
    id: 'Penduduk menurut kelompok umur dan jenis kelamin, dengan jumlahnya, {month}',
    en: 'Population by age band and sex, with totals, {month}',
  },
  ageBand: { id: 'Kelompok umur', en: 'Age band' },
  male: { id: 'Laki-laki', en: 'Male' },
  female: { id: 'Perempuan', en: 'Female' },
  people: { id: 'Jiwa', en: 'People' },
  trends: { id: 'Perkembangan sejak pencanangan', en: 'Trends since designation' },
  trendMonthly: {
    id: 'Nilai bulanan dari {from} sampai {to} (sejak pencanangan atau laporan pertama, mana yang lebih akhir).',
    en: 'Monthly values from {from} to {to} (since the designation or the first report, whichever is later).',
  },
  trendYearly: {
    id: 'Lebih dari 24 bulan: satu nilai per tahun, yaitu bulan {monthName} setiap tahun dari {from} sampai {to} (sejak pencanangan atau laporan pertama, mana yang lebih akhir).',
    en: 'More than 24 months: one value per year, the month of {monthName} in each year from {from} to {to} (since the designation or the first report, whichever is later).',
  },
  trendTitle: { id: '{indicator}, {from}–{to}', en: '{indicator}, {from}–{to}' },
  trendDescription: {
    id: '{indicator} kampung dari {first} ({firstMonth}) ke {last} ({lastMonth}).',
    en: 'The kampung’s {indicator} went from {first} ({firstMonth}) to {last} ({lastMonth}).',
  },
  trendTargetDescription: {
    id: ' Target ({source}) digambar dengan garis putus-putus.',
    en: ' The target ({source}) is drawn dashed.',
  },
  month: { id: 'Bulan', en: 'Month' },
  kampungValue: { id: 'Kampung', en: 'Kampung' },
  targetValue: { id: 'Target', en: 'Target' },
  noValue: { id: 'tidak ada nilai', en: 'no value' },
  beforeAfter: { id: 'Sebelum dan sesudah pencanangan', en: 'Before and after designation' },
  beforeAfterTitle: {
    id: 'Rata-rata bulanan sebelum dan sesudah pencanangan ({month})',
    en: 'Monthly mean before and after designation ({month})',
  },
  beforeAfterDescription: {
    id: 'Rata-rata nilai bulanan sebelum bulan pencanangan dan sejak bulan pencanangan sampai {period}: {parts}.',
    en: 'Mean of the monthly values before the designation month and from it to {period}: {parts}.',
  },
  beforeAfterPart: { id: '{indicator} {before} → {after}', en: '{indicator} {before} → {after}' },
  before: { id: 'Sebelum', en: 'Before' },
  after: { id: 'Sesudah', en: 'After' },
  monthsBefore: { id: 'Bulan sebelum', en: 'Months before' },
  monthsAfter: { id: 'Bulan sesudah', en: 'Months after' },
  changePoints: { id: 'Perubahan (poin persen)', en: 'Change (percentage points)' },
  noBefore: {
    id: 'Tidak ada laporan bulanan sebelum pencanangan: kolom "Sebelum" kosong.',
    en: 'There is no monthly report before the designation: the "Before" column is empty.',
  },
  classificationAt: { id: 'Klasifikasi {month}', en: 'Classification, {month}' },
  activities: { id: 'Intervensi dan usulan', en: 'Interventions and proposals' },
  interventionsCount: {
    id: 'Intervensi sampai {month}',
    en: 'Interventions up to {month}',
  },
  proposalsCount: {
    id: 'Usulan urun rembug warga sampai {month}',
    en: 'Urun rembug proposals up to {month}',
  },
  activitiesLink: {
    id: 'Rinciannya ada di laporan matriks intervensi (instansi × kampung) dan laporan tindak lanjut usulan urun rembug warga.',
    en: 'The details are in the intervention matrix (agency × kampung) and the urun rembug proposal follow-up reports.',
  },
  publicMeans: {
    id: 'Laporan publik: rata-rata disamarkan bila nilai salah satu bulannya disamarkan di laporan bulanan kampung.',
    en: 'Public report: a mean is hidden when any of its months is hidden in the kampung’s monthly report.',
  },
  // — classification report —
  classificationTitle: { id: 'Laporan klasifikasi Kampung KB', en: 'Kampung KB classification report' },
  levelsTitle: { id: 'Jumlah kampung per tingkat, {month}', en: 'Kampung per level, {month}' },
  levelsDescription: {
    id: '{total} kampung: {parts}.',
    en: '{total} kampung: {parts}.',
  },
  subScores: { id: 'Skor sub-indikator setiap kampung', en: 'Every kampung’s sub-indicator scores' },
  subScoresNote: {
    id: 'Diurutkan menurut kecamatan lalu nama. Kampung tanpa laporan bulanan {month} ditandai "Tidak ada laporan", bukan Dasar; skor output-nya tidak dinilai ("—").',
    en: 'Sorted by district, then name. A kampung without a monthly report for {month} is marked "No report", never Dasar; its output scores are not assessed ("—").',
  },
  ranking: { id: 'Peringkat menurut indeks output', en: 'Kampung ranked by the output index' },
  rankingTitle: { id: 'Indeks output per kampung, {month}', en: 'Output index by kampung, {month}' },
  rankingDescription: {
    id: 'Indeks output tertinggi {top} ({topValue}), terendah {bottom} ({bottomValue}); {noReport} kampung tanpa laporan tidak digambar.',
    en: 'Highest output index {top} ({topValue}), lowest {bottom} ({bottomValue}); {noReport} kampung without a report are not plotted.',
  },
  rankingEmpty: {
    id: 'Tidak ada kampung dengan laporan bulanan {month}.',
    en: 'No kampung has a monthly report for {month}.',
  },
  outputIndex: { id: 'Indeks output', en: 'Output index' },
  nextLevel: { id: 'Yang dapat menaikkan satu tingkat', en: 'What would lift each kampung one level' },
  nextLevelNote: {
    id: 'Perubahan skor terkecil (jumlah sub-indikator, lalu poin skor) yang menaikkan kampung tepat satu tingkat, dihitung dengan nextLevelChanges.',
    en: 'The smallest set of score raises (fewest sub-indicators, then fewest points) that lifts a kampung exactly one level, from nextLevelChanges.',
  },
  levelNow: { id: 'Tingkat sekarang', en: 'Level now' },
  levelNext: { id: 'Tingkat berikutnya', en: 'Next level' },
  pointsToAdd: { id: 'Poin skor', en: 'Score points' },
  changesNeeded: { id: 'Yang perlu berubah', en: 'What to change' },
  highest: { id: 'sudah tingkat tertinggi', en: 'already the highest level' },
  noReportPlan: {
    id: 'Laporan bulanan {month} belum ada: kirim laporan dulu, baru tingkatnya dapat dinilai.',
    en: 'No monthly report for {month}: send it first, then the level can be assessed.',
  },
  alternative: { id: 'atau ke {level}: {changes}', en: 'or to {level}: {changes}' },
  hiddenChange: {
    id: '{label}: nilai sekarang disamarkan (laporan publik), perlu {bound} {value} % (skor {from} → {to})',
    en: '{label}: current value hidden (public report), needs {bound} {value} % (score {from} → {to})',
  },
  atLeast: { id: '≥', en: '≥' },
  atMost: { id: '≤', en: '≤' },
} satisfies Record<string, Label>;

/** A fixed text of the profile or classification report in one language, with `{name}` placeholders filled. */
export function pt(key: keyof typeof PT, lang: Lang, vars: Record<string, string | number> = {}): string {
  return PT[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
