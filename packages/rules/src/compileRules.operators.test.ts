import { afterEach, describe, expect, it } from 'vitest';
import { testRuleCommon } from './__fixtures__/ruleCommon.js';
import { compileRules, ruleFusion } from './compileRules.js';
import type { ComparisonOperator, RuleDefinition } from './ruleDefinition.js';

const common = testRuleCommon;

function rule(
  operator: ComparisonOperator,
  left: string,
  right: string,
  strategy: 'neverSkip' | 'skipIfAnyMissing' = 'neverSkip',
): RuleDefinition {
  return {
    ...common,
    kind: 'comparison',
    id: `r${operator}`,
    left: { expression: left, missingValueStrategy: strategy },
    operator,
    right: { expression: right, missingValueStrategy: 'neverSkip' },
  };
}

function fires(def: RuleDefinition, record: unknown): boolean {
  const r = compileRules([def]);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  return r.ruleSet.evaluate('monthly', record).length > 0;
}

/**
 * Worked truth table: a comparison rule fires exactly when its comparison is false. Left `users.iud`
 * against a right side of 5 (a literal, and a field), at 4, 5 and 6.
 */
const FIRES: Readonly<Record<ComparisonOperator, readonly [boolean, boolean, boolean]>> = {
  //        iud = 4, 5, 6
  '==': [true, false, true],
  '!=': [false, true, false],
  '<': [false, true, true],
  '<=': [false, false, true],
  '>': [true, true, false],
  '>=': [true, false, false],
};

const operators = Object.keys(FIRES) as ComparisonOperator[];

describe.each([
  ['fused', true],
  ['rule by rule', false],
])('comparison rules, %s', (_name, fusion) => {
  afterEach(() => {
    ruleFusion.enabled = true;
  });

  it.each(operators)('%s fires exactly when the comparison is false, at the boundary', (op) => {
    ruleFusion.enabled = fusion;
    const expected = FIRES[op];
    for (const [i, iud] of [4, 5, 6].entries()) {
      const record = { users: { iud, mal: 5 } };
      expect(fires(rule(op, 'users.iud', '5'), record), `iud ${iud} ${op} 5`).toBe(expected[i]);
      expect(fires(rule(op, 'users.iud', 'users.mal'), record), `iud ${iud} ${op} mal`).toBe(expected[i]);
    }
  });

  it.each(operators)('%s compares strings by code unit and gives the compared values', (op) => {
    ruleFusion.enabled = fusion;
    // 'Jl' < 'jl' (upper case first), 'jl' == 'jl', 'jm' > 'jl'.
    for (const [i, period] of ['Jl', 'jl', 'jm'].entries()) {
      const def = rule(op, 'period', "'jl'");
      const r = compileRules([def]);
      if (!r.ok) throw new Error('does not compile');
      const out = r.ruleSet.evaluate('monthly', { period });
      expect(out.length > 0, `'${period}' ${op} 'jl'`).toBe(FIRES[op][i]);
      if (out[0] !== undefined) expect(out[0].values).toMatchObject({ left: period, right: 'jl' });
    }
  });

  it('never fires on a side without a value, and skips by strategy only when the comparison is false', () => {
    ruleFusion.enabled = fusion;
    for (const op of operators) {
      expect(fires(rule(op, 'users.iud', '5'), { users: {} })).toBe(false);
    }
    // users.iud + coalesce(users.mal, 0): a value even with mal missing; skipIfAnyMissing skips it.
    const skip = rule('<=', 'users.iud + coalesce(users.mal, 0)', '5', 'skipIfAnyMissing');
    const keep = rule('<=', 'users.iud + coalesce(users.mal, 0)', '5', 'neverSkip');
    expect(fires(skip, { users: { iud: 6 } })).toBe(false);
    expect(fires(keep, { users: { iud: 6 } })).toBe(true);
    expect(fires(skip, { users: { iud: 6, mal: 0 } })).toBe(true);
    expect(fires(skip, { users: { iud: 4 } })).toBe(false);
  });
});
