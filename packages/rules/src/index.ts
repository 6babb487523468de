/**
 * `@kampung-kb/rules`: validation rules for Kampung KB data. The official portal's data-entry invariants
 * (users + non-users = PUS, poktan participants ≤ target, JKN holders ≤ population, counts ≥ 0) and the
 * structural checks a data set needs (schema, region codes, references, duplicates, future dates), with
 * rule metadata as data and issues as bilingual data (`Issue` from `@kampung-kb/model`). Formatting is
 * separate from checking. Runs in Node and browsers.
 *
 * @packageDocumentation
 */

export { type BuiltinRuleDefinition, type BuiltinRuleId, builtinRules } from './builtinRules.js';
export { formatIssue } from './formatIssue.js';
export { formatSummary } from './formatSummary.js';
export type { RuleDefinition } from './ruleDefinition.js';
export { type ValidateOptions, type ValidationResult, validateDataset } from './validateDataset.js';
export type { RecordTypeSummary, ValidationSummary } from './validationSummary.js';
