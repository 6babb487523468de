import {
  type Dataset,
  type Issue,
  isValidDate,
  parseRegionCode,
  RECORD_TYPES,
  type RecordType,
  type RegionCode,
  type Severity,
} from '@kampung-kb/model';
import { builtinRules } from './builtinRules.js';
import { checkFutureDate } from './internal/futureDateCheck.js';
import { IssueSink, type RecordRef } from './internal/issueSink.js';
import { checkMonthlyValues } from './internal/monthlyValueChecks.js';
import { checkDuplicate, checkKampungReference } from './internal/referenceChecks.js';
import { checkKampungRegion, checkRegionRecord } from './internal/regionChecks.js';
import { checkSchema } from './internal/schemaCheck.js';
import { buildContext } from './internal/validationContext.js';
import type { RuleDefinition } from './ruleDefinition.js';
import type { RecordTypeSummary, ValidationSummary } from './validationSummary.js';

/** Options of {@link validateDataset}. */
export interface ValidateOptions {
  /**
   * Kemendagri code of the programme's regency/city (from the city's programme definition), dotted
   * (`63.71`) or undotted (`6371`). Every kampung, and every region at or below city level, must lie
   * inside it (`region-outside-city`).
   */
  readonly cityCode?: string;
  /** The date future-date checks compare with, `YYYY-MM-DD`; defaults to today's local date. */
  readonly today?: string;
  /** Ids of rules to switch off; reported back as `summary.disabledRules`. */
  readonly disabled?: readonly string[];
}

/** What {@link validateDataset} returns: the issues, in record order, and their counts. */
export interface ValidationResult {
  readonly issues: readonly Issue[];
  readonly summary: ValidationSummary;
}

function localToday(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * Checks a data set with the {@link builtinRules} and returns every issue as data (with the record's
 * file and line when `dataset.sources` knows them) and a summary that accounts for every record.
 *
 * Records are visited in the order of `RECORD_TYPES` (regions, kampung, profiles, population, monthly,
 * interventions) and, within a type, in array order; a record's issues follow the catalogue order
 * (its schema problems first, in the order the schema finds them). Records
 * that fail their schema are reported once, by `record-shape` or `count-non-negative-integer`, and the
 * value rules (`kkbpk-balance`, `poktan-within-target`, `jkn-within-population`) skip them, as they skip
 * reports whose population snapshot in force fails its schema, so one bad cell does not cascade.
 * Structural rules (regions, references, duplicates, future dates) still look at the fields that are
 * well formed. Disabling a rule removes its issues only; what counts as valid does not change.
 *
 * Cost: one pass per collection plus a per-kampung index of population snapshots sorted by period
 * (binary search for the snapshot in force), so O(n log n) in the number of records.
 *
 * @throws RangeError when `options.today` is not a real `YYYY-MM-DD` date or `options.cityCode` is not a
 * regency/city code: these are programme settings, not data.
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
  const today = options.today ?? localToday();
  if (!isValidDate(today)) {
    throw new RangeError(`validateDataset: options.today must be a YYYY-MM-DD date, got '${today}'`);
  }
  let cityCode: RegionCode | undefined;
  if (options.cityCode !== undefined) {
    const parsed = parseRegionCode(options.cityCode);
    if (!parsed.ok || parsed.level !== 'regency') {
      throw new RangeError(
        `validateDataset: options.cityCode must be a Kemendagri regency/city code such as '63.71', got '${options.cityCode}'`,
      );
    }
    cityCode = parsed.code;
  }

  const requested = new Set(options.disabled ?? []);
  const known = new Set<string>(builtinRules.map((r) => r.id));
  const disabledRules = builtinRules.filter((r) => requested.has(r.id)).map((r) => r.id);
  const unknownDisabledRules = [...requested].filter((id) => !known.has(id));
  const enabled = new Map<string, RuleDefinition>(
    builtinRules.filter((r) => !requested.has(r.id)).map((r) => [r.id, r]),
  );

  const sink = new IssueSink(dataset.sources, enabled);
  const ctx = buildContext(dataset, today, cityCode);
  const byRecordType = {} as Record<RecordType, RecordTypeSummary>;

  for (const info of RECORD_TYPES) {
    const records: readonly unknown[] = dataset[info.collection];
    records.forEach((record, position) => {
      const ref: RecordRef = { type: info.type, position, record };
      const valid = checkSchema(sink, ref);
      if (info.type === 'monthly' && valid) checkMonthlyValues(sink, ref, ctx);
      if (info.type === 'kampung') checkKampungRegion(sink, ref, ctx);
      if (info.type === 'region') checkRegionRecord(sink, ref, ctx);
      if (info.type !== 'kampung' && info.type !== 'region') checkKampungReference(sink, ref, ctx);
      checkDuplicate(sink, ref, ctx);
      checkFutureDate(sink, ref, ctx);
    });
    byRecordType[info.type] = { total: records.length, withErrors: sink.recordsWithErrors(info.type) };
  }

  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of sink.issues) bySeverity[issue.severity] += 1;
  const byRule: Record<string, number> = {};
  for (const id of enabled.keys()) byRule[id] = sink.countsByRule.get(id) ?? 0;

  return {
    issues: sink.issues,
    summary: { bySeverity, byRule, byRecordType, disabledRules, unknownDisabledRules },
  };
}
