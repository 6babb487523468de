import { MAX_EXPRESSION_LENGTH } from '@kampung-kb/expr';
import { describe, expect, it } from 'vitest';
import { cleanDataset, monthly } from './__fixtures__/records.js';
import { builtinRules } from './builtinRules.js';
import { formatIssue } from './formatIssue.js';
import { resolveRules } from './resolveRules.js';
import { MAX_RULE_FILE_LENGTH, MAX_YAML_ALIAS_COUNT, parseRuleFile } from './ruleFile.js';
import { toDhis2ValidationRules } from './toDhis2ValidationRules.js';
import { validateDataset } from './validateDataset.js';

/** A rules file with one new comparison rule whose left side is `left`. */
function ruleWith(left: string): string {
  return `version: 1
rules:
  - id: long-expression
    kind: comparison
    severity: warning
    name: { id: Ekspresi panjang, en: Long expression }
    description: { id: Uji, en: Test }
    instruction: { id: Periksa, en: Check }
    source: test
    left: { expression: "${left}", missingValueStrategy: neverSkip }
    operator: ">="
    right: { expression: "0", missingValueStrategy: neverSkip }
`;
}

/** A "billion laughs": nine levels of ten aliases each, 10^9 strings once expanded. */
function aliasBomb(): string {
  const lines = ['version: 1', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const name = String.fromCharCode(97 + i);
    const prev = String.fromCharCode(96 + i);
    lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('parseRuleFile limits', () => {
  it('reports a YAML alias bomb as an issue at the first alias, never throws', () => {
    const r = parseRuleFile(aliasBomb(), 'rules.yaml');
    expect(r.ok).toBe(false);
    expect(r.issues).toHaveLength(1);
    const [issue] = r.issues;
    expect(issue?.code).toBe('rule-file-aliases');
    expect(issue?.severity).toBe('error');
    expect(issue?.location).toEqual({ file: 'rules.yaml', line: 3 });
    expect(issue?.message.id).toContain('baris 3, kolom 8');
    expect(issue?.message.en).toContain('line 3, column 8');
    expect(issue?.message.en).toContain(`more than ${MAX_YAML_ALIAS_COUNT}`);
  });

  it('still reads files that use a few aliases', () => {
    const text = `version: 1
overrides:
  - &o { id: jkn-within-population, severity: warning }
disable:
  - { id: intervention-after-designation, reason: not verified yet }
`;
    expect(parseRuleFile(text, 'rules.yaml').ok).toBe(true);
  });

  it('refuses a text over the size limit before parsing it', () => {
    const text = `version: 1\n${'#'.repeat(MAX_RULE_FILE_LENGTH)}\n`;
    const r = parseRuleFile(text, 'rules.yaml');
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.code).toBe('rule-file-too-large');
    expect(r.issues[0]?.location).toEqual({ file: 'rules.yaml', line: 2 });
    expect(r.issues[0]?.message.en).toContain(`${MAX_RULE_FILE_LENGTH + 12} characters`);
    expect(r.issues[0]?.message.id).toContain('baris 2, kolom');
  });

  it('reports YAML nested thousands of levels deep as a syntax issue', () => {
    const text = `version: 1\nrules: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const r = parseRuleFile(text, 'rules.yaml');
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.location).toMatchObject({ file: 'rules.yaml', line: 2 });
    expect(r.issues[0]?.message.en).toMatch(/line 2, column \d+\): nested too deeply\.$/);
    expect(r.issues[0]?.message.id).toMatch(/baris 2, kolom \d+\): bersarang terlalu dalam\.$/);
  });
});

describe('expressions at the limits, through a rules file', () => {
  it('reports 5,000 nested parentheses as a positioned issue, not a crash', () => {
    const parsed = parseRuleFile(ruleWith(`${'('.repeat(4_999)}1${')'.repeat(4_999)}`), 'rules.yaml');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const r = resolveRules(builtinRules, parsed.ruleSet);
    expect(r.ok).toBe(false);
    const issue = r.issues.find((i) => i.values['diagnostic'] === 'expression-too-deep');
    expect(issue?.location).toMatchObject({ file: 'rules.yaml', line: 10 });
    expect(issue?.message.en).toContain('nested too deeply at line 1, column 201');
    expect(issue?.message.id).toContain('bersarang terlalu dalam');
    expect(formatIssue(issue as NonNullable<typeof issue>, 'en').length).toBeLessThan(1_000);
  });

  it('reports an expression over the length limit as a positioned issue', () => {
    const parsed = parseRuleFile(ruleWith(`${'users.iud + '.repeat(9_000)}1`), 'rules.yaml');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const r = resolveRules(builtinRules, parsed.ruleSet);
    expect(r.ok).toBe(false);
    const issue = r.issues.find((i) => i.values['diagnostic'] === 'expression-too-long');
    expect(issue?.values['expressionColumn']).toBe(MAX_EXPRESSION_LENGTH + 1);
    expect(issue?.location).toMatchObject({ file: 'rules.yaml', line: 10 });
    expect(issue?.message.en).toContain(`at most ${MAX_EXPRESSION_LENGTH}`);
  });

  it('validates with a rule that sums 3,000 terms, and exports it to DHIS2', () => {
    const parsed = parseRuleFile(ruleWith(`${'1+'.repeat(2_999)}users.iud - 100000`), 'rules.yaml');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const r = resolveRules(builtinRules, parsed.ruleSet);
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
    const ds = cleanDataset();
    ds.monthly = [monthly()];
    const result = validateDataset(ds, { today: '2021-01-31', rules: r });
    expect(result.issues.filter((i) => i.ruleId === 'long-expression')).toHaveLength(1);
    expect(() => toDhis2ValidationRules(r.rules)).not.toThrow();
  });
});
