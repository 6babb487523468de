import type { Dataset, Issue, RecordType, SourceRef } from '@kampung-kb/model';
import { RECORD_TYPES } from '@kampung-kb/model';
import type { builtinRules } from './builtinRules.js';
import type { CompiledRuleSet, compileRules, RuleExplanation } from './compileRules.js';
import { createDatasetValidator } from './createDatasetValidator.js';
import type { RuleResolution, resolveRules } from './resolveRules.js';
import type { RuleDefinition } from './ruleDefinition.js';
import type { ValidationSummary } from './validationSummary.js';

/** Options of {@link validateDataset}. */
export interface ValidateOptions {
  /**
   * Kemendagri code of the programme's regency/city (from the city's programme definition), dotted
   * (`63.71`) or undotted (`6371`). Every kampung, and every region at or below city level, must lie
   * inside it (`region-outside-city`).
   */
  readonly cityCode?: string;
  /**
   * The date future-date checks compare with, `YYYY-MM-DD`; defaults to today in the programme's time zone
   * (WIB, WITA or WIT by the province of `cityCode`; WIB without one), not the machine's.
   */
  readonly today?: string;
  /** Ids of rules (definitions, e.g. `poktan-within-target`) to switch off; reported back as `summary.disabledRules`. */
  readonly disabled?: readonly string[];
  /**
   * The rules to apply instead of {@link builtinRules}: definitions (compiled here), a rule set compiled
   * by {@link compileRules}, or the result of {@link resolveRules} (its changes then appear in
   * `summary.ruleChanges`).
   */
  readonly rules?: readonly RuleDefinition[] | CompiledRuleSet | RuleResolution;
  /** Trace the operand values of every expression-rule issue into `result.explanations`. */
  readonly explain?: boolean;
}

/**
 * What {@link validateDataset} (and `finish()` of {@link createDatasetValidator}) returns: the issues, in
 * record order, and their counts. When the issues were streamed through `onIssue`, `issues` is empty and
 * the summary still counts them.
 */
export interface ValidationResult {
  readonly issues: readonly Issue[];
  readonly summary: ValidationSummary;
  /** With `options.explain`: the operand trace behind each issue of an expression or cross-period rule. */
  readonly explanations?: ReadonlyMap<Issue, RuleExplanation>;
}

/**
 * Checks a data set with a rule set (the {@link builtinRules} unless `options.rules` says otherwise) and
 * returns every issue as data (with the record's file and line when `dataset.sources` knows them) and a
 * summary that accounts for every record.
 *
 * Issues come in the order of `RECORD_TYPES` (regions, kampung, profiles, population, monthly,
 * interventions, proposals, budgets) and, within a type, in array order. A record's issues come in this order: its schema
 * problems (in the order the schema finds them), `population-missing`, the expression rules of its
 * type in catalogue order, the cross-period rules (`jump`, `outlier`), then the structural checks
 * (regions, references, duplicates, future dates). Records that fail their schema are reported once, by
 * `record-shape` or `count-non-negative-integer`, and every expression and cross-period rule skips them;
 * a monthly report whose population snapshot in force fails its schema sees no population variables, so
 * rules reading them skip (under their missing-value strategies), and one bad cell does not cascade.
 * Structural checks still look at the fields that are well formed. Disabling a rule removes its issues
 * only; what counts as valid does not change.
 *
 * Issues of a template rule carry the expanded id as `ruleId` (`poktan-within-target.bkb`) and the
 * template's id as `code`; `summary.byRule` counts per definition (template) id.
 *
 * It is {@link createDatasetValidator} fed with the data set's records, type by type in that order, and
 * its issues put back in record order: one code path for data in memory and data streamed from files.
 *
 * Cost: the rule set is compiled once (the built-in one once per process); then one pass per collection,
 * a per-kampung index of population snapshots sorted by period (binary search for the snapshot in
 * force, remembered per kampung while it stays in force) and, when rules look at earlier months, a compact
 * per-kampung, per-month store of the fields they read. The per-record rules of a record type run as one
 * generated function (see {@link compileRules}): no parsing, no call per rule or expression node and, when
 * every rule passes, no allocation; where code generation is refused (a strict Content-Security-Policy),
 * the rules run one by one, with the same issues.
 *
 * @throws RangeError when `options.today` is not a real `YYYY-MM-DD` date, `options.cityCode` is not a
 * regency/city code, or `options.rules` do not compile: these are programme settings, not data (use
 * {@link compileRules} or {@link resolveRules} first to get the problems as issues).
 *
 * @example
 * ```ts
 * import { validateDataset, formatIssue } from '@kampung-kb/rules';
 * const { issues, summary } = validateDataset(dataset, { cityCode: '63.71', today: '2021-01-31' });
 * for (const issue of issues) console.log(formatIssue(issue, 'id'));
 * // monthly.csv:14 [sungai-andai 2020-03] Peserta KB (251) + PUS bukan peserta KB (90) = 341, … (kkbpk-balance)
 * summary.bySeverity.error; // 1
 * summary.byRecordType.monthly; // { total: 12, withErrors: 1 }
 * ```
 */
export function validateDataset(dataset: Dataset, options: ValidateOptions = {}): ValidationResult {
  const { explain, ...rest } = options;
  const validator = createDatasetValidator(explain === undefined ? rest : { ...rest, explain });
  const sources = dataset.sources;
  const sourceOf = (record: unknown): SourceRef | undefined =>
    sources && typeof record === 'object' && record !== null ? sources.get(record) : undefined;
  // Every non-monthly type first (monthly reports are checked against kampung and population), then
  // the monthly reports; the issues come back sorted by record type, record and check.
  const order: RecordType[] = RECORD_TYPES.map((t) => t.type).filter((t) => t !== 'monthly');
  order.push('monthly');
  for (const type of order) {
    const records: readonly unknown[] =
      dataset[RECORD_TYPES.find((t) => t.type === type)?.collection ?? 'monthly'] ?? [];
    for (const record of records) validator.add(type, record, sourceOf(record));
  }
  return validator.finish();
}
