import {
  createEnvironment,
  type Environment,
  type JsonSchemaLike,
  type VariableType,
} from '@kampung-kb/expr';
import { recordTypeInfo } from '@kampung-kb/model';
import type { CompiledRuleSet, ExpandedRule } from '@kampung-kb/rules';
import { sqlIdentifier } from '../internal/sqlText.js';
import { type RulePredicateSql, rulePredicateSql } from './rulePredicateSql.js';

/**
 * The variables a monthly report's rules read from the population snapshot in force, as the JavaScript
 * engine gives them (`@kampung-kb/rules`' built-in catalogue documents them), and the columns of the
 * population table {@link monthlyRulesSql} reads them from.
 *
 * @example
 * ```ts
 * MONTHLY_POPULATION_VARIABLES.includes('pus'); // true
 * ```
 */
export const MONTHLY_POPULATION_VARIABLES = [
  'pus',
  'totalPopulation',
  'families',
  'familiesWithUnderFives',
  'familiesWithAdolescents',
  'familiesWithElderly',
  'adolescents',
  'populationPeriod',
] as const;

const NUM: VariableType = { kind: 'number', nullable: true };
const STR: VariableType = { kind: 'string', nullable: true };

let monthlyEnv: Environment | undefined;

/** The expression environment of monthly rules: the report's fields and the population variables. */
export function monthlyEnvironment(): Environment {
  monthlyEnv ??= createEnvironment(recordTypeInfo('monthly').schema as JsonSchemaLike, {
    variables: Object.fromEntries(
      MONTHLY_POPULATION_VARIABLES.map((v) => [v, v === 'populationPeriod' ? STR : NUM]),
    ),
  });
  return monthlyEnv;
}

/** Options of {@link monthlyRulesSql}. */
export interface MonthlyRulesSqlOptions {
  /** Ids of rule definitions switched off (as `ValidateOptions.disabled`). */
  readonly disabled?: readonly string[];
  /** Table of monthly reports: one column per CSV column (`"kampungId"`, `"period"`, `"users.iud"` …). */
  readonly monthlyTable?: string;
  /**
   * Table of the schema-valid population snapshots: `kampungId`, `period` and one column per
   * {@link MONTHLY_POPULATION_VARIABLES} entry except `populationPeriod` (the snapshot's `period`).
   */
  readonly populationTable?: string;
  /** Columns of the monthly table to return too, after `kampungId` and `period` (before the flags). */
  readonly columns?: readonly string[];
}

/** What {@link monthlyRulesSql} returns. */
export interface MonthlyRulesSql {
  /**
   * One query: `kampungId`, `period`, the `columns` asked for and one 0/1 column `r0`, `r1` … per rule of `rules` (in that order),
   * for every monthly report on which at least one of them fires, ordered by kampung and period.
   */
  readonly sql: string;
  /** The expanded monthly rules the query checks, in catalogue order. */
  readonly rules: readonly ExpandedRule[];
  /** The enabled monthly rules it could not compile, with the reason (the JavaScript engine keeps them). */
  readonly unsupported: readonly (RulePredicateSql & { readonly ok: false })[];
}

/**
 * Compiles the per-record rules of monthly reports of a rule set (the built-in catalogue or a city's,
 * from `compileRules`/`resolveRules`) to ONE portable SQL query (DuckDB and PostgreSQL run the same
 * text) over a table of monthly reports joined with the population snapshot in force (the latest
 * snapshot of the kampung whose period is not after the report's). It says which rule fires on which
 * report; the issues' values and messages are then made by the rule set itself for those reports only.
 *
 * @example
 * ```ts
 * import { compileRules, builtinRules } from '@kampung-kb/rules';
 * const c = compileRules(builtinRules);
 * if (c.ok) {
 *   const { sql, rules } = monthlyRulesSql(c.ruleSet);
 *   rules.map((r) => r.id); // ['kkbpk-balance', 'poktan-within-target.bkb', …, 'cpr-within-100']
 *   sql.startsWith('WITH kkb_in_force'); // true
 * }
 * ```
 */
export function monthlyRulesSql(
  ruleSet: CompiledRuleSet,
  options: MonthlyRulesSqlOptions = {},
): MonthlyRulesSql {
  const disabled = new Set(options.disabled ?? []);
  const env = monthlyEnvironment();
  const scope = {
    env,
    field: (path: string) => `m.${sqlIdentifier(path)}`,
    variable: (name: string) => (name === 'populationPeriod' ? 'p."period"' : `p.${sqlIdentifier(name)}`),
  };
  const rules: ExpandedRule[] = [];
  const fires: string[] = [];
  const unsupported: (RulePredicateSql & { readonly ok: false })[] = [];
  for (const rule of ruleSet.rules) {
    if (rule.recordType !== 'monthly' || disabled.has(rule.templateId)) continue;
    if (rule.kind === 'builtin') continue;
    const p = rulePredicateSql(rule, scope);
    if (!p.ok) {
      unsupported.push(p);
      continue;
    }
    rules.push(rule);
    fires.push(p.fires);
  }
  const monthly = options.monthlyTable ?? 'kkb_monthly';
  const population = options.populationTable ?? 'kkb_population';
  const columns = fires.map((f, i) => `CASE WHEN ${f} THEN 1 ELSE 0 END AS "r${i}"`);
  const sql = [
    // The population snapshot in force: the kampung's latest not after the report's month (decorrelated).
    'WITH kkb_in_force AS (',
    '  SELECT m."kampungId", m."period", MAX(q."period") AS "populationPeriod"',
    `  FROM ${monthly} m JOIN ${population} q ON q."kampungId" = m."kampungId" AND q."period" <= m."period"`,
    '  GROUP BY m."kampungId", m."period")',
    `SELECT m."kampungId", m."period"${[...(options.columns ?? []).map((c) => `m.${sqlIdentifier(c)}`), ...columns].map((c) => `, ${c}`).join('')}`,
    `FROM ${monthly} m`,
    'LEFT JOIN kkb_in_force f ON f."kampungId" = m."kampungId" AND f."period" = m."period"',
    `LEFT JOIN ${population} p ON p."kampungId" = f."kampungId" AND p."period" = f."populationPeriod"`,
    `WHERE ${fires.length > 0 ? fires.join(' OR ') : 'FALSE'}`,
    'ORDER BY m."kampungId", m."period"',
  ].join('\n');
  return { sql, rules, unsupported };
}
