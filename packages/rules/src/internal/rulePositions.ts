/** Where a rule definition came from in a rules file, to point compile problems at a line. */
export interface RulePosition {
  readonly file: string;
  /** Path of the rule in the file, e.g. `rules.2` or `overrides.0`. */
  readonly path: string;
  /** The 1-based line of a sub-path of the rule (`left.expression`), falling back to the rule's own line. */
  readonly lineOf: (subPath: string) => number | undefined;
}

/** Positions of rule definitions parsed from rules files (set by parseRuleFile / resolveRules). */
export const rulePositions = new WeakMap<object, RulePosition>();
