import { describe, expect, it } from 'vitest';
import { monthly, population } from './__fixtures__/records.js';
import { builtinRules } from './builtinRules.js';
import { compileRules } from './compileRules.js';
import type { ComparisonRule, RuleDefinition } from './ruleDefinition.js';

const base: Omit<ComparisonRule, 'id' | 'left' | 'right' | 'operator'> = {
  kind: 'comparison',
  version: '1.0.0',
  name: { id: 'Uji', en: 'Test' },
  description: { id: 'Aturan uji', en: 'A test rule' },
  instruction: { id: 'Periksa', en: 'Check' },
  severity: 'error',
  recordType: 'monthly',
  periodType: 'month',
  regionLevels: ['village'],
  tags: [],
  source: 'test',
};

function rule(
  id: string,
  left: string,
  operator: ComparisonRule['operator'],
  right: string,
  extra: Partial<ComparisonRule> = {},
): RuleDefinition {
  return {
    ...base,
    id,
    left: { expression: left, missingValueStrategy: 'skipIfAnyMissing' },
    operator,
    right: { expression: right, missingValueStrategy: 'skipIfAnyMissing' },
    ...extra,
  };
}

const vars = { pus: 260, totalPopulation: 1600, populationPeriod: '2020-01' };

describe('compileRules', () => {
  it('compiles the built-in catalogue', () => {
    const r = compileRules(builtinRules);
    expect(r.ok).toBe(true);
    expect(r.ruleSet?.rules).toHaveLength(builtinRules.length + 4);
  });

  it('reports every expression problem with rule id, side, expression line and column, in both languages', () => {
    const r = compileRules([
      rule('typo', 'sum(users[mkpj])', '<=', 'sum(users[*])'),
      rule('also', 'users.iud', '<=', 'pus +'),
    ]);
    expect(r.ok).toBe(false);
    expect(
      r.issues.map((i) => [
        i.ruleId,
        i.code,
        i.location.recordId,
        i.location.field,
        i.values['expressionLine'],
        i.values['expressionColumn'],
        i.values['diagnostic'],
      ]),
    ).toEqual([
      ['rule-definition', 'rule-expression-invalid', 'typo', 'left.expression', 1, 5, 'unknown-group'],
      ['rule-definition', 'rule-expression-invalid', 'also', 'right.expression', 1, 6, 'unexpected-end'],
    ]);
    expect(r.issues[0]?.message.id).toMatch(
      /^Aturan 'typo', sisi kiri 'sum\(users\[mkpj\]\)' \(baris 1, kolom 5 ekspresi\): .*'mkjp'/,
    );
    expect(r.issues[0]?.message.en).toMatch(
      /^Rule 'typo', left side 'sum\(users\[mkpj\]\)' \(expression line 1, column 5\): .*'mkjp'/,
    );
    expect(r.issues[0]?.values['suggestion']).toBe('mkjp');
  });

  it('rejects sides of different types, non-boolean conditions, duplicate ids and cross-period rules off monthly data', () => {
    const r = compileRules([
      rule('types', 'users.iud', '<', 'populationPeriod'),
      {
        ...base,
        kind: 'condition',
        id: 'cond',
        expression: 'users.iud + 1',
        missingValueStrategy: 'neverSkip',
      },
      rule('types', 'users.iud', '<', 'pus'),
      {
        ...base,
        kind: 'jump',
        id: 'pop-jump',
        recordType: 'population',
        expression: 'pus',
        maxRatio: 2,
        minBase: 10,
      },
    ]);
    expect(r.issues.map((i) => `${i.location.recordId}:${i.code}:${i.location.field}`)).toEqual([
      'types:rule-type-mismatch:operator',
      'cond:rule-type-mismatch:expression',
      'types:rule-duplicate-id:id',
      'pop-jump:rule-record-type:recordType',
    ]);
    expect(r.issues[0]?.message.en).toBe(
      "Rule 'types': the left side is number and the right side string; '<' compares two numbers or two strings",
    );
  });

  it('evaluates a comparison with both values, the named values and the snapshot period; passes without allocating', () => {
    const r = compileRules([builtinRules.find((x) => x.id === 'kkbpk-balance') as RuleDefinition]);
    if (!r.ok) throw new Error('compile');
    const ok = r.ruleSet.evaluate('monthly', monthly(), { vars });
    expect(ok).toEqual([]);
    expect(r.ruleSet.evaluate('monthly', monthly(), { vars })).toBe(ok); // the same empty array
    const [v] = r.ruleSet.evaluate('monthly', monthly(), { vars: { ...vars, pus: 258 } });
    expect(v?.values).toEqual({
      left: 260,
      right: 258,
      users: 170,
      nonUsers: 90,
      usersPlusNonUsers: 260,
      pus: 258,
      difference: 2,
      populationPeriod: '2020-01',
    });
    expect(v?.message.en).toBe(
      'Contraceptive users (170) + non-using PUS (90) = 260, not equal to PUS (258) in the population snapshot of 2020-01',
    );
  });

  it('applies missing-value strategies per side: a skipped side never fires, treatAsZero counts missing as 0', () => {
    const skip = compileRules([rule('mal-low', 'users.mal', '<=', '0')]);
    const zero = compileRules([
      rule('mal-low', 'users.mal', '<=', '0', {
        left: { expression: 'users.mal + 1', missingValueStrategy: 'treatAsZero' },
      }),
    ]);
    if (!skip.ok || !zero.ok) throw new Error('compile');
    expect(skip.ruleSet.evaluate('monthly', monthly())).toEqual([]); // mal is missing: skipped
    const [v] = zero.ruleSet.evaluate('monthly', monthly());
    expect(v?.values).toEqual({ left: 1, right: 0 }); // missing mal = 0, 0 + 1 = 1 > 0
    expect(v?.message.en).toBe('Test: users.mal + 1 (1) should be at most 0 (0)');
    expect(v?.message.id).toBe('Uji: users.mal + 1 (1) seharusnya paling banyak 0 (0)');
  });

  it('gives the operand trace with explain: true', () => {
    const r = compileRules([builtinRules.find((x) => x.id === 'jkn-within-population') as RuleDefinition]);
    if (!r.ok) throw new Error('compile');
    const [v] = r.ruleSet.evaluate('monthly', monthly({ jknHolders: 1700 }), { vars }, { explain: true });
    expect(v?.explanation?.left?.operands).toEqual([
      { field: 'jknHolders', period: 'current', source: 'record', value: 1700 },
    ]);
    expect(v?.explanation?.right?.operands).toEqual([
      { field: 'totalPopulation', period: 'current', source: 'variable', value: 1600 },
    ]);
    expect(
      r.ruleSet.evaluate('monthly', monthly({ jknHolders: 1700 }), { vars })[0]?.explanation,
    ).toBeUndefined();
  });

  it('runs population rules with the snapshot totals as variables', () => {
    const r = compileRules(builtinRules);
    if (!r.ok) throw new Error('compile');
    const [v] = r.ruleSet.evaluate('population', population({ pus: 1700 }), {
      vars: { totalPopulation: 1600 },
    });
    expect(v?.rule.id).toBe('pus-within-population');
    expect(v?.values).toEqual({ left: 1700, right: 1600 });
    expect(v?.message.id).toBe('PUS (1700) melebihi jumlah penduduk (1600)');
  });
});
