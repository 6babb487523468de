import { formatCount, megabytes, percentOf, plural } from '../internal/plural.js';
import type { Messages, OptionCheck } from './messages.js';

const CHECKS: Readonly<Record<OptionCheck, string>> = {
  period: 'not a period: 202012, 2020Q4, 2020S2, 2020 or 2020-12',
  month: 'not a month (YYYY-MM)',
  today: 'not a date (YYYY-MM-DD)',
  'json-csv': '--json and --csv exclude each other',
  'explain-level': '--explain is for --level kampung',
  agency: 'not an agency code',
};

const FS: Readonly<Record<string, string>> = {
  ENOENT: 'not found',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
};

/** The English catalogue. */
export const en: Messages = {
  programDescription: 'kkb — Kampung KB SDK: check the data, compute indicators, write reports.',
  docsPointer:
    '\nData directory format: https://github.com/kampung-kb/kampung-kb-sdk/blob/main/docs/data-format.md\nExit codes: 0 ok, 1 errors found (or records left out with --strict), 2 usage error or unreadable input.',
  usageProgram: '[options] [command]',
  usageCommand: '[options] <dir>',
  helpTitle: (t) => t,
  helpOption: 'display help for command',
  helpCommand: 'display help for a command',
  versionOption: 'output the version number',
  validateDescription: 'Check the data. Exit 0 clean, 1 errors found, 2 usage error or unreadable input.',
  indicatorsDescription:
    'Indicators and classification of every kampung (without --period: the latest month in the data); other levels, --indicator and --indicators use the indicator engine.',
  reportDescription:
    'Write reports (city recap, classification, evaluation, intervention matrix, urun rembug follow-up, and a monthly report and a profile per kampung) as HTML, Markdown, PDF, XLSX or CSV.',
  argDir: 'the data directory (CSV/JSON and programme.json/yaml)',
  optRules: "the city's rules file (YAML/JSON) adding, overriding and disabling rules",
  optJson: 'print one JSON document',
  optCsv: 'print CSV',
  optLang: "output language: id or en (default: the programme's defaultLang, then id)",
  optToday: "today's date for the future-date check (default: today in the programme's time zone)",
  optStrict: 'exit 1 when any record was left out of the computation',
  optLevel: 'level: kampung, kelurahan, kecamatan or kota',
  optPeriod: 'period: 202012, 2020Q4, 2020S2, 2020 or 2020-12',
  optMonth: 'month of the reports (YYYY-MM; default: the latest month in the data)',
  optIndicator: 'a catalogue indicator (may repeat)',
  optIndicators: "the city's own indicators (JSON/YAML), checked before data is read",
  optTargets: "the city's targets (e.g. RPJMD) per indicator, region and year (JSON/YAML)",
  optList: 'the indicator catalogue with definitions',
  optExplain: 'each sub-indicator explained and the changes to the next level (kampung level)',
  optCrossSector: 'agency codes (comma-separated) not counted as cross-sector; empty: count every agency',
  optZeroDenominator:
    'a percentage with a zero denominator: zero (0 %, as the portal) or missing (treated as missing)',
  optOut: 'output directory',
  optPublic: 'public report: suppress small cells',

  unknownCommand: (name) => `Unknown command: '${name}'.`,
  unknownOption: (flag) => `Unknown option: '${flag}'.`,
  didYouMean: (c) => (c.length === 1 ? `Did you mean ${c[0]}?` : `Did you mean one of ${c.join(', ')}?`),
  missingArgument: (name) => `The argument <${name}> is required.`,
  optionMissingValue: (flag) => `The option '${flag}' needs a value.`,
  requiredOption: (flag) => `The option '${flag}' is required.`,
  tooManyArguments: (expected, got) =>
    `Too many arguments: expected ${formatCount('en', expected)}, got ${formatCount('en', got)}.`,
  invalidArguments: 'Invalid arguments.',
  invalidValue: (field, message) => `Invalid value for ${field}: ${message}`,
  required: (field) => `${field} is required.`,
  optionCheck: (check) => CHECKS[check],
  seeHelp: (command) => `'kkb ${command === undefined ? '' : `${command} `}--help' for help.`,
  internalError: (command) =>
    `kkb${command === undefined ? '' : ` ${command}`}: internal error; this is a fault of the program, not of your data. Please report it.`,

  excludedHeadline: (excluded, read) =>
    `${formatCount('en', excluded)} of ${plural('en', read, { one: 'record', other: 'records' })} left out of the computation:`,
  excludedReason: (reason, n, conflicting) => {
    if (reason === 'schema-invalid')
      return plural('en', n, { one: 'invalid record', other: 'invalid records' });
    if (reason === 'unknown-kampung')
      return plural('en', n, { one: 'record of an unknown kampung', other: 'records of unknown kampung' });
    const d = plural('en', n, { one: 'duplicate', other: 'duplicates' });
    return conflicting > 0
      ? `${d} (${plural('en', conflicting, { other: '{n} differing from the first' })})`
      : d;
  },
  excludedFile: (file, excluded, read, reasons) =>
    `  ${file}: ${formatCount('en', excluded)} of ${formatCount('en', read)} — ${reasons}`,
  excludedHint: "  Run 'kkb validate' for the details; of duplicates the first is used.",
  strictFailed: (excluded) =>
    `--strict: ${plural('en', excluded, { one: 'record was', other: 'records were' })} left out, so the exit code is 1.`,
  dataUnreadable: (dir, problems) =>
    `The data in '${dir}' cannot be read (${plural('en', problems, { one: 'problem', other: 'problems' })}).`,
  notDataDir: (dir) =>
    `'${dir}' is not a data directory: it has no data file (regions, kampung, profiles, population, monthly, interventions, proposals, budgets; .csv or .json) and no programme.json/programme.yaml.`,
  readingDir: (dir) => `Reading the data in '${dir}'…`,
  reading: (file, bytesRead, bytesTotal) =>
    `Reading ${file}: ${percentOf(bytesRead, bytesTotal)} of ${megabytes('en', bytesTotal)}…`,

  rulesUnreadable: (file, reason) => `The rules file '${file}' cannot be read: ${reason}.`,
  rulesUnusable: (file, problems) =>
    `The rules file '${file}' cannot be used (${plural('en', problems, { one: 'problem', other: 'problems' })}).`,
  readSummary: (files, records, dir) =>
    `${plural('en', files, { one: 'file', other: 'files' })}, ${plural('en', records, { one: 'record', other: 'records' })} read from '${dir}'.`,
  readerProblems: (n) => `Problems while reading files: ${formatCount('en', n)}.`,
  fsReason: (code) => FS[code] ?? `file-system error (${code})`,

  indicatorFileInvalid: (file, problems) =>
    `The indicator definitions in '${file}' are invalid (${plural('en', problems, { one: 'problem', other: 'problems' })}); no data was read.`,
  targetFileInvalid: (file, problems) =>
    `The targets in '${file}' are invalid (${plural('en', problems, { one: 'problem', other: 'problems' })}); no data was read.`,
  noMonthlyReports: (dir) =>
    `There are no monthly reports in '${dir}', so there is no month to compute; give --period.`,
  classificationIsMonthly: (period) =>
    `--period ${period}: the kampung classification is monthly (e.g. 2020-12 or 202012); for a quarter, half or year use --indicator or another --level.`,
  unknownIndicator: (ids, known) =>
    `Unknown indicator: ${ids.join(', ')} (known: ${known.join(', ')}; see --list).`,
  unknownAgency: (codes, known) => `Unknown agency code: ${codes.join(', ')} (known: ${known.join(', ')}).`,
  periodHeading: (period) => `Period ${period}`,
  kampungTableHead: [
    'Kampung',
    'CPR %',
    'MKJP %',
    'Unmet %',
    'Poktan %',
    'Input',
    'Process',
    'Output',
    'Level',
  ],
  resultTableHead: [
    'Area',
    'Indicator',
    'Value',
    'Numerator',
    'Denominator',
    'Target',
    'Achieved %',
    'On track',
  ],
  yes: 'yes',
  no: 'no',
  explanationHeading: (name, kampungId, level, input, process, output) =>
    `${name} (${kampungId}): ${level} — input ${input}, process ${process}, output ${output}`,
  nextLevel: 'Next level',
  alternative: (level, changes, points) =>
    `Or to ${level}: ${plural('en', changes, { one: 'sub-indicator', other: 'sub-indicators' })}, +${plural('en', points, { one: 'score point', other: 'score points' })}`,
  unit: 'unit',
  levels: 'levels',
  periods: 'periods',
  standard: 'standard',

  reportNotWritten: (out, written, total) =>
    `The reports were not all written to '${out}': ${formatCount('en', written)} of ${plural('en', total, { one: 'file', other: 'files' })} written.`,
  reportWritten: (files, kampung, period, out) =>
    `${plural('en', files, { one: 'report file', other: 'report files' })} (${formatCount('en', kampung)} kampung, ${period}) written to ${out}`,

  // — report formats —
  optFormat: 'formats to write, comma-separated: html, md, pdf, xlsx, csv (default html,md)',
  optChromium: 'Chromium for PDF (default: KKB_CHROMIUM or /usr/bin/chromium)',
  reportFormatUnknown: (format, known) => `unknown format '${format}'; known: ${known.join(', ')}.`,
  reportFormatEmpty: (known) => `name at least one format: ${known.join(', ')}.`,
  chromiumMissing: (path) =>
    `PDF needs Chromium, but there is none at ${path}. Install the chromium package (Debian/Ubuntu: apt-get install chromium), give its path with --chromium <path> or KKB_CHROMIUM, or choose other formats (--format html,md). No file was written.`,
  chromiumFailed: (path, detail) =>
    `Chromium at ${path} could not be started for PDF${detail === '' ? '' : ` (${detail})`}. Give another Chromium with --chromium <path> or KKB_CHROMIUM, or choose other formats. No file was written.`,

  // — readiness —
  readinessDescription:
    "The city programme's readiness checklist (programme.json readiness): score, what is missing and the next steps.",
  readinessHeading: (city, score, points, max) =>
    `Programme readiness${city === undefined ? '' : ` of ${city}`}: score ${score} (${points} of ${max} points)`,
  readinessRule: 'done = full weight, in progress = half the weight, not started and unknown = 0',
  readinessCounts: (done, inProgress, notStarted, unknown) =>
    `done ${formatCount('en', done)} · in progress ${formatCount('en', inProgress)} · not started ${formatCount('en', notStarted)} · unknown ${formatCount('en', unknown)}`,
  readinessStatus: { done: 'done', inProgress: 'in progress', notStarted: 'not started', unknown: 'unknown' },
  readinessWeight: (weight, points) => `weight ${weight}, ${points} points`,
  readinessNotRecorded: 'not recorded in programme.json',
  readinessEvidence: (text) => `evidence: ${text}`,
  readinessLeadAgency: (agency) => `lead agency: ${agency}`,
  readinessNote: (note) => `note: ${note}`,
  readinessNextStep: (step) => `→ next step: ${step}`,
  readinessToCheck: (items) => `To check (unknown): ${items.join('; ')}`,
  readinessNoProgramme: (dir) =>
    `'${dir}' has no programme.json/yaml: every item counts as unknown. Run kkb init or add the readiness key.`,

  // — sites —
  sitesDescription:
    'Rank kelurahan/desa for a new Kampung KB by the main criteria, area criteria and the data of the city, explaining every rank.',
  optCandidates: 'candidates file (CSV or XLSX, one row per kelurahan/desa)',
  optSitesPeriod:
    'month of CPR and unmet need without --candidates (YYYY-MM; default: the latest in the data)',
  sitesFromData: (villages, period) =>
    `Candidates from the data: ${plural('en', villages, { one: 'village', other: 'villages' })} with a Kampung KB${period === undefined ? '' : ` (CPR and unmet need of ${period})`}. Poverty and density are not in a data directory: use --candidates.`,
  sitesWithoutData: (names) =>
    `Not ranked, no data (${formatCount('en', names.length)}): ${names.join(', ')}`,
  sitesFromFile: (file, accepted, read, ignored, rejected) =>
    `Candidates from '${file}': ${formatCount('en', read)} rows read, ${formatCount('en', accepted)} accepted, ${formatCount('en', ignored)} blank, ${formatCount('en', rejected)} rejected.`,
  sitesCandidatesUnusable: (file) => `The candidates file '${file}' cannot be used.`,
  sitesNone: 'No candidate to rank.',
  sitesRule:
    'Score = the weights of the criteria met + weight × where a measure stands among the candidates (low CPR, high unmet need, poverty and density); no data = 0, and said.',
  sitesWeights: (fromProgramme) =>
    fromProgramme
      ? 'Weights: programme.json siteSelection, the rest default (docs/sites.md).'
      : 'Weights: the defaults (docs/sites.md); set them in programme.json siteSelection.',
  sitesRankLine: (rank, tied, name, score, max, coverage) =>
    `${rank}.${tied ? ' (tie)' : ''} ${name} — score ${score} of ${max}; data for ${coverage}% of the weight`,
  sitesDesignated: (ids) => `already a Kampung KB: ${ids.join(', ')}`,
  sitesContribution: (label, value, weight, points) => `+${points}  ${label}: ${value} (weight ${weight})`,
  sitesNoData: (labels) => `no data: ${labels.join('; ')}`,
  sitesRejectedRows: (rejected) =>
    `${plural('en', rejected, { one: 'candidate row', other: 'candidate rows' })} rejected and not ranked (see above).`,
  // — import —
  importDescription:
    'Import a filled workbook (.xlsx), CSV or JSON file into a data directory. Exit 0 nothing rejected, 1 some rows rejected (the accepted ones are written), 2 file or directory unreadable.',
  argImportFile: 'the .xlsx, .csv or .json file to import',
  optInto: 'the data directory to import into',
  optDryRun: 'check and count everything, write nothing',
  importHeading: (file, dir, dryRun) =>
    `Import of '${file}' into '${dir}'${dryRun ? ' (dry run: nothing is written)' : ''}`,
  importCounts: (label, c) =>
    `${label === undefined ? 'Total' : `  ${label}`}: read ${formatCount('en', c.read)}, imported ${formatCount('en', c.imported)}, updated ${formatCount('en', c.updated)}, ignored ${formatCount('en', c.ignored)}, rejected ${formatCount('en', c.rejected)}`,
  importRejectedHeading: (rows, reasons) =>
    `Rejected: ${plural('en', rows, { one: 'row', other: 'rows' })} (${plural('en', reasons, { one: 'reason', other: 'reasons' })}):`,
  importWarningsHeading: (n) => `${plural('en', n, { one: 'warning', other: 'warnings' })}:`,
  importWritten: (files, dir) => `Written to '${dir}': ${files.join(', ')}.`,
  importNothingToWrite: 'Nothing to write: no row was accepted.',
  importDryRun: (files) =>
    files.length === 0
      ? 'Dry run: no row would be written.'
      : `Dry run: these files would be written: ${files.join(', ')}.`,
  importStopped: 'The import was stopped; the data directory is unchanged.',
  // — family —
  familyDescription:
    "Tally a family register (PK21: .csv, .xlsx, .json, .ndjson; KK and NIK numbers pseudonymised on read under the city secret) or, with --dhs, a DHS women's recode (.csv) into family-tallies-<period>.csv of a data directory, which kkb indicators and kkb report then read. Exit 0 every row accepted, 1 some rows rejected (the rest is tallied), 2 file, secret or directory unusable.",
  argFamilyFile: "the family register (or, with --dhs, the DHS women's recode) to read",
  optFamilyData: 'the data directory to write family-tallies-<period>.csv into',
  optSecretFile: 'a file holding the city secret for the KK/NIK pseudonyms (at least 16 bytes)',
  optSecretEnv: 'an environment variable holding the city secret',
  optDhs: "read a DHS women's recode exported to CSV instead of a register",
  optGroupBy: 'with --dhs: the DHS variable that places a woman (default v001)',
  optGroupMap: 'with --dhs: a CSV "value,kampungId" mapping that variable\'s values to kampung ids',
  optFamilyPeriod:
    'the month of the tallies (YYYY-MM): required with --dhs; for a register, keep only that month',
  familyHeading: (file, dir) => `Family tallies of '${file}' into '${dir}'`,
  familyAccounting: (s) =>
    `Rows read ${formatCount('en', s.rows)}: ${formatCount('en', s.rows - s.rejectedRows)} in ${plural('en', s.families, { one: 'accepted family', other: 'accepted families' })} (${formatCount('en', s.members)} members, ${formatCount('en', s.women)} women with a Blok II), ${formatCount('en', s.rejectedRows)} rejected (${plural('en', s.rejectedFamilies, { one: 'family', other: 'families' })}).`,
  familyDhsAccounting: (s) =>
    `Rows read ${formatCount('en', s.rows)}: ${plural('en', s.women, { one: 'woman', other: 'women' })} accepted (${formatCount('en', s.skipped)} outside 15–49 not tallied), ${formatCount('en', s.rejectedRows)} rejected.`,
  familyWritten: (file, dir, tallies) =>
    `Written to '${dir}': ${file} (${plural('en', tallies, { one: 'tally', other: 'tallies' })}, one per kampung and month).`,
  familyNothingToWrite: 'Nothing to write: no family was tallied.',
  familySecretMissing: 'give the city secret with --secret-file <file> or --secret-env <VARIABLE>',
  familySecretShort: 'the city secret is shorter than 16 bytes; use a longer one',
  familySecretUnreadable: (file) => `the secret file '${file}' cannot be read`,
  familySecretEnvEmpty: (name) => `the environment variable ${name} is not set or empty`,
  familyDataDirMissing: (dir) => `the data directory '${dir}' does not exist`,
  familyDhsPeriodMissing: 'with --dhs, give the month of the survey with --period YYYY-MM',
  familyGroupMapUnreadable: (file) => `the group map '${file}' cannot be read`,
  // — template —
  templateDescription:
    'Write an Excel data-entry workbook of the data directory (instructions, one sheet per record type, dropdowns, checks; the monthly sheet ready for the month).',
  optTemplateOut: 'the workbook to write (.xlsx)',
  optTemplatePeriod:
    'month to prepare on the monthly sheet (YYYY-MM; default: the month after the latest report)',
  optTemplateCandidates:
    'write the site-selection candidates workbook instead (one row per kelurahan/desa of regions.csv, for kkb sites --candidates)',
  templateCandidatesWritten: (out) =>
    `Candidates workbook written to ${out}: one row per kelurahan/desa of regions.csv; fill it, then run kkb sites <dir> --candidates ${out}.`,
  optForce: 'replace an existing file',
  templateExists: (out) => `'${out}' exists: nothing written (use --force to replace it).`,
  templateNotWritten: (out) => `The workbook could not be written to '${out}'.`,
  templateReadProblems: (n, dir) =>
    `${plural('en', n, { one: 'problem', other: 'problems' })} found reading ${dir}; the workbook keeps the values as read (run kkb validate for details).`,
  templateWritten: (out, sheets, records) =>
    `Workbook written to ${out}: ${plural('en', sheets, { one: 'sheet', other: 'sheets' })}, ${plural('en', records, { one: 'record', other: 'records' })} of the data directory.`,
  templatePrefilled: (rows, period) =>
    `Monthly sheet: ${plural('en', rows, { one: 'row', other: 'rows' })} ready for ${period} (one per kampung without a report).`,
  // — init —
  initDescription:
    'Make a new data directory for a regency or city from the official region list. Exit 0 written, 2 usage error, unknown region or non-empty folder.',
  argInitDir: 'folder to make the data directory in (new or empty)',
  optRegion: 'the regency or city: its Kemendagri code (64.71) or its name (Balikpapan, "Kab. Banjar")',
  optInitForce: "write into a non-empty folder (only files with the scaffold's names are replaced)",
  optInitLang: "language of the messages and of the programme's reports (defaultLang): id or en (default id)",
  initLevelName: (level) =>
    ({
      province: 'a province',
      regency: 'a regency or city',
      district: 'a district (kecamatan)',
      village: 'a village (kelurahan/desa)',
    })[level],
  initRegionUnknown: (query) => `No regency or city '${query}' in the official Kemendagri list.`,
  initRegionAmbiguous: (query) =>
    `'${query}' names more than one region; give the code or the full name (with Kota or Kabupaten).`,
  initNotRegency: (code, name, level, hint) =>
    `${code} ${name} is ${level}; kkb init needs a regency or city (kabupaten/kota)${hint === '' ? '' : `, e.g. --region ${hint}`}.`,
  initCandidates: (candidates) => `Did you mean: ${candidates.join('; ')}?`,
  initNotEmpty: (dir, entries) =>
    `'${dir}' is not empty (${plural('en', entries, { one: 'entry', other: 'entries' })}); nothing was written. Choose an empty folder, or give --force to write the scaffold's files into it (files with other names are kept).`,
  initNotDirectory: (dir) => `'${dir}' exists and is not a folder; nothing was written.`,
  initNotWritten: (dir) => `The data directory '${dir}' was not written completely.`,
  initWritten: (dir, files, regency, districts, villages) =>
    `Data directory for ${regency} made in '${dir}': ${plural('en', files, { one: 'file', other: 'files' })}, ${formatCount('en', districts)} kecamatan, ${formatCount('en', villages)} kelurahan/desa.`,
  initNext: (dir) => `Next steps are in ${dir}/README.md. Check the folder now with: kkb validate ${dir}`,

  // — region check —
  regionProblems: (n, source) =>
    `Region codes checked against the official Kemendagri list (${source}): ${plural('en', n, { one: 'problem', other: 'problems' })}.`,
  noKampungYet: (dir) =>
    `There is no kampung in '${dir}' yet: add them to kampung.csv, or fill a workbook (kkb template) and import it (kkb import).`,

  // — indicators --engine (sql-indicators) —
  optEngineIndicators:
    'js (default) or duckdb: compute with DuckDB straight over the files (canonical kampung.json, monthly.csv, population.csv; anything else is read by the JavaScript engine, with the same output)',
  engineFallback: (engine, reasons) =>
    `--engine ${engine}: computed with the JavaScript engine instead (${reasons.join('; ')}).`,
  // — validate --engine (sql-rules) —
  optValidateEngine:
    'js (default) or duckdb: DuckDB reads the monthly reports and checks them with the rules compiled to SQL (same output; a file it cannot read canonically is checked by js)',
};
