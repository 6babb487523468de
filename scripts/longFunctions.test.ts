import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { longFunctions, longFunctionsOf } from './longFunctions.ts';

const body = (n: number): string => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');

describe('longFunctionsOf', () => {
  it('measures declarations, arrows, methods and constructors from their first to their last line', () => {
    const text = [
      `function a() {\n${body(79)}\n}`, // 81 lines
      `const b = () => {\n${body(78)}\n};`, // 80 lines: not over
      `class C {\n  constructor() {\n${body(80)}\n  }\n  m() {}\n}`, // constructor: 82 lines, at line 163
    ].join('\n');
    expect(longFunctionsOf('x.ts', text, 80).map((f) => [f.name, f.lines, f.line])).toEqual([
      ['a', 81, 1],
      ['constructor', 82, 163],
    ]);
  });
});

describe('the repository', () => {
  it('has no function over 80 lines (split it along its seams: `pnpm long-functions` lists them)', () => {
    const found = longFunctions(join(import.meta.dirname, '..'), 80);
    expect(found.map((f) => `${f.lines} ${f.file}:${f.line} ${f.name}`)).toEqual([]);
  });
});
