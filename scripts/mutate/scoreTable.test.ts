import { describe, expect, it } from 'vitest';
import { formatScoreTable, scoreOf } from './scoreTable.js';

describe('scoreOf', () => {
  it('counts timeouts as detected and leaves errors out of the score', () => {
    const score = scoreOf('m', ['Killed', 'Killed', 'Timeout', 'Survived', 'NoCoverage', 'CompileError']);
    expect(score).toEqual({
      module: 'm',
      killed: 2,
      survived: 1,
      timeout: 1,
      noCoverage: 1,
      errors: 1,
      score: 60,
    });
  });

  it('has no score without a valid mutant', () => {
    expect(scoreOf('m', ['RuntimeError']).score).toBeNull();
  });
});

describe('formatScoreTable', () => {
  it('right-aligns the counts under their headers', () => {
    const table = formatScoreTable([scoreOf('rounding', ['Killed', 'Killed', 'Survived'])]);
    expect(table.split('\n')).toEqual([
      'module    killed  survived  timeout  no-coverage  errors    score',
      'rounding       2         1        0            0       0  66.67 %',
    ]);
  });
});
