import { formatCount, megabytes, percentOf, plural } from '../internal/plural.js';
import type { Messages, OptionCheck } from './messages.js';

const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Penggunaan:',
  'Options:': 'Opsi:',
  'Arguments:': 'Argumen:',
  'Commands:': 'Perintah:',
  'Global Options:': 'Opsi umum:',
};

const CHECKS: Readonly<Record<OptionCheck, string>> = {
  period: 'bukan periode: 202012, 2020Q4, 2020S2, 2020 atau 2020-12',
  month: 'bukan bulan (YYYY-MM)',
  today: 'bukan tanggal (YYYY-MM-DD)',
  'json-csv': '--json dan --csv tidak dapat dipakai bersama',
  'explain-level': '--explain hanya untuk --level kampung',
  agency: 'bukan kode instansi',
};

const FS: Readonly<Record<string, string>> = {
  ENOENT: 'tidak ditemukan',
  EACCES: 'tidak ada izin',
  EPERM: 'tidak ada izin',
  ENOTDIR: 'bukan direktori',
  EISDIR: 'merupakan direktori',
};

/** The Indonesian catalogue. */
export const id: Messages = {
  programDescription: 'kkb — Kampung KB SDK: periksa data, hitung indikator, tulis laporan.',
  docsPointer:
    '\nFormat direktori data: https://github.com/kampung-kb/kampung-kb-sdk/blob/main/docs/data-format.md\nKode keluar: 0 berhasil, 1 ada galat (atau rekaman ditinggalkan dengan --strict), 2 penggunaan salah atau masukan tak terbaca.',
  usageProgram: '[opsi] [perintah]',
  usageCommand: '[opsi] <dir>',
  helpTitle: (t) => TITLES[t] ?? t,
  helpOption: 'tampilkan bantuan perintah',
  helpCommand: 'tampilkan bantuan sebuah perintah',
  versionOption: 'tampilkan nomor versi',
  validateDescription:
    'Periksa data. Keluar 0 bersih, 1 ada galat, 2 penggunaan salah atau masukan tak terbaca.',
  indicatorsDescription:
    'Indikator dan klasifikasi tiap kampung (tanpa --period: bulan terakhir di data); tingkat lain, --indicator dan --indicators memakai mesin indikator.',
  reportDescription:
    'Tulis laporan (rekap kota, klasifikasi, evaluasi, matriks intervensi, tindak lanjut urun rembug, serta laporan bulanan dan profil per kampung) sebagai HTML, Markdown, PDF, XLSX atau CSV.',
  argDir: 'direktori data (CSV/JSON dan programme.json/yaml)',
  optRules: 'berkas aturan kota (YAML/JSON) yang menambah, mengubah dan menonaktifkan aturan',
  optJson: 'cetak satu dokumen JSON',
  optCsv: 'cetak CSV',
  optLang: 'bahasa keluaran: id atau en (bawaan: defaultLang program, lalu id)',
  optToday:
    'tanggal hari ini untuk pemeriksaan tanggal di masa depan (bawaan: hari ini di zona waktu program)',
  optStrict: 'keluar dengan kode 1 bila ada rekaman yang tidak ikut dihitung',
  optLevel: 'tingkat: kampung, kelurahan, kecamatan atau kota',
  optPeriod: 'periode: 202012, 2020Q4, 2020S2, 2020 atau 2020-12',
  optMonth: 'bulan laporan (YYYY-MM; bawaan: bulan terakhir di data)',
  optIndicator: 'indikator katalog (boleh diulang)',
  optIndicators: 'indikator buatan kota (JSON/YAML), diperiksa sebelum data dibaca',
  optTargets: 'target kota (mis. RPJMD) per indikator, wilayah dan tahun (JSON/YAML)',
  optList: 'katalog indikator dan definisinya',
  optExplain: 'penjelasan tiap subindikator dan perubahan menuju tingkat berikutnya (tingkat kampung)',
  optCrossSector:
    'kode instansi (dipisah koma) yang tidak dihitung sebagai lintas sektor; kosong: semua dihitung',
  optZeroDenominator:
    'persentase dengan penyebut nol: zero (0 %, seperti portal) atau missing (dianggap kosong)',
  optOut: 'direktori keluaran',
  optPublic: 'laporan publik: samarkan sel kecil',

  unknownCommand: (name) => `Perintah tidak dikenal: '${name}'.`,
  unknownOption: (flag) => `Opsi tidak dikenal: '${flag}'.`,
  didYouMean: (c) =>
    c.length === 1 ? `Maksud Anda ${c[0]}?` : `Maksud Anda salah satu dari ${c.join(', ')}?`,
  missingArgument: (name) => `Argumen <${name}> wajib diisi.`,
  optionMissingValue: (flag) => `Opsi '${flag}' memerlukan nilai.`,
  requiredOption: (flag) => `Opsi '${flag}' wajib diisi.`,
  tooManyArguments: (expected, got) =>
    `Argumen berlebih: diharapkan ${formatCount('id', expected)}, diberikan ${formatCount('id', got)}.`,
  invalidArguments: 'Argumen tidak sah.',
  invalidValue: (field, message) => `Nilai tidak sah untuk ${field}: ${message}`,
  required: (field) => `${field} wajib diisi.`,
  optionCheck: (check) => CHECKS[check],
  seeHelp: (command) => `'kkb ${command === undefined ? '' : `${command} `}--help' untuk bantuan.`,
  internalError: (command) =>
    `kkb${command === undefined ? '' : ` ${command}`}: galat internal; ini kesalahan program, bukan data Anda. Mohon laporkan.`,

  excludedHeadline: (excluded, read) =>
    `${formatCount('id', excluded)} dari ${plural('id', read, { other: 'rekaman' })} tidak ikut dihitung:`,
  excludedReason: (reason, n, conflicting) => {
    if (reason === 'schema-invalid') return plural('id', n, { other: 'tidak sah' });
    if (reason === 'unknown-kampung') return plural('id', n, { other: 'dengan kampung yang tidak dikenal' });
    return conflicting > 0
      ? `${plural('id', n, { other: 'ganda' })} (${plural('id', conflicting, { other: 'berbeda isi dari yang pertama' })})`
      : plural('id', n, { other: 'ganda' });
  },
  excludedFile: (file, excluded, read, reasons) =>
    `  ${file}: ${formatCount('id', excluded)} dari ${formatCount('id', read)} — ${reasons}`,
  excludedHint: "  Jalankan 'kkb validate' untuk rinciannya; rekaman ganda: yang pertama dipakai.",
  strictFailed: (excluded) =>
    `--strict: ${plural('id', excluded, { other: 'rekaman' })} tidak ikut dihitung, jadi keluar dengan kode 1.`,
  dataUnreadable: (dir, problems) =>
    `Data di '${dir}' tidak dapat dibaca (${plural('id', problems, { other: 'masalah' })}).`,
  notDataDir: (dir) =>
    `'${dir}' bukan direktori data: tidak ada berkas data (regions, kampung, profiles, population, monthly, interventions, proposals, budgets; .csv atau .json) maupun programme.json/programme.yaml.`,
  readingDir: (dir) => `Membaca data di '${dir}'…`,
  reading: (file, bytesRead, bytesTotal) =>
    `Membaca ${file}: ${percentOf(bytesRead, bytesTotal)} dari ${megabytes('id', bytesTotal)}…`,

  rulesUnreadable: (file, reason) => `Berkas aturan '${file}' tidak dapat dibaca: ${reason}.`,
  rulesUnusable: (file, problems) =>
    `Berkas aturan '${file}' tidak dapat dipakai (${plural('id', problems, { other: 'masalah' })}).`,
  readSummary: (files, records, dir) =>
    `${plural('id', files, { other: 'berkas' })}, ${plural('id', records, { other: 'rekaman' })} dibaca dari '${dir}'.`,
  readerProblems: (n) => `Masalah saat membaca berkas: ${formatCount('id', n)}.`,
  fsReason: (code) => FS[code] ?? `galat sistem berkas (${code})`,

  indicatorFileInvalid: (file, problems) =>
    `Definisi indikator di '${file}' tidak sah (${plural('id', problems, { other: 'masalah' })}); data tidak dibaca.`,
  targetFileInvalid: (file, problems) =>
    `Target di '${file}' tidak sah (${plural('id', problems, { other: 'masalah' })}); data tidak dibaca.`,
  noMonthlyReports: (dir) =>
    `Tidak ada laporan bulanan di '${dir}', jadi tidak ada bulan untuk dihitung; beri --period.`,
  classificationIsMonthly: (period) =>
    `--period ${period}: klasifikasi kampung dihitung per bulan (mis. 2020-12 atau 202012); untuk triwulan, semester atau tahun pakai --indicator atau --level lain.`,
  unknownIndicator: (ids, known) =>
    `Indikator tidak dikenal: ${ids.join(', ')} (yang ada: ${known.join(', ')}; lihat --list).`,
  unknownAgency: (codes, known) =>
    `Kode instansi tidak dikenal: ${codes.join(', ')} (yang ada: ${known.join(', ')}).`,
  periodHeading: (period) => `Periode ${period}`,
  kampungTableHead: [
    'Kampung',
    'CPR %',
    'MKJP %',
    'Unmet %',
    'Poktan %',
    'Input',
    'Proses',
    'Output',
    'Tingkat',
  ],
  resultTableHead: [
    'Wilayah',
    'Indikator',
    'Nilai',
    'Pembilang',
    'Penyebut',
    'Target',
    'Capaian %',
    'Sesuai jalur',
  ],
  yes: 'ya',
  no: 'tidak',
  explanationHeading: (name, kampungId, level, input, process, output) =>
    `${name} (${kampungId}): ${level} — input ${input}, proses ${process}, output ${output}`,
  nextLevel: 'Naik tingkat',
  alternative: (level, changes, points) =>
    `Atau ke ${level}: ${plural('id', changes, { other: 'subindikator' })}, +${plural('id', points, { other: 'poin skor' })}`,
  unit: 'satuan',
  levels: 'tingkat',
  periods: 'periode',
  standard: 'standar',

  reportNotWritten: (out, written, total) =>
    `Laporan tidak ditulis lengkap ke '${out}': ${formatCount('id', written)} dari ${plural('id', total, { other: 'berkas' })} ditulis.`,
  reportWritten: (files, kampung, period, out) =>
    `${plural('id', files, { other: 'berkas laporan' })} (${plural('id', kampung, { other: 'kampung' })}, ${period}) ditulis ke ${out}`,

  // — report formats —
  optFormat: 'format yang ditulis, dipisah koma: html, md, pdf, xlsx, csv (bawaan html,md)',
  optChromium: 'Chromium untuk PDF (bawaan: KKB_CHROMIUM atau /usr/bin/chromium)',
  reportFormatUnknown: (format, known) =>
    `format '${format}' tidak dikenal; yang dikenal: ${known.join(', ')}.`,
  reportFormatEmpty: (known) => `sebutkan paling sedikit satu format: ${known.join(', ')}.`,
  chromiumMissing: (path) =>
    `PDF butuh Chromium, tetapi tidak ada di ${path}. Pasang paket chromium (Debian/Ubuntu: apt-get install chromium), beri jalurnya dengan --chromium <path> atau KKB_CHROMIUM, atau pilih format lain (--format html,md). Tidak ada berkas yang ditulis.`,
  chromiumFailed: (path, detail) =>
    `Chromium di ${path} tidak dapat dijalankan untuk PDF${detail === '' ? '' : ` (${detail})`}. Beri Chromium lain dengan --chromium <path> atau KKB_CHROMIUM, atau pilih format lain. Tidak ada berkas yang ditulis.`,

  // — readiness —
  readinessDescription:
    'Daftar periksa kesiapan program kota (programme.json readiness): skor, butir yang kurang dan langkah berikutnya.',
  readinessHeading: (city, score, points, max) =>
    `Kesiapan program${city === undefined ? '' : ` ${city}`}: skor ${score} (${points} dari ${max} poin)`,
  readinessRule: 'selesai = bobot penuh, berjalan = separuh bobot, belum dimulai dan tidak diketahui = 0',
  readinessCounts: (done, inProgress, notStarted, unknown) =>
    `selesai ${formatCount('id', done)} · berjalan ${formatCount('id', inProgress)} · belum dimulai ${formatCount('id', notStarted)} · tidak diketahui ${formatCount('id', unknown)}`,
  readinessStatus: {
    done: 'selesai',
    inProgress: 'berjalan',
    notStarted: 'belum dimulai',
    unknown: 'tidak diketahui',
  },
  readinessWeight: (weight, points) => `bobot ${weight}, ${points} poin`,
  readinessNotRecorded: 'belum dicatat di programme.json',
  readinessEvidence: (text) => `bukti: ${text}`,
  readinessLeadAgency: (agency) => `perangkat daerah pengampu: ${agency}`,
  readinessNote: (note) => `catatan: ${note}`,
  readinessNextStep: (step) => `→ langkah berikutnya: ${step}`,
  readinessToCheck: (items) => `Perlu dicek (tidak diketahui): ${items.join('; ')}`,
  readinessNoProgramme: (dir) =>
    `'${dir}' tidak memiliki programme.json/yaml: semua butir dihitung tidak diketahui. Jalankan kkb init atau tambahkan kunci readiness.`,

  // — sites —
  sitesDescription:
    'Peringkat kelurahan/desa untuk Kampung KB baru menurut kriteria utama, kriteria wilayah dan data kota, dengan penjelasan tiap peringkat.',
  optCandidates: 'berkas kandidat (CSV atau XLSX, satu baris per kelurahan/desa)',
  optSitesPeriod: 'bulan CPR dan unmet need tanpa --candidates (YYYY-MM; bawaan: bulan terakhir data)',
  sitesFromData: (villages, period) =>
    `Kandidat dari data: ${plural('id', villages, { other: 'kelurahan/desa' })} dengan Kampung KB${period === undefined ? '' : ` (CPR dan unmet need ${period})`}. Data keluarga miskin dan kepadatan tidak ada di folder data: pakai --candidates.`,
  sitesWithoutData: (names) =>
    `Tidak diperingkat, tanpa data (${formatCount('id', names.length)}): ${names.join(', ')}`,
  sitesFromFile: (file, accepted, read, ignored, rejected) =>
    `Kandidat dari '${file}': ${formatCount('id', read)} baris dibaca, ${formatCount('id', accepted)} diterima, ${formatCount('id', ignored)} kosong, ${formatCount('id', rejected)} ditolak.`,
  sitesCandidatesUnusable: (file) => `Berkas kandidat '${file}' tidak dapat dipakai.`,
  sitesNone: 'Tidak ada kandidat untuk diperingkat.',
  sitesRule:
    'Skor = jumlah bobot kriteria yang dipenuhi + bobot × posisi ukuran di antara kandidat (CPR rendah, unmet need, keluarga miskin dan kepadatan tinggi); tanpa data = 0, disebutkan.',
  sitesWeights: (fromProgramme) =>
    fromProgramme
      ? 'Bobot: programme.json siteSelection, sisanya bawaan (docs/sites.md).'
      : 'Bobot: bawaan (docs/sites.md); ubah di programme.json siteSelection.',
  sitesRankLine: (rank, tied, name, score, max, coverage) =>
    `${rank}.${tied ? ' (seri)' : ''} ${name} — skor ${score} dari ${max}; data tersedia untuk ${coverage}% bobot`,
  sitesDesignated: (ids) => `sudah Kampung KB: ${ids.join(', ')}`,
  sitesContribution: (label, value, weight, points) => `+${points}  ${label}: ${value} (bobot ${weight})`,
  sitesNoData: (labels) => `tanpa data: ${labels.join('; ')}`,
  sitesRejectedRows: (rejected) =>
    `${plural('id', rejected, { other: 'baris kandidat' })} ditolak dan tidak diperingkat (lihat di atas).`,
  // — import —
  importDescription:
    'Impor isian buku kerja (.xlsx), CSV atau JSON ke direktori data. Keluar 0 tidak ada yang ditolak, 1 ada baris ditolak (yang diterima tetap ditulis), 2 berkas atau direktori tidak terbaca.',
  argImportFile: 'berkas .xlsx, .csv atau .json yang diimpor',
  optInto: 'direktori data tujuan impor',
  optDryRun: 'periksa dan hitung semuanya, tanpa menulis apa pun',
  importHeading: (file, dir, dryRun) =>
    `Impor '${file}' ke '${dir}'${dryRun ? ' (uji coba: tidak ada yang ditulis)' : ''}`,
  importCounts: (label, c) =>
    `${label === undefined ? 'Jumlah' : `  ${label}`}: dibaca ${formatCount('id', c.read)}, baru ${formatCount('id', c.imported)}, diperbarui ${formatCount('id', c.updated)}, diabaikan ${formatCount('id', c.ignored)}, ditolak ${formatCount('id', c.rejected)}`,
  importRejectedHeading: (rows, reasons) =>
    `Ditolak: ${formatCount('id', rows)} baris (${formatCount('id', reasons)} alasan):`,
  importWarningsHeading: (n) => `${formatCount('id', n)} peringatan:`,
  importWritten: (files, dir) => `Ditulis ke '${dir}': ${files.join(', ')}.`,
  importNothingToWrite: 'Tidak ada yang ditulis: tidak ada baris yang diterima.',
  importDryRun: (files) =>
    files.length === 0
      ? 'Uji coba: tidak ada baris yang akan ditulis.'
      : `Uji coba: berkas ini akan ditulis: ${files.join(', ')}.`,
  importStopped: 'Impor dihentikan; direktori data tidak berubah.',
  // — family —
  familyDescription:
    'Rekap register keluarga (PK21: .csv, .xlsx, .json, .ndjson; nomor KK dan NIK diganti pseudonim saat dibaca dengan rahasia kota) atau, dengan --dhs, recode perempuan DHS (.csv) menjadi family-tallies-<periode>.csv di direktori data, yang lalu dibaca kkb indicators dan kkb report. Keluar 0 semua baris diterima, 1 ada baris ditolak (sisanya direkap), 2 berkas, rahasia atau direktori tidak dapat dipakai.',
  argFamilyFile: 'register keluarga (atau, dengan --dhs, recode perempuan DHS) yang dibaca',
  optFamilyData: 'direktori data tempat menulis family-tallies-<periode>.csv',
  optSecretFile: 'berkas berisi rahasia kota untuk pseudonim KK/NIK (minimal 16 bita)',
  optSecretEnv: 'variabel lingkungan berisi rahasia kota',
  optDhs: 'baca recode perempuan DHS yang diekspor ke CSV, bukan register',
  optGroupBy: 'dengan --dhs: variabel DHS yang menempatkan perempuan (bawaan v001)',
  optGroupMap: 'dengan --dhs: CSV "value,kampungId" yang memetakan nilai variabel itu ke id kampung',
  optFamilyPeriod: 'bulan rekap (YYYY-MM): wajib dengan --dhs; untuk register, hanya bulan itu',
  familyHeading: (file, dir) => `Rekap keluarga dari '${file}' ke '${dir}'`,
  familyAccounting: (s) =>
    `Baris dibaca ${formatCount('id', s.rows)}: ${formatCount('id', s.rows - s.rejectedRows)} dalam ${formatCount('id', s.families)} keluarga diterima (${formatCount('id', s.members)} anggota, ${formatCount('id', s.women)} perempuan dengan Blok II), ${formatCount('id', s.rejectedRows)} ditolak (${formatCount('id', s.rejectedFamilies)} keluarga).`,
  familyDhsAccounting: (s) =>
    `Baris dibaca ${formatCount('id', s.rows)}: ${formatCount('id', s.women)} perempuan diterima (${formatCount('id', s.skipped)} di luar 15–49 tidak direkap), ${formatCount('id', s.rejectedRows)} ditolak.`,
  familyWritten: (file, dir, tallies) =>
    `Ditulis ke '${dir}': ${file} (${formatCount('id', tallies)} rekap, satu per kampung dan bulan).`,
  familyNothingToWrite: 'Tidak ada yang ditulis: tidak ada keluarga yang direkap.',
  familySecretMissing: 'berikan rahasia kota dengan --secret-file <berkas> atau --secret-env <VARIABEL>',
  familySecretShort: 'rahasia kota kurang dari 16 bita; pakai yang lebih panjang',
  familySecretUnreadable: (file) => `berkas rahasia '${file}' tidak dapat dibaca`,
  familySecretEnvEmpty: (name) => `variabel lingkungan ${name} tidak ada atau kosong`,
  familyDataDirMissing: (dir) => `direktori data '${dir}' tidak ada`,
  familyDhsPeriodMissing: 'dengan --dhs, berikan bulan survei dengan --period YYYY-MM',
  familyGroupMapUnreadable: (file) => `peta kelompok '${file}' tidak dapat dibaca`,
  // — template —
  templateDescription:
    'Tulis buku kerja Excel untuk isian data dari folder data (petunjuk, satu lembar per jenis data, daftar pilihan, pemeriksaan; lembar laporan bulanan siap untuk bulannya).',
  optTemplateOut: 'buku kerja yang ditulis (.xlsx)',
  optTemplatePeriod:
    'bulan yang disiapkan di lembar laporan bulanan (TTTT-BB; bawaan: bulan setelah laporan terakhir)',
  optTemplateCandidates:
    'tulis buku kerja kandidat lokasi (satu baris per kelurahan/desa di regions.csv, untuk kkb sites --candidates)',
  templateCandidatesWritten: (out) =>
    `Buku kerja kandidat ditulis ke ${out}: satu baris per kelurahan/desa di regions.csv; isi, lalu jalankan kkb sites <folder> --candidates ${out}.`,
  optForce: 'timpa berkas yang sudah ada',
  templateExists: (out) => `'${out}' sudah ada: tidak ada yang ditulis (pakai --force untuk menimpanya).`,
  templateNotWritten: (out) => `Buku kerja tidak dapat ditulis ke '${out}'.`,
  templateReadProblems: (n, dir) =>
    `${plural('id', n, { other: 'masalah' })} ditemukan saat membaca ${dir}; buku kerja memuat nilai sebagaimana terbaca (jalankan kkb validate untuk rinciannya).`,
  templateWritten: (out, sheets, records) =>
    `Buku kerja ditulis ke ${out}: ${plural('id', sheets, { other: 'lembar' })}, ${plural('id', records, { other: 'data' })} dari folder data.`,
  templatePrefilled: (rows, period) =>
    `Lembar laporan bulanan: ${plural('id', rows, { other: 'baris' })} siap diisi untuk ${period} (satu per kampung yang belum melapor).`,
  // — init —
  initDescription:
    'Membuat direktori data baru untuk kabupaten/kota dari daftar wilayah resmi. Keluar 0 ditulis, 2 salah pakai, wilayah tidak dikenal atau folder tidak kosong.',
  argInitDir: 'folder tempat direktori data dibuat (baru atau kosong)',
  optRegion: 'kabupaten/kota: kode Kemendagri (64.71) atau namanya (Balikpapan, "Kab. Banjar")',
  optInitForce: 'tulis ke folder yang tidak kosong (hanya berkas dengan nama yang sama yang diganti)',
  optInitLang: 'bahasa pesan dan laporan program (defaultLang): id atau en (bawaan id)',
  initLevelName: (level) =>
    ({ province: 'provinsi', regency: 'kabupaten/kota', district: 'kecamatan', village: 'kelurahan/desa' })[
      level
    ],
  initRegionUnknown: (query) => `Tidak ada kabupaten/kota '${query}' dalam daftar resmi Kemendagri.`,
  initRegionAmbiguous: (query) =>
    `'${query}' adalah nama lebih dari satu wilayah; tulis kodenya atau nama lengkapnya (dengan Kota atau Kabupaten).`,
  initNotRegency: (code, name, level, hint) =>
    `${code} ${name} adalah ${level}; kkb init memerlukan kabupaten/kota${hint === '' ? '' : `, mis. --region ${hint}`}.`,
  initCandidates: (candidates) => `Mungkin maksudnya: ${candidates.join('; ')}?`,
  initNotEmpty: (dir, entries) =>
    `'${dir}' tidak kosong (${plural('id', entries, { other: 'isi' })}); tidak ada yang ditulis. Pilih folder kosong, atau beri --force untuk menulis berkas kerangka ke dalamnya (berkas dengan nama lain tetap ada).`,
  initNotDirectory: (dir) => `'${dir}' sudah ada dan bukan folder; tidak ada yang ditulis.`,
  initNotWritten: (dir) => `Direktori data '${dir}' tidak ditulis lengkap.`,
  initWritten: (dir, files, regency, districts, villages) =>
    `Direktori data ${regency} dibuat di '${dir}': ${plural('id', files, { other: 'berkas' })}, ${formatCount('id', districts)} kecamatan, ${formatCount('id', villages)} kelurahan/desa.`,
  initNext: (dir) =>
    `Langkah berikutnya ada di ${dir}/README.md. Periksa folder ini sekarang dengan: kkb validate ${dir}`,

  // — region check —
  regionProblems: (n, source) =>
    `Kode wilayah diperiksa terhadap daftar resmi Kemendagri (${source}): ${plural('id', n, { other: 'masalah' })}.`,
  noKampungYet: (dir) =>
    `Belum ada kampung di '${dir}': tambahkan ke kampung.csv, atau isi buku kerja (kkb template) lalu impor (kkb import).`,

  // — indicators --engine (sql-indicators) —
  optEngineIndicators:
    'js (bawaan) atau duckdb: hitung dengan DuckDB langsung dari berkas (kampung.json, monthly.csv, population.csv bentuk kanonik; selain itu dibaca mesin JavaScript, dengan keluaran yang sama)',
  engineFallback: (engine, reasons) =>
    `--engine ${engine}: dihitung dengan mesin JavaScript (${reasons.join('; ')}).`,
  // — validate --engine (sql-rules) —
  optValidateEngine:
    'js (bawaan) atau duckdb: DuckDB membaca laporan bulanan dan memeriksanya dengan aturan yang dikompilasi ke SQL (keluaran sama; berkas yang tidak dapat dibaca secara kanonis diperiksa oleh js)',
};
