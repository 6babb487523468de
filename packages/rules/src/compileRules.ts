import {
  COMPARISON_OPERATORS,
  type CompiledExpression,
  compile,
  compileSource,
  type Diagnostic,
  type Environment,
  type EvalContext,
  type Explanation,
  evaluateSide,
  explain,
  type MissingValueStrategy,
  type Operand,
  type Value,
} from '@kampung-kb/expr';
import { type Issue, type IssueValue, type Label, RECORD_TYPES, type RecordType } from '@kampung-kb/model';
import { type ExpandedRule, expandRules } from './expandRules.js';
import { fillValues, OPERATOR_WORDS } from './internal/messageText.js';
import { environmentFor, POPULATION_VARIABLES } from './internal/ruleEnvironments.js';
import { type RulePosition, rulePositions } from './internal/rulePositions.js';
import type { BuiltinCheckId, ComparisonOperator, RuleDefinition } from './ruleDefinition.js';

/**
 * The operand values behind a violation, from `explain` of `@kampung-kb/expr`: each side of a comparison,
 * or the one expression of a condition / cross-period rule.
 *
 * @example
 * ```ts
 * const e: RuleExplanation = violation.explanation!;
 * e.left?.operands.map((o) => `${o.field}=${o.value}`); // ['users.iud=13', …]
 * ```
 */
export interface RuleExplanation {
  readonly left?: Explanation;
  readonly right?: Explanation;
  readonly expression?: Explanation;
}

/**
 * One rule that fired on one record: the (expanded) rule, the values it compared (`left` and `right` for
 * a comparison, `value` for a condition, plus the rule's named `values`), the filled-in bilingual
 * message, the field it points to, and the operand trace when asked for.
 *
 * @example
 * ```ts
 * const [v] = ruleSet.evaluate('monthly', report, { vars: { pus: 261 } });
 * v?.rule.id; // 'kkbpk-balance'
 * v?.values; // { left: 260, right: 261, users: 170, … }
 * ```
 */
export interface RuleViolation {
  readonly rule: ExpandedRule;
  readonly values: Readonly<Record<string, IssueValue>>;
  readonly message: Label;
  readonly field?: string;
  readonly explanation?: RuleExplanation;
}

/**
 * A rule set compiled once: every expression parsed, type-checked and turned into closures before any
 * data is read. {@link validateDataset} runs it; `evaluate` runs its per-record expression rules
 * (`comparison`, `condition`) on one record, without any parsing.
 *
 * @example
 * ```ts
 * const r = compileRules(builtinRules);
 * if (r.ok) r.ruleSet.evaluate('population', snapshot).map((v) => v.rule.id); // ['pus-within-population'] when PUS > population
 * ```
 */
export interface CompiledRuleSet {
  /** The definitions, in catalogue order. */
  readonly definitions: readonly RuleDefinition[];
  /** The definitions after template expansion. */
  readonly rules: readonly ExpandedRule[];
  /**
   * Runs the `comparison` and `condition` rules of a record type on one record. `ctx.vars` holds the
   * record type's variables (for monthly reports: `pus`, `totalPopulation` … of the population snapshot
   * in force); `ctx.prev` / `ctx.lastYear` the earlier reports when rules use `prev()` / `lastYear()`.
   */
  evaluate(
    recordType: RecordType,
    record: unknown,
    ctx?: EvalContext,
    options?: { readonly explain?: boolean },
  ): readonly RuleViolation[];
}

/**
 * The result of {@link compileRules}: the compiled rule set, or the problems (positioned, bilingual
 * `Issue`s with `ruleId` `rule-definition`) when any expression does not parse or type-check.
 *
 * @example
 * ```ts
 * const r: CompileRulesResult = compileRules(rules);
 * if (!r.ok) r.issues.map((i) => i.message.en);
 * ```
 */
export type CompileRulesResult =
  | { readonly ok: true; readonly ruleSet: CompiledRuleSet; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly ruleSet?: undefined; readonly issues: readonly Issue[] };

/**
 * @internal What decides that a per-record rule passes on the fast path: a comparison whose sides both
 * have a value and hold, or a condition that is `true`. Only when that fails are the missing-value
 * strategies needed (`run`).
 */
export type FastTest =
  | {
      readonly kind: 'comparison';
      readonly operator: ComparisonOperator;
      readonly left: CompiledExpression;
      readonly right: CompiledExpression;
    }
  | { readonly kind: 'condition'; readonly expression: CompiledExpression };

/**
 * @internal The rules of a record type fused into one generated function: `true` when some rule may
 * fire on the record (its fast test fails; then run the rules one by one), `false` when every rule
 * passes, with no call per rule or expression node and no allocation.
 */
export type FusedCheck = (record: unknown, ctx: EvalContext | undefined) => boolean;

/** @internal A per-record rule, compiled. */
export interface RecordRunner {
  readonly rule: ExpandedRule;
  readonly fast: FastTest;
  readonly readsPopulation: boolean;
  readonly readsHistory: boolean;
  /** Every data item its expressions (sides or condition, and named values) read. */
  readonly operands: readonly Operand[];
  run(record: unknown, ctx: EvalContext | undefined, explain: boolean): RuleViolation | undefined;
}

/** @internal A cross-period rule, compiled. */
export interface SeriesRunner {
  readonly rule: ExpandedRule & { readonly kind: 'jump' | 'outlier' };
  readonly value: CompiledExpression;
  readonly readsPopulation: boolean;
  /** The rule's named `values`, compiled. */
  readonly values: readonly (readonly [string, CompiledExpression])[];
  /** Every data item its expression and named values read. */
  readonly operands: readonly Operand[];
}

/**
 * @internal The per-record state of the rules' fast path: sub-expressions shared by several rules
 * (`sum(users[*])` of three built-in rules) are evaluated once per record and kept until `gen` changes.
 * Runners move to a new generation whenever they see another record or context; {@link begin} also
 * moves on for the same objects, so data changed between two runs is read afresh.
 */
export class RecordScope {
  gen = 0;
  record: unknown = undefined;
  ctx: unknown = undefined;

  /** Starts the evaluation of one record. */
  begin(record: unknown, ctx: EvalContext | undefined): void {
    this.gen++;
    this.record = record;
    this.ctx = ctx;
  }

  /** Forgets the last record (so that the scope does not keep it alive). */
  end(): void {
    this.record = undefined;
    this.ctx = undefined;
    this.gen++;
  }
}

/** @internal What validateDataset needs from a compiled rule set. */
export interface RuleSetInternals {
  readonly scope: RecordScope;
  readonly byType: Readonly<Record<RecordType, readonly RecordRunner[]>>;
  readonly series: readonly SeriesRunner[];
  /** Enabled builtin checks, by check id, with the rule that reports them. */
  readonly builtins: ReadonlyMap<BuiltinCheckId, ExpandedRule>;
  /** Definitions by id. */
  readonly byId: ReadonlyMap<string, RuleDefinition>;
  /**
   * The fused check of some runners of this set (any subset, e.g. the enabled ones), built once per
   * subset; `undefined` when there are none or code generation is not available (then run the rules).
   */
  fused(runners: readonly RecordRunner[]): FusedCheck | undefined;
}

/** @internal */
export const ruleSetInternals = new WeakMap<CompiledRuleSet, RuleSetInternals>();

const EMPTY: readonly RuleViolation[] = Object.freeze([]);

type Fast = (record: unknown, ctx: EvalContext | undefined) => Value;
type SharedCompiler = (
  set: readonly CompiledExpression[],
  scope: { gen: number },
) => readonly Fast[] | undefined;

/** `compileShared` of `@kampung-kb/expr` (shared sub-expressions, see {@link RecordScope}), when present. */
const compileShared = (compile as unknown as Record<symbol, SharedCompiler | undefined>)[
  Symbol.for('@kampung-kb/expr.compileShared')
];

type JsCompiler = (
  set: readonly CompiledExpression[],
  tail: (values: readonly string[]) => string,
) => ((record: unknown, ctx: EvalContext | undefined) => unknown) | undefined;

/** `compileJs` of `@kampung-kb/expr` (a set of expressions as one generated function), when present. */
const compileJs = (compile as unknown as Record<symbol, JsCompiler | undefined>)[
  Symbol.for('@kampung-kb/expr.compileJs')
];

/** @internal Switches rule fusion off for the rule sets compiled while it is off (tests compare both paths). */
export const ruleFusion = { enabled: true };

/**
 * The runners' fast tests as one generated function (see {@link FusedCheck}): every expression of every
 * rule evaluated once (shared sub-expressions once for all), then each rule's test.
 */
function fuseRunners(runners: readonly RecordRunner[]): FusedCheck | undefined {
  if (runners.length === 0 || compileJs === undefined) return undefined;
  const set: CompiledExpression[] = [];
  for (const r of runners) {
    if (r.fast.kind === 'comparison') set.push(r.fast.left, r.fast.right);
    else set.push(r.fast.expression);
  }
  const fused = compileJs(set, (values) => {
    const lines: string[] = [];
    let at = 0;
    for (const r of runners) {
      if (r.fast.kind === 'comparison') {
        const a = values[at++] as string;
        const b = values[at++] as string;
        lines.push(
          `if (!(${a} !== null && ${b} !== null && ${a} ${COMPARISON_OPERATORS[r.fast.operator].js} ${b})) return true;`,
        );
      } else lines.push(`if (${values[at++] as string} !== true) return true;`);
    }
    lines.push('return false;');
    return lines.join('\n');
  });
  return fused as FusedCheck | undefined;
}

/** A runner waiting for the fast closures of its expressions. */
interface PendingRunner {
  readonly type: RecordType;
  readonly exprs: readonly CompiledExpression[];
  readonly make: (fast: readonly Fast[]) => RecordRunner;
}

const SIDE_NAMES: Readonly<Record<string, Label>> = {
  left: { id: 'sisi kiri', en: 'left side' },
  right: { id: 'sisi kanan', en: 'right side' },
  expression: { id: 'ekspresi', en: 'expression' },
};

function sideName(path: string): Label {
  const first = path.split('.')[0] ?? path;
  if (first === 'values') {
    const name = path.split('.')[1] ?? '';
    return { id: `nilai '${name}'`, en: `value '${name}'` };
  }
  return SIDE_NAMES[first] ?? { id: path, en: path };
}

function isScalar(v: unknown): v is number | string | boolean {
  return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
}

function issueValue(v: unknown): IssueValue {
  return isScalar(v) ? v : null;
}

class Problems {
  readonly issues: Issue[] = [];

  add(
    rule: RuleDefinition,
    position: RulePosition | undefined,
    code: string,
    subPath: string,
    message: Label,
    values: Readonly<Record<string, IssueValue>> = {},
  ): void {
    const loc: { recordId: string; field: string; file?: string; line?: number } = {
      recordId: rule.id,
      field: position ? `${position.path}.${subPath}` : subPath,
    };
    if (position) {
      loc.file = position.file;
      const line = position.lineOf(subPath);
      if (line !== undefined) loc.line = line;
    }
    this.issues.push({
      ruleId: 'rule-definition',
      code,
      severity: 'error',
      location: loc,
      values: { rule: rule.id, ...values },
      message,
    });
  }

  diagnostic(
    rule: RuleDefinition,
    position: RulePosition | undefined,
    subPath: string,
    d: Diagnostic,
    source: string,
  ): void {
    const side = sideName(subPath);
    this.add(
      rule,
      position,
      'rule-expression-invalid',
      subPath,
      {
        id: `Aturan '${rule.id}', ${side.id} '${source}' (baris ${d.span.line}, kolom ${d.span.column} ekspresi): ${d.message.id}`,
        en: `Rule '${rule.id}', ${side.en} '${source}' (expression line ${d.span.line}, column ${d.span.column}): ${d.message.en}`,
      },
      {
        side: subPath,
        diagnostic: d.code,
        expressionLine: d.span.line,
        expressionColumn: d.span.column,
        ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}),
      },
    );
  }
}

/**
 * Parses, type-checks and compiles every expression of a rule set once, before any data is read: rule
 * templates are expanded ({@link expandRules}), each side, condition, cross-period expression and named
 * value is compiled against the environment of the rule's record type (its schema's fields plus
 * variables: for monthly reports the population snapshot in force, `pus`, `totalPopulation`,
 * `families`, `familiesWithUnderFives`, `familiesWithAdolescents`, `familiesWithElderly`,
 * `adolescents`, `populationPeriod`; for population snapshots `totalPopulation`, `malePopulation`,
 * `femalePopulation`; for interventions and profiles the kampung's `designationDate`).
 *
 * Problems come back as bilingual `Issue`s (`ruleId` `rule-definition`), positioned by rule id, side
 * (`left.expression` …), line and column within the expression and, for rules read by
 * {@link parseRuleFile}, the file and line: `rule-expression-invalid`, `rule-type-mismatch` (sides of
 * different types, a condition that is not boolean, a cross-period expression that is not a number),
 * `rule-record-type` (cross-period rules need monthly reports), `rule-duplicate-id`.
 *
 * Comparison rules fire when both sides have a value (after their missing-value strategies) and the
 * comparison is false; conditions fire when the expression is `false`. A skipped side or a `null`
 * value (unknown) never fires.
 *
 * Evaluation: the per-record rules of each record type are fused into one generated function (built on
 * first use) that evaluates every expression of every rule once, a sub-expression shared by several
 * rules once, and tests each rule: both sides have a value and the comparison holds, or the condition is
 * `true`. When every rule passes, that one call is all (no allocation); otherwise the rules run one by
 * one with their missing-value strategies and build the violations. Where code generation is refused (a
 * Content-Security-Policy without `'unsafe-eval'`), the rules always run one by one: same results.
 *
 * @example
 * ```ts
 * const r = compileRules([...builtinRules, myRule]);
 * if (!r.ok) for (const i of r.issues) console.error(formatIssue(i, 'id'));
 * else validateDataset(dataset, { rules: r.ruleSet });
 * ```
 */
export function compileRules(rules: readonly RuleDefinition[]): CompileRulesResult {
  const problems = new Problems();
  const expanded = expandRules(rules);
  const sourceOf = definitionsOf(rules, expanded);
  const out: RuleOutputs = {
    pending: [],
    series: [],
    builtins: new Map<BuiltinCheckId, ExpandedRule>(),
    scope: new RecordScope(),
  };
  const seen = new Set<string>();
  for (const rule of expanded) {
    const def = sourceOf.get(rule) ?? rule;
    if (seen.has(rule.id) || (def.forEach !== undefined && seen.has(def.id))) {
      problems.add(rule, rulePositions.get(def), 'rule-duplicate-id', 'id', {
        id: `Id aturan '${rule.id}' dipakai lebih dari sekali`,
        en: `Rule id '${rule.id}' is used more than once`,
      });
      continue;
    }
    seen.add(rule.id);
    if (rule.kind === 'builtin') out.builtins.set(rule.check, rule);
    else compileRule(rule, new RuleCompiler(def, rule.recordType, problems), out);
  }
  if (problems.issues.length > 0) return { ok: false, issues: problems.issues };
  const byType = buildRunners(out.pending, out.scope);
  const fused = fusedChecks(byType);
  const ruleSet = ruleSetOf(rules, expanded, byType, fused, out.scope);
  ruleSetInternals.set(ruleSet, {
    scope: out.scope,
    byType,
    series: out.series,
    builtins: out.builtins,
    byId: new Map(rules.map((r) => [r.id, r])),
    fused,
  });
  return { ok: true, ruleSet, issues: [] };
}

/** The definition each expanded rule comes from (a template's items all come from the template). */
function definitionsOf(
  rules: readonly RuleDefinition[],
  expanded: readonly ExpandedRule[],
): Map<ExpandedRule, RuleDefinition> {
  const sourceOf = new Map<ExpandedRule, RuleDefinition>();
  let i = 0;
  for (const def of rules) {
    const n = def.forEach === undefined ? 1 : expanded.filter((e) => e.templateId === def.id).length;
    for (let k = 0; k < n; k++) sourceOf.set(expanded[i + k] as ExpandedRule, def);
    i += n;
  }
  return sourceOf;
}

/** What the compilation of the rules collects before the runners are built. */
interface RuleOutputs {
  readonly pending: PendingRunner[];
  readonly series: SeriesRunner[];
  readonly builtins: Map<BuiltinCheckId, ExpandedRule>;
  readonly scope: RecordScope;
}

/** Compiles the expressions of one rule at its positions, noting problems (then `failed`). */
class RuleCompiler {
  failed = false;
  private readonly env: Environment;
  private readonly position: RulePosition | undefined;

  constructor(
    readonly def: RuleDefinition,
    recordType: RecordType,
    readonly problems: Problems,
  ) {
    this.env = environmentFor(recordType);
    this.position = rulePositions.get(def);
  }

  compileAt(
    subPath: string,
    source: string,
    strategy?: MissingValueStrategy,
  ): CompiledExpression | undefined {
    const r = compileSource(source, this.env, strategy === 'treatAsZero' ? { missingValues: 'zero' } : {});
    if (r.ok) return r.compiled;
    for (const d of r.errors) this.problems.diagnostic(this.def, this.position, subPath, d, source);
    this.failed = true;
    return undefined;
  }

  problem(code: string, subPath: string, message: Label): void {
    this.problems.add(this.def, this.position, code, subPath, message);
    this.failed = true;
  }

  /** The rule's named `values`, each a scalar expression. */
  values(rule: ExpandedRule): (readonly [string, CompiledExpression])[] {
    const values: (readonly [string, CompiledExpression])[] = [];
    for (const [name, source] of Object.entries(rule.values ?? {})) {
      const c = this.compileAt(`values.${name}`, source);
      if (!c) continue;
      if (c.type.kind === 'list') {
        this.problem('rule-type-mismatch', `values.${name}`, {
          id: `Aturan '${rule.id}', nilai '${name}': ekspresi '${source}' berupa daftar; gunakan sum(), min(), max() atau count()`,
          en: `Rule '${rule.id}', value '${name}': expression '${source}' is a list; use sum(), min(), max() or count()`,
        });
      } else values.push([name, c]);
    }
    return values;
  }
}

/** Compiles a comparison, condition or cross-period rule into `out` (nothing when it has problems). */
function compileRule(
  rule: Exclude<ExpandedRule, { readonly kind: 'builtin' }>,
  rc: RuleCompiler,
  out: RuleOutputs,
): void {
  const values = rc.values(rule);
  const all: CompiledExpression[] = values.map(([, e]) => e);
  if (rule.kind === 'comparison') {
    const l = rc.compileAt('left.expression', rule.left.expression, rule.left.missingValueStrategy);
    const r = rc.compileAt('right.expression', rule.right.expression, rule.right.missingValueStrategy);
    if (l && r) {
      const lk = l.type.kind;
      const rk = r.type.kind;
      const ordered = rule.operator !== '==' && rule.operator !== '!=';
      if (lk !== rk || lk === 'list' || lk === 'null' || (ordered && lk === 'boolean')) {
        rc.problem('rule-type-mismatch', 'operator', {
          id: `Aturan '${rule.id}': sisi kiri bertipe ${lk} dan sisi kanan ${rk}; '${rule.operator}' membandingkan dua angka atau dua teks${ordered ? '' : ' (atau dua boolean)'}`,
          en: `Rule '${rule.id}': the left side is ${lk} and the right side ${rk}; '${rule.operator}' compares two numbers or two strings${ordered ? '' : ' (or two booleans)'}`,
        });
      }
      all.push(l, r);
    }
    if (rc.failed || !l || !r) return;
    const f = flags(rule.recordType, all);
    out.pending.push({
      type: rule.recordType,
      exprs: [l, r],
      make: ([fl, fr]) => comparisonRunner(rule, l, r, values, f, out.scope, fl as Fast, fr as Fast),
    });
  } else if (rule.kind === 'condition') {
    const c = rc.compileAt('expression', rule.expression, rule.missingValueStrategy);
    if (c && c.type.kind !== 'boolean') {
      rc.problem('rule-type-mismatch', 'expression', {
        id: `Aturan '${rule.id}': syarat '${rule.expression}' harus bernilai boolean, bukan ${c.type.kind}`,
        en: `Rule '${rule.id}': condition '${rule.expression}' must be a boolean, not ${c.type.kind}`,
      });
    }
    if (rc.failed || !c) return;
    all.push(c);
    const f = flags(rule.recordType, all);
    out.pending.push({
      type: rule.recordType,
      exprs: [c],
      make: ([fc]) => conditionRunner(rule, c, values, f, out.scope, fc as Fast),
    });
  } else compileSeriesRule(rule, rc, values, out);
}

/** Compiles a cross-period (`jump`, `outlier`) rule: monthly reports only, a number expression. */
function compileSeriesRule(
  rule: SeriesRunner['rule'],
  rc: RuleCompiler,
  values: readonly (readonly [string, CompiledExpression])[],
  out: RuleOutputs,
): void {
  if (rule.recordType !== 'monthly') {
    rc.problem('rule-record-type', 'recordType', {
      id: `Aturan '${rule.id}' (${rule.kind}) membandingkan bulan demi bulan dan hanya berlaku untuk laporan bulanan (recordType: monthly)`,
      en: `Rule '${rule.id}' (${rule.kind}) compares month with month and applies to monthly reports only (recordType: monthly)`,
    });
  }
  const c = rc.compileAt('expression', rule.expression);
  if (c && c.type.kind !== 'number') {
    rc.problem('rule-type-mismatch', 'expression', {
      id: `Aturan '${rule.id}': ekspresi '${rule.expression}' harus berupa angka, bukan ${c.type.kind}`,
      en: `Rule '${rule.id}': expression '${rule.expression}' must be a number, not ${c.type.kind}`,
    });
  }
  if (rc.failed || !c) return;
  const all = [...values.map(([, e]) => e), c];
  out.series.push({
    rule,
    value: c,
    readsPopulation: flags('monthly', all).readsPopulation,
    values,
    operands: all.flatMap((e) => e.operands),
  });
}

/**
 * The runners of every record type. Their fast closures are compiled as one set, so that repeated
 * sub-expressions are evaluated once per record (the plain closures when this expr has no compileShared).
 */
function buildRunners(
  pending: readonly PendingRunner[],
  scope: RecordScope,
): Record<RecordType, RecordRunner[]> {
  const byType = Object.fromEntries(RECORD_TYPES.map((t) => [t.type, [] as RecordRunner[]])) as Record<
    RecordType,
    RecordRunner[]
  >;
  const set = pending.flatMap((p) => p.exprs);
  const fast = compileShared?.(set, scope) ?? set;
  let at = 0;
  for (const p of pending) {
    byType[p.type].push(p.make(fast.slice(at, at + p.exprs.length)));
    at += p.exprs.length;
  }
  return byType;
}

/** The fused check of any subset of a record type's runners, built once per subset (see {@link FusedCheck}). */
function fusedChecks(
  byType: Readonly<Record<RecordType, readonly RecordRunner[]>>,
): RuleSetInternals['fused'] {
  const fusion = ruleFusion.enabled;
  const fusedBySubset = new Map<string, FusedCheck | undefined>();
  const runnerIndex = new Map<RecordRunner, number>();
  for (const info of RECORD_TYPES) {
    byType[info.type].forEach((r, i) => {
      runnerIndex.set(r, i);
    });
  }
  return (runners) => {
    if (!fusion || runners.length === 0) return undefined;
    const key = `${runners[0]?.rule.recordType}:${runners.map((r) => runnerIndex.get(r) ?? -1).join(',')}`;
    if (fusedBySubset.has(key)) return fusedBySubset.get(key);
    const f = runners.every((r) => runnerIndex.has(r)) ? fuseRunners(runners) : undefined;
    fusedBySubset.set(key, f);
    return f;
  };
}

/** The compiled rule set: `evaluate` runs the fused check first, the rules one by one only when it fails. */
function ruleSetOf(
  rules: readonly RuleDefinition[],
  expanded: readonly ExpandedRule[],
  byType: Readonly<Record<RecordType, readonly RecordRunner[]>>,
  fused: RuleSetInternals['fused'],
  scope: RecordScope,
): CompiledRuleSet {
  // Built on first use: a rule set compiled only to be checked or exported generates no code.
  const NOT_BUILT = 0;
  const fusedByType = Object.fromEntries(RECORD_TYPES.map((t) => [t.type, NOT_BUILT])) as Record<
    RecordType,
    FusedCheck | undefined | typeof NOT_BUILT
  >;
  return {
    definitions: rules,
    rules: expanded,
    evaluate(recordType, record, ctx, options) {
      let check = fusedByType[recordType];
      if (check === NOT_BUILT) {
        check = fused(byType[recordType]);
        fusedByType[recordType] = check;
      }
      // Every rule passes its fast test (the common case): nothing to build.
      if (check !== undefined && !check(record, ctx)) return EMPTY;
      const runners = byType[recordType];
      const ex = options?.explain === true;
      let out: RuleViolation[] | undefined;
      scope.begin(record, ctx);
      for (let i = 0; i < runners.length; i++) {
        const v = (runners[i] as RecordRunner).run(record, ctx, ex);
        if (v === undefined) continue;
        if (out === undefined) out = [v];
        else out.push(v);
      }
      scope.end();
      return out ?? EMPTY;
    },
  };
}

interface RunnerFlags {
  readonly readsPopulation: boolean;
  readonly readsHistory: boolean;
  readonly operands: readonly Operand[];
}

function flags(type: RecordType, exprs: readonly CompiledExpression[]): RunnerFlags {
  let readsPopulation = false;
  let readsHistory = false;
  for (const e of exprs) {
    for (const o of e.operands) {
      if (o.period !== 'current') readsHistory = true;
      if (type === 'monthly' && o.source === 'variable' && o.field in POPULATION_VARIABLES)
        readsPopulation = true;
    }
  }
  return { readsPopulation, readsHistory, operands: exprs.flatMap((e) => e.operands) };
}

/** Named values of a rule (evaluated only when it fires), plus the snapshot period when it reads one. */
function namedValues(
  values: readonly (readonly [string, CompiledExpression])[],
  record: unknown,
  ctx: EvalContext | undefined,
  readsPopulation: boolean,
  base: Record<string, IssueValue>,
): Record<string, IssueValue> {
  for (const [name, e] of values) base[name] = issueValue(e(record, ctx));
  if (readsPopulation) {
    const p = ctx?.vars?.['populationPeriod'];
    if (typeof p === 'string') base['populationPeriod'] = p;
  }
  return base;
}

function message(rule: ExpandedRule, values: Readonly<Record<string, IssueValue>>, fallback: Label): Label {
  const m = rule.message ?? fallback;
  return { id: fillValues(m.id, values), en: fillValues(m.en, values) };
}

function comparisonRunner(
  rule: ExpandedRule & { readonly kind: 'comparison' },
  left: CompiledExpression,
  right: CompiledExpression,
  values: readonly (readonly [string, CompiledExpression])[],
  f: RunnerFlags,
  scope: RecordScope,
  fastLeft: Fast,
  fastRight: Fast,
): RecordRunner {
  const holds = COMPARISON_OPERATORS[rule.operator].holds;
  const ls = rule.left.missingValueStrategy;
  const rs = rule.right.missingValueStrategy;
  const words = OPERATOR_WORDS[rule.operator];
  const ld = rule.left.description ?? { id: rule.left.expression, en: rule.left.expression };
  const rd = rule.right.description ?? { id: rule.right.expression, en: rule.right.expression };
  const fallback: Label = {
    id: `${rule.name.id}: ${ld.id} ({left}) seharusnya ${words.id} ${rd.id} ({right})`,
    en: `${rule.name.en}: ${ld.en} ({left}) should be ${words.en} ${rd.en} ({right})`,
  };
  return {
    rule,
    fast: { kind: 'comparison', operator: rule.operator, left, right },
    readsPopulation: f.readsPopulation,
    readsHistory: f.readsHistory,
    operands: f.operands,
    run(record, ctx, ex) {
      if (scope.record !== record || scope.ctx !== ctx) scope.begin(record, ctx);
      // The sides' values are the same under every missing-value strategy (`treatAsZero` is compiled
      // into the expression); a strategy only decides whether a side is skipped. So the comparison is
      // made once, here: a side without a value or a comparison that holds never fires.
      const a = fastLeft(record, ctx);
      if (!isScalar(a)) return undefined;
      const b = fastRight(record, ctx);
      if (!isScalar(b) || holds(a, b)) return undefined;
      if (skipped(left, record, ls, ctx) || skipped(right, record, rs, ctx)) return undefined;
      const vals = namedValues(values, record, ctx, f.readsPopulation, { left: a, right: b });
      return {
        rule,
        values: vals,
        message: message(rule, vals, fallback),
        ...(rule.field !== undefined ? { field: rule.field } : {}),
        ...(ex
          ? { explanation: { left: explain(left, record, ctx), right: explain(right, record, ctx) } }
          : {}),
      };
    },
  };
}

/** Whether a missing-value strategy skips an expression on a record (only the skip strategies can). */
function skipped(
  expr: CompiledExpression,
  record: unknown,
  strategy: MissingValueStrategy,
  ctx: EvalContext | undefined,
): boolean {
  if (strategy !== 'skipIfAnyMissing' && strategy !== 'skipIfAllMissing') return false;
  return evaluateSide(expr, record, strategy, ctx).skipped;
}

function conditionRunner(
  rule: ExpandedRule & { readonly kind: 'condition' },
  expr: CompiledExpression,
  values: readonly (readonly [string, CompiledExpression])[],
  f: RunnerFlags,
  scope: RecordScope,
  fast: Fast,
): RecordRunner {
  const strategy = rule.missingValueStrategy;
  const fallback: Label = {
    id: `${rule.name.id}: syarat '${rule.expression}' tidak terpenuhi`,
    en: `${rule.name.en}: condition '${rule.expression}' is false`,
  };
  return {
    rule,
    fast: { kind: 'condition', expression: expr },
    readsPopulation: f.readsPopulation,
    readsHistory: f.readsHistory,
    operands: f.operands,
    run(record, ctx, ex) {
      if (scope.record !== record || scope.ctx !== ctx) scope.begin(record, ctx);
      // As for comparisons, the strategy does not change the value: it only decides a skip.
      if (fast(record, ctx) !== false || skipped(expr, record, strategy, ctx)) return undefined;
      const vals = namedValues(values, record, ctx, f.readsPopulation, { value: false });
      return {
        rule,
        values: vals,
        message: message(rule, vals, fallback),
        ...(rule.field !== undefined ? { field: rule.field } : {}),
        ...(ex ? { explanation: { expression: explain(expr, record, ctx) } } : {}),
      };
    },
  };
}

/** @internal Message of a cross-period violation. */
export function seriesMessage(
  rule: ExpandedRule,
  values: Readonly<Record<string, IssueValue>>,
  fallback: Label,
): Label {
  return message(rule, values, fallback);
}
