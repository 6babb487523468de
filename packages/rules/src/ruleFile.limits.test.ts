import { describe, expect, it } from 'vitest';
import { MAX_RULE_FILE_LENGTH, MAX_YAML_ALIAS_COUNT, parseRuleFile } from './ruleFile.js';

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
    expect(r.issues[0]?.location.file).toBe('rules.yaml');
  });
});
