import type { RuleDefinition } from './ruleDefinition.js';

const PORTAL = 'kampungkb.bkkbn.go.id (willyprmn/Kampung-KB @b1229f7)';
const CREATE_REQUEST = `${PORTAL} app/Http/Requests/Admin/Kkbpk/CreateRequest.php`;

/** Ids of the rules in {@link builtinRules}. */
export type BuiltinRuleId =
  | 'record-shape'
  | 'count-non-negative-integer'
  | 'kkbpk-balance'
  | 'population-missing'
  | 'poktan-within-target'
  | 'jkn-within-population'
  | 'region-code-level'
  | 'region-parent'
  | 'unknown-kampung'
  | 'duplicate-record'
  | 'future-date';

/** A {@link RuleDefinition} of the built-in catalogue. */
export interface BuiltinRuleDefinition extends RuleDefinition {
  readonly id: BuiltinRuleId;
}

/**
 * The built-in rule catalogue, as data, in the order {@link validateDataset} reports: the official
 * portal's data-entry invariants (`CreateRequest.php` of its KKBPK form: users + non-users = PUS, each
 * poktan's participants ≤ its target, JKN/BPJS holders ≤ population, counts ≥ 0) plus the structural
 * checks a data set read from files needs (schema, region codes, references, duplicates, future dates).
 *
 * Records that break their schema are reported once, by `record-shape` or `count-non-negative-integer`,
 * and skipped by the value rules (`kkbpk-balance`, `poktan-within-target`, `jkn-within-population`) so
 * that one bad cell does not cascade.
 *
 * @example
 * ```ts
 * import { builtinRules } from '@kampung-kb/rules';
 * builtinRules.map((r) => `${r.id} (${r.severity})`);
 * // ['record-shape (error)', 'count-non-negative-integer (error)', 'kkbpk-balance (error)', …]
 * builtinRules.find((r) => r.id === 'kkbpk-balance')?.name.id; // 'Keseimbangan peserta KB dan PUS'
 * ```
 */
export const builtinRules: readonly BuiltinRuleDefinition[] = [
  {
    id: 'record-shape',
    version: '1.0.0',
    severity: 'error',
    recordTypes: ['region', 'kampung', 'profile', 'population', 'monthly', 'intervention'],
    codes: ['record-shape'],
    name: { id: 'Bentuk data sesuai skema', en: 'Record matches its schema' },
    description: {
      id: 'Setiap data memiliki kolom wajib, tanpa kolom asing, dengan tipe, format dan kode yang sah menurut skema SDK (selain aturan bilangan cacah, lihat count-non-negative-integer). Satu temuan per masalah; nilai "kind" menyebut jenisnya.',
      en: 'Every record has its required fields, no unknown ones, and valid types, formats and codes under the SDK schema (count rules apart, see count-non-negative-integer). One issue per problem; the value "kind" names its kind.',
    },
    source: '@kampung-kb/model record schemas (schema/*.schema.json); checkRecord',
  },
  {
    id: 'count-non-negative-integer',
    version: '1.0.0',
    severity: 'error',
    recordTypes: ['monthly', 'population', 'profile'],
    codes: ['count-non-negative-integer'],
    name: { id: 'Jumlah berupa bilangan cacah', en: 'Counts are non-negative whole numbers' },
    description: {
      id: 'Setiap kolom jumlah (peserta KB, bukan peserta, peserta poktan, penduduk, keluarga, PUS, pemegang JKN, anggota Pokja) berupa bilangan bulat dan tidak negatif.',
      en: 'Every count (contraceptive users, non-users, poktan participants, population, families, PUS, JKN holders, Pokja members) is a whole number and not negative.',
    },
    source: `${CREATE_REQUEST} (all counts ≥ 0); @kampung-kb/model Count`,
  },
  {
    id: 'kkbpk-balance',
    version: '1.0.0',
    severity: 'error',
    recordTypes: ['monthly', 'population'],
    codes: ['kkbpk-balance'],
    name: { id: 'Keseimbangan peserta KB dan PUS', en: 'Users and non-users add up to PUS' },
    description: {
      id: 'Dalam laporan bulanan, jumlah peserta KB dari 7 metode portal (ditambah MAL dan cara tradisional bila diisi) ditambah PUS bukan peserta KB (hamil, IAS, IAT, TIAL) sama dengan PUS pada data penduduk yang berlaku (data penduduk terakhir kampung itu dengan periode ≤ periode laporan).',
      en: "In a monthly report, users of the portal's 7 methods (plus MAL and traditional methods when given) plus PUS not using contraception (pregnant, IAS, IAT, TIAL) equal the PUS of the population snapshot in force (the kampung's latest population snapshot with a period ≤ the report's).",
    },
    source: `${CREATE_REQUEST} (Σ pengguna kontrasepsi + Σ non-kontrasepsi = total PUS)`,
  },
  {
    id: 'population-missing',
    version: '1.0.0',
    severity: 'warning',
    recordTypes: ['monthly', 'population'],
    codes: ['population-missing'],
    name: { id: 'Data penduduk tersedia', en: 'Population snapshot available' },
    description: {
      id: 'Setiap laporan bulanan memiliki data penduduk yang berlaku (periode ≤ periode laporan) untuk kampungnya; tanpa itu keseimbangan PUS, sasaran poktan dan batas JKN tidak dapat diperiksa.',
      en: 'Every monthly report has a population snapshot in force (period ≤ the report period) for its kampung; without one the PUS balance, poktan targets and the JKN limit cannot be checked.',
    },
    source: `${CREATE_REQUEST} (the invariants compare with the kampung's population data)`,
  },
  {
    id: 'poktan-within-target',
    version: '1.0.0',
    severity: 'error',
    recordTypes: ['monthly', 'population'],
    codes: ['poktan-within-target'],
    name: { id: 'Peserta poktan ≤ sasaran', en: 'Poktan participants ≤ target' },
    description: {
      id: 'Peserta setiap poktan tidak melebihi sasarannya pada data penduduk yang berlaku: BKB ≤ keluarga yang punya balita, BKR ≤ keluarga yang punya remaja, BKL ≤ keluarga yang punya lansia, UPPKA ≤ jumlah keluarga, PIK-R ≤ jumlah remaja. Satu temuan per poktan.',
      en: 'The participants of each poktan do not exceed its target in the population snapshot in force: BKB ≤ families with under-fives, BKR ≤ families with adolescents, BKL ≤ families with elderly members, UPPKA ≤ families, PIK-R ≤ adolescents. One issue per poktan.',
    },
    source: `${CREATE_REQUEST} (peserta poktan ≤ sasaran); targets: classification keluarga ids 4, 5, 6, 2, 3 for programs 1–5`,
  },
  {
    id: 'jkn-within-population',
    version: '1.0.0',
    severity: 'error',
    recordTypes: ['monthly', 'population'],
    codes: ['jkn-within-population'],
    name: { id: 'Pemegang JKN ≤ jumlah penduduk', en: 'JKN holders ≤ population' },
    description: {
      id: 'Jumlah pemegang JKN/BPJS dalam laporan bulanan tidak melebihi jumlah penduduk (semua kelompok umur, laki-laki dan perempuan) pada data penduduk yang berlaku.',
      en: 'The JKN/BPJS holders of a monthly report do not exceed the total population (all age bands, both sexes) of the population snapshot in force.',
    },
    source: `${CREATE_REQUEST} (pengguna_bpjs ≤ jumlah jiwa)`,
  },
  {
    id: 'region-code-level',
    version: '1.0.0',
    severity: 'error',
    recordTypes: ['kampung'],
    codes: ['region-code-level'],
    name: { id: 'Kampung di tingkat desa/kelurahan', en: 'Kampung coded at village level' },
    description: {
      id: 'Kode wilayah sebuah kampung adalah kode desa/kelurahan Kemendagri (PP.KK.CC.DDDD), bukan kode provinsi, kabupaten/kota atau kecamatan. Format kode wilayah diperiksa oleh skema (record-shape).',
      en: 'The region code of a kampung is a Kemendagri village (desa/kelurahan) code (PP.KK.CC.DDDD), not a province, regency/city or district code. The code format itself is checked by the schema (record-shape).',
    },
    source: `Permendagri 137/2017 (region code structure); ${PORTAL} new_kampung_kb.desa_id char(10)`,
  },
  {
    id: 'region-parent',
    version: '1.0.0',
    severity: 'error',
    recordTypes: ['kampung', 'region'],
    codes: ['region-parent', 'region-outside-city'],
    name: { id: 'Wilayah induk terdaftar', en: 'Parent regions listed' },
    description: {
      id: 'Bila data berisi daftar wilayah: desa/kelurahan setiap kampung serta kecamatan dan kabupaten/kota induknya ada di daftar, dan induk setiap wilayah ada di daftar (kecuali tingkat teratas yang terdaftar). Bila kode kota/kabupaten program diberikan, setiap kampung dan wilayah setingkat kota atau di bawahnya berada di dalamnya (kode region-outside-city).',
      en: "When the data set lists regions: each kampung's village and its parent district and regency/city are listed, and each region's parent is listed (except the top-most listed level). When the programme's city code is given, every kampung and every region at or below city level lies inside it (code region-outside-city).",
    },
    source: `Permendagri 137/2017 (region hierarchy); ${PORTAL} new_kampung_kb provinsi/kabupaten/kecamatan/desa ids`,
  },
  {
    id: 'unknown-kampung',
    version: '1.0.0',
    severity: 'error',
    recordTypes: ['profile', 'population', 'monthly', 'intervention'],
    codes: ['unknown-kampung'],
    name: { id: 'Kampung dikenal', en: 'Kampung exists' },
    description: {
      id: 'Profil, data penduduk, laporan bulanan dan intervensi merujuk ke id kampung yang ada di data kampung.',
      en: 'Profiles, population snapshots, monthly reports and interventions refer to a kampung id listed in the kampung records.',
    },
    source: `${PORTAL} migrations (kampung_kb_id → new_kampung_kb.id foreign keys)`,
  },
  {
    id: 'duplicate-record',
    version: '1.0.0',
    severity: 'error',
    recordTypes: ['region', 'kampung', 'profile', 'population', 'monthly', 'intervention'],
    codes: ['duplicate-record'],
    name: { id: 'Tidak ada data ganda', en: 'No duplicate records' },
    description: {
      id: 'Tidak ada dua profil, data penduduk atau laporan bulanan untuk kampung dan periode yang sama, dua kampung dengan id yang sama, dua intervensi dengan id yang sama, atau dua wilayah dengan kode yang sama. Kemunculan kedua dilaporkan dengan letak yang pertama.',
      en: 'No two profiles, population snapshots or monthly reports for the same kampung and period, no two kampung with the same id, no two interventions with the same id and no two regions with the same code. The second occurrence is reported, naming where the first is.',
    },
    source: `${PORTAL} snapshot tables (one current row per kampung: unique (is_active, kampung_kb_id)); SDK data model (one snapshot per kampung and month)`,
  },
  {
    id: 'future-date',
    version: '1.0.0',
    severity: 'error',
    recordTypes: ['kampung', 'profile', 'population', 'monthly', 'intervention'],
    codes: ['future-date'],
    name: { id: 'Tanggal tidak di masa depan', en: 'No dates in the future' },
    description: {
      id: 'Periode profil, data penduduk dan laporan bulanan tidak melewati bulan berjalan; tanggal pencanangan kampung dan tanggal intervensi tidak melewati hari ini.',
      en: 'The period of a profile, population snapshot or monthly report is not after the current month; the designation date of a kampung and the date of an intervention are not after today.',
    },
    source: 'SDK data-entry check (records describe what has happened)',
  },
];
