import { type Lang, RECORD_TYPES, readinessItems } from '@kampung-kb/model';
import { recordsToCsv } from './recordsToCsv.js';

/**
 * One file of a new data directory: its name and text. An `OutputFile` of {@link writeOutputFiles} (declared
 * here so that this pure module imports nothing of the file-system side).
 *
 * @example
 * ```ts
 * const f: ScaffoldFile = { path: 'targets.json', content: '{ "targets": [] }\n' };
 * ```
 */
export interface ScaffoldFile {
  readonly path: string;
  readonly content: string;
}

/**
 * A region as {@link scaffoldDataDir} takes it: its dotted Kemendagri code and official name.
 *
 * @example
 * ```ts
 * const r: ScaffoldRegion = { code: '64.71', name: 'Kota Balikpapan' };
 * ```
 */
export interface ScaffoldRegion {
  readonly code: string;
  readonly name: string;
}

/**
 * What a new data directory is made from: the city or regency (from the official list), its province,
 * all its kecamatan and kelurahan/desa, and the language of the reports.
 *
 * @example
 * ```ts
 * const input: ScaffoldInput = {
 *   province: { code: '64', name: 'Kalimantan Timur' },
 *   regency: { code: '64.71', name: 'Kota Balikpapan' },
 *   districts: [{ code: '64.71.01', name: 'Balikpapan Timur' }],
 *   villages: [{ code: '64.71.01.1001', name: 'Manggar' }],
 *   lang: 'id',
 * };
 * ```
 */
export interface ScaffoldInput {
  readonly province: ScaffoldRegion;
  readonly regency: ScaffoldRegion;
  readonly districts: readonly ScaffoldRegion[];
  readonly villages: readonly ScaffoldRegion[];
  /** `defaultLang` of the programme: the language of reports and messages. */
  readonly lang: Lang;
}

/** The record files an operator fills (every record type but regions and the family tallies `kkb family` writes), each with its header row only. */
const RECORD_FILES = RECORD_TYPES.filter((r) => r.type !== 'region' && r.type !== 'family');

function byCode(a: ScaffoldRegion, b: ScaffoldRegion): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function programmeJson(input: ScaffoldInput): string {
  const readiness: Record<string, { status: 'unknown' }> = {};
  for (const item of readinessItems.items) readiness[item.code] = { status: 'unknown' };
  const programme = {
    name: { id: `Kampung KB ${input.regency.name}`, en: `Kampung KB ${input.regency.name}` },
    city: { code: input.regency.code, name: input.regency.name },
    province: { code: input.province.code, name: input.province.name },
    synthetic: false,
    defaultLang: input.lang,
    readiness,
  };
  return `${JSON.stringify(programme, null, 2)}\n`;
}

/** Marks the lines of the commented examples, so that a test (or a user) can switch them on. */
export const SCAFFOLD_EXAMPLE_START = '# --- contoh / example ---';
/** @see {@link SCAFFOLD_EXAMPLE_START} */
export const SCAFFOLD_EXAMPLE_END = '# --- akhir contoh / end of example ---';

function rulesYaml(input: ScaffoldInput): string {
  return `# Aturan validasi ${input.regency.name} / Validation rules of ${input.regency.name}
#
# Aturan bawaan SDK selalu berlaku; berkas ini menambah aturan kota, mengubah (overrides) atau mematikan
# (disable, dengan alasan) aturan bawaan. Dibaca oleh: kkb validate . --rules rules.yaml
# The SDK's built-in rules always apply; this file adds the city's own rules, changes (overrides) or
# switches off (disable, with a reason) built-in ones. Read by: kkb validate . --rules rules.yaml
#
# Untuk memakai contoh di bawah: hapus 'rules: []' dan tanda '# ' di depan baris contoh.
# To use the example below: delete 'rules: []' and the '# ' in front of the example's lines.
version: 1
rules: []
${SCAFFOLD_EXAMPLE_START}
# rules:
#   # Target daerah (contoh): porsi MKJP minimal 15 % dari peserta KB.
#   # A local target (example): MKJP users are at least 15 % of contraceptive users.
#   - id: mkjp-share-min-15
#     kind: comparison
#     severity: warning
#     name: { id: Porsi MKJP minimal 15 %, en: MKJP share at least 15 % }
#     description:
#       id: Peserta MKJP paling sedikit 15 % dari semua peserta KB dalam laporan bulanan.
#       en: MKJP users are at least 15 % of all contraceptive users in a monthly report.
#     instruction:
#       id: Periksa pencatatan MKJP; bila benar rendah, rencanakan pelayanan MKJP bersama PKB.
#       en: Check how MKJP users are recorded; if the share really is low, plan MKJP services with the PKB.
#     source: Target MKJP ${input.regency.name} (contoh / example)
#     left: { expression: "sum(users[mkjp]) * 100 / sum(users[*])", missingValueStrategy: skipIfAllMissing }
#     operator: ">="
#     right: { expression: "15", missingValueStrategy: neverSkip }
#     message:
#       id: Porsi MKJP {left} % di bawah target 15 %
#       en: MKJP share {left} % is below the 15 % target
# disable:
#   - id: mkjp-within-users
#     reason: Contoh saja / example only
${SCAFFOLD_EXAMPLE_END}
`;
}

function indicatorsYaml(input: ScaffoldInput): string {
  return `# Indikator kota ${input.regency.name} / City indicators of ${input.regency.name}
#
# Indikator katalog SDK selalu tersedia (kkb indicators . --list); berkas ini menambah indikator kota.
# Dibaca oleh: kkb indicators . --indicators indicators.yaml
# The SDK's catalogue is always available (kkb indicators . --list); this file adds the city's own.
# Read by: kkb indicators . --indicators indicators.yaml
#
# Untuk memakai contoh di bawah: hapus 'indicators: []' dan tanda '# ' di depan baris contoh.
# To use the example below: delete 'indicators: []' and the '# ' in front of the example's lines.
indicators: []
${SCAFFOLD_EXAMPLE_START}
# indicators:
#   - id: mkjp-per-pus
#     version: 1.0.0
#     name: { id: Peserta MKJP per 100 PUS, en: MKJP users per 100 PUS }
#     definition: { id: Peserta MKJP dibagi PUS dikali 100, en: MKJP users divided by PUS times 100 }
#     numerator: sum(monthly.users[mkjp])
#     denominator: population.pus
#     factor: 100
#     decimals: 2
#     unit: percent
#     standard: { body: city, citation: ${input.regency.name} (contoh / example) }
#     regionLevels: [district, regency]
#     periodTypes: [month, year]
${SCAFFOLD_EXAMPLE_END}
`;
}

function targetsJson(): string {
  return `${JSON.stringify({ targets: [] }, null, 2)}\n`;
}

function readme(input: ScaffoldInput, files: readonly string[]): string {
  const city = `${input.regency.code} ${input.regency.name}`;
  const list = files.map((f) => `- \`${f}\``).join('\n');
  return `# Kampung KB ${input.regency.name}

Direktori data Kampung KB untuk ${city} (${input.province.name}), dibuat oleh \`kkb init\`.
*Kampung KB data directory for ${city} (${input.province.name}), made by \`kkb init\`.*

## Bahasa Indonesia

Isi direktori ini: \`programme.json\` (program, kota, provinsi, bahasa laporan, daftar kesiapan),
\`regions.csv\` (${input.districts.length} kecamatan dan ${input.villages.length} kelurahan/desa dari daftar
resmi Kemendagri), berkas data yang baru berisi baris judul, \`rules.yaml\` dan \`indicators.yaml\` (aturan dan
indikator kota, dengan contoh dalam komentar) dan \`targets.json\` (target kota).

Langkah berikutnya:

1. Lengkapi \`programme.json\`: nama program, dinas (\`agency\`), tahun mulai, dan status tiap butir
   \`readiness\` (\`done\`, \`inProgress\`, \`notStarted\`, \`unknown\`).
2. Buat buku kerja isian untuk operator Pokja: \`kkb template . --out isian.xlsx\`
3. Masukkan buku kerja yang sudah diisi: \`kkb import isian.xlsx --into .\`
4. Periksa data: \`kkb validate .\` (dengan aturan kota: \`kkb validate . --rules rules.yaml\`)
5. Hitung indikator: \`kkb indicators . --indicators indicators.yaml --targets targets.json\`
6. Buat laporan: \`kkb report . --out laporan\`

## English

This directory holds: \`programme.json\` (programme, city, province, report language, readiness checklist),
\`regions.csv\` (${input.districts.length} districts and ${input.villages.length} villages from the official
Kemendagri list), record files with their header row only, \`rules.yaml\` and \`indicators.yaml\` (the city's
rules and indicators, with commented examples) and \`targets.json\` (the city's targets).

Next steps:

1. Complete \`programme.json\`: the programme's name, the agency, the start year, and the status of each
   \`readiness\` item (\`done\`, \`inProgress\`, \`notStarted\`, \`unknown\`).
2. Make the data-entry workbook for the Pokja operators: \`kkb template . --out entry.xlsx\`
3. Import the filled workbook: \`kkb import entry.xlsx --into .\`
4. Check the data: \`kkb validate .\` (with the city's rules: \`kkb validate . --rules rules.yaml\`)
5. Compute the indicators: \`kkb indicators . --indicators indicators.yaml --targets targets.json\`
6. Make the reports: \`kkb report . --out reports\`

## Berkas / Files

${list}

Daftar wilayah / region list: idn-area-data 4.0.1 (© idn-area-data contributors, from Kemendagri; ODbL 1.0).
`;
}

/**
 * The files of a new data directory for one regency or city (pure: nothing is written; write them with
 * {@link writeOutputFiles}). In order:
 * - `programme.json`: name (`Kampung KB <city>` in id and en), `city` and `province` from the official list,
 *   `defaultLang`, and a `readiness` section with every item of `readinessItems` as `{ "status": "unknown" }`;
 * - `regions.csv`: the province, the regency or city, all its kecamatan and kelurahan/desa, in code order;
 * - one CSV per operator record type (`kampung.csv`, `profiles.csv`, `population.csv`, `monthly.csv`,
 *   `interventions.csv`, `proposals.csv`, `budgets.csv`) with its header row only, in the field order of
 *   {@link recordsToCsv};
 * - `rules.yaml` and `indicators.yaml`: empty lists with a commented example (id and en) between
 *   {@link SCAFFOLD_EXAMPLE_START} and {@link SCAFFOLD_EXAMPLE_END};
 * - `targets.json`: `{ "targets": [] }`;
 * - `README.md`: what the directory holds and the next steps, in Indonesian then English.
 *
 * @example
 * ```ts
 * const files = scaffoldDataDir({
 *   province: { code: '64', name: 'Kalimantan Timur' },
 *   regency: { code: '64.71', name: 'Kota Balikpapan' },
 *   districts: [], villages: [], lang: 'id',
 * });
 * files.map((f) => f.path); // ['programme.json', 'regions.csv', 'kampung.csv', …, 'README.md']
 * ```
 */
export function scaffoldDataDir(input: ScaffoldInput): ScaffoldFile[] {
  const regions = [input.province, input.regency, ...[...input.districts, ...input.villages].sort(byCode)];
  const files: ScaffoldFile[] = [
    { path: 'programme.json', content: programmeJson(input) },
    { path: 'regions.csv', content: recordsToCsv('region', regions) },
    ...RECORD_FILES.map((r) => ({ path: `${r.fileStem}.csv`, content: recordsToCsv(r.type, []) })),
    { path: 'rules.yaml', content: rulesYaml(input) },
    { path: 'indicators.yaml', content: indicatorsYaml(input) },
    { path: 'targets.json', content: targetsJson() },
  ];
  return [
    ...files,
    { path: 'README.md', content: readme(input, [...files.map((f) => f.path), 'README.md']) },
  ];
}
