/**
 * `@kampung-kb/sql`: the SQL backend of the Kampung KB SDK. Indicator definitions (from their expression
 * AST) and the rules that can be checked one record at a time are compiled to portable SQL, run on DuckDB
 * embedded straight over a data directory's files, or on PostgreSQL, with the same results as the
 * JavaScript engine.
 *
 * @packageDocumentation
 */

// — indicators (sql-indicators) —
export {
  compileIndicatorsSql,
  elementColumnKey,
  type SqlIndicatorPlan,
  type SqlPlanIndicator,
} from './compileIndicatorsSql.js';
export {
  computeIndicatorsDuckDb,
  type DuckDbIndicatorsOutcome,
  type StagedFile,
} from './computeIndicatorsDuckDb.js';
export {
  computeIndicatorsSql,
  resultsFromSqlRows,
  type SqlIndicatorsOutcome,
} from './computeIndicatorsSql.js';
export { type DuckDbClient, openDuckDb } from './duckDbClient.js';
// — rules (sql-rules) —
export {
  type CheckMonthlyCsvOptions,
  checkMonthlyCsvDuckDb,
  type MonthlyCsvCheck,
} from './rules/checkMonthlyCsvDuckDb.js';
export {
  MONTHLY_POPULATION_VARIABLES,
  type MonthlyRulesSql,
  type MonthlyRulesSqlOptions,
  monthlyEnvironment,
  monthlyRulesSql,
} from './rules/monthlyRulesSql.js';
export { type RulePredicateSql, rulePredicateSql, type SqlScope } from './rules/rulePredicateSql.js';
export type { SqlClient } from './sqlClient.js';
export { SQL_DIALECTS, type SqlDialect } from './sqlDialect.js';
export {
  createStagingSql,
  loadDatasetSql,
  STAGING_TABLES,
  type StagingColumns,
  stagingColumns,
} from './stagingTables.js';
