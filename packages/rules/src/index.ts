/**
 * `@kampung-kb/rules`: validation rules for Kampung KB data, as data on the expression language of
 * `@kampung-kb/expr`. The official portal's data-entry invariants (users + non-users = PUS, poktan
 * participants ≤ target, JKN holders ≤ population, counts ≥ 0), plausibility rules, cross-period checks
 * (jumps against the previous month, outliers against a kampung's own history) and the structural checks
 * a data set needs (schema, region codes, references, duplicates, future dates). Rules are JSON data,
 * versioned and bilingual; a city adds, overrides and disables rules in its own rules file; rule sets
 * compile once, before any data is read, and export to DHIS2. Issues are bilingual data (`Issue` from
 * `@kampung-kb/model`); formatting is separate. Runs in Node and browsers.
 *
 * @packageDocumentation
 */

export { type BuiltinRuleDefinition, type BuiltinRuleId, builtinRules } from './builtinRules.js';
export {
  type CheckSchemaOptions,
  type CheckSchemaResult,
  checkSchema,
  type SchemaProblem,
  schemaFieldPath,
  type ZodErrorMapOptions,
  zodErrorMap,
} from './checkSchema.js';
export {
  type CompiledRuleSet,
  type CompileRulesResult,
  compileRules,
  type RuleExplanation,
  type RuleViolation,
} from './compileRules.js';
export {
  createDatasetValidator,
  type DatasetValidator,
  type DatasetValidatorOptions,
} from './createDatasetValidator.js';
export { type ExpandedRule, expandRules } from './expandRules.js';
export { formatIssue, MAX_SHOWN_IDENTIFIER } from './formatIssue.js';
export { formatSummary } from './formatSummary.js';
export {
  type AccountingSummary,
  createRecordAccounting,
  EXCLUSION_REASONS,
  type ExclusionReason,
  type FileAccounting,
  type RecordAccounting,
} from './recordAccounting.js';
export { type RuleResolution, resolveRules } from './resolveRules.js';
export type {
  BuiltinCheckId,
  BuiltinRule,
  ComparisonOperator,
  ComparisonRule,
  ConditionRule,
  JumpRule,
  OutlierRule,
  RuleCommon,
  RuleDefinition,
  RuleKind,
  RuleSide,
  TemplateListId,
} from './ruleDefinition.js';
export {
  MAX_RULE_FILE_LENGTH,
  MAX_YAML_ALIAS_COUNT,
  type ParseRuleFileResult,
  parseRuleFile,
  type RuleFile,
  type RuleOverride,
  ruleFileJsonSchema,
} from './ruleFile.js';
export { textPosition } from './textPosition.js';
export {
  type Dhis2Export,
  type Dhis2ExportOptions,
  type Dhis2ValidationRule,
  toDhis2ValidationRules,
} from './toDhis2ValidationRules.js';
export { type ValidateOptions, type ValidationResult, validateDataset } from './validateDataset.js';
export type { RecordTypeSummary, RuleChanges, ValidationSummary } from './validationSummary.js';
