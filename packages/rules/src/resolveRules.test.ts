import { describe, expect, it } from 'vitest';
import { cleanDataset, monthly } from './__fixtures__/records.js';
import { builtinRules } from './builtinRules.js';
import { resolveRules } from './resolveRules.js';
import { parseRuleFile } from './ruleFile.js';
import { validateDataset } from './validateDataset.js';

function resolve(yaml: string) {
  const parsed = parseRuleFile(yaml, 'rules.yaml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return resolveRules(builtinRules, parsed.ruleSet);
}

describe('resolveRules', () => {
  it('overrides, merges sides, disables with the reason and records every change', () => {
    const r = resolve(`version: 1
overrides:
  - id: jkn-within-population
    severity: warning
  - id: kkbpk-balance
    right: { missingValueStrategy: treatAsZero }
disable:
  - id: future-date
    reason: periods are planned ahead
`);
    expect(r.ok).toBe(true);
    expect(r.changes).toEqual({
      file: 'rules.yaml',
      added: [],
      overridden: [
        { id: 'jkn-within-population', name: builtinRules[5]?.name, fields: ['severity'] },
        { id: 'kkbpk-balance', name: builtinRules[2]?.name, fields: ['right.missingValueStrategy'] },
      ],
      disabled: [{ id: 'future-date', reason: 'periods are planned ahead' }],
    });
    const balance = r.rules.find((x) => x.id === 'kkbpk-balance');
    expect(balance?.kind === 'comparison' && balance.right).toEqual({
      expression: 'pus',
      missingValueStrategy: 'treatAsZero',
      description: { id: 'PUS', en: 'PUS' },
    });
    expect(r.rules.some((x) => x.id === 'future-date')).toBe(false);
    expect(builtinRules.find((x) => x.id === 'jkn-within-population')?.severity).toBe('error'); // not mutated

    const ds = cleanDataset();
    ds.monthly = [monthly({ jknHolders: 1601, period: '2021-05' })];
    const v = validateDataset(ds, { today: '2021-01-31', rules: r });
    expect(v.issues.map((i) => `${i.ruleId}:${i.severity}`)).toEqual(['jkn-within-population:warning']);
    expect(v.summary.ruleChanges).toBe(r.changes);
  });

  it('reports unknown ids, conflicts, fields of another kind and clashing new ids as errors', () => {
    const r = resolve(`version: 1
rules:
  - id: kkbpk-balance
    kind: condition
    severity: info
    name: { id: a, en: b }
    description: { id: a, en: b }
    instruction: { id: a, en: b }
    source: s
    expression: "true"
    missingValueStrategy: neverSkip
overrides:
  - id: kkbpk-balanse
    severity: warning
  - id: future-date
    severity: warning
  - id: record-shape
    expression: "1 == 1"
disable:
  - id: futur-date
    reason: typo
  - id: future-date
    reason: both
`);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.location.line, i.location.field])).toEqual([
      ['rule-unknown-id', 20, 'disable[0].id'],
      ['rule-unknown-id', 13, 'overrides[0].id'],
      ['rule-conflict', 15, 'overrides[1].id'],
      ['rule-override-field', 18, 'overrides[2].expression'],
      ['rule-duplicate-id', 3, 'rules[0].id'],
    ]);
    expect(r.issues[1]?.message).toEqual({
      id: "Aturan 'kkbpk-balanse' yang akan diubah tidak ada di katalog",
      en: "Rule 'kkbpk-balanse' to override is not in the catalogue",
    });
    expect(r.ruleSet).toBeUndefined();
  });

  it('compiles overridden and added expressions, pointing problems at their line in the file', () => {
    const r = resolve(`version: 1
overrides:
  - id: jkn-within-population
    left:
      expression: jknHolder
`);
    expect(r.ok).toBe(false);
    expect(
      r.issues.map((i) => [
        i.code,
        i.location.file,
        i.location.line,
        i.location.field,
        i.values['suggestion'],
      ]),
    ).toEqual([['rule-expression-invalid', 'rules.yaml', 5, 'overrides[0].left.expression', 'jknHolders']]);
    expect(() => validateDataset(cleanDataset(), { rules: r })).toThrow(RangeError);
  });
});
