import type { ExclusionReason } from '@kampung-kb/rules';

/** Custom checks of the option schemas (their zod issues carry `params.check`). */
export type OptionCheck = 'period' | 'month' | 'today' | 'json-csv' | 'explain-level' | 'agency';

/**
 * Every text the `kkb` command prints itself, as strings or functions of their values. One catalogue per
 * language (`id.ts`, `en.ts`); this type makes both have the same keys. Numbers and plurals go through
 * `Intl` (`formatCount`, `plural`).
 */
export interface Messages {
  // — help —
  readonly programDescription: string;
  /** Usage line of the program (`[options] [command]`). */
  readonly usageProgram: string;
  /** Usage line of a command (`[options] <dir>`). */
  readonly usageCommand: string;
  readonly docsPointer: string;
  readonly helpTitle: (title: string) => string;
  readonly helpOption: string;
  readonly helpCommand: string;
  readonly versionOption: string;
  readonly validateDescription: string;
  readonly indicatorsDescription: string;
  readonly reportDescription: string;
  readonly argDir: string;
  readonly optRules: string;
  readonly optJson: string;
  readonly optCsv: string;
  readonly optLang: string;
  readonly optToday: string;
  readonly optStrict: string;
  readonly optLevel: string;
  readonly optPeriod: string;
  readonly optMonth: string;
  readonly optIndicator: string;
  readonly optIndicators: string;
  readonly optTargets: string;
  readonly optList: string;
  readonly optExplain: string;
  readonly optCrossSector: string;
  readonly optZeroDenominator: string;
  readonly optOut: string;
  readonly optPublic: string;

  // — usage errors —
  readonly unknownCommand: (name: string) => string;
  readonly unknownOption: (flag: string) => string;
  readonly didYouMean: (candidates: readonly string[]) => string;
  readonly missingArgument: (name: string) => string;
  readonly optionMissingValue: (flag: string) => string;
  readonly requiredOption: (flag: string) => string;
  readonly tooManyArguments: (expected: number, got: number) => string;
  readonly invalidArguments: string;
  readonly invalidValue: (field: string, message: string) => string;
  readonly required: (field: string) => string;
  readonly optionCheck: (check: OptionCheck) => string;
  readonly seeHelp: (command: string | undefined) => string;
  readonly internalError: (command: string | undefined) => string;

  // — data —
  readonly excludedHeadline: (excluded: number, read: number) => string;
  readonly excludedReason: (reason: ExclusionReason, n: number, conflicting: number) => string;
  readonly excludedFile: (file: string, excluded: number, read: number, reasons: string) => string;
  readonly excludedHint: string;
  readonly strictFailed: (excluded: number) => string;
  readonly dataUnreadable: (dir: string, problems: number) => string;
  readonly notDataDir: (dir: string) => string;
  readonly readingDir: (dir: string) => string;
  /** Progress while reading a file: bytes read of its size. */
  readonly reading: (file: string, bytesRead: number, bytesTotal: number) => string;

  // — validate —
  readonly rulesUnreadable: (file: string, reason: string) => string;
  readonly rulesUnusable: (file: string, problems: number) => string;
  readonly readSummary: (files: number, records: number, dir: string) => string;
  readonly readerProblems: (n: number) => string;
  readonly fsReason: (code: string) => string;

  // — indicators —
  readonly indicatorFileInvalid: (file: string, problems: number) => string;
  readonly targetFileInvalid: (file: string, problems: number) => string;
  readonly noMonthlyReports: (dir: string) => string;
  readonly classificationIsMonthly: (period: string) => string;
  readonly unknownIndicator: (ids: readonly string[], known: readonly string[]) => string;
  readonly unknownAgency: (codes: readonly string[], known: readonly string[]) => string;
  readonly periodHeading: (period: string) => string;
  readonly kampungTableHead: readonly string[];
  readonly resultTableHead: readonly string[];
  readonly yes: string;
  readonly no: string;
  readonly explanationHeading: (
    name: string,
    id: string,
    level: string,
    input: string,
    process: string,
    output: string,
  ) => string;
  readonly nextLevel: string;
  readonly alternative: (level: string, changes: number, points: number) => string;
  readonly unit: string;
  readonly levels: string;
  readonly periods: string;
  readonly standard: string;

  // — report —
  readonly reportNotWritten: (out: string, written: number, total: number) => string;
  readonly reportWritten: (files: number, kampung: number, period: string, out: string) => string;

  // — report formats —
  readonly optFormat: string;
  readonly optChromium: string;
  readonly reportFormatUnknown: (format: string, known: readonly string[]) => string;
  readonly reportFormatEmpty: (known: readonly string[]) => string;
  readonly chromiumMissing: (path: string) => string;
  readonly chromiumFailed: (path: string, detail: string) => string;

  // — readiness —
  readonly readinessDescription: string;
  readonly readinessHeading: (city: string | undefined, score: string, points: string, max: string) => string;
  readonly readinessRule: string;
  readonly readinessCounts: (done: number, inProgress: number, notStarted: number, unknown: number) => string;
  readonly readinessStatus: Readonly<Record<'done' | 'inProgress' | 'notStarted' | 'unknown', string>>;
  readonly readinessWeight: (weight: string, points: string) => string;
  readonly readinessNotRecorded: string;
  readonly readinessEvidence: (text: string) => string;
  readonly readinessLeadAgency: (agency: string) => string;
  readonly readinessNote: (note: string) => string;
  readonly readinessNextStep: (step: string) => string;
  readonly readinessToCheck: (items: readonly string[]) => string;
  readonly readinessNoProgramme: (dir: string) => string;

  // — sites —
  readonly sitesDescription: string;
  readonly optCandidates: string;
  readonly optSitesPeriod: string;
  readonly sitesFromData: (villages: number, period: string | undefined) => string;
  readonly sitesWithoutData: (names: readonly string[]) => string;
  readonly sitesFromFile: (
    file: string,
    accepted: number,
    read: number,
    ignored: number,
    rejected: number,
  ) => string;
  readonly sitesCandidatesUnusable: (file: string) => string;
  readonly sitesNone: string;
  readonly sitesRule: string;
  readonly sitesWeights: (fromProgramme: boolean) => string;
  readonly sitesRankLine: (
    rank: number,
    tied: boolean,
    name: string,
    score: string,
    max: string,
    coverage: string,
  ) => string;
  readonly sitesDesignated: (ids: readonly string[]) => string;
  readonly sitesContribution: (label: string, value: string, weight: string, points: string) => string;
  readonly sitesNoData: (labels: readonly string[]) => string;
  readonly sitesRejectedRows: (rejected: number) => string;
  // — import —
  readonly importDescription: string;
  readonly argImportFile: string;
  readonly optInto: string;
  readonly optDryRun: string;
  readonly importHeading: (file: string, dir: string, dryRun: boolean) => string;
  /** One line of counts: a sheet (with its record type) or the total (`label` undefined). */
  readonly importCounts: (label: string | undefined, counts: ImportCountsText) => string;
  readonly importRejectedHeading: (rows: number, reasons: number) => string;
  readonly importWarningsHeading: (n: number) => string;
  readonly importWritten: (files: readonly string[], dir: string) => string;
  readonly importNothingToWrite: string;
  readonly importDryRun: (files: readonly string[]) => string;
  readonly importStopped: string;
  // — family —
  readonly familyDescription: string;
  readonly argFamilyFile: string;
  readonly optFamilyData: string;
  readonly optSecretFile: string;
  readonly optSecretEnv: string;
  readonly optDhs: string;
  readonly optGroupBy: string;
  readonly optGroupMap: string;
  readonly optFamilyPeriod: string;
  readonly familyHeading: (file: string, dir: string) => string;
  readonly familyAccounting: (s: {
    rows: number;
    families: number;
    members: number;
    women: number;
    rejectedRows: number;
    rejectedFamilies: number;
  }) => string;
  readonly familyDhsAccounting: (s: {
    rows: number;
    women: number;
    rejectedRows: number;
    skipped: number;
  }) => string;
  readonly familyWritten: (file: string, dir: string, tallies: number) => string;
  readonly familyNothingToWrite: string;
  readonly familySecretMissing: string;
  readonly familySecretShort: string;
  readonly familySecretUnreadable: (file: string) => string;
  readonly familySecretEnvEmpty: (name: string) => string;
  readonly familyDataDirMissing: (dir: string) => string;
  readonly familyDhsPeriodMissing: string;
  readonly familyGroupMapUnreadable: (file: string) => string;
  // — template —
  readonly templateDescription: string;
  readonly optTemplateOut: string;
  readonly optTemplatePeriod: string;
  readonly optForce: string;
  readonly templateExists: (out: string) => string;
  readonly templateNotWritten: (out: string) => string;
  readonly templateReadProblems: (n: number, dir: string) => string;
  readonly templateWritten: (out: string, sheets: number, records: number) => string;
  readonly templatePrefilled: (rows: number, period: string) => string;
  readonly optTemplateCandidates: string;
  readonly templateCandidatesWritten: (out: string) => string;
  // — init —
  readonly initDescription: string;
  readonly argInitDir: string;
  readonly optRegion: string;
  readonly optInitForce: string;
  readonly optInitLang: string;
  readonly initLevelName: (level: 'province' | 'regency' | 'district' | 'village') => string;
  readonly initRegionUnknown: (query: string) => string;
  readonly initRegionAmbiguous: (query: string) => string;
  readonly initNotRegency: (code: string, name: string, level: string, hint: string) => string;
  readonly initCandidates: (candidates: readonly string[]) => string;
  readonly initNotEmpty: (dir: string, entries: number) => string;
  readonly initNotDirectory: (dir: string) => string;
  readonly initNotWritten: (dir: string) => string;
  readonly initWritten: (
    dir: string,
    files: number,
    regency: string,
    districts: number,
    villages: number,
  ) => string;
  readonly initNext: (dir: string) => string;

  // — region check —
  readonly regionProblems: (n: number, source: string) => string;
  readonly noKampungYet: (dir: string) => string;

  // — indicators --engine (sql-indicators) —
  readonly optEngineIndicators: string;
  readonly engineFallback: (engine: string, reasons: readonly string[]) => string;
  // — validate --engine (sql-rules) —
  /** `--engine` of `kkb validate`. */
  readonly optValidateEngine: string;
}

/** The counts of an import summary line. */
export interface ImportCountsText {
  readonly read: number;
  readonly imported: number;
  readonly updated: number;
  readonly ignored: number;
  readonly rejected: number;
}
