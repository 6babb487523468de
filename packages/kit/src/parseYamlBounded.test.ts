import { describe, expect, it } from 'vitest';
import { parseYamlBounded } from './parseYamlBounded.js';

describe('parseYamlBounded', () => {
  it('gives the data of YAML and JSON', () => {
    expect(parseYamlBounded('city: { code: "63.71" }', 100)).toEqual({
      ok: true,
      data: { city: { code: '63.71' } },
    });
    expect(parseYamlBounded('[1, 2]', 100)).toEqual({ ok: true, data: [1, 2] });
  });
  it('locates a syntax error, collections nested too deep and an alias bomb, without throwing', () => {
    const syntax = parseYamlBounded('a: [1, 2', 100);
    expect(syntax).toMatchObject({ ok: false, problem: 'syntax', line: 1, column: 9 });
    const deep = parseYamlBounded(`a: ${'['.repeat(20_000)}${']'.repeat(20_000)}`, 100);
    expect(deep).toMatchObject({ ok: false, problem: 'too-deep' });
    const bomb =
      'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]';
    expect(parseYamlBounded(bomb, 100)).toMatchObject({ ok: false, problem: 'aliases', line: 2, column: 8 });
    expect(parseYamlBounded(bomb, 100_000).ok).toBe(true);
  });
});
