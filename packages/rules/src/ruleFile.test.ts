import { describe, expect, it } from 'vitest';
import { parseRuleFile, ruleFileJsonSchema } from './ruleFile.js';

const GOOD = `version: 1
rules:
  - id: mkjp-share-min-15
    kind: comparison
    severity: warning
    name: { id: Porsi MKJP minimal 15 %, en: MKJP share at least 15 % }
    description: { id: Porsi MKJP, en: MKJP share }
    instruction: { id: Periksa MKJP, en: Check MKJP }
    source: test
    left: { expression: "sum(users[mkjp]) * 100 / sum(users[*])", missingValueStrategy: skipIfAllMissing }
    operator: ">="
    right: { expression: "15", missingValueStrategy: neverSkip }
overrides:
  - id: jkn-within-population
    severity: warning
disable:
  - id: intervention-after-designation
    reason: not verified yet
`;

describe('parseRuleFile', () => {
  it('reads a YAML rules file and fills the defaults of new rules', () => {
    const r = parseRuleFile(GOOD, 'rules.yaml');
    expect(r.ok).toBe(true);
    expect(r.ruleSet?.rules[0]).toMatchObject({
      id: 'mkjp-share-min-15',
      version: '1.0.0',
      recordType: 'monthly',
      periodType: 'month',
      regionLevels: ['village'],
      tags: [],
    });
    expect(r.ruleSet?.overrides).toEqual([{ id: 'jkn-within-population', severity: 'warning' }]);
    expect(r.ruleSet?.disable).toEqual([
      { id: 'intervention-after-designation', reason: 'not verified yet' },
    ]);
  });

  it('reads JSON too', () => {
    const r = parseRuleFile(
      JSON.stringify({ version: 1, disable: [{ id: 'future-date', reason: 'x' }] }),
      'rules.json',
    );
    expect(r.ok && r.ruleSet.disable).toEqual([{ id: 'future-date', reason: 'x' }]);
  });

  it('reports schema problems with path, YAML line and messages in Indonesian and English', () => {
    const text = GOOD.replace('missingValueStrategy: neverSkip', 'missingValueStrategy: never').replace(
      '    reason: not verified yet\n',
      '',
    );
    const r = parseRuleFile(text, 'rules.yaml');
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.location.file, i.location.line, i.location.field])).toEqual([
      ['rule-file-invalid', 'rules.yaml', 12, 'rules[0].right.missingValueStrategy'],
      ['rule-file-invalid', 'rules.yaml', 17, 'disable[0].reason'],
    ]);
    expect(r.issues[0]?.message.id).toMatch(
      /^'rules\[0\]\.right\.missingValueStrategy': Pilihan tidak valid/,
    );
    expect(r.issues[0]?.message.en).toMatch(/^'rules\[0\]\.right\.missingValueStrategy': Invalid option/);
    expect(r.issues[1]?.message.en).toContain('expected string, received undefined');
  });

  it('reports YAML syntax errors with line and column', () => {
    const r = parseRuleFile('version: 1\nrules: [\n', 'rules.yaml');
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.code).toBe('rule-file-syntax');
    expect(r.issues[0]?.message.id).toMatch(
      /^'rules\.yaml' bukan YAML\/JSON yang sah \(baris \d+, kolom \d+\)/,
    );
  });

  it('rejects ids that are not kebab-case, with an explanation', () => {
    const r = parseRuleFile(GOOD.replace('id: mkjp-share-min-15', 'id: MKJP share'), 'rules.yaml');
    expect(r.issues.map((i) => [i.location.line, i.location.field, i.message.en])).toEqual([
      [3, 'rules[0].id', "'rules[0].id': rule ids are kebab-case, e.g. mkjp-share-min-15"],
    ]);
  });
});

describe('ruleFileJsonSchema', () => {
  it('describes the file: version 1 required, the four rule kinds, overrides and disables', () => {
    const s = ruleFileJsonSchema() as {
      required: string[];
      properties: Record<string, { items?: { oneOf?: { properties: { kind: { const: string } } }[] } }>;
      additionalProperties: boolean;
    };
    expect(s.required).toEqual(['version']);
    expect(s.additionalProperties).toBe(false);
    expect(Object.keys(s.properties)).toEqual(['version', 'rules', 'overrides', 'disable']);
    expect(s.properties['rules']?.items?.oneOf?.map((o) => o.properties.kind.const)).toEqual([
      'comparison',
      'condition',
      'jump',
      'outlier',
    ]);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
