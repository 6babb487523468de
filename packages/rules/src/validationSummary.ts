import type { Label, RecordType, Severity } from '@kampung-kb/model';

/** How many records of one type were checked and how many of them have at least one error. */
export interface RecordTypeSummary {
  readonly total: number;
  readonly withErrors: number;
}

/**
 * Counts of a validation run, so every input record is accounted for: issues per severity and per rule
 * id (every rule that ran appears, with 0 when it found nothing), records per type with how many have an
 * error, and which rules were switched off.
 *
 * @example
 * ```ts
 * const { summary } = validateDataset(dataset);
 * summary.bySeverity; // { error: 2, warning: 1, info: 0 }
 * summary.byRule['kkbpk-balance']; // 1
 * summary.byRecordType.monthly; // { total: 36, withErrors: 2 }
 * summary.disabledRules; // []
 * ```
 */
export interface ValidationSummary {
  /** Number of issues of each severity. */
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Number of issues per rule id, for every rule that ran (in catalogue order). */
  readonly byRule: Readonly<Record<string, number>>;
  /** Records checked per type, and how many have at least one `error` issue. */
  readonly byRecordType: Readonly<Record<RecordType, RecordTypeSummary>>;
  /** Ids of the catalogue rules that were switched off (`options.disabled`), in catalogue order. */
  readonly disabledRules: readonly string[];
  /** Ids given in `options.disabled` that name no rule of the catalogue (likely typos); they had no effect. */
  readonly unknownDisabledRules: readonly string[];
  /** What a city's rules file changed in the catalogue, when the run used one ({@link resolveRules}). */
  readonly ruleChanges?: RuleChanges;
}

/**
 * What a city's rules file changed: rules added, rules overridden (with the fields it changed) and rules
 * disabled (with the reason given), in file order.
 *
 * @example
 * ```ts
 * const c: RuleChanges = {
 *   file: 'rules.yaml',
 *   added: [{ id: 'mkjp-share-min-15', name: { id: 'Porsi MKJP minimal 15 %', en: 'MKJP share at least 15 %' }, severity: 'warning' }],
 *   overridden: [{ id: 'jkn-within-population', fields: ['severity'], name: { id: 'Pemegang JKN ≤ jumlah penduduk', en: 'JKN holders ≤ population' } }],
 *   disabled: [{ id: 'intervention-after-designation', reason: 'Tanggal pencanangan belum diverifikasi' }],
 * };
 * ```
 */
export interface RuleChanges {
  /** The rules file, when known. */
  readonly file?: string;
  readonly added: readonly { readonly id: string; readonly name: Label; readonly severity: Severity }[];
  readonly overridden: readonly {
    readonly id: string;
    readonly name: Label;
    readonly fields: readonly string[];
  }[];
  readonly disabled: readonly { readonly id: string; readonly reason: string }[];
}
