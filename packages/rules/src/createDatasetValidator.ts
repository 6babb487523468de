import type { Issue, RecordType, SourceRef } from '@kampung-kb/model';
import { DatasetValidation } from './internal/datasetValidation.js';
import { planValidator } from './internal/validatorPlan.js';
import type { ValidateOptions, ValidationResult } from './validateDataset.js';

const CALLER = 'createDatasetValidator';

/**
 * Options of {@link createDatasetValidator}: those of {@link validateDataset}, plus `onIssue` to receive
 * each issue as soon as it is found instead of collecting them.
 */
export interface DatasetValidatorOptions extends ValidateOptions {
  /**
   * Called with every issue as soon as it is found (then `finish().issues` is empty and nothing keeps
   * the issues alive). Issues arrive record by record, not sorted: see {@link createDatasetValidator}.
   */
  readonly onIssue?: (issue: Issue) => void;
}

/**
 * A validation run fed one record at a time: {@link createDatasetValidator}.
 *
 * @example
 * ```ts
 * const v: DatasetValidator = createDatasetValidator({ today: '2021-01-31' });
 * v.add('kampung', kampung);
 * v.add('monthly', report, { file: 'monthly.csv', line: 2 });
 * v.finish().summary.bySeverity.error; // 0
 * ```
 */
export interface DatasetValidator {
  /** Checks one record (`source`: where it was read, for the issues' locations). */
  add(type: RecordType, record: unknown, source?: SourceRef): void;
  /** Ends the run: the checks that waited for later records, then the summary. Call once. */
  finish(): ValidationResult;
}

/**
 * Starts a validation run that is fed one record at a time, for data sets too large to hold: the same
 * checks, rules and issues as {@link validateDataset} (which is built on it), with memory that does not
 * grow with the number of monthly reports beyond a few bytes each.
 *
 * **Order.** Add the regions, kampung, population snapshots and the other non-monthly records first,
 * then the monthly reports in any order (by month, by kampung, shuffled: the issues are the same); this is
 * the order `streamDataDir` of `@kampung-kb/kit` yields. Non-monthly records are kept until the first
 * monthly report arrives (they grow with the number of kampung, not of reports) and are checked then,
 * all together, because they refer to each other (a kampung to the regions, a snapshot to the kampung).
 * After that, profiles, interventions, proposals and budgets may still come and are checked on arrival,
 * but a region, kampung or population record throws a `RangeError`: the monthly reports already checked
 * could not be checked again against it.
 *
 * **What is kept of monthly reports.** Each report is checked on arrival (its schema, population in
 * force, expression rules, references, future dates) and then dropped. What stays is compact: per
 * kampung (interned to a small integer) and month, the row of the first report (for `duplicate-record`:
 * its position, file and line) and, when the rules look across months, of the first schema-valid one
 * with just the fields those rules read (from the compiled rules' operands), column-wise in typed arrays.
 * A rule that reads `prev()` / `lastYear()` runs on arrival when the month it needs has already arrived,
 * otherwise in `finish()`; `jump` rules likewise; `outlier` rules, which need a kampung's whole history,
 * always in `finish()`. A schema-valid report that repeats an earlier one's kampung and month keeps its
 * projection in a list until `finish()` when such work is left for it.
 *
 * **Issues.** With `onIssue`, each issue is handed over as soon as it is found and `finish().issues` is
 * empty; otherwise `finish().issues` holds them in the order {@link validateDataset} documents (record
 * type, then record by arrival, then check). Positions (`firstPosition`, and the records counted as having
 * errors) count the records of each type in the order they were added. The outlier statistics of a
 * kampung are computed over its reports in month order.
 *
 * @throws RangeError for the option problems {@link validateDataset} throws on, and when a region,
 * kampung or population record is added after a monthly report; `Error` when `add` is called after
 * `finish`.
 *
 * @example
 * ```ts
 * import { createDatasetValidator, formatIssue } from '@kampung-kb/rules';
 * import { streamDataDir } from '@kampung-kb/kit';
 * const validator = createDatasetValidator({
 *   today: '2021-01-31',
 *   onIssue: (issue) => console.log(formatIssue(issue, 'id')),
 * });
 * for await (const e of streamDataDir('data')) {
 *   if (e.kind === 'record') validator.add(e.recordType, e.record, e.source);
 * }
 * const { summary } = validator.finish();
 * summary.bySeverity.error; // 1
 * ```
 */
export function createDatasetValidator(options: DatasetValidatorOptions = {}): DatasetValidator {
  const run = new DatasetValidation(planValidator(options, CALLER), options.onIssue, CALLER);
  return {
    add: (type, record, source) => run.add(type, record, source),
    finish: () => run.finish(),
  };
}
