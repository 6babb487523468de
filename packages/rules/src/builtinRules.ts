import { RECORD_TYPES } from '@kampung-kb/model';
import type { BuiltinRule, RuleCommon, RuleDefinition } from './ruleDefinition.js';

const PORTAL = 'kampungkb.bkkbn.go.id (willyprmn/Kampung-KB @b1229f7)';
const CREATE_REQUEST = `${PORTAL} app/Http/Requests/Admin/Kkbpk/CreateRequest.php`;
const ALL_LEVELS = ['province', 'regency', 'district', 'village'] as const;
const ALL_TYPES = RECORD_TYPES.map((t) => t.type);

/** Ids of the rules in {@link builtinRules}. */
export type BuiltinRuleId =
  | 'record-shape'
  | 'count-non-negative-integer'
  | 'kkbpk-balance'
  | 'population-missing'
  | 'poktan-within-target'
  | 'jkn-within-population'
  | 'mkjp-within-users'
  | 'cpr-within-100'
  | 'pus-within-population'
  | 'family-groups-within-families'
  | 'intervention-after-designation'
  | 'intervention-spend-funding'
  | 'intervention-output-plausible'
  | 'region-code-level'
  | 'region-parent'
  | 'unknown-kampung'
  | 'duplicate-record'
  | 'future-date'
  | 'report-missing';

/** A {@link RuleDefinition} of the built-in catalogue. */
export type BuiltinRuleDefinition = RuleDefinition & { readonly id: BuiltinRuleId };

type Common = Omit<RuleCommon, 'id'> & { readonly id: BuiltinRuleId };

function builtin(
  common: Omit<Common, 'regionLevels' | 'periodType' | 'recordType'> & {
    readonly regionLevels?: RuleCommon['regionLevels'];
    readonly periodType?: RuleCommon['periodType'];
  },
  recordTypes: BuiltinRule['recordTypes'],
  codes: readonly string[] = [common.id],
): BuiltinRule & { readonly id: BuiltinRuleId } {
  return {
    kind: 'builtin',
    check: common.id as BuiltinRule['check'],
    recordType: recordTypes[0] ?? 'monthly',
    recordTypes,
    codes,
    regionLevels: ALL_LEVELS,
    periodType: null,
    ...common,
  };
}

const monthlyCommon = { recordType: 'monthly', periodType: 'month', regionLevels: ['village'] } as const;

/**
 * The built-in rule catalogue, as data, in the order {@link validateDataset} reports: the official
 * portal's data-entry invariants (`CreateRequest.php` of its KKBPK form: users + non-users = PUS, each
 * poktan's participants ≤ its target, JKN/BPJS holders ≤ population, counts ≥ 0) as expression rules,
 * plausibility rules (MKJP ≤ users, CPR ≤ 100 %, PUS ≤ population, families with under-fives /
 * adolescents / elderly ≤ families, interventions not before the designation), and the structural
 * checks a data set read from files needs (`builtin` kind: schema, region codes, references,
 * duplicates, future dates, a missing population snapshot).
 *
 * Monthly rules see the report's fields plus the population snapshot in force as variables (`pus`,
 * `totalPopulation`, `families`, `familiesWithUnderFives`, `familiesWithAdolescents`,
 * `familiesWithElderly`, `adolescents`, `populationPeriod`). Records that break their schema are
 * reported once, by `record-shape` or `count-non-negative-integer`, and skipped by every expression rule
 * so that one bad cell does not cascade. `poktan-within-target` is a template over the poktan code list:
 * its issues carry `ruleId` `poktan-within-target.bkb` … and `code` `poktan-within-target`.
 *
 * @example
 * ```ts
 * import { builtinRules } from '@kampung-kb/rules';
 * builtinRules.map((r) => `${r.id} (${r.kind}, ${r.severity})`);
 * // ['record-shape (builtin, error)', 'count-non-negative-integer (builtin, error)', 'kkbpk-balance (comparison, error)', …]
 * const balance = builtinRules.find((r) => r.id === 'kkbpk-balance');
 * if (balance?.kind === 'comparison') balance.left.expression; // 'sum(users[*]) + sum(nonUsers[*])'
 * ```
 */
export const builtinRules: readonly BuiltinRuleDefinition[] = [
  builtin(
    {
      id: 'record-shape',
      version: '1.0.0',
      severity: 'error',
      name: { id: 'Bentuk data sesuai skema', en: 'Record matches its schema' },
      description: {
        id: 'Setiap data memiliki kolom wajib, tanpa kolom asing, dengan tipe, format dan kode yang sah menurut skema SDK (selain aturan bilangan cacah, lihat count-non-negative-integer). Satu temuan per masalah; nilai "kind" menyebut jenisnya.',
        en: 'Every record has its required fields, no unknown ones, and valid types, formats and codes under the SDK schema (count rules apart, see count-non-negative-integer). One issue per problem; the value "kind" names its kind.',
      },
      instruction: {
        id: 'Perbaiki kolom yang disebut sesuai format data (docs/data-format.md), lalu periksa ulang.',
        en: 'Fix the named field as the data format describes (docs/data-format.md), then validate again.',
      },
      tags: ['structure'],
      source: '@kampung-kb/model record schemas (schema/*.schema.json); checkRecord',
    },
    ALL_TYPES,
  ),
  builtin(
    {
      id: 'count-non-negative-integer',
      version: '1.0.0',
      severity: 'error',
      name: { id: 'Jumlah berupa bilangan cacah', en: 'Counts are non-negative whole numbers' },
      description: {
        id: 'Setiap kolom jumlah (peserta KB, bukan peserta, peserta poktan, penduduk, keluarga, PUS, pemegang JKN, anggota Pokja) berupa bilangan bulat dan tidak negatif.',
        en: 'Every count (contraceptive users, non-users, poktan participants, population, families, PUS, JKN holders, Pokja members) is a whole number and not negative.',
      },
      instruction: {
        id: 'Isi jumlah dengan bilangan bulat 0 atau lebih; kosongkan hanya kolom yang boleh kosong.',
        en: 'Enter the count as a whole number of 0 or more; leave empty only the fields that may be empty.',
      },
      tags: ['structure', 'portal'],
      source: `${CREATE_REQUEST} (all counts ≥ 0); @kampung-kb/model Count`,
    },
    ['monthly', 'population', 'profile'],
  ),
  {
    kind: 'comparison',
    id: 'kkbpk-balance',
    version: '1.0.0',
    severity: 'error',
    ...monthlyCommon,
    name: { id: 'Keseimbangan peserta KB dan PUS', en: 'Users and non-users add up to PUS' },
    description: {
      id: 'Dalam laporan bulanan, jumlah peserta KB dari 7 metode portal (ditambah MAL dan cara tradisional bila diisi) ditambah PUS bukan peserta KB (hamil, IAS, IAT, TIAL) sama dengan PUS pada data penduduk yang berlaku (data penduduk terakhir kampung itu dengan periode ≤ periode laporan).',
      en: "In a monthly report, users of the portal's 7 methods (plus MAL and traditional methods when given) plus PUS not using contraception (pregnant, IAS, IAT, TIAL) equal the PUS of the population snapshot in force (the kampung's latest population snapshot with a period ≤ the report's).",
    },
    instruction: {
      id: 'Cocokkan jumlah peserta KB per metode dan PUS bukan peserta dengan register; bila PUS berubah, tambahkan data penduduk baru.',
      en: 'Check the users per method and the non-using PUS against the register; if PUS has changed, add a new population snapshot.',
    },
    tags: ['portal', 'balance'],
    source: `${CREATE_REQUEST} (Σ pengguna kontrasepsi + Σ non-kontrasepsi = total PUS)`,
    left: {
      expression: 'sum(users[*]) + sum(nonUsers[*])',
      missingValueStrategy: 'skipIfAllMissing',
      description: { id: 'Peserta KB + PUS bukan peserta KB', en: 'Contraceptive users + non-using PUS' },
    },
    operator: '==',
    right: {
      expression: 'pus',
      missingValueStrategy: 'skipIfAnyMissing',
      description: { id: 'PUS', en: 'PUS' },
    },
    values: {
      users: 'sum(users[*])',
      nonUsers: 'sum(nonUsers[*])',
      usersPlusNonUsers: 'sum(users[*]) + sum(nonUsers[*])',
      pus: 'pus',
      difference: 'sum(users[*]) + sum(nonUsers[*]) - pus',
    },
    message: {
      id: 'Peserta KB ({users}) + PUS bukan peserta KB ({nonUsers}) = {left}, tidak sama dengan PUS ({right}) pada data penduduk {populationPeriod}',
      en: 'Contraceptive users ({users}) + non-using PUS ({nonUsers}) = {left}, not equal to PUS ({right}) in the population snapshot of {populationPeriod}',
    },
  },
  builtin(
    {
      id: 'population-missing',
      version: '1.0.0',
      severity: 'warning',
      periodType: 'month',
      regionLevels: ['village'],
      name: { id: 'Data penduduk tersedia', en: 'Population snapshot available' },
      description: {
        id: 'Setiap laporan bulanan memiliki data penduduk yang berlaku (periode ≤ periode laporan) untuk kampungnya; tanpa itu keseimbangan PUS, sasaran poktan dan batas JKN tidak dapat diperiksa.',
        en: 'Every monthly report has a population snapshot in force (period ≤ the report period) for its kampung; without one the PUS balance, poktan targets and the JKN limit cannot be checked.',
      },
      instruction: {
        id: 'Tambahkan data penduduk kampung ini untuk bulan laporan atau sebelumnya.',
        en: 'Add a population snapshot of this kampung for the report month or earlier.',
      },
      tags: ['portal'],
      source: `${CREATE_REQUEST} (the invariants compare with the kampung's population data)`,
    },
    ['monthly', 'population'],
  ),
  {
    kind: 'comparison',
    id: 'poktan-within-target',
    version: '1.0.0',
    severity: 'error',
    ...monthlyCommon,
    forEach: { list: 'poktan' },
    name: { id: 'Peserta {label} ≤ sasaran', en: '{label} participants ≤ target' },
    description: {
      id: 'Peserta setiap poktan tidak melebihi sasarannya pada data penduduk yang berlaku: BKB ≤ keluarga yang punya balita, BKR ≤ keluarga yang punya remaja, BKL ≤ keluarga yang punya lansia, UPPKA ≤ jumlah keluarga, PIK-R ≤ jumlah remaja. Satu temuan per poktan.',
      en: 'The participants of each poktan do not exceed its target in the population snapshot in force: BKB ≤ families with under-fives, BKR ≤ families with adolescents, BKL ≤ families with elderly members, UPPKA ≤ families, PIK-R ≤ adolescents. One issue per poktan.',
    },
    instruction: {
      id: 'Periksa jumlah peserta {label} di register poktan; bila sasarannya ({targetLabel}) sudah berubah, perbarui data penduduk.',
      en: 'Check the {label} participants in the poktan register; if its target ({targetLabel}) has changed, update the population snapshot.',
    },
    tags: ['portal', 'poktan'],
    source: `${CREATE_REQUEST} (peserta poktan ≤ sasaran); targets: classification keluarga ids 4, 5, 6, 2, 3 for programs 1–5`,
    left: {
      expression: 'poktanParticipants.{code}',
      missingValueStrategy: 'skipIfAnyMissing',
      description: { id: 'Peserta {label}', en: '{label} participants' },
    },
    operator: '<=',
    right: {
      expression: '{target}',
      missingValueStrategy: 'skipIfAnyMissing',
      description: { id: 'Sasaran {label}: {targetLabel}', en: '{label} target: {targetLabel}' },
    },
    field: 'poktanParticipants.{code}',
    values: {
      poktan: "'{code}'",
      participants: 'poktanParticipants.{code}',
      target: "'{target}'",
      targetValue: '{target}',
    },
    message: {
      id: 'Peserta {label} ({left}) melebihi sasarannya, {targetLabel} ({right}), pada data penduduk {populationPeriod}',
      en: '{label} participants ({left}) exceed the target, {targetLabel} ({right}), in the population snapshot of {populationPeriod}',
    },
  },
  {
    kind: 'comparison',
    id: 'jkn-within-population',
    version: '1.0.0',
    severity: 'error',
    ...monthlyCommon,
    name: { id: 'Pemegang JKN ≤ jumlah penduduk', en: 'JKN holders ≤ population' },
    description: {
      id: 'Jumlah pemegang JKN/BPJS dalam laporan bulanan tidak melebihi jumlah penduduk (semua kelompok umur, laki-laki dan perempuan) pada data penduduk yang berlaku; cakupan JKN tidak di atas 100 %.',
      en: 'The JKN/BPJS holders of a monthly report do not exceed the total population (all age bands, both sexes) of the population snapshot in force; JKN coverage is not above 100 %.',
    },
    instruction: {
      id: 'Periksa apakah pemegang JKN dihitung hanya untuk penduduk kampung ini; perbarui data penduduk bila sudah lama.',
      en: "Check that JKN holders are counted for this kampung's residents only; update the population snapshot if it is old.",
    },
    tags: ['portal'],
    source: `${CREATE_REQUEST} (pengguna_bpjs ≤ jumlah jiwa)`,
    left: {
      expression: 'jknHolders',
      missingValueStrategy: 'skipIfAnyMissing',
      description: { id: 'Pemegang JKN/BPJS', en: 'JKN/BPJS holders' },
    },
    operator: '<=',
    right: {
      expression: 'totalPopulation',
      missingValueStrategy: 'skipIfAnyMissing',
      description: { id: 'Jumlah penduduk', en: 'Total population' },
    },
    field: 'jknHolders',
    values: { jknHolders: 'jknHolders', totalPopulation: 'totalPopulation' },
    message: {
      id: 'Pemegang JKN/BPJS ({left}) melebihi jumlah penduduk ({right}) pada data penduduk {populationPeriod}',
      en: 'JKN/BPJS holders ({left}) exceed the total population ({right}) in the population snapshot of {populationPeriod}',
    },
  },
  {
    kind: 'comparison',
    id: 'mkjp-within-users',
    version: '1.0.0',
    severity: 'error',
    ...monthlyCommon,
    name: { id: 'Peserta MKJP ≤ semua peserta KB', en: 'MKJP users ≤ all users' },
    description: {
      id: 'Peserta MKJP (IUD, MOW, MOP, implan) tidak melebihi jumlah semua peserta KB; porsi MKJP tidak di atas 100 %. Dengan model data SDK (jumlah peserta dihitung dari metode) aturan ini menjaga data yang dimasukkan dengan total terpisah, misalnya saat diekspor ke DHIS2.',
      en: 'MKJP users (IUD, MOW, MOP, implant) do not exceed all contraceptive users; the MKJP share is not above 100 %. Under the SDK data model (the user total is summed from the methods) it guards data entered with a separate total, e.g. once exported to DHIS2.',
    },
    instruction: {
      id: 'Periksa peserta IUD, MOW, MOP dan implan terhadap jumlah peserta KB.',
      en: 'Check the IUD, MOW, MOP and implant users against the total of users.',
    },
    tags: ['plausibility'],
    source: 'SDK plausibility rule (MKJP share ≤ 100 %; MKJP methods: contraceptive-methods code list)',
    left: {
      expression: 'sum(users[mkjp])',
      missingValueStrategy: 'skipIfAllMissing',
      description: { id: 'Peserta MKJP', en: 'MKJP users' },
    },
    operator: '<=',
    right: {
      expression: 'sum(users[*])',
      missingValueStrategy: 'skipIfAllMissing',
      description: { id: 'Semua peserta KB', en: 'All contraceptive users' },
    },
    message: {
      id: 'Peserta MKJP ({left}) melebihi jumlah semua peserta KB ({right})',
      en: 'MKJP users ({left}) exceed all contraceptive users ({right})',
    },
  },
  {
    kind: 'comparison',
    id: 'cpr-within-100',
    version: '1.0.0',
    severity: 'error',
    ...monthlyCommon,
    name: { id: 'CPR tidak di atas 100 %', en: 'CPR not above 100 %' },
    description: {
      id: 'Persentase peserta KB terhadap PUS (CPR) pada data penduduk yang berlaku tidak di atas 100 %. Tidak diperiksa bila PUS 0.',
      en: 'Contraceptive users as a percentage of the PUS of the population snapshot in force (CPR) are not above 100 %. Not checked when PUS is 0.',
    },
    instruction: {
      id: 'Periksa jumlah peserta KB per metode dan PUS pada data penduduk.',
      en: 'Check the users per method and the PUS of the population snapshot.',
    },
    tags: ['plausibility', 'percentage'],
    source: 'SDK plausibility rule (a percentage of a whole cannot exceed 100)',
    left: {
      expression: 'sum(users[*]) * 100 / pus',
      // Not skipIfAnyMissing: users[*] includes the optional mal/traditional. Without pus the value is null.
      missingValueStrategy: 'skipIfAllMissing',
      description: { id: 'CPR (%)', en: 'CPR (%)' },
    },
    operator: '<=',
    right: {
      expression: '100',
      missingValueStrategy: 'neverSkip',
      description: { id: '100 %', en: '100 %' },
    },
    values: { users: 'sum(users[*])', pus: 'pus' },
    message: {
      id: 'CPR {left} % di atas 100 %: peserta KB ({users}) melebihi PUS ({pus}) pada data penduduk {populationPeriod}',
      en: 'CPR {left} % is above 100 %: contraceptive users ({users}) exceed PUS ({pus}) in the population snapshot of {populationPeriod}',
    },
  },
  {
    kind: 'comparison',
    id: 'pus-within-population',
    version: '1.0.0',
    severity: 'error',
    recordType: 'population',
    periodType: 'month',
    regionLevels: ['village'],
    name: { id: 'PUS ≤ jumlah penduduk', en: 'PUS ≤ total population' },
    description: {
      id: 'PUS pada data penduduk tidak melebihi jumlah penduduk (semua kelompok umur, laki-laki dan perempuan).',
      en: 'The PUS of a population snapshot does not exceed its total population (all age bands, both sexes).',
    },
    instruction: {
      id: 'Periksa PUS dan jumlah penduduk per kelompok umur pada data penduduk.',
      en: 'Check the PUS and the population by age band of the snapshot.',
    },
    tags: ['plausibility'],
    source: 'SDK plausibility rule (PUS are couples living in the kampung)',
    left: {
      expression: 'pus',
      missingValueStrategy: 'skipIfAnyMissing',
      description: { id: 'PUS', en: 'PUS' },
    },
    operator: '<=',
    right: {
      expression: 'totalPopulation',
      missingValueStrategy: 'skipIfAnyMissing',
      description: { id: 'Jumlah penduduk', en: 'Total population' },
    },
    field: 'pus',
    message: {
      id: 'PUS ({left}) melebihi jumlah penduduk ({right})',
      en: 'PUS ({left}) exceeds the total population ({right})',
    },
  },
  {
    kind: 'condition',
    id: 'family-groups-within-families',
    version: '1.0.0',
    severity: 'error',
    recordType: 'population',
    periodType: 'month',
    regionLevels: ['village'],
    name: { id: 'Keluarga sasaran ≤ jumlah keluarga', en: 'Target families ≤ families' },
    description: {
      id: 'Keluarga yang punya balita, remaja dan lansia masing-masing tidak melebihi jumlah keluarga: persentasenya tidak di atas 100 %.',
      en: 'Families with under-fives, with adolescents and with elderly members each do not exceed the number of families: their percentages are not above 100 %.',
    },
    instruction: {
      id: 'Periksa jumlah keluarga dan keluarga sasaran poktan pada data penduduk.',
      en: 'Check the number of families and the poktan target families of the population snapshot.',
    },
    tags: ['plausibility', 'percentage'],
    source: 'SDK plausibility rule (a part cannot exceed the whole)',
    expression:
      'familiesWithUnderFives <= families and familiesWithAdolescents <= families and familiesWithElderly <= families',
    missingValueStrategy: 'skipIfAnyMissing',
    values: {
      families: 'families',
      familiesWithUnderFives: 'familiesWithUnderFives',
      familiesWithAdolescents: 'familiesWithAdolescents',
      familiesWithElderly: 'familiesWithElderly',
    },
    message: {
      id: 'Keluarga sasaran melebihi jumlah keluarga ({families}): punya balita {familiesWithUnderFives}, punya remaja {familiesWithAdolescents}, punya lansia {familiesWithElderly}',
      en: 'Target families exceed the families ({families}): with under-fives {familiesWithUnderFives}, with adolescents {familiesWithAdolescents}, with elderly {familiesWithElderly}',
    },
  },
  {
    kind: 'comparison',
    id: 'intervention-after-designation',
    version: '1.0.0',
    severity: 'warning',
    recordType: 'intervention',
    periodType: null,
    regionLevels: ['village'],
    name: { id: 'Intervensi tidak sebelum pencanangan', en: 'Interventions not before the designation' },
    description: {
      id: 'Tanggal intervensi tidak sebelum tanggal pencanangan kampungnya (kegiatan sebelum pencanangan bukan kegiatan Kampung KB).',
      en: "An intervention's date is not before its kampung's designation date (activities before the designation are not Kampung KB activities).",
    },
    instruction: {
      id: 'Periksa tanggal intervensi dan tanggal pencanangan kampung; catat kegiatan sebelum pencanangan di tempat lain.',
      en: "Check the intervention's date and the kampung's designation date; record activities from before the designation elsewhere.",
    },
    tags: ['plausibility', 'dates'],
    source: 'SDK plausibility rule (Kampung KB activities start at the pencanangan)',
    left: {
      expression: 'date',
      missingValueStrategy: 'skipIfAnyMissing',
      description: { id: 'Tanggal intervensi', en: 'Intervention date' },
    },
    operator: '>=',
    right: {
      expression: 'designationDate',
      missingValueStrategy: 'skipIfAnyMissing',
      description: { id: 'Tanggal pencanangan', en: 'Designation date' },
    },
    field: 'date',
    message: {
      id: 'Tanggal intervensi {left} sebelum pencanangan kampung ({right})',
      en: "Intervention date {left} is before the kampung's designation ({right})",
    },
  },
  {
    kind: 'condition',
    id: 'intervention-spend-funding',
    version: '1.0.0',
    severity: 'warning',
    recordType: 'intervention',
    periodType: null,
    regionLevels: ['village'],
    name: { id: 'Biaya intervensi dengan sumber dana', en: 'Intervention spend with its funding source' },
    description: {
      id: 'Intervensi yang mencatat biaya (spend) juga mencatat sumber dananya (fundingSource: APBN, APBD, dana desa, swadaya, CSR …), agar biaya dapat dijumlahkan per sumber.',
      en: 'An intervention that records its spend also records its funding source (fundingSource: APBN, APBD, village funds, self-funded, CSR …), so that spend can be totalled per source.',
    },
    instruction: {
      id: 'Isi kolom fundingSource untuk intervensi ini, atau kosongkan spend bila biayanya tidak diketahui.',
      en: 'Fill in fundingSource for this intervention, or leave spend empty when the cost is not known.',
    },
    tags: ['plausibility', 'interventions'],
    source: 'SDK plausibility rule (spend without a source cannot be totalled per source)',
    expression: 'isNull(spend) or not isNull(fundingSource)',
    missingValueStrategy: 'neverSkip',
    values: { spend: 'spend' },
    field: 'fundingSource',
    message: {
      id: 'Biaya Rp {spend} dicatat tanpa sumber dana (fundingSource)',
      en: 'Spend of Rp {spend} is recorded without a funding source (fundingSource)',
    },
  },
  {
    kind: 'condition',
    id: 'intervention-output-plausible',
    version: '1.0.0',
    severity: 'warning',
    recordType: 'intervention',
    periodType: null,
    regionLevels: ['village'],
    name: { id: 'Panjang titian/jalan masuk akal', en: 'Plausible length of titian or road' },
    description: {
      id: 'Satu intervensi membangun atau memperbaiki paling banyak 10.000 m titian atau jalan lingkungan; angka yang lebih besar biasanya salah satuan (cm, bukan m) atau jumlah beberapa kegiatan.',
      en: 'One intervention builds or repairs at most 10,000 m of titian (footbridge) or neighbourhood road; a larger figure is usually a unit slip (cm for m) or the total of several activities.',
    },
    instruction: {
      id: 'Periksa satuan (meter) dan apakah angka ini gabungan beberapa intervensi; catat tiap kegiatan sendiri.',
      en: 'Check the unit (metres) and whether the figure adds up several interventions; record each activity on its own.',
    },
    tags: ['plausibility', 'interventions'],
    source: 'SDK plausibility rule (a kampung spans a few kilometres of titian and road)',
    expression: 'coalesce(outputs.titianMetres, 0) <= 10000 and coalesce(outputs.roadMetres, 0) <= 10000',
    missingValueStrategy: 'neverSkip',
    values: { titian: 'outputs.titianMetres', road: 'outputs.roadMetres' },
    field: 'outputs',
    message: {
      id: 'Lebih dari 10.000 m dalam satu intervensi: titian {titian} m, jalan {road} m',
      en: 'More than 10,000 m in one intervention: titian {titian} m, road {road} m',
    },
  },
  builtin(
    {
      id: 'region-code-level',
      version: '1.0.0',
      severity: 'error',
      regionLevels: ['village'],
      name: { id: 'Kampung di tingkat desa/kelurahan', en: 'Kampung coded at village level' },
      description: {
        id: 'Kode wilayah sebuah kampung adalah kode desa/kelurahan Kemendagri (PP.KK.CC.DDDD), bukan kode provinsi, kabupaten/kota atau kecamatan. Format kode wilayah diperiksa oleh skema (record-shape).',
        en: 'The region code of a kampung is a Kemendagri village (desa/kelurahan) code (PP.KK.CC.DDDD), not a province, regency/city or district code. The code format itself is checked by the schema (record-shape).',
      },
      instruction: {
        id: 'Ganti kode wilayah kampung dengan kode desa/kelurahannya (10 digit).',
        en: "Replace the kampung's region code with its village code (10 digits).",
      },
      tags: ['structure', 'regions'],
      source: `Permendagri 137/2017 (region code structure); ${PORTAL} new_kampung_kb.desa_id char(10)`,
    },
    ['kampung'],
  ),
  builtin(
    {
      id: 'region-parent',
      version: '1.0.0',
      severity: 'error',
      name: { id: 'Wilayah induk terdaftar', en: 'Parent regions listed' },
      description: {
        id: 'Bila data berisi daftar wilayah: desa/kelurahan setiap kampung serta kecamatan dan kabupaten/kota induknya ada di daftar, dan induk setiap wilayah ada di daftar (kecuali tingkat teratas yang terdaftar). Bila kode kota/kabupaten program diberikan, setiap kampung dan wilayah setingkat kota atau di bawahnya berada di dalamnya (kode region-outside-city).',
        en: "When the data set lists regions: each kampung's village and its parent district and regency/city are listed, and each region's parent is listed (except the top-most listed level). When the programme's city code is given, every kampung and every region at or below city level lies inside it (code region-outside-city).",
      },
      instruction: {
        id: 'Tambahkan wilayah yang belum ada ke daftar wilayah, atau perbaiki kode yang salah ketik.',
        en: 'Add the missing regions to the region list, or fix the mistyped code.',
      },
      tags: ['structure', 'regions'],
      source: `Permendagri 137/2017 (region hierarchy); ${PORTAL} new_kampung_kb provinsi/kabupaten/kecamatan/desa ids`,
    },
    ['kampung', 'region'],
    ['region-parent', 'region-outside-city'],
  ),
  builtin(
    {
      id: 'unknown-kampung',
      version: '1.0.0',
      severity: 'error',
      regionLevels: ['village'],
      name: { id: 'Kampung dikenal', en: 'Kampung exists' },
      description: {
        id: 'Profil, data penduduk, laporan bulanan, intervensi dan rekap data keluarga merujuk ke id kampung yang ada di data kampung.',
        en: 'Profiles, population snapshots, monthly reports, interventions and family tallies refer to a kampung id listed in the kampung records.',
      },
      instruction: {
        id: 'Perbaiki id kampung, atau tambahkan kampung itu ke data kampung.',
        en: 'Fix the kampung id, or add that kampung to the kampung records.',
      },
      tags: ['structure'],
      source: `${PORTAL} migrations (kampung_kb_id → new_kampung_kb.id foreign keys)`,
    },
    ['profile', 'population', 'monthly', 'intervention', 'family'],
  ),
  builtin(
    {
      id: 'duplicate-record',
      version: '1.0.0',
      severity: 'error',
      name: { id: 'Tidak ada data ganda', en: 'No duplicate records' },
      description: {
        id: 'Tidak ada dua profil, data penduduk atau laporan bulanan untuk kampung dan periode yang sama, dua kampung dengan id yang sama, dua intervensi dengan id yang sama, atau dua wilayah dengan kode yang sama. Kemunculan kedua dilaporkan dengan letak yang pertama.',
        en: 'No two profiles, population snapshots or monthly reports for the same kampung and period, no two kampung with the same id, no two interventions with the same id and no two regions with the same code. The second occurrence is reported, naming where the first is.',
      },
      instruction: {
        id: 'Hapus salah satu data ganda, atau perbaiki periode/id yang salah ketik.',
        en: 'Delete one of the duplicates, or fix the mistyped period or id.',
      },
      tags: ['structure'],
      source: `${PORTAL} snapshot tables (one current row per kampung: unique (is_active, kampung_kb_id)); SDK data model (one snapshot per kampung and month)`,
    },
    ALL_TYPES,
  ),
  builtin(
    {
      id: 'future-date',
      version: '1.0.0',
      severity: 'error',
      name: { id: 'Tanggal tidak di masa depan', en: 'No dates in the future' },
      description: {
        id: 'Periode profil, data penduduk dan laporan bulanan tidak melewati bulan berjalan; tanggal pencanangan kampung dan tanggal intervensi tidak melewati hari ini.',
        en: 'The period of a profile, population snapshot or monthly report is not after the current month; the designation date of a kampung and the date of an intervention are not after today.',
      },
      instruction: {
        id: 'Perbaiki tanggal atau periode yang salah ketik; data hanya mencatat yang sudah terjadi.',
        en: 'Fix the mistyped date or period; records describe what has already happened.',
      },
      tags: ['dates'],
      source: 'SDK data-entry check (records describe what has happened)',
    },
    ['kampung', 'profile', 'population', 'monthly', 'intervention'],
  ),
  builtin(
    {
      id: 'report-missing',
      version: '1.0.0',
      severity: 'warning',
      periodType: 'month',
      regionLevels: ['village'],
      name: { id: 'Laporan bulanan lengkap', en: 'Monthly reports complete' },
      description: {
        id: 'Setiap kampung punya laporan bulanan untuk setiap bulan sejak pencanangannya (atau sejak bulan pertama data, bila lebih akhir) sampai bulan terakhir data. Satu temuan per kampung, menyebut bulan-bulan tanpa laporan. Data yang lengkap tidak sama dengan data yang bersih: kampung tanpa laporan tidak dinilai Dasar, tetapi "tidak ada laporan".',
        en: "Every kampung has a monthly report for every month from its designation (or from the first month of the data, if later) to the latest month of the data. One issue per kampung, listing the months without a report. Complete is not clean: a kampung without a report is classified as 'no report', not as Dasar.",
      },
      instruction: {
        id: 'Kumpulkan laporan bulanan Pokja untuk bulan-bulan yang disebut, atau periksa id kampung dan periode laporan yang sudah ada.',
        en: "Collect the Pokja's monthly reports for the months named, or check the kampung id and period of the reports already entered.",
      },
      tags: ['completeness'],
      source: `${PORTAL} new_kkbpk (one KKBPK report per kampung and month); SDK completeness check`,
    },
    ['kampung'],
  ),
];
