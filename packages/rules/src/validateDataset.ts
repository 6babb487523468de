import type { EvalContext } from '@kampung-kb/expr';
import {
  type Dataset,
  type Issue,
  isValidDate,
  isValidRecord,
  type MonthlyReport,
  type PopulationSnapshot,
  parseRegionCode,
  RECORD_TYPES,
  type RecordType,
  type RegionCode,
  type Severity,
} from '@kampung-kb/model';
import { builtinRules } from './builtinRules.js';
import {
  type CompiledRuleSet,
  compileRules,
  type RecordRunner,
  type RuleExplanation,
  type RuleViolation,
  ruleSetInternals,
  type SeriesRunner,
} from './compileRules.js';
import type { ExpandedRule } from './expandRules.js';
import { checkFutureDate, defaultToday } from './internal/futureDateCheck.js';
import { IssueSink, type RecordRef, stringField } from './internal/issueSink.js';
import { shiftMonth } from './internal/monthShift.js';
import type { IndexedSnapshot } from './internal/populationIndex.js';
import { reportPopulationMissing } from './internal/populationMissingCheck.js';
import { checkDuplicate, checkKampungReference } from './internal/referenceChecks.js';
import { checkKampungRegion, checkRegionRecord } from './internal/regionChecks.js';
import { monthlyVariables, populationVariables } from './internal/ruleEnvironments.js';
import { checkSchema } from './internal/schemaCheck.js';
import { checkJump, checkOutlier, type MonthlyHistory, outlierStatistics } from './internal/seriesChecks.js';
import type { SeriesStatistics } from './internal/seriesStatistics.js';
import { buildContext, type ValidationContext } from './internal/validationContext.js';
import type { RuleResolution } from './resolveRules.js';
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

/** What {@link validateDataset} returns: the issues, in record order, and their counts. */
export interface ValidationResult {
  readonly issues: readonly Issue[];
  readonly summary: ValidationSummary;
  /** With `options.explain`: the operand trace behind each issue of an expression or cross-period rule. */
  readonly explanations?: ReadonlyMap<Issue, RuleExplanation>;
}

let builtinCompiled: CompiledRuleSet | undefined;

function rulesMessage(issues: readonly Issue[]): string {
  return issues.map((i) => `${i.message.en} / ${i.message.id}`).join('; ');
}

function ruleSetOf(rules: ValidateOptions['rules']): {
  ruleSet: CompiledRuleSet;
  resolution?: RuleResolution;
} {
  if (rules === undefined) {
    if (!builtinCompiled) {
      const r = compileRules(builtinRules);
      if (!r.ok) throw new Error(`builtinRules do not compile: ${rulesMessage(r.issues)}`);
      builtinCompiled = r.ruleSet;
    }
    return { ruleSet: builtinCompiled };
  }
  if ('evaluate' in rules) return { ruleSet: rules };
  if ('changes' in rules) {
    if (!rules.ok || !rules.ruleSet) {
      throw new RangeError(`validateDataset: options.rules has problems: ${rulesMessage(rules.issues)}`);
    }
    return { ruleSet: rules.ruleSet, resolution: rules };
  }
  const r = compileRules(rules as readonly RuleDefinition[]);
  if (!r.ok) throw new RangeError(`validateDataset: options.rules do not compile: ${rulesMessage(r.issues)}`);
  return { ruleSet: r.ruleSet };
}

const NO_VARS: EvalContext = Object.freeze({ vars: Object.freeze({}) });

/** Evaluation contexts of monthly reports, one per population snapshot, and the history when needed. */
class MonthlyContexts implements MonthlyHistory {
  private readonly bySnapshot = new Map<IndexedSnapshot, EvalContext>();
  readonly reports = new Map<string, Map<string, MonthlyReport>>();

  constructor(
    private readonly ctx: ValidationContext,
    private readonly withHistory: boolean,
  ) {}

  /** Registers the schema-valid reports (first of duplicates), for prev()/lastYear() and cross-period rules. */
  index(monthly: readonly unknown[]): void {
    for (const r of monthly) {
      if (!isValidRecord('monthly', r)) continue;
      const report = r as MonthlyReport;
      let m = this.reports.get(report.kampungId);
      if (!m) {
        m = new Map();
        this.reports.set(report.kampungId, m);
      }
      if (!m.has(report.period)) m.set(report.period, report);
    }
  }

  private base(report: MonthlyReport): EvalContext {
    const entry = this.ctx.population.inForce(report.kampungId, report.period);
    if (!entry?.valid) return NO_VARS;
    let c = this.bySnapshot.get(entry);
    if (!c) {
      // Frozen: the rule set then reads each variable once per snapshot instead of once per report.
      c = { vars: Object.freeze(monthlyVariables(entry)) };
      this.bySnapshot.set(entry, c);
    }
    return c;
  }

  contextOf(report: MonthlyReport): EvalContext {
    const base = this.base(report);
    if (!this.withHistory) return base;
    const mine = this.reports.get(report.kampungId);
    return {
      ...base,
      prev: mine?.get(shiftMonth(report.period, -1)),
      lastYear: mine?.get(shiftMonth(report.period, -12)),
    };
  }
}

/**
 * Checks a data set with a rule set (the {@link builtinRules} unless `options.rules` says otherwise) and
 * returns every issue as data (with the record's file and line when `dataset.sources` knows them) and a
 * summary that accounts for every record.
 *
 * Records are visited in the order of `RECORD_TYPES` (regions, kampung, profiles, population, monthly,
 * interventions) and, within a type, in array order. A record's issues come in this order: its schema
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
 * Cost: the rule set is compiled once (the built-in one once per process); then one pass per collection,
 * a per-kampung index of population snapshots sorted by period (binary search for the snapshot in
 * force) and, when rules look at earlier months, a per-kampung index of reports by period. Evaluating a
 * rule does no parsing and, when it passes, no allocation.
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
  const today = options.today ?? defaultToday(options.cityCode);
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

  const { ruleSet, resolution } = ruleSetOf(options.rules);
  const internals = ruleSetInternals.get(ruleSet);
  if (!internals) throw new TypeError('validateDataset: options.rules is not a rule set from compileRules()');
  const requested = new Set(options.disabled ?? []);
  const definitions = ruleSet.definitions;
  const known = new Set<string>(definitions.map((r) => r.id));
  const disabledRules = definitions.filter((r) => requested.has(r.id)).map((r) => r.id);
  const unknownDisabledRules = [...requested].filter((id) => !known.has(id));
  const on = (r: { readonly rule: ExpandedRule }) => !requested.has(r.rule.templateId);
  const builtins = new Map([...internals.builtins].filter(([, rule]) => !requested.has(rule.templateId)));
  const runners = {} as Record<RecordType, readonly RecordRunner[]>;
  let needsHistory = false;
  for (const info of RECORD_TYPES) {
    runners[info.type] = internals.byType[info.type].filter(on);
    if (info.type === 'monthly') needsHistory = runners.monthly.some((r) => r.readsHistory);
  }
  const series: readonly SeriesRunner[] = internals.series.filter(on);
  const sink = new IssueSink(dataset.sources, builtins);
  const ctx = buildContext(dataset, today, cityCode);
  const monthlyCtx = new MonthlyContexts(ctx, needsHistory);
  if (needsHistory || series.length > 0) monthlyCtx.index(dataset.monthly);
  const outlierStats = new Map<SeriesRunner, Map<string, SeriesStatistics>>();
  for (const s of series)
    if (s.rule.kind === 'outlier') outlierStats.set(s, outlierStatistics(s, monthlyCtx));
  const designation = new Map<string, string>();
  for (const k of dataset.kampung) {
    const id = stringField(k, 'id');
    const date = stringField(k, 'designationDate');
    if (id !== undefined && date !== undefined && !designation.has(id)) designation.set(id, date);
  }
  const explain = options.explain === true;
  const explanations = explain ? new Map<Issue, RuleExplanation>() : undefined;
  const emit = (ref: RecordRef, v: RuleViolation) => {
    const field = v.field !== undefined ? { field: v.field } : {};
    const issue = sink.add(ref, v.rule, v.rule.id, v.rule.templateId, field, v.values, v.message);
    if (explanations && v.explanation) explanations.set(issue, v.explanation);
  };
  const scope = internals.scope;
  const runAll = (ref: RecordRef, list: readonly RecordRunner[], c: EvalContext | undefined) => {
    scope.begin(ref.record, c);
    for (let i = 0; i < list.length; i++) {
      const v = (list[i] as RecordRunner).run(ref.record, c, explain);
      if (v !== undefined) emit(ref, v);
    }
  };

  const byRecordType = {} as Record<RecordType, RecordTypeSummary>;
  for (const info of RECORD_TYPES) {
    const records: readonly unknown[] = dataset[info.collection];
    const typeRunners = runners[info.type];
    for (let position = 0; position < records.length; position++) {
      const record = records[position];
      const ref: RecordRef = { type: info.type, position, record };
      const valid = checkSchema(sink, ref);
      if (valid) {
        if (info.type === 'monthly') {
          const report = record as MonthlyReport;
          if (
            builtins.has('population-missing') &&
            !ctx.population.inForce(report.kampungId, report.period)
          ) {
            reportPopulationMissing(sink, ref);
          }
          const c = monthlyCtx.contextOf(report);
          runAll(ref, typeRunners, c);
          for (const s of series) {
            const v =
              s.rule.kind === 'jump'
                ? checkJump(s, report, c, monthlyCtx, explain)
                : checkOutlier(s, report, c, outlierStats.get(s) ?? new Map(), explain);
            if (v !== undefined) emit(ref, v);
          }
        } else if (typeRunners.length > 0) {
          let c: EvalContext | undefined;
          if (info.type === 'population') c = { vars: populationVariables(record as PopulationSnapshot) };
          else if (info.type === 'intervention' || info.type === 'profile') {
            const kampungId = stringField(record, 'kampungId');
            const date = kampungId === undefined ? undefined : designation.get(kampungId);
            c = { vars: date === undefined ? {} : { designationDate: date } };
          }
          runAll(ref, typeRunners, c);
        }
      }
      if (info.type === 'kampung') checkKampungRegion(sink, ref, ctx);
      if (info.type === 'region') checkRegionRecord(sink, ref, ctx);
      if (info.type !== 'kampung' && info.type !== 'region') checkKampungReference(sink, ref, ctx);
      checkDuplicate(sink, ref, ctx);
      checkFutureDate(sink, ref, ctx);
    }
    byRecordType[info.type] = { total: records.length, withErrors: sink.recordsWithErrors(info.type) };
  }

  scope.end();
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of sink.issues) bySeverity[issue.severity] += 1;
  const byRule: Record<string, number> = {};
  for (const r of definitions) if (!requested.has(r.id)) byRule[r.id] = sink.countsByRule.get(r.id) ?? 0;
  const summary: ValidationSummary = {
    bySeverity,
    byRule,
    byRecordType,
    disabledRules,
    unknownDisabledRules,
    ...(resolution ? { ruleChanges: resolution.changes } : {}),
  };
  return { issues: sink.issues, summary, ...(explanations ? { explanations } : {}) };
}
