import { type Issue, isValidDate, parseRegionCode, type RegionCode } from '@kampung-kb/model';
import { builtinRules } from '../builtinRules.js';
import { type CompiledRuleSet, compileRules } from '../compileRules.js';
import type { RuleResolution } from '../resolveRules.js';
import type { RuleDefinition } from '../ruleDefinition.js';
import type { ValidateOptions } from '../validateDataset.js';
import { defaultToday } from './futureDateCheck.js';

let builtinCompiled: CompiledRuleSet | undefined;

function rulesMessage(issues: readonly Issue[]): string {
  return issues.map((i) => `${i.message.en} / ${i.message.id}`).join('; ');
}

/** The rule set of a run: the built-in one (compiled once per process), a compiled one, or compiled here. */
export function ruleSetOf(
  rules: ValidateOptions['rules'],
  caller: string,
): { ruleSet: CompiledRuleSet; resolution?: RuleResolution } {
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
      throw new RangeError(`${caller}: options.rules has problems: ${rulesMessage(rules.issues)}`);
    }
    return { ruleSet: rules.ruleSet, resolution: rules };
  }
  const r = compileRules(rules as readonly RuleDefinition[]);
  if (!r.ok) throw new RangeError(`${caller}: options.rules do not compile: ${rulesMessage(r.issues)}`);
  return { ruleSet: r.ruleSet };
}

/** `options.today` (by default today in the programme's time zone, from `cityCode`), checked. */
export function todayOf(options: ValidateOptions, caller: string): string {
  const today = options.today ?? defaultToday(options.cityCode);
  if (!isValidDate(today)) {
    throw new RangeError(`${caller}: options.today must be a YYYY-MM-DD date, got '${today}'`);
  }
  return today;
}

/** `options.cityCode`, dotted, checked to be a regency/city code. */
export function cityCodeOf(options: ValidateOptions, caller: string): RegionCode | undefined {
  if (options.cityCode === undefined) return undefined;
  const parsed = parseRegionCode(options.cityCode);
  if (!parsed.ok || parsed.level !== 'regency') {
    throw new RangeError(
      `${caller}: options.cityCode must be a Kemendagri regency/city code such as '63.71', got '${options.cityCode}'`,
    );
  }
  return parsed.code;
}
