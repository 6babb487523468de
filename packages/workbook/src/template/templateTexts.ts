import type { Lang } from '@kampung-kb/model';

/** Every text a template workbook shows, in one language. */
export interface TemplateTexts {
  readonly instructionsSheet: string;
  readonly title: string;
  readonly city: (name: string, code: string) => string;
  readonly period: (period: string) => string;
  readonly sheetsHeading: string;
  readonly sheetHead: readonly [string, string];
  readonly sheetPurpose: Readonly<Record<string, string>>;
  readonly howHeading: string;
  readonly how: readonly string[];
  readonly checkHeading: string;
  readonly check: readonly string[];
  readonly villagesHeading: string;
  readonly villagesHead: readonly [string, string];
  readonly noVillages: string;
  readonly yes: string;
  readonly no: string;
  readonly pusHeader: string;
  readonly checkHeader: string;
  readonly villageNameHeader: string;
  readonly checkOk: string;
  /** Start of the check text when no population snapshot gives a PUS (the formula appends nothing). */
  readonly checkNoPus: string;
  /** Pieces of the check text on a mismatch: `<usersPlusNonUsers> <mismatch> <pus>`. */
  readonly checkSum: string;
  readonly checkMismatch: string;
  readonly promptTitle: string;
  readonly promptCount: (min: number, max: number) => string;
  readonly promptMonth: string;
  readonly promptDate: string;
  readonly promptCode: string;
  readonly promptCodes: string;
  readonly promptYesNo: string;
  readonly promptKampung: string;
  readonly promptVillage: string;
  readonly promptList: string;
  readonly errorTitle: string;
  readonly errorCount: (min: number, max: number) => string;
  readonly errorMonth: string;
  readonly errorDate: string;
  readonly errorCode: string;
}

const ID: TemplateTexts = {
  instructionsSheet: 'Petunjuk',
  title: 'Buku kerja isian data Kampung KB',
  city: (name, code) => `Kota/kabupaten: ${name} (${code})`,
  period: (p) => `Bulan laporan yang disiapkan: ${p}`,
  sheetsHeading: 'Lembar-lembar dalam buku kerja ini',
  sheetHead: ['Lembar', 'Isinya'],
  sheetPurpose: {
    kampung: 'Satu baris per Kampung KB: nama, kelurahan/desa, tanggal pencanangan dan kriteria pemilihan.',
    profile: 'Profil kelembagaan per kampung dan bulan: Pokja, sumber dana, poktan, sarana, regulasi.',
    population:
      'Data penduduk per kampung dan bulan: penduduk menurut umur dan jenis kelamin, keluarga, PUS.',
    monthly:
      'Laporan bulanan KKBPK: peserta KB aktif per metode, PUS bukan peserta KB, peserta poktan, JKN. Sudah terisi satu baris per kampung untuk bulan laporan: cukup ketik angkanya.',
    intervention: 'Kegiatan (intervensi) di kampung: tanggal, seksi Pokja, instansi, sasaran.',
    proposal: 'Usulan warga dari urun rembug: tanggal, seksi, instansi yang ditugasi, status tindak lanjut.',
    budget: 'Anggaran per kampung, tahun dan sumber dana (rupiah).',
  },
  howHeading: 'Cara mengisi',
  how: [
    'Baris 1 adalah judul kolom, baris 2 adalah nama kolom untuk komputer: jangan diubah. Isi data mulai baris 3.',
    'Kolom dengan daftar pilihan: klik sel lalu pilih dari daftar. Kolom yang boleh berisi beberapa pilihan: pisahkan dengan titik koma (;), misalnya "Dana Desa; APBD".',
    'Angka: bilangan bulat 0 atau lebih, tanpa titik ribuan. Kosongkan bila tidak tahu (jangan isi 0 bila datanya tidak ada).',
    'Bulan ditulis TTTT-BB, misalnya 2021-01. Tanggal ditulis sebagai tanggal Excel, misalnya 2021-01-15.',
    'Ya/Tidak: pilih dari daftar.',
    'Jangan mengganti nama lembar. Setelah selesai, simpan berkas lalu kirim ke operator kota, yang memasukkannya dengan perintah: kkb import <berkas.xlsx> --into <folder data>.',
  ],
  checkHeading: 'Kolom "Cek PUS" di lembar laporan bulanan',
  check: [
    'PUS (pasangan usia subur) harus sama dengan jumlah peserta KB aktif (semua metode, termasuk MAL dan cara tradisional bila diisi) ditambah PUS bukan peserta KB (hamil, IAS, IAT, TIAL).',
    'Laporan bulanan tidak memuat PUS sendiri: kolom "PUS (data penduduk)" mengambilnya dari lembar data penduduk, yaitu data penduduk terakhir kampung itu dengan bulan sama dengan atau sebelum bulan laporan (aturan kkbpk-balance).',
    '"OK" berarti jumlahnya cocok. Sel merah menunjukkan selisihnya: periksa lagi angka per metode dan alasan, atau tambahkan data penduduk baru bila PUS sudah berubah.',
    'Kolom ini dihitung otomatis dan tidak ikut dimasukkan sebagai data.',
  ],
  villagesHeading: 'Kelurahan/desa kota ini (kode untuk kolom "Kelurahan/desa")',
  villagesHead: ['Kode wilayah', 'Nama'],
  noVillages: 'Belum ada kelurahan/desa di regions.csv.',
  yes: 'Ya',
  no: 'Tidak',
  pusHeader: 'PUS (data penduduk)',
  checkHeader: 'Cek PUS',
  villageNameHeader: 'Nama kelurahan/desa',
  checkOk: 'OK',
  checkNoPus: 'Tidak ada data penduduk (PUS) untuk bulan ini',
  checkSum: 'Peserta + bukan peserta = ',
  checkMismatch: ' ≠ PUS ',
  promptTitle: 'Isian',
  promptCount: (min, max) => `Bilangan bulat dari ${min} sampai ${max}. Kosongkan bila tidak tahu.`,
  promptMonth: 'Bulan TTTT-BB, misalnya 2021-01.',
  promptDate: 'Tanggal, misalnya 2021-01-15.',
  promptCode: 'Pilih dari daftar.',
  promptCodes: 'Pilih dari daftar; beberapa pilihan dipisahkan dengan titik koma (;).',
  promptYesNo: 'Ya atau Tidak.',
  promptKampung: 'Pilih ID kampung dari daftar (lembar Kampung KB).',
  promptVillage: 'Pilih kode kelurahan/desa (lihat daftar di lembar Petunjuk).',
  promptList: 'Beberapa nilai dipisahkan dengan titik koma (;).',
  errorTitle: 'Isian tidak sah',
  errorCount: (min, max) => `Isi bilangan bulat dari ${min} sampai ${max}.`,
  errorMonth: 'Tulis bulan sebagai TTTT-BB, misalnya 2021-01.',
  errorDate: 'Isi tanggal yang sah.',
  errorCode: 'Pilih salah satu isian dari daftar.',
};

const EN: TemplateTexts = {
  instructionsSheet: 'Instructions',
  title: 'Kampung KB data-entry workbook',
  city: (name, code) => `City or regency: ${name} (${code})`,
  period: (p) => `Reporting month prepared: ${p}`,
  sheetsHeading: 'The sheets of this workbook',
  sheetHead: ['Sheet', 'What it holds'],
  sheetPurpose: {
    kampung:
      'One row per Kampung KB: name, village (kelurahan/desa), designation date and selection criteria.',
    profile: 'Institutional profile per kampung and month: Pokja, funding, poktan, facilities, regulation.',
    population: 'Population per kampung and month: people by age band and sex, families, PUS.',
    monthly:
      'Monthly KKBPK report: active users by method, non-using PUS, poktan participants, JKN. One row per kampung is ready for the reporting month: just type the numbers.',
    intervention: 'Activities (interventions) in a kampung: date, Pokja section, agencies, target groups.',
    proposal: 'Community proposals from urun rembug warga: date, section, assigned agency, follow-up status.',
    budget: 'Budgets per kampung, year and funding source (rupiah).',
  },
  howHeading: 'How to fill it',
  how: [
    'Row 1 holds the column titles, row 2 the column names for the computer: do not change them. Data starts on row 3.',
    'Columns with a list: click the cell and pick from the list. Columns that take several choices: separate them with a semicolon (;), e.g. "Village fund (Dana Desa); Regional budget (APBD)".',
    'Numbers: whole numbers 0 or more, without thousands separators. Leave a cell empty when unknown (do not type 0 for missing data).',
    'Months are written YYYY-MM, e.g. 2021-01. Dates are Excel dates, e.g. 2021-01-15.',
    'Yes/No: pick from the list.',
    'Do not rename the sheets. When done, save the file and send it to the city operator, who loads it with: kkb import <file.xlsx> --into <data folder>.',
  ],
  checkHeading: 'The "PUS check" column of the monthly report sheet',
  check: [
    'PUS (couples of reproductive age) must equal the active contraceptive users (all methods, with MAL and traditional methods when given) plus the non-using PUS (pregnant, IAS, IAT, TIAL).',
    'The monthly report holds no PUS itself: the column "PUS (population)" takes it from the population sheet, from the kampung\'s latest population snapshot with a month equal to or before the report month (rule kkbpk-balance).',
    '"OK" means the sums agree. A red cell shows the difference: check the numbers per method and reason again, or add a new population snapshot if PUS has changed.',
    'This column is computed and is not imported as data.',
  ],
  villagesHeading: 'Villages (kelurahan/desa) of this city (codes for the column "Village")',
  villagesHead: ['Region code', 'Name'],
  noVillages: 'No village in regions.csv yet.',
  yes: 'Yes',
  no: 'No',
  pusHeader: 'PUS (population)',
  checkHeader: 'PUS check',
  villageNameHeader: 'Village name',
  checkOk: 'OK',
  checkNoPus: 'No population snapshot (PUS) for this month',
  checkSum: 'Users + non-users = ',
  checkMismatch: ' ≠ PUS ',
  promptTitle: 'Entry',
  promptCount: (min, max) => `A whole number from ${min} to ${max}. Leave empty when unknown.`,
  promptMonth: 'A month YYYY-MM, e.g. 2021-01.',
  promptDate: 'A date, e.g. 2021-01-15.',
  promptCode: 'Pick from the list.',
  promptCodes: 'Pick from the list; separate several choices with a semicolon (;).',
  promptYesNo: 'Yes or No.',
  promptKampung: 'Pick a kampung id from the list (sheet Kampung KB).',
  promptVillage: 'Pick a village code (see the list on the Instructions sheet).',
  promptList: 'Separate several values with a semicolon (;).',
  errorTitle: 'Invalid entry',
  errorCount: (min, max) => `Type a whole number from ${min} to ${max}.`,
  errorMonth: 'Write the month as YYYY-MM, e.g. 2021-01.',
  errorDate: 'Type a valid date.',
  errorCode: 'Pick one entry from the list.',
};

/**
 * The texts of a template workbook in one language.
 *
 * @example
 * ```ts
 * templateTexts('id').instructionsSheet; // 'Petunjuk'
 * ```
 */
export function templateTexts(lang: Lang): TemplateTexts {
  return lang === 'en' ? EN : ID;
}
