import type { ComparisonOperator as ExprComparisonOperator, MissingValueStrategy } from '@kampung-kb/expr';
import type { Label, RecordType, RegionLevel, Severity } from '@kampung-kb/model';

/**
 * Comparison operators of a `comparison` rule: those of the expression language (one definition,
 * `COMPARISON_OPERATORS` of `@kampung-kb/expr`). DHIS2 names them
 * `equal_to`, `not_equal_to`, `less_than`, `less_than_or_equal_to`, `greater_than`,
 * `greater_than_or_equal_to` (see {@link toDhis2ValidationRules}).
 *
 * @example
 * ```ts
 * const op: ComparisonOperator = '<=';
 * ```
 */
export type ComparisonOperator = ExprComparisonOperator;

/**
 * Code lists a rule template can expand over (`forEach`): `poktan` (BKB, BKR, BKL, UPPKA, PIK-R; each
 * item also fills `{target}` and `{targetLabel}` with the population count it is measured against),
 * `contraceptiveMethods` (the nine methods; `{label}` is the short name such as IUD), `portalMethods`
 * (the portal's seven), `mkjpMethods` (IUD, MOW, MOP, implant) and `nonUserReasons` (pregnant, IAS, IAT,
 * TIAL).
 *
 * @example
 * ```ts
 * const list: TemplateListId = 'poktan';
 * ```
 */
export type TemplateListId =
  | 'poktan'
  | 'contraceptiveMethods'
  | 'portalMethods'
  | 'mkjpMethods'
  | 'nonUserReasons';

/**
 * The structural checks that are not per-record expressions; each `builtin` rule names one.
 *
 * @example
 * ```ts
 * const check: BuiltinCheckId = 'duplicate-record';
 * ```
 */
export type BuiltinCheckId =
  | 'record-shape'
  | 'count-non-negative-integer'
  | 'population-missing'
  | 'region-code-level'
  | 'region-parent'
  | 'unknown-kampung'
  | 'duplicate-record'
  | 'future-date'
  | 'report-missing';

/**
 * One side of a `comparison` rule, as in DHIS2: an expression, what to do when its operands are missing
 * (see `missingValueStrategies` of `@kampung-kb/expr`), and an optional description used in messages and
 * in the DHIS2 export.
 *
 * @example
 * ```ts
 * const side: RuleSide = { expression: 'sum(users[mkjp])', missingValueStrategy: 'skipIfAllMissing', description: { id: 'Peserta MKJP', en: 'MKJP users' } };
 * ```
 */
export interface RuleSide {
  readonly expression: string;
  readonly missingValueStrategy: MissingValueStrategy;
  readonly description?: Label;
}

/**
 * What every rule has, whatever its kind.
 *
 * Text fields of a template rule (`forEach`) may use `{code}`, `{label}` (the item's short name, e.g.
 * BKB), `{name}` (its full label) and, for `poktan`, `{target}` and `{targetLabel}`; they are filled for
 * each item. Issue messages may also use `{left}`, `{right}`, `{value}` and the names of `values`.
 *
 * @example
 * ```ts
 * const common: Pick<RuleCommon, 'id' | 'severity'> = { id: 'mkjp-within-users', severity: 'error' };
 * ```
 */
export interface RuleCommon {
  /** Stable id, kebab-case; a template's issues carry `<id>.<code>` as `ruleId` and `<id>` as `code`. */
  readonly id: string;
  /** Version of the rule's behaviour (semver); bumped whenever what it accepts changes. */
  readonly version: string;
  /** Short name, in Indonesian and English. */
  readonly name: Label;
  /** What the rule checks, in Indonesian and English. */
  readonly description: Label;
  /** What to do when it fires, in Indonesian and English (DHIS2's `instruction`). */
  readonly instruction: Label;
  readonly severity: Severity;
  /** The record type the rule evaluates; its issues point to records of this type. */
  readonly recordType: RecordType;
  /** `'month'` for records with a monthly period (monthly reports, population and profile snapshots). */
  readonly periodType: 'month' | null;
  /** Region levels the rule applies to (a kampung is at `village` level); DHIS2's organisation unit levels. */
  readonly regionLevels: readonly RegionLevel[];
  /** Free tags to group rules (e.g. `portal`, `plausibility`). */
  readonly tags: readonly string[];
  /** Where the requirement comes from (citation). */
  readonly source: string;
  /** Expands the rule once per item of a code list. */
  readonly forEach?: { readonly list: TemplateListId };
  /** Issue message (both languages), with placeholders; a generic message is used when absent. */
  readonly message?: Label;
  /** Dotted path of the field an issue points to, e.g. `poktanParticipants.{code}`. */
  readonly field?: string;
  /**
   * Extra named expressions evaluated only when the rule fires, reported in the issue's `values` and
   * usable as message placeholders, e.g. `{ users: 'sum(users[*])' }`.
   */
  readonly values?: Readonly<Record<string, string>>;
}

/**
 * A DHIS2-style validation rule: `left operator right`, each side with its missing-value strategy.
 * It fires when both sides have a value and the comparison is false. A side that its strategy skips,
 * or a side whose value is `null`, skips the rule.
 *
 * @example
 * ```ts
 * const r: ComparisonRule = {
 *   kind: 'comparison', id: 'jkn-within-population', version: '2.0.0', severity: 'error',
 *   name: { id: 'Pemegang JKN ≤ jumlah penduduk', en: 'JKN holders ≤ population' },
 *   description: { id: '…', en: '…' }, instruction: { id: '…', en: '…' },
 *   recordType: 'monthly', periodType: 'month', regionLevels: ['village'], tags: ['portal'], source: 'CreateRequest.php',
 *   left: { expression: 'jknHolders', missingValueStrategy: 'skipIfAnyMissing' },
 *   operator: '<=',
 *   right: { expression: 'totalPopulation', missingValueStrategy: 'skipIfAnyMissing' },
 * };
 * ```
 */
export interface ComparisonRule extends RuleCommon {
  readonly kind: 'comparison';
  readonly left: RuleSide;
  readonly operator: ComparisonOperator;
  readonly right: RuleSide;
}

/**
 * A rule with one boolean expression that must be true. It fires when the expression is `false`; `null`
 * (unknown) or a skipped evaluation does not fire.
 *
 * @example
 * ```ts
 * const r: Pick<ConditionRule, 'kind' | 'expression' | 'missingValueStrategy'> = {
 *   kind: 'condition', expression: 'familiesWithUnderFives <= families', missingValueStrategy: 'skipIfAnyMissing',
 * };
 * ```
 */
export interface ConditionRule extends RuleCommon {
  readonly kind: 'condition';
  readonly expression: string;
  readonly missingValueStrategy: MissingValueStrategy;
}

/**
 * A structural check that is not a per-record expression (schema, references, duplicates, region codes,
 * dates, a missing population snapshot). `recordTypes` lists every record type it looks at and `codes`
 * the issue codes it can raise.
 *
 * @example
 * ```ts
 * const r: Pick<BuiltinRule, 'kind' | 'check' | 'codes'> = { kind: 'builtin', check: 'region-parent', codes: ['region-parent', 'region-outside-city'] };
 * ```
 */
export interface BuiltinRule extends RuleCommon {
  readonly kind: 'builtin';
  readonly check: BuiltinCheckId;
  readonly recordTypes: readonly RecordType[];
  readonly codes: readonly string[];
}

/**
 * A cross-period rule: the value of a numeric expression against the same kampung's value in the
 * previous month. With `c` this month and `p` the previous month, it fires when `max(c, p) ≥ minBase`
 * and `max(c, p) / min(c, p) > maxRatio` (a rise or a fall; a jump from 0 counts as an infinite ratio).
 *
 * @example
 * ```ts
 * const r: Pick<JumpRule, 'kind' | 'expression' | 'maxRatio' | 'minBase'> = { kind: 'jump', expression: 'sum(users[*])', maxRatio: 1.5, minBase: 20 };
 * ```
 */
export interface JumpRule extends RuleCommon {
  readonly kind: 'jump';
  readonly expression: string;
  readonly maxRatio: number;
  readonly minBase: number;
}

/**
 * A cross-period rule: the value of a numeric expression against the kampung's own history (every month
 * of that kampung in the data, the value itself included, as DHIS2's outlier detection does).
 * `zScore`: `|x − mean| / sd > threshold` (population standard deviation; default threshold 3).
 * `modifiedZScore`: `0.6745 × |x − median| / MAD > threshold` (MAD = median of `|xᵢ − median|`; default
 * 3.5). Kampung with fewer than `minHistory` values, or with `sd` / `MAD` 0, are not judged.
 *
 * @example
 * ```ts
 * const r: Pick<OutlierRule, 'kind' | 'expression' | 'method' | 'minHistory'> = { kind: 'outlier', expression: 'jknHolders', method: 'modifiedZScore', minHistory: 6 };
 * ```
 */
export interface OutlierRule extends RuleCommon {
  readonly kind: 'outlier';
  readonly expression: string;
  readonly method: 'zScore' | 'modifiedZScore';
  /** Default 3 for `zScore`, 3.5 for `modifiedZScore`. */
  readonly threshold?: number;
  readonly minHistory: number;
}

/**
 * A validation rule as plain JSON-serialisable, versioned, bilingual data. Checking code is separate: a
 * rule set is compiled once ({@link compileRules}), listed, documented, exported to DHIS2
 * ({@link toDhis2ValidationRules}) and customised per city ({@link parseRuleFile}, {@link resolveRules}).
 *
 * @example
 * ```ts
 * const rule: RuleDefinition = {
 *   kind: 'comparison',
 *   id: 'mkjp-share-min-15',
 *   version: '1.0.0',
 *   name: { id: 'Porsi MKJP minimal 15 %', en: 'MKJP share at least 15 %' },
 *   description: { id: 'Peserta MKJP paling sedikit 15 % dari peserta KB.', en: 'MKJP users are at least 15 % of users.' },
 *   instruction: { id: 'Periksa pencatatan MKJP.', en: 'Check how MKJP users are recorded.' },
 *   severity: 'warning',
 *   recordType: 'monthly',
 *   periodType: 'month',
 *   regionLevels: ['village'],
 *   tags: ['city'],
 *   source: 'DPPKB target',
 *   left: { expression: 'sum(users[mkjp]) * 100 / sum(users[*])', missingValueStrategy: 'skipIfAllMissing' },
 *   operator: '>=',
 *   right: { expression: '15', missingValueStrategy: 'neverSkip' },
 * };
 * JSON.parse(JSON.stringify(rule)); // the same data
 * ```
 */
export type RuleDefinition = ComparisonRule | ConditionRule | BuiltinRule | JumpRule | OutlierRule;

/**
 * The kinds of {@link RuleDefinition}.
 *
 * @example
 * ```ts
 * const kind: RuleKind = 'outlier';
 * ```
 */
export type RuleKind = RuleDefinition['kind'];
