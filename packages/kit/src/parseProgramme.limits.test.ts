import { describe, expect, it } from 'vitest';
import { MAX_PROGRAMME_LENGTH, MAX_PROGRAMME_YAML_ALIAS_COUNT, parseProgramme } from './parseProgramme.js';

/** A "billion laughs": nine levels of ten aliases each. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const name = String.fromCharCode(97 + i);
    const prev = String.fromCharCode(96 + i);
    lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('parseProgramme limits', () => {
  it('reports a YAML alias bomb at the first alias, in both languages', () => {
    const r = parseProgramme(aliasBomb(), 'programme.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    const [issue] = r.issues;
    expect(issue?.code).toBe('yaml-invalid');
    expect(issue?.severity).toBe('error');
    expect(issue?.location).toEqual({ file: 'programme.yaml', line: 2 });
    expect(issue?.message.id).toContain('baris 2, kolom 8');
    expect(issue?.message.id).toContain('alias YAML');
    expect(issue?.message.en).toContain(
      `line 2, column 8 on expand too much (more than ${MAX_PROGRAMME_YAML_ALIAS_COUNT})`,
    );
  });

  it('refuses a text over the size limit before parsing it', () => {
    const r = parseProgramme(`# x\n${' '.repeat(MAX_PROGRAMME_LENGTH)}`, 'programme.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.code).toBe('programme-invalid');
    expect(r.issues[0]?.location).toEqual({ file: 'programme.yaml', line: 2 });
    expect(r.issues[0]?.message.en).toContain('is too large');
    expect(r.issues[0]?.message.id).toContain('terlalu besar');
  });

  it('keeps the line and column of ordinary YAML syntax errors', () => {
    const r = parseProgramme('name: [a, b\ncity: x\n', 'programme.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.code).toBe('yaml-invalid');
  });

  it('reports YAML nested thousands of levels deep plainly, in both languages', () => {
    const r = parseProgramme(`name: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n`, 'programme.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.code).toBe('yaml-invalid');
    expect(r.issues[0]?.message.en).toMatch(/\(line 1, column \d+\): nested too deeply\.$/);
    expect(r.issues[0]?.message.id).toMatch(/\(baris 1, kolom \d+\): bersarang terlalu dalam\.$/);
  });
});
